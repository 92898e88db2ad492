"""Wording found by probe BV: a purchase word set apart from the thing spoken of ("separate from the two on the PO", "on
top of the two you purchased") is no sale of it. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "Hi Otto, I've set up a Relay Chime on your account (separate from the two on the PO). It's comped for a year.",
    "Otto, there's a Relay Chime in the box on top of the two you purchased, no charge.",
])
def test_a_thing_set_apart_from_the_purchase_is_given(offer):
    assert gifts_read(*vendor_thread(offer, "Thanks so much, works fine.")) == [("v1", "o1", 29.0)]


def test_the_thing_bought_is_still_bought():
    offer = "Hi Otto, the Relay Chime on your order shipped today, invoice to follow."
    assert gifts_read(*vendor_thread(offer, "Thanks, got it.")) == []
