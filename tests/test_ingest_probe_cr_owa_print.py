"""Outlook on the web's print view, as a PDF's text layer reads it (found by probe CR):

- each message of the conversation is headed "Name <address>", then the date on a line of its own in digits after
  the weekday ("Wed 3/4/2026 2:05 PM"), then "To:" and "Cc:"; the conversation is printed whole, newest first,
  replies may carry Outlook's quoted history ("From:/Sent:/To:/Subject:" under a rule);
- the conversation's subject is a heading at the top of the printout's first page, over the newest message.

Every name, address and line here is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.furniture import page_lines
from giftgraph.ingest.printed import split_lines

TZ = "America/Denver"


def _read(pages: list[str]):
    return split_lines(page_lines(pages), file="print.pdf", timezone=TZ)


CONVERSATION = (
    "Hangar lease renewal\n"
    "Tobias Wren <twren@pellucid-air.example>\n"
    "Wed 3/4/2026 2:05 PM\n"
    "To: Marisol Quade <mquade@dunmore-co.example>\n"
    "Cc: Idris Palk <ipalk@dunmore-co.example>\n"
    "Marisol,\n"
    "Signed copy attached.\n"
    "Tobias Wren\n"
    "Leasing Manager\n"
    "________________________________\n"
    "From: Marisol Quade <mquade@dunmore-co.example>\n"
    "Sent: Tuesday, March 3, 2026 9:40 AM\n"
    "To: Tobias Wren <twren@pellucid-air.example>\n"
    "Subject: Hangar lease renewal\n"
    "Tobias,\n"
    "Please countersign the renewal.\n"
    "Marisol Quade <mquade@dunmore-co.example>\n"
    "Tue 3/3/2026 9:40 AM\n"
    "To: Tobias Wren <twren@pellucid-air.example>\n"
    "Tobias,\n"
    "Please countersign the renewal.\n"
)

SECOND = (
    "Runway lighting outage\n"
    "Idris Palk <ipalk@dunmore-co.example>\n"
    "Mon 3/9/2026 7:15 AM\n"
    "To: Tobias Wren <twren@pellucid-air.example>\n"
    "Lights on 27 are out again.\n"
    "Idris\n"
)


def test_each_printed_message_is_read_with_its_own_header():
    msgs = _read([CONVERSATION])
    top = sorted((m for m in msgs if not m.provenance[0].quoted), key=lambda m: m.sent)
    assert [(m.sender.email, m.sent) for m in top] == [
        ("mquade@dunmore-co.example", "2026-03-03T09:40:00-07:00"),
        ("twren@pellucid-air.example", "2026-03-04T14:05:00-07:00"),
    ]
    newest = top[-1]
    assert [a.email for a in newest.to] == ["mquade@dunmore-co.example"]
    assert [a.email for a in newest.cc] == ["ipalk@dunmore-co.example"]
    assert newest.body.startswith("Marisol,") and "Please countersign" not in newest.body


def test_the_heading_is_the_conversations_subject_not_a_body_line():
    msgs = _read([CONVERSATION, SECOND])
    top = {m.sender.email: m for m in msgs if not m.provenance[0].quoted and m.sent.startswith("2026-03-0")}
    assert top["twren@pellucid-air.example"].subject == "Hangar lease renewal"
    assert top["mquade@dunmore-co.example"].subject == "Hangar lease renewal"
    assert top["ipalk@dunmore-co.example"].subject == "Runway lighting outage"
    assert not any("Runway lighting outage" in m.body for m in msgs)


def test_a_notes_date_without_a_weekday_is_still_read_as_notes():
    notes = ("Ann Roe <aroe@x.example>\n03/02/2026 11:40 AM\nTo: Bo Lin <blin@x.example>\nSubject: Keys\nBo,\n"
             "The keys are at the desk.\n")
    msgs = _read([notes])
    assert len(msgs) == 1 and msgs[0].subject == "Keys" and msgs[0].sent == "2026-03-02T11:40:00-07:00"
