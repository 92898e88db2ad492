"""Delivery format found by probe CH (a police upfitter and a Canadian police service, one PDF printed from a
web-mail client's print view): each message is printed under its own subject as a heading, over the
"Name <address>   date" line, several messages of a conversation one after another; every page is titled with the
mailbox's address ("Pinecrest Webmail - owner@..."). The heading is the message's subject (not the last line of the
message above), each conversation is a thread of its own, and the repeated page title is furniture. Every message
here is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.furniture import page_lines
from giftgraph.ingest.printed import split_lines, split_text

PAGE_1 = """\
Spring cadet day
Lionel Okoro <lokoro@brightfield.example>   Tue, Apr 7, 2026 at 9:12 AM
To: Wren Halloway <whalloway@pinecrest.example>
Wren,
Could the cadets tour our shop on the 20th?
Lionel
Re: Spring cadet day
Wren Halloway <whalloway@pinecrest.example>   Tue, Apr 7, 2026 at 11:40 AM
To: Lionel Okoro <lokoro@brightfield.example>
The 20th works. I'll bring twelve.
Wren
"""

PAGE_2 = """\
Radio mounts
Lionel Okoro <lokoro@brightfield.example>   Mon, Apr 13, 2026 at 8:05 AM
To: Wren Halloway <whalloway@pinecrest.example>
The new mounts are in. Shall I drop two by?
Lionel
Re: Radio mounts
Wren Halloway <whalloway@pinecrest.example>   Mon, Apr 13, 2026 at 8:30 AM
To: Lionel Okoro <lokoro@brightfield.example>
Yes please, Thursday is best.
Wren
"""


def _read(pages):
    titled = [f"Pinecrest Webmail - whalloway@pinecrest.example\n{p}" for p in pages]
    return split_lines(page_lines(titled), file="print.pdf", timezone="America/Toronto")


def test_each_message_takes_the_heading_over_it_as_its_subject():
    msgs = [m for m in split_text(PAGE_1 + PAGE_2, file="print.txt", timezone="America/Toronto")]
    assert [m.subject for m in msgs] == ["Spring cadet day", "Re: Spring cadet day", "Radio mounts", "Re: Radio mounts"]
    # the heading is not the last line of the message above it
    assert msgs[0].body.splitlines()[-1] == "Lionel"
    assert msgs[1].body.splitlines()[-1] == "Wren"


def test_each_conversation_is_a_thread_of_its_own():
    msgs = split_text(PAGE_1 + PAGE_2, file="print.txt", timezone="America/Toronto")
    assert msgs[0].thread == msgs[1].thread != msgs[2].thread == msgs[3].thread
    assert msgs[1].in_reply_to == msgs[0].id and msgs[2].in_reply_to is None


def test_the_mailbox_title_over_every_page_is_furniture():
    msgs = _read([PAGE_1, PAGE_2, PAGE_1.replace("Apr 7", "Apr 8"), PAGE_2.replace("Apr 13", "Apr 14")])
    assert not any("Webmail" in m.body for m in msgs)
    assert [m.subject for m in msgs][:3] == ["Spring cadet day", "Re: Spring cadet day", "Radio mounts"]


def test_a_gmail_thread_print_keeps_its_title_and_bodies():
    """Gmail prints one title per thread and no heading per message: the last line of a body stays in the body."""
    text = """\
Wren Halloway <whalloway@pinecrest.example>
Radio mounts
2 messages
Lionel Okoro <lokoro@brightfield.example>   Mon, Apr 13, 2026 at 8:05 AM
To: Wren Halloway <whalloway@pinecrest.example>
The new mounts are in.
Thanks again
Wren Halloway <whalloway@pinecrest.example>   Mon, Apr 13, 2026 at 8:30 AM
To: Lionel Okoro <lokoro@brightfield.example>
Yes please.
"""
    msgs = split_text(text, file="print.txt", timezone="America/Toronto")
    assert [m.subject for m in msgs] == ["Radio mounts", "Radio mounts"]
    assert msgs[0].body.endswith("Thanks again")
