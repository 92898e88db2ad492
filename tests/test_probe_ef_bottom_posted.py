"""A bottom-posted reply printed under its "On ... wrote:" history: the words after the "> " block are the printed
message's own, not the quoted message's. Invented wording and names (not the probe's)."""
from __future__ import annotations

from giftgraph.ingest.printed import split_text

PAGE = """From: Pell, Marta <mpell@sheriff.example>
Sent: Wednesday, May 8, 2024 9:20 AM
To: Rufus Cane <rcane@lanternworks.example>
Subject: RE: Booth at the open house

On Tue, May 7, 2024 at 4:02 PM Rufus Cane <rcane@lanternworks.example> wrote:
> Marta,
>
> Happy to bring a booth. We'll also send coffee and pastries for the crew, about $120, on us.
>
> Rufus

Kind of you - we accept. See you Saturday.

Marta Pell
"""

INLINE = """From: Pell, Marta <mpell@sheriff.example>
Sent: Wednesday, May 8, 2024 9:20 AM
To: Rufus Cane <rcane@lanternworks.example>
Subject: RE: Booth at the open house

On Tue, May 7, 2024 at 4:02 PM Rufus Cane <rcane@lanternworks.example> wrote:
> Can you get us a table near the door?
Yes, by the flag pole.
> And power?
One outlet.
"""


def test_the_words_under_the_quote_are_the_printed_messages():
    msgs = split_text(PAGE, file="x.txt", timezone="America/Chicago")
    top = next(m for m in msgs if "mpell" in (m.sender.email or ""))
    quoted = next(m for m in msgs if "rcane" in (m.sender.email or ""))
    assert "we accept" in top.body
    assert "we accept" not in quoted.body and "coffee and pastries" in quoted.body


def test_an_inline_reply_is_not_cut_at_its_first_answer():
    msgs = split_text(INLINE, file="x.txt", timezone="America/Chicago")
    text = " ".join(m.body for m in msgs)
    assert "One outlet" in text and "flag pole" in text


WRAPPED = """From: Pell, Marta <mpell@sheriff.example>
Sent: Wednesday, May 8, 2024 9:20 AM
To: Rufus Cane <rcane@lanternworks.example>
Subject: RE: Booth at the open house

Thanks!

On Tue, May 7, 2024 at 4:02 PM Rufus Cane <rcane@lanternworks.example> wrote:
> Marta, a thermos is on its way to you. Keep it (they sell for about $40, don't tell my boss I
told you).
"""


def test_a_quoted_line_wrapped_by_the_printout_stays_quoted():
    msgs = split_text(WRAPPED, file="x.txt", timezone="America/Chicago")
    quoted = next(m for m in msgs if "rcane" in (m.sender.email or ""))
    assert "told you)" in quoted.body
