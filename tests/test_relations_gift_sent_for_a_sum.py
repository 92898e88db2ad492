"""GIFT: a thing sent or got to the reader for a sum ("I can get it to you for $X") is sold, not given, while a card of
that sum is still a present. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _thread(*bodies: str) -> list:
    mails = [msg(VERA if i % 2 == 0 else OTTO, [OTTO if i % 2 == 0 else VERA], ("RE: " if i else "") + "Spare cams",
                 body, day=1 + i) for i, body in enumerate(bodies)]
    return gifts(run(mails, FakeIndex().see(*mails))[1])


@pytest.mark.parametrize("offer", ["The Porch Cam Elite lists at $249, but I could send you one for $205.",
                                   "I can get a Yard Light Cam to you for just $210 this week."])
def test_a_thing_sent_for_a_sum_is_sold(offer: str) -> None:
    assert _thread(f"Otto,\n\n{offer}\n\nVera", "I'll take one, thanks.\n\nOtto") == []


def test_a_card_of_a_sum_is_still_given() -> None:
    got = _thread("Otto,\n\nI'm mailing you a gift card for $40 as a thank-you for the fair.\n\nVera",
                  "Thank you!\n\nOtto")
    assert got == [("v1", "o1", 40.0)]
