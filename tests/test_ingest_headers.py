"""Each printed header layout, names and redactions, dates and time zones."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.ingest.addresses import clean_name, parse_address, parse_address_list
from giftgraph.ingest.dates import UnknownTimezone, parse_date
from giftgraph.ingest.dedup import merge_messages
from giftgraph.ingest.printed import split_text

_spec = importlib.util.spec_from_file_location("ingest_docs", Path(__file__).parent / "fixtures" / "ingest_docs.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

TZ = "America/Los_Angeles"


def split(text, tz=TZ):
    return split_text(text, file="t.txt", timezone=tz)


def test_outlook_block_with_wrapped_addresses():
    msgs = split(fx.OUTLOOK_PAGE_1)
    assert [(m.sender.name, m.subject) for m in msgs] == [("Alice Moreno", "RE: Cameras for the pilot"),
                                                          ("Bert Lindqvist", "Cameras for the pilot")]
    assert msgs[0].cc[1].email == "41001@police.test"  # address wrapped onto the next line
    assert msgs[1].sender.email == "39001@police.test"  # [mailto:...]
    assert [p.quoted for m in msgs for p in m.provenance] == [False, True]


def test_outlook_block_on_one_line_and_ocr_variants():
    from giftgraph.ingest.readers import read_text

    msgs = read_text(fx.NIH_OCR.encode(), file="nih.txt", timezone="America/New_York")
    assert len(msgs) == 2
    top, quoted = msgs
    assert top.sender.name == "Anthony Fauci" and top.sender.org == "NIH/NIAID"
    assert top.sent == "2020-03-06T03:49:45+00:00"
    assert [a.name for a in top.to] == ["Melinda Haskins"]
    assert [a.name for a in top.cc] == ["Sara Selgrade", "Chase Crawford"]  # "Ce:", "[EJ", OCR debris
    assert top.redactions == 1  # the (b)(6) in Cc is counted, never a name
    assert quoted.sender.name == "Melinda Haskins"  # "[E yy wo@-"
    assert quoted.sent == "2020-03-05T09:53:00-05:00"  # printed without a zone: the release's zone
    assert [a.name for a in quoted.to] == ["Anthony Fauci"]
    assert quoted.subject == "Please review: House Oversight Letter"
    assert quoted.body == "Please see the attached letter."  # the Bates stamp is furniture
    assert quoted.provenance[0].bates == "NIH-000960"
    assert top.body == "I do not understand why you are asking me to review this."


def test_gmail_print_layout():
    msgs = split(fx.GMAIL_PAGE)
    assert [(m.sender.name, m.sent) for m in msgs] == [("Alice Moreno", "2016-06-21T13:00:00-07:00"),
                                                       ("Erin Walsh", "2016-06-21T15:26:00-07:00")]
    assert all(m.subject == "Promo code for the north side" for m in msgs)
    assert msgs[1].cc[0].email == "carla.ng@acme.test"
    assert "[Quoted text hidden]" not in msgs[0].body and msgs[0].body == "Hi Erin, here is your code NORTH50."
    assert all(not p.quoted for m in msgs for p in m.provenance)  # each message of a Gmail thread is printed whole
    assert msgs[1].in_reply_to == msgs[0].id


def test_original_message_separator():
    msgs = split(fx.ORIGINAL_MESSAGE)
    assert [(m.sender.name, m.sent) for m in msgs] == [("Dev Patel", "2016-10-04T13:15:00-07:00"),
                                                       ("Bert Lindqvist", "2016-10-04T09:40:00-07:00")]
    assert msgs[0].body == "Sounds good."  # no separator, no quoted history
    assert msgs[0].in_reply_to == msgs[1].id


def test_forwarded_block():
    msgs = split(fx.FORWARDED)
    assert [(m.sender.name, m.subject) for m in msgs] == [("Carla Ng", "FW: Thank you from Acme"),
                                                          ("Alice Moreno", "Thank you from Acme")]
    fwd = msgs[1]
    assert fwd.sent == "2016-10-24T10:30:00-07:00" and [a.email for a in fwd.to] == ["carla.ng@acme.test"]
    assert fwd.body.startswith("We'd like to send you a floodlight camera")
    assert msgs[0].body == "See below."


def test_iphone_wrote_with_quoting():
    msgs = split(fx.IPHONE)
    assert len(msgs) == 2
    reply, quoted = msgs
    assert reply.body == "Thanks, that helps.\n\nSent from my iPhone"
    assert quoted.sender.name == "Alice Moreno" and quoted.sender.email == "alice.moreno@acme.test"
    assert quoted.sent == "2016-03-09T08:47:00-08:00"
    assert quoted.subject == "RE: Pricing"  # not printed: the thread's subject
    assert quoted.body.splitlines()[0] == "Hi Bert," and ">" not in quoted.body
    assert quoted.provenance[0].quoted


def test_quoted_only_message_is_recovered_and_printed_plus_quoted_is_one():
    printed_alone = split(fx.OUTLOOK_PAGE_2)
    thread = split(fx.OUTLOOK_PAGE_1)
    merged = merge_messages([], thread + printed_alone)
    assert len(merged) == 2
    bert = next(m for m in merged if m.sender.name == "Bert Lindqvist")
    assert sorted(p.quoted for p in bert.provenance) == [False, True]
    assert bert.to[0].email == "alice.moreno@acme.test"  # the fuller printing's fields win
    # quoted-only: Alice's message quoted under Bert's iPhone reply exists nowhere else
    only = merge_messages([], split(fx.IPHONE))
    assert any(m.sender.name == "Alice Moreno" and all(p.quoted for p in m.provenance) for m in only)


def test_names_are_clean_and_redactions_never_names():
    assert clean_name("Fauci, Anthony (NIH/NIAID) [E]") == ("Anthony Fauci", "NIH/NIAID")
    assert clean_name("Muniz, Maria de Los Angeles") == ("Maria de Los Angeles Muniz", "")
    a, red = parse_address("'Kathleen Dunleavy' <33490@lapd.lacity.org>")
    assert (a.name, a.email, red) == ("Kathleen Dunleavy", "33490@lapd.lacity.org", 0)
    for marker in ("[REDACTED]", "(b)(6)", "\u2588\u2588\u2588\u2588\u2588", "(b) (6)"):
        a, red = parse_address(marker)
        assert a is None and red == 1, marker
    addrs, red = parse_address_list("Jane Roe; [REDACTED]; (b)(6); John Doe <jd@x.test>")
    assert [x.name for x in addrs] == ["Jane Roe", "John Doe"] and red == 2


@pytest.mark.parametrize("printed, tz, iso", [
    ("Thursday, March 10, 2016 11:05 AM", "America/Los_Angeles", "2016-03-10T11:05:00-08:00"),
    ("Tuesday, July 5, 2016 10:30 AM", "America/Los_Angeles", "2016-07-05T10:30:00-07:00"),  # daylight time
    ("Tuesday, July 5, 2016 10:30 AM", "America/New_York", "2016-07-05T10:30:00-04:00"),
    ("Mon, Aug 15, 2016 at 4:05 PM", "America/Los_Angeles", "2016-08-15T16:05:00-07:00"),
    ("Mar 9, 2016, at 8:47 AM", "Europe/Berlin", "2016-03-09T08:47:00+01:00"),
    ("Fri, 6 Mar 2020 03:49:45 +0000", "America/New_York", "2020-03-06T03:49:45+00:00"),
    ("Thu, 5 Mar 2020 21:27:53 -0500", "America/Los_Angeles", "2020-03-05T21:27:53-05:00"),
    ("Wednesday, March 4, 2020 10:35 PM EST", "America/Los_Angeles", "2020-03-04T22:35:00-05:00"),
    ("10/24/2016 9:15 AM", "America/Chicago", "2016-10-24T09:15:00-05:00"),
    ("sometime last week", "UTC", ""),
    ("Tuesday, March 8", "UTC", ""),  # no year, no time: not a header date
])
def test_dates_and_time_zones(printed, tz, iso):
    assert parse_date(printed, tz) == iso


def test_unknown_time_zone_is_an_error():
    from giftgraph.ingest import read_paths

    with pytest.raises(UnknownTimezone, match="Mars/Olympus"):
        read_paths([], timezone="Mars/Olympus")


def test_release_timezone_applies_to_printed_times():
    la = split(fx.ORIGINAL_MESSAGE, tz="America/Los_Angeles")[0]
    ny = split(fx.ORIGINAL_MESSAGE, tz="America/New_York")[0]
    assert la.sent == "2016-10-04T13:15:00-07:00" and ny.sent == "2016-10-04T13:15:00-04:00"
    assert la.id != ny.id  # different instants: different messages
