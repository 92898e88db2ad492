"""A count of uses said in one word ("redeemed twice so far") is the code's count (probe N: a partner code
"redeemed twice so far" got no count). Invented wording."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # test_referrals.py's sentence helper (importlib mode)
from test_referrals import sent


def test_twice_and_thrice_are_counts_of_uses():
    from giftgraph.nlp.relations.referrals import reported_uses

    assert reported_uses(sent("Heads up - MIRA-7 has been redeemed twice so far.")) == 2
    assert reported_uses(sent("Your code was used thrice last week.")) == 3
    # not a report: a mark still to come, "twice" of no use
    assert reported_uses(sent("Once MIRA-7 has been redeemed twice, a battery is yours.")) is None
    assert reported_uses(sent("Think twice before you share MIRA-7.")) is None


def test_a_count_spelled_in_two_words_is_one_number():
    """"thirty-one times", "forty two redemptions": one count, not its two words' (30 or 1)."""
    from giftgraph.nlp.relations.referrals import reported_uses

    assert reported_uses(sent("Quick tally: LOWRY-9 has been redeemed thirty-one times.")) == 31
    assert reported_uses(sent("Quick tally: LOWRY-9 has been redeemed thirty one times.")) == 31
    assert reported_uses(sent("We're at forty-two redemptions on LOWRY-9.")) == 42
    assert reported_uses(sent("LOWRY-9 has been used 31 times.")) == 31
