"""Wording found by probe BL ("you bailed me out more than once during the cutover, so I left ..."): "once" after
"than" or "at" counts times ("more than once", "all at once"); it sets no condition as "once you sign" does. Every
message is invented for these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _thread(*bodies):
    ms = vendor_thread(*bodies, subject="A small thanks")
    return gifts(run(ms, FakeIndex().see(*ms))[1])


@pytest.mark.parametrize("note", [
    "You've covered for us more than once this month, so I'm sending you a Porch Cam, on the house.",
    "You re-hung all the mounts at once last week; a Porch Cam is on its way to you, no charge.",
])
def test_once_counting_times_is_no_condition(note):
    assert _thread(note, "Got it, thank you!") == [("v1", "o1", 199.0)]


def test_once_before_a_clause_is_still_a_condition():
    assert _thread("Once you sign the renewal, a Porch Cam is yours, no charge.", "Got it, thank you!") == []
