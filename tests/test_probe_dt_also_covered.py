"""Probe DT: a trip cost said to be paid for with an adverb between the verb and "covered" ("your hotel is also
covered by Acme", "the dinner is likewise covered", "your parking will already be covered") is still the writer's side
carrying the reader's cost. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "Your suite at the Quayside Lodge for the Thursday night is also covered by Acme.",
    "Your registration for the summit is likewise covered.",
    "Lunch on both days is also covered.",
])
def test_a_cost_also_covered_is_given(offer):
    assert gifts_read(*vendor_thread(offer, "Many thanks, that is generous.")) == [("v1", "o1", None)]


def test_a_cost_also_covered_by_the_readers_own_side_is_not():
    assert gifts_read(*vendor_thread("Your hotel is also covered by your department's travel budget.",
                                     "Many thanks.")) == []
