"""Lotus Notes mail printed to PDF, as a text layer reads it (found by probe CK):

- the memo table's label and its value come out on one line with a single space between them ("To Ann Roe/...",
  "Subject Budget"), not "To:" nor the label on a line of its own;
- a delegate's "Sent by: ..." line sits between the author's date and the To field;
- a reply quotes its history under "<who> wrote on <date>:" (the author before the date, no '>' quoting);
- a release printed from several mailboxes heads each page with that mailbox owner's name: a name that heads a run
  of consecutive pages is furniture there, even when no one owner heads a third of the pages.

Every name, address and line here is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.furniture import page_lines
from giftgraph.ingest.printed import split_lines

TZ = "America/Chicago"


def _read(pages: list[str]):
    return split_lines(page_lines(pages), file="print.pdf", timezone=TZ)


MEMO = (
    "Orla Finch/Fleet/Brennock\n"
    "06/02/2024 10:15 AM\n"
    "Sent by: Pim Vale/Fleet/Brennock\n"
    "To Saul Ibarra <sibarra@harthollow.example>, Nico Tamm/Fleet/Brennock@Brennock,\n"
    "Wren Doyle/Fleet/Brennock@Brennock\n"
    "cc Jada Moss/Budget/Brennock@Brennock\n"
    "bcc\n"
    "Subject Re: Tire rotation schedule\n"
    "Saul,\n"
    "Thursday works for the whole crew.\n"
    "Orla\n"
    '"Saul Ibarra" <sibarra@harthollow.example> wrote on 06/01/2024 04:40:12 PM:\n'
    "Orla,\n"
    "Could your crew do the rotation Thursday or Friday?\n"
    "Saul\n"
)


def test_a_notes_memo_with_labels_one_space_from_their_values():
    msgs = _read([MEMO])
    top = [m for m in msgs if not m.provenance[0].quoted]
    assert len(top) == 1
    m = top[0]
    assert m.sender.name == "Orla Finch" and m.sent == "2024-06-02T10:15:00-05:00"
    assert [a.name or a.email for a in m.to] == ["Saul Ibarra", "Nico Tamm", "Wren Doyle"]
    assert [a.name for a in m.cc] == ["Jada Moss"]
    assert m.subject == "Re: Tire rotation schedule"
    assert m.body.startswith("Saul,") and "Could your crew" not in m.body


def test_notes_wrote_on_history_is_read_as_the_quoted_message():
    msgs = _read([MEMO])
    quoted = [m for m in msgs if m.provenance[0].quoted]
    assert len(quoted) == 1
    q = quoted[0]
    assert q.sender.email == "sibarra@harthollow.example"
    assert q.sent == "2024-06-01T16:40:12-05:00"
    assert q.body.startswith("Orla,\nCould your crew")


def test_a_message_after_a_reply_with_history_is_the_next_printout():
    second = (
        "Nico Tamm/Fleet/Brennock\n"
        "06/09/2024 08:05 AM\n"
        "To Orla Finch/Fleet/Brennock@Brennock\n"
        "cc\n"
        "bcc\n"
        "Subject Shop closed Monday\n"
        "The bay doors are being replaced Monday.\n"
        "Nico\n"
    )
    msgs = _read([MEMO + second])
    top = [m.subject for m in msgs if not m.provenance[0].quoted]
    assert top == ["Re: Tire rotation schedule", "Shop closed Monday"]


def test_the_mailbox_owner_heading_a_run_of_pages_is_furniture():
    p1 = "Wren Doyle\n" + MEMO.replace("Could your crew do the rotation Thursday or Friday?\n", "") + "Page 1"
    p2 = ("Wren Doyle\nand bring the lift keys.\n"
          "Jada Moss/Budget/Brennock\n06/03/2024 09:00 AM\nTo Wren Doyle/Fleet/Brennock@Brennock\ncc\nbcc\n"
          "Subject Fuel cards\nWren, the new fuel cards are in.\nJada\nPage 2")
    p3 = ("Tam Okoro\nPim Vale/Fleet/Brennock\n06/04/2024 07:30 AM\nTo Tam Okoro/Fleet/Brennock@Brennock\ncc\nbcc\n"
          "Subject Parking\nTam, lot B is closed.\nPim\nPage 3")
    p4 = "Tam Okoro\nSee you then.\nPage 4"
    texts = [ln.text for ln in page_lines([p1, p2, p3, p4])]
    assert "Wren Doyle" not in texts and "Tam Okoro" not in texts
    msgs = _read([p1, p2, p3, p4])
    top = [m for m in msgs if not m.provenance[0].quoted]
    assert [m.subject for m in top] == ["Re: Tire rotation schedule", "Fuel cards", "Parking"]
    assert "Wren Doyle" not in top[0].body and "Tam Okoro" not in top[2].body


def test_a_name_that_opens_only_one_page_stays_text():
    pages = ["Wren Doyle\nsaid the lift is fixed.\nPage 1", "Nico Tamm\nagreed.\nPage 2", "Wren Doyle\nPage 3"]
    texts = [ln.text for ln in page_lines(pages)]
    assert texts.count("Wren Doyle") == 2 and "Nico Tamm" in texts
