"""A place one is away from is no countdown, found by probe BY: "away from the office", "away from your desk" say where,
not how many uses are left before a reward ("two away from the next free unit", "one sign-up away from your bonus",
which stay conditions). Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "Otto, may I take you to lunch at the Quayside on Friday? It would be good to talk away from the office.",
    "Two Relay Chimes are on their way to you, no charge - something to test away from your desk.",
])
def test_a_place_away_from_is_no_condition(offer):
    assert [g for g, _, _ in gifts_read(*vendor_thread(offer, "Lovely, thank you!"))] == ["v1"]


@pytest.mark.parametrize("offer", [
    "Otto, your code is two agencies away from the next free Relay Chime.",
    "You're one sign-up away from your free Relay Chime, Otto.",
])
def test_a_count_away_from_a_reward_is_still_a_condition(offer):
    assert gifts_read(*vendor_thread(offer, "Lovely, thank you!")) == []
