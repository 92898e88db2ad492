""""A little something" names a present ("a little something is on its way to you"), but "we want to do a little
something for X" only announces a gesture that the next sentence tells: that sentence's things and recipients are the
gift's. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
import test_relations as T  # noqa: E402


@pytest.mark.model
def test_a_little_something_on_its_way_is_a_present():
    thread = T.vendor_thread("A little something is on its way to you for the holidays: a Relay Chime.", "Thank you!")
    assert T.gifts_read(*thread) == [("v1", "o1", 29.0)]


@pytest.mark.model
def test_a_gesture_announced_then_told_goes_to_whom_the_telling_names():
    thread = T.vendor_thread("We want to do a little something for the detectives at Quarry. I'm sending over 12 "
                             "e-gift cards, $10 each, one for every detective on your squad!", "Thanks Vera!")
    assert T.gifts_read(*thread) == [("v1", "d1", 120.0)]
