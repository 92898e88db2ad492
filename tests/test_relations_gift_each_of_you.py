"""Probe AD: "each of you a $N thing" to two addressees is N for each of them, not N shared out."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, msg, of_type, run
from test_relations import VENDOR_SIG as SIG


def gifts(messages):
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(run(messages)[1], "GIFT"))


def to_both(body, *replies):
    out = [msg(VERA, [OTTO, OLGA], "Pilot feedback", body + SIG, day=1)]
    for n, (who, text) in enumerate(replies):
        out.append(msg(who, [VERA], "RE: Pilot feedback", text, day=2 + n))
    return out


def test_each_of_you_an_amount_card_is_that_amount_for_each():
    ms = to_both("To say thanks for all the pilot feedback, we're posting each of you a $40 bookstore gift card this week.",
                 (OTTO, "Arrived, thanks Vera."))
    assert gifts(ms) == [("v1", "o1", 40.0), ("v1", "o2", 40.0)]


def test_you_each_get_an_amount_card_is_that_amount_for_each():
    ms = to_both("As a thank-you for the pilot, you each get a $75 gift card for the diner downtown, our treat.",
                 (OLGA, "That's lovely, thank you."))
    assert gifts(ms) == [("v1", "o1", 75.0), ("v1", "o2", 75.0)]

