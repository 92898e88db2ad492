"""PROMOTED: praise said as a negative with "enough" ("I can't speak highly enough of X", "I cannot recommend X highly
enough", "I couldn't speak more highly of X") endorses X; a plain refusal ("I can't recommend X") still does not. Found
by probe CH (a police upfitter and a Canadian police service). Every message is invented for these tests, in wording
of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations_promoted_use import promoted


@pytest.mark.model
@pytest.mark.parametrize("body,target", [
    ("Honestly, I can't speak highly enough of Acme.", "org_v"),
    ("I cannot recommend the Yard Light Cam highly enough.", "p_flood"),
    ("We can't recommend Acme enough for a small department.", "org_v"),
    ("I couldn't speak more highly of the Porch Cam.", "p_door"),
])
def test_praise_said_as_never_enough_endorses(parser, body, target):
    assert promoted(parser, body) == [("o1", target)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "I can't recommend the Porch Cam for a gate that wide.",
    "I cannot recommend Acme until the contract is signed.",
    "I can't speak to how the Porch Cam holds up in snow.",
])
def test_a_refusal_or_a_shortage_is_no_endorsement(parser, body):
    assert promoted(parser, body) == []
