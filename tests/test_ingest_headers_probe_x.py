"""Quoted headers met by probe X: a British mail client prints the quoted message's date day first ("On 04/03/2024
16:20, Ann wrote:"). Invented names and wording."""
from __future__ import annotations

from giftgraph.ingest.readers import read_text


def _quoted_sent(attribution: str, sent_line: str = "Tuesday, March 5, 2024 9:05 AM") -> str:
    text = (f"From: Pell, Hugo <hpell@larkmoor.test>\nSent: {sent_line}\nTo: Ruiz, Ana <aruiz@ridgecity.test>\n"
            f"Subject: Re: lost radio\n\nDear Officer Ruiz, we shall see to it.\n\n{attribution}\n"
            "> hey so I lost my radio at the game, what do I owe ya?\n").encode()
    msgs = read_text(text, file="radio.txt", timezone="America/New_York")
    assert len(msgs) == 2
    return msgs[1].sent


def test_a_quoted_date_read_month_first_after_the_quoting_message_is_read_day_first():
    """04/03/2024 month first is 3 April, after the reply of 5 March that quotes it: the quote is of 4 March."""
    assert _quoted_sent("On 04/03/2024 16:20, Ana Ruiz wrote:") == "2024-03-04T16:20:00-05:00"


def test_a_quoted_date_that_fits_month_first_stays_month_first():
    """03/04/2024 month first is 4 March, before the reply: read as printed; and a date that fits neither way (a
    reply printed before what it quotes, a clock error) is not turned into one that does not fit either."""
    assert _quoted_sent("On 03/04/2024 16:20, Ana Ruiz wrote:") == "2024-03-04T16:20:00-05:00"
    assert _quoted_sent("On 04/03/2024 16:20, Ana Ruiz wrote:", "Friday, March 1, 2024 9:05 AM") == "2024-04-03T16:20:00-04:00"
