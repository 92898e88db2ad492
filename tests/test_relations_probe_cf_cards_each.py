"""Wording found by probe CF (a radio vendor and a port police department, Apple Mail .emlx files): the amount printed
on a card given "for each of the 12 dispatchers" is one card's; the gift is the count times it. Every message is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer,value", [
    ("For the holidays I'm mailing a $30 bakery gift card for each of the 9 officers in the Quarry Division.", 270.0),
    ("We're sending a $20 gift card to each of your six sergeants in the Quarry Division, a thank-you from Acme.", 120.0),
])
def test_a_card_for_each_of_so_many_people_is_worth_the_count_times_its_amount(offer, value):
    assert gifts_read(*vendor_thread(offer, "Very kind, thanks!")) == [("v1", "d1", value)]


def test_one_card_to_the_reader_keeps_its_amount():
    assert gifts_read(*vendor_thread("I'm sending you a $40 gift card for the holidays.", "Thanks!")) == [("v1", "o1", 40.0)]
