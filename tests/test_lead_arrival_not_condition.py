"""GIFT (found from probe EB's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): "when you get to" and a place ("just check in when you get to the lodge", "when you get to
Tulsa") is when the reader arrives, not a threshold the giving waits on; "when you get to ten sign-ups" still is."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "We've taken care of your room at the lake lodge for both nights, so just check in when you get to the lodge.",
    "Your suite is on our tab for the whole stay - just give your name at the desk when you get to Tulsa.",
])
def test_an_arrival_at_a_place_is_no_condition(body):
    got = gifts_read(msg(VERA, [OTTO], "Your stay", body + VENDOR_SIG, day=1))
    assert [(g, r) for g, r, _v in got] == [("v1", "o1")]


@pytest.mark.parametrize("body", [
    "Your cabin at the lake lodge is on our tab when you get to ten sign-ups on your code.",
    "Your suite is on our tab when you get to the next tier of the program.",
])
def test_a_threshold_reached_is_still_a_condition(body):
    assert gifts_read(msg(VERA, [OTTO], "Your stay", body + VENDOR_SIG, day=1)) == []
