"""Wording found by probe CG (a scanning vendor and a crime lab): a unit word that names one of the unit's gatherings
("in town for the division meeting", "for the squad briefing") is no unit receiving the gift: the meal offered goes
to the reader; "for the division" still gives to the reader's unit. Every message is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, Profile, extract_relations, of_type, vendor_thread


def gifts(parser, *bodies):
    ms = vendor_thread(*bodies)
    _, edges = extract_relations(ms, {m.id: parser(m.body) for m in ms}, FakeIndex().see(*ms), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "GIFT"))


@pytest.mark.model
@pytest.mark.parametrize("offer", [
    "Otto, since you're up here for the division meeting on Friday, let me take you to lunch at the diner. My treat.",
    "Otto, while you're in town for the squad briefing Tuesday, let me take you to dinner at the grill. My treat.",
])
def test_a_meal_around_a_units_gathering_goes_to_the_reader(parser, offer):
    assert gifts(parser, offer, "Sounds good, thanks.") == [("v1", "o1")]
