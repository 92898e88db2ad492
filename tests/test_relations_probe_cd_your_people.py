""""your officers", "your deputies" are the reader's people, not things of the reader's in the plural: a gift the
sentence sends to a named division, "as a thank-you for trying the app with your officers", stays the division's
instead of going to each person greeted (as "your gift cards" would). Found by probe CD (forty jackets sent to a
division read as one gift to each of the two addressees). Every message is invented for these tests (the small world
of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OLGA, OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _to_both(body: str) -> list:
    return gifts_read(msg(VERA, [OTTO, OLGA], "Caps", "Otto and Olga,\n\n" + body + VENDOR_SIG))


@pytest.mark.parametrize("body", [
    "Acme is sending the Quarry Division thirty of our rain jackets - on us, a thank-you for testing the app with your officers.",
    "We're giving the Quarry Division two dozen hoodies at no charge, since your deputies did so much of the field testing.",
])
def test_a_gift_to_a_named_division_stays_the_divisions_beside_your_people(body):
    assert _to_both(body) == [("v1", "d1", None)]


def test_your_things_in_the_plural_are_still_each_addressees():
    assert _to_both("Your gift cards are on the way - $50 each, with our thanks.") == [("v1", "o1", 50.0), ("v1", "o2", 50.0)]
