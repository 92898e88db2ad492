"""Wording found by probe BV: a thing named with a return in its past ("a Porch Cam that came back from the spring expo
tour") and then handed over to keep in the next sentence ("I'd like your crew to have it for good") is given: the keeping
said of it lifts the loan of the sentence that named it, as it does inside one sentence. Every message is invented for
these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "Otto, I've got a spare Porch Cam that came back from the spring expo tour, hardly used. I'd like your crew to have "
    "it for good.",
    "Otto, we have a Porch Cam that came back from a repair depot last week. Your team can keep it for good.",
])
def test_kept_after_a_return_in_its_past_is_given(offer):
    assert gifts_read(*vendor_thread(offer, "That's very generous, thank you.")) == [("v1", "d1", 199.0)]


@pytest.mark.parametrize("offer", [
    "Otto, we'll lend your team a Porch Cam for the 30-day pilot. No charge for any of it.",
    "Otto, the Porch Cam we lent your team for the pilot came back yesterday. Thanks for looking after it.",
])
def test_a_loan_not_kept_is_still_no_gift(offer):
    assert gifts_read(*vendor_thread(offer, "Sounds good.")) == []
