"""Printed Gmail layouts met by probe AM (invented names and wording)."""
from __future__ import annotations

from giftgraph.ingest.dates import parse_date
from giftgraph.ingest.readers import read_text

_HEAD = "                                                          Odile Marchbank <omarchbank@brantleypd.test>\n\nGutter leak\n2 messages\n\n"


def test_a_gmail_header_whose_day_ocr_misread_still_opens_a_message():
    """OCR read the 1 of the day as a small l ("Apr l4"): the header is still a header, and its date the 14th."""
    text = (_HEAD
            + "Felix Orban <forban@quillfeather.test>                                Mon, Apr 13, 2026 at 9:05 AM\n"
            + "To: Odile Marchbank <omarchbank@brantleypd.test>\n\nThe gutter over bay 2 is leaking again.\n\n"
            + "Odile Marchbank <omarchbank@brantleypd.test>                          Tue, Apr l4, 2026 at 7:50 AM\n"
            + "To: Felix Orban <forban@quillfeather.test>\n\nNoted, I'll tell facilities.\n")
    msgs = read_text(text.encode(), file="leak.txt", timezone="America/Denver")
    assert [m.sent for m in msgs] == ["2026-04-13T09:05:00-06:00", "2026-04-14T07:50:00-06:00"]
    assert msgs[1].sender.email == "omarchbank@brantleypd.test"
    assert "Noted" in msgs[1].body and "Noted" not in msgs[0].body


def test_a_day_of_the_month_with_one_letter_for_a_digit_is_read():
    assert parse_date("Fri, Jan 2l, 2028 at 4:10 PM", "UTC") == "2028-01-21T16:10:00+00:00"
    assert parse_date("Thu, 1O Feb 2028 11:02:00 +0000", "UTC") == "2028-02-10T11:02:00+00:00"
    assert parse_date("Sat, Mar 7, 2026 at 9:00 AM", "UTC") == "2026-03-07T09:00:00+00:00"


def test_gmail_on_screen_recipients_line_names_the_account_owner_for_me():
    """Gmail's open conversation printed: "to me" / "to Felix, me" under the sender, the account's owner printed
    alone over the thread's title. "me" is that owner; the line is no body text."""
    text = (_HEAD
            + "Felix Orban <forban@quillfeather.test>                                Mon, Apr 13, 2026 at 9:05 AM\n"
            + "to me\n\nThe gutter over bay 2 is leaking again.\n\n"
            + "Greta Yun <gyun@brantleypd.test>                                      Mon, Apr 13, 2026 at 9:40 AM\n"
            + "to Felix, me\n\nI can take a look after lunch.\n")
    msgs = read_text(text.encode(), file="leak.txt", timezone="America/Denver")
    assert len(msgs) == 2
    assert [a.email for a in msgs[0].to] == ["omarchbank@brantleypd.test"]
    assert [(a.name, a.email) for a in msgs[1].to] == [("Felix", ""), ("Odile Marchbank", "omarchbank@brantleypd.test")]
    assert not msgs[0].body.startswith("to me") and msgs[1].body.startswith("I can take")


def test_a_body_line_beginning_with_to_is_not_a_recipients_line():
    text = (_HEAD
            + "Felix Orban <forban@quillfeather.test>                                Mon, Apr 13, 2026 at 9:05 AM\n"
            + "To: Odile Marchbank <omarchbank@brantleypd.test>\n\nto be honest the gutter is fine.\n")
    msgs = read_text(text.encode(), file="leak.txt", timezone="America/Denver")
    assert [a.email for a in msgs[0].to] == ["omarchbank@brantleypd.test"]
    assert "to be honest" in msgs[0].body

