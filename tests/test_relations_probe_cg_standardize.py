"""Wording found by probe CG (a scanning vendor and a crime lab): advising that the agency standardise or settle on a
vendor or a product ("I recommend we standardize on Acme Cams") endorses it, as "switch to" does; standardising
something that is neither ("the report forms") endorses nothing. Every message is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, FakeIndex, Profile, extract_relations, msg, of_type


def promoted(parser, body):
    m = msg(OTTO, [SID], "Budget", "Sid,\n\n" + body + "\n\nOtto")
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
@pytest.mark.parametrize("body,target", [
    ("For next year's budget, I recommend we standardize on Acme Cams across all precincts.", "org_v"),
    ("I'd recommend the department standardise on the Porch Cam for every school entrance.", "p_door"),
    ("My advice: I'd recommend we settle on Acme Cams for the patrol fleet.", "org_v"),
])
def test_advising_to_standardise_on_it_endorses_it(parser, body, target):
    assert promoted(parser, body) == [("o1", target)]


@pytest.mark.model
def test_standardising_something_else_endorses_nothing(parser):
    assert promoted(parser, "I recommend we standardize the incident report forms before spring.") == []
