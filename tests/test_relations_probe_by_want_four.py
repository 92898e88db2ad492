"""Seats or tickets offered by asking "Want four?", "Need five?", found by probe BY: a count above two asked of the
reader offers the hospitality as "Want two?" already does (people ask for as many as a family needs). Every message is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "We have the firm's box for the Raptors game on the 14th and some seats going spare. Want four?",
    "Otto, a few tickets for Sunday's playoff match are going begging. Need five? Bring the whole crew.",
])
def test_a_count_of_seats_asked_offers_them(offer):
    assert [(g, r) for g, r, _ in gifts_read(*vendor_thread(offer, "Yes please - my daughter will be thrilled."))] == [
        ("v1", "o1")]


def test_a_count_asked_of_a_sale_offers_nothing():
    offer = "Tickets for the Raptors game on the 14th are $60 each through our box office. Want four? I'll invoice you."
    assert gifts_read(*vendor_thread(offer, "Yes please - send the invoice to accounts.")) == []
