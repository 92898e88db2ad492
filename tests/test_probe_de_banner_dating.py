"""Outlook's CSV export has no date column: a row takes the date printed where a reply quotes it. The receiving
mail gateway stamps a banner over outside mail ("EXTERNAL: this message came from outside ..."), so the row kept in
the recipient's mailbox and the copy its own sender quoted differ by that banner alone: still one message, dated.
Invented names and wording."""
from __future__ import annotations

from giftgraph.ingest.dedup import date_from_quotes
from giftgraph.ingest.message import Address, Message, Provenance

TEXT = ("Hello Wilma,\n\nThanks for hosting the ladder drills at the north hall on Sunday. I have attached the notes "
        "and the checklist we went through.\n\nAll the best,\nTeodor")
BANNER = "EXTERNAL: This message came from outside the Township of Ulvik. Be careful with links and attachments.\n\n"


def _m(body, sent, quoted):
    return Message(id="", sender=Address(name="Teodor Gash", email="tgash@brannock-ladders.example"),
                   to=[Address(name="Wilma Strand", email="")], cc=[], subject="Ladder drill notes",
                   sent=sent, sent_raw=sent, body=body,
                   provenance=[Provenance(file="x.csv", quoted=quoted)])


def test_a_row_with_the_gateways_banner_takes_the_date_of_its_quoted_copy():
    row = _m(BANNER + TEXT, "", False)
    quote = _m(TEXT, "2026-05-04T13:15:00-04:00", True)
    assert date_from_quotes([row, quote]) == 1
    assert row.sent == "2026-05-04T13:15:00-04:00"


def test_and_the_other_way_round_and_no_date_from_a_different_text():
    row = _m(TEXT, "", False)
    quote = _m(BANNER + TEXT, "2026-05-04T13:15:00-04:00", True)
    assert date_from_quotes([row, quote]) == 1
    other = _m(BANNER + "Hello Wilma,\n\nThe ladder inspection is moved to Tuesday at the south hall, same time as "
               "before, and the checklist is attached.\n\nTeodor", "", False)
    quote2 = _m(TEXT, "2026-05-04T13:15:00-04:00", True)
    assert date_from_quotes([other, quote2]) == 0
