"""Promotional apparel is given by its nature, a jersey or a sweater as much as a hoodie (found by probe BM: "a team
jersey" as a thank-you, not read as a thing); a name that holds such a word ("our New Jersey office", "the Blue Jackets
game") is no such thing. Every message is invented for these tests, in wording of their own (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _thread(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Saturday")
    return gifts(run(mails, FakeIndex().see(*mails))[1])


@pytest.mark.parametrize("offer", [
    "Otto, great turnout at the 5K! As a thank-you I'm mailing you one of our race jerseys. Which size fits?",
    "Can I send over a couple of the new logo sweaters for you? No charge.",
])
def test_a_jersey_or_sweater_given_is_a_gift(offer):
    assert _thread(offer, "Medium, and thank you!") == [("v1", "o1", None)]


@pytest.mark.parametrize("offer", [
    "Otto, our New Jersey office opens next month. Would you like a tour when you're out east?",
    "Otto, we're watching the Blue Jackets game at the office Friday. Would you like to come by?",
])
def test_a_name_holding_such_a_word_is_no_gift(offer):
    assert _thread(offer, "Yes please, thank you!") == []
