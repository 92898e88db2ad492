"""A meal or an outing proposed in a quick question, then who pays in a few words after it ("Up for breakfast at the
Pancake Barn tomorrow? Our treat.", "Drinks after the home opener? On me."), found by probe BM: the terms make the
question an invitation of the vendor's side, and a yes takes it up. The question alone, or terms that share the bill,
give nothing. Every message is invented for these tests, in wording of their own (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _thread(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Friday")
    return gifts(run(mails, FakeIndex().see(*mails))[1])


@pytest.mark.parametrize("offer", [
    "Otto, up for breakfast at the Pancake Barn tomorrow? Our treat.",
    "Wanna grab a steak at Gallagher's on Friday after the show? On me.",
    "Drinks after the home opener Friday? On me.",
    "I'm in Easton all week. Otto, dinner at the Harbor Grill on Wednesday? My treat!",
])
def test_a_quick_question_then_who_pays_is_hospitality_offered(offer):
    assert _thread(offer, "Sure, sounds good.") == [("v1", "o1", None)]


@pytest.mark.parametrize("offer", [
    "Otto, up for breakfast at the Pancake Barn tomorrow?",
    "Wanna grab a steak at Gallagher's on Friday after the show? We can split it.",
    "Dinner at the Harbor Grill on Wednesday to go over the pilot?",
])
def test_a_quick_question_with_no_one_paying_is_no_gift(offer):
    assert _thread(offer, "Sure, sounds good.") == []


def test_declined_is_no_gift():
    assert _thread("Drinks after the home opener Friday? On me.", "Thanks, but I can't accept that.") == []
