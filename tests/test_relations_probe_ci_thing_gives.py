"""Probe CI: a product as the subject of "give", "provide" or "deliver" says what the thing does ("The X gives residents
peace of mind", "the Y gave our analysts one view of every feed", as a press-release quote puts it), not that anyone
hands something over; a giving verb of a person in the same sentence still gives. Every message is invented for these
tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "For the brochure: the Yard Light Cam gave our night shift a clear view of every alley.",
    "The Porch Cam gives families peace of mind while they are away.",
    "The Yard Light Cam provides color video after dark.",
])
def test_a_thing_that_gives_or_provides_hands_nothing_over(offer):
    assert gifts_read(*vendor_thread(offer, "Great, thanks!")) == []


@pytest.mark.parametrize("offer,value", [
    ("The Porch Cam gives families peace of mind, so I'm sending you one at no charge.", 199.0),
    ("Two Porch Cams delivered to your door, free of charge.", 398.0),
])
def test_a_person_giving_in_the_same_breath_still_gives(offer, value):
    assert gifts_read(*vendor_thread(offer, "Great, thanks!")) == [("v1", "o1", value)]
