"""A binder that prints one email after another on a page (no page break, no "Original Message" line between
them): a header block dated after the message above it, by more than any two zones apart or as its reply
("RE: X" under "X"), is the next printout, not history the message above quotes (probe N). History under a
separator, or dated before, stays quoted. Invented wording."""
from __future__ import annotations

from giftgraph.ingest.printed import split_text

BINDER = """From: Wren Castellan <wcastellan@birchline.example>
Sent: Monday, March 2, 2026 9:10 AM
To: Oduya, Pell <poduya@harrowsheriff.example>
Subject: Site visit

Pell, can we walk the tower site Thursday?

Wren
From: Oduya, Pell <poduya@harrowsheriff.example>
Sent: Monday, March 2, 2026 11:45 AM
To: Wren Castellan <wcastellan@birchline.example>
Subject: RE: Site visit

Thursday works.

-----Original Message-----
From: Wren Castellan <wcastellan@birchline.example>
Sent: Monday, March 2, 2026 9:10 AM
To: Oduya, Pell <poduya@harrowsheriff.example>
Subject: Site visit

Pell, can we walk the tower site Thursday?
From: Wren Castellan <wcastellan@birchline.example>
Sent: Friday, March 13, 2026 2:05 PM
To: Oduya, Pell <poduya@harrowsheriff.example>
Subject: Invoice question

Pell, accounts asked about PO 7713.
"""


def test_each_email_printed_after_another_is_its_own_printout():
    msgs = split_text(BINDER, file="binder.txt", timezone="America/Denver")
    top = sorted((m.subject, m.sent[:16]) for m in msgs if not m.provenance[0].quoted)
    assert top == [("Invoice question", "2026-03-13T14:05"), ("RE: Site visit", "2026-03-02T11:45"),
                   ("Site visit", "2026-03-02T09:10")]
    reply = next(m for m in msgs if m.subject == "RE: Site visit")
    invoice = next(m for m in msgs if m.subject == "Invoice question")
    assert reply.in_reply_to is not None and invoice.in_reply_to is None
    # the history under the separator is still quoted, and answers nothing later
    quoted = [m for m in msgs if m.provenance[0].quoted]
    assert [(m.subject, m.sent[:16]) for m in quoted] == [("Site visit", "2026-03-02T09:10")]


def test_older_history_with_no_separator_stays_quoted():
    text = BINDER.replace("\n-----Original Message-----\n", "\n")
    msgs = split_text(text, file="binder.txt", timezone="America/Denver")
    assert [m.subject for m in msgs if m.provenance[0].quoted] == ["Site visit"]
