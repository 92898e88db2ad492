"""PROMOTED (probe F): telling others to put the thing to work ("turn on", "enable", "adopt", "deploy") urges it
as much as telling them to get it. Every message is invented for these tests (the small world of
``test_relations.py``), read with the parse, as the pipeline reads them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, Profile, msg, of_type

from giftgraph.nlp.relations import extract_relations


def promoted(parser, body):
    m = msg(OTTO, [VERA], "Reference", body)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Glad to help. I tell every detective I mentor to enable the Relay Chime on day one.",
    "I keep telling the other precincts to adopt the Yard Light Cam.",
    "I told my whole squad to turn on the Porch Cam before their next shift.",
])
def test_telling_others_to_put_it_to_work_is_an_endorsement(parser, body):
    assert len(promoted(parser, body)) == 1


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "I never tell anyone to enable the Relay Chime.",
    "Vera told me to turn on the Porch Cam.",
    "Should I tell the squad to turn on the Porch Cam?",
])
def test_no_endorsement_when_negated_reported_or_asked(parser, body):
    assert promoted(parser, body) == []
