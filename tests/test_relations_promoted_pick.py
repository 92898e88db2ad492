"""PROMOTED: the writer's pick said as what they would choose ("I'd go with X", "I'd stick with X") endorses it.
Found by probe BE (a battery of short threads). Every message is invented for these tests, in wording of their own
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations_promoted_use import promoted


@pytest.mark.model
@pytest.mark.parametrize("body,target", [
    ("Between the two, I'd go with the Yard Light Cam.", "p_flood"),
    ("Honestly, for a corner lot I would go for Acme every time.", "org_v"),
    ("For a porch like yours, I'd stick with the Porch Cam.", "p_door"),
])
def test_the_writers_pick_said_as_what_they_would_choose_endorses_it(parser, body, target):
    assert promoted(parser, body) == [("o1", target)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "I wouldn't go with the Porch Cam for a gate that wide.",
    "We'd go with Acme if the council paid for the units.",
    "I'd go with Acme if the council paid for the units.",
    "I'd go with Sid to the briefing on Friday.",
])
def test_no_pick_when_negated_conditional_or_not_a_thing(parser, body):
    assert promoted(parser, body) == []
