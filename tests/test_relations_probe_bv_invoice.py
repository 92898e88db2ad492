"""Wording found by probe BV: a thing "that won't show up on the county's invoice" or "will never appear on your bill" is
never billed, as "you won't see it on an invoice" says. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "Hi Otto, a Relay Chime is now on your account. It will never appear on your department's bill.",
    "Hi Otto, the Relay Chime for the front desk is live and it won't show up on the city's invoice.",
])
def test_never_on_the_bill_is_free(offer):
    assert gifts_read(*vendor_thread(offer, "Thanks so much, works fine.")) == [("v1", "o1", 29.0)]


def test_on_the_next_bill_is_billed():
    offer = "Hi Otto, a Relay Chime is now on your account. It will appear on your department's next bill."
    assert gifts_read(*vendor_thread(offer, "Thanks, works fine.")) == []
