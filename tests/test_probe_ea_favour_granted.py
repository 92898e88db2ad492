"""GIFT readings from probe EA, in wording and names invented for these tests: an officer asks the vendor's side for
hospitality ("any chance you could get us two seats?", "could your people spring for breakfast?") and the vendor's reply
says it done ("Done - ...", "Breakfast is taken care of"): a gift from the one who answered to the one who asked, with no
further yes needed. A reply that says no, or answers a request for a quote, gives nothing."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, VERA, gifts_read, msg  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def _asked_then_answered(ask: str, answer: str):
    a = msg(OTTO, [VERA], "Friday", ask + "\n\nOtto", day=1)
    b = msg(VERA, [OTTO], "RE: Friday", answer + SIG, day=2)
    return gifts_read(a, b)


def test_seats_asked_for_and_done_is_a_gift():
    assert _asked_then_answered("Any chance you could get me two seats for the Sunday match? My nephew is visiting.",
                                "Done - the tickets are in your inbox. The pair came to $160.") == [("v1", "o1", 160.0)]


def test_a_meal_asked_for_and_said_taken_care_of_is_a_gift():
    assert _asked_then_answered("Could your people spring for breakfast at the range day on Friday?",
                                "Breakfast for the range day is taken care of. It came to $240, our treat.") == [("v1", "o1", 240.0)]


def test_a_request_turned_down_or_for_a_quote_gives_nothing():
    assert _asked_then_answered("Any chance you could get me two seats for the Sunday match?",
                                "Sorry Otto, I can't do tickets this year - our compliance people said no.") == []
    assert _asked_then_answered("Could you get me a quote for two Porch Cams?",
                                "Done - the quote is in your inbox.") == []
