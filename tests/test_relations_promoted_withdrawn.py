"""PROMOTED: praise taken back in the same breath is no endorsement. A recommendation the writer would have
made ("I would have recommended X, but ..."), one they stopped making ("so I quit suggesting it", "I no longer
recommend it", "I used to recommend it"), and praise conceded before a choice against the thing ("X was great in the demo, but we went
with another vendor", "... but the captain decided against it"), or praised only in theory ("looked good on
paper"). Every message is invented for these tests
(the small world of ``test_relations.py``), read with the parse, as the pipeline reads them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, Profile, msg, of_type

from giftgraph.nlp.relations import extract_relations


def promoted(parser, body):
    m = msg(OTTO, [VERA], "Porch Cam", body)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "I would have recommended the Porch Cam, but the night images are too grainy for us.",
    "We'd have suggested the Yard Light Cam to the block captains if the price were lower.",
    "The Yard Light Cam kept losing its signal, so I stopped suggesting it to residents.",
    "I no longer recommend the Porch Cam to anyone on my beat.",
    "The Porch Cam was terrific in the demo, but the division is going with another vendor.",
    "Honestly the Yard Light Cam is excellent, but the lieutenant decided against it.",
    "I liked the Porch Cam a lot, but we went with a different system in the end.",
    "The Yard Light Cam looked good on paper. Out in the alley it fogged up every night.",
    "I used to recommend the Yard Light Cam to every block captain. Not since the firmware update.",
])
def test_praise_taken_back_is_no_endorsement(parser, body):
    assert promoted(parser, body) == []


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Porch Cam was terrific in the demo, and I'd tell any neighbour to get one.",
    "I have recommended the Porch Cam to every resident who asked me this spring.",
    "I still recommend the Yard Light Cam to anyone on my beat.",
    "We looked at three vendors and the Porch Cam is excellent; I'd go with it.",
    "I used to recommend the Porch Cam to the block captains, and I still do.",
])
def test_praise_kept_is_still_an_endorsement(parser, body):
    assert len(promoted(parser, body)) == 1
