"""GIFT wording met by probe CO, the formal invitation: "I would be delighted to host you for dinner" (pleased,
delighted, honoured to host, as "glad to host"), "if your calendar permits," / "if your schedule allows," (the reader
being free to come, a courtesy like "if you can make it", no condition on the meal), and "I will book a table unless I
hear otherwise" (what the writer does by default, nothing waited on). A real condition still blocks the offer. Every
sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts

YES = "Otto here: thank you, that is very kind of you. Friday works."


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Friday evening")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_delighted_to_host_is_an_invitation():
    assert _gifts("Otto, I would be delighted to host you for supper at the Orchard Room on Friday.", YES) == [
        ("v1", "o1", None)]
    assert _gifts("Otto, we would be pleased to host you for lunch at the Quayside Grill on Friday.", YES) == [
        ("v1", "o1", None)]


def test_if_your_calendar_permits_is_a_courtesy():
    assert _gifts("Otto, if your schedule allows, I would be delighted to host you for supper at the Orchard Room on "
                  "Friday.", YES) == [("v1", "o1", None)]
    assert _gifts("Otto, if time permits, we would like to take you to lunch at the Quayside Grill on Friday.", YES) == [
        ("v1", "o1", None)]


def test_unless_i_hear_otherwise_is_no_condition():
    assert _gifts("Otto, we would like to take you to lunch at the Quayside Grill on Friday. I will book a table for "
                  "noon unless I hear otherwise.", YES) == [("v1", "o1", None)]


def test_a_real_condition_still_blocks_the_invitation():
    assert _gifts("Otto, if your department signs the renewal, I would be delighted to host you for supper at the "
                  "Orchard Room on Friday.", YES) == []
    assert _gifts("Otto, we would like to take you to lunch at the Quayside Grill on Friday. I will book a table for "
                  "noon unless the renewal is cancelled.", YES) == []
