"""PROMOTED: fixed praise negated in its own clause ("the X is not worth the money", "it hasn't been a game changer for
us") or opened by the writer's doubt ("I doubt the X is worth it") praises nothing; praise of results, value and the
work made easier does ("nothing but good results with the X", "the X punches above its weight", "the X made my job so
much easier", "X is the one I'd point you to"), and a negative in a clause before the praise leaves it. Every sentence is invented for these tests (the
small world of ``test_relations.py``), read with the parse."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, SID, promoted_to


@pytest.mark.model
@pytest.mark.parametrize("reader", [SID, CORA])
@pytest.mark.parametrize("body", [
    "Frankly the Relay Chime was not worth the price.",
    "The Yard Light Cam has never been a game changer for the night shift.",
    "I doubt the Relay Chime is worth the money.",
    "For a two-car garage the Yard Light Cam isn't the one I'd pick.",
])
def test_negated_or_doubted_praise_praises_nothing(parser, body, reader):
    assert promoted_to(parser, body, reader) == []


@pytest.mark.model
@pytest.mark.parametrize("reader", [SID, CORA])
@pytest.mark.parametrize("body,target", [
    ("Our detectives have had nothing but great results with the Yard Light Cam.", "p_flood"),
    ("For a small unit, the Relay Chime punches well above its weight.", "p_chime"),
    ("The Yard Light Cam made my job so much easier this winter.", "p_flood"),
    ("We didn't expect much, but the Relay Chime is worth every penny.", "p_chime"),
    ("If the county is shopping for a chime, the Relay Chime is the one I'd point you to.", "p_chime"),
])
def test_praise_of_results_value_and_the_work(parser, body, target, reader):
    assert promoted_to(parser, body, reader) == [("o1", target)]
