"""GIFT recipient met by probe CL: things sent "one for everyone in the lab", "for everybody on your team", "one for each
person in the unit" are for every member of the reader's unit, so the unit receives (as "for your team" does); "everyone
in the lab already has one" says who has them and gives the reader. Every sentence is invented for these tests (the
small world of ``test_relations.py``: Otto's unit is the Quarry Division)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Cold mornings")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_one_for_every_member_of_the_unit_goes_to_the_unit():
    assert _gifts("Otto, a box of Acme hoodies is headed your way, one for everyone in the lab.") == [("v1", "d1", None)]
    assert _gifts("Otto, a box of Acme hoodies is on its way, one for everybody in your division.") \
        == [("v1", "d1", None)]
    assert _gifts("Otto, I'm sending two Relay Chimes at no charge, one for each person in the unit.") == [("v1", "d1", 58.0)]


def test_everyone_of_the_unit_said_of_something_else_leaves_the_reader():
    assert _gifts("Otto, I'm sending you a free Relay Chime; everyone in the lab already has one.") == [("v1", "o1", 29.0)]
    assert _gifts("Otto, I'm sending you a free Relay Chime, the model everyone in the division used at the expo.") \
        == [("v1", "o1", 29.0)]
