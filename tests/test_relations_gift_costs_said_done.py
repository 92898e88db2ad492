"""A cost of the reader's trip said to be carried, in the passive ("your registration has been taken care of", "your
hotel is covered"), and a free place kept for the reader ("I've reserved a complimentary pass to the expo for you"):
gifts, as "your pass is comped" is. Not when the reader's own side pays, nor asked or supposed. Every sentence is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gifts_read, vendor_thread  # noqa: E402


def _pairs(offer: str, answer: str = "Thanks Vera."):
    return sorted({(g, r) for g, r, _ in gifts_read(*vendor_thread(offer, answer))})


@pytest.mark.parametrize("offer", [
    "Otto, your registration for the Coastal Safety Expo has been taken care of by Acme.",
    "Otto, good news: your hotel for the expo is covered.",
    "Otto, I've reserved a complimentary pass to the Coastal Safety Expo for you; your badge will be at the desk.",
    "Otto, we set aside two free tickets to the Harbor Gala for you.",
])
def test_a_cost_carried_or_a_free_place_kept_for_the_reader(offer):
    assert _pairs(offer) == [("v1", "o1")]


@pytest.mark.parametrize("offer,answer", [
    ("Otto, your registration for the expo is covered by your department's training budget.", "Thanks Vera."),
    ("Otto, is your hotel covered by the county?", "Thanks Vera."),
    ("Otto, your hotel is covered if you present your agency card.", "Thanks Vera."),
    ("Otto, I can reserve a complimentary pass to the expo for you if your policy allows it.", "Thanks Vera."),
    ("Otto, I've reserved a meeting room at the expo for you and the team.", "Thanks Vera."),
    ("Otto, would you like me to reserve a complimentary pass for you?", "No thanks, Vera."),
])
def test_no_gift_when_the_reader_pays_or_nothing_free_is_kept(offer, answer):
    assert _pairs(offer, answer) == []
