"""PROMOTED: praise in everyday English that was lost: the writer's vote and money said well spent, a pick said with
"go for", and an imperative toward the thing after another imperative or after a lead-in with a possessive ("My
advice: ..."). Every message is invented for these tests (the small world of ``test_relations.py``), read with the
parse, as the pipeline reads them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations_promoted_use import promoted  # one message of Otto's, read with the parse


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Of all the cameras on our street, the Yard Light Cam gets my vote.",
    "Hand on heart, the Porch Cam Elite was money well spent.",
    "For the side door, the Porch Cam is the one I'd go for.",
    "Forget the bargain-bin brands and get the Yard Light Cam.",
    "My two cents: pass on the knock-offs and buy the Porch Cam.",
    "Our advice: get the Porch Cam Elite.",
])
def test_everyday_praise_and_advice_is_an_endorsement(parser, body):
    assert len(promoted(parser, body)) == 1


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "My advice: call the desk sergeant and get a report number.",
    "Two steps: box up the Porch Cam and get a refund.",
    "The council vote on the Yard Light Cam is Tuesday.",
    "Would the Porch Cam be the one you'd go for?",
])
def test_no_endorsement_for_other_errands_votes_or_questions(parser, body):
    assert promoted(parser, body) == []
