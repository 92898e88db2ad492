"""PROMOTED: everyday ways of praising a thing that were lost, each said by an officer to a colleague and to a resident:
idioms of it never failing ("it has never let us down"), of nothing but praise, of working "like a dream", of the
reader's later thanks ("you won't be disappointed"); the writer's endorsement given as a noun ("my full endorsement");
a hyphenated judgement ("a no-brainer"); the writer said with others ("my wife and I are sold on it"); willing to vouch
("happy to vouch for them"); advice to every household to have one; "Highly recommended." after the praise; "up
against anything". And a sentence that opens with the writer's doubt ("Not sure the X is worth it") praises nothing.
Every sentence is invented for these tests (the small world of ``test_relations.py``), read with the parse."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, SID, promoted_to


@pytest.mark.model
@pytest.mark.parametrize("reader", [SID, CORA])
@pytest.mark.parametrize("body", [
    "The Relay Chime is a no-brainer for anyone with a side gate.",
    "We've had our Porch Cam for two years and it has never let us down.",
    "My wife and I are sold on the Yard Light Cam.",
    "I'm happy to vouch for the Porch Cam.",
    "I have nothing but praise for the Relay Chime.",
    "Trust me, get the Porch Cam; you'll thank me later.",
    "The Porch Cam works like a dream.",
    "I give the Yard Light Cam my full endorsement.",
    "Go with the Porch Cam, you won't be disappointed.",
    "Every household on the watch list should have a Yard Light Cam, in my opinion.",
    "The Porch Cam footage has been fantastic, crisp and easy to share. Highly recommended.",
    "I'd put the Yard Light Cam up against anything on the market.",
])
def test_everyday_idioms_of_praise_are_endorsements(parser, body, reader):
    assert len(promoted_to(parser, body, reader)) == 1


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Not sure the Porch Cam is worth the money.",
    "I'm not sure the Yard Light Cam is the real deal.",
    "She's happy to recommend the Porch Cam.",
    "My wife and I are not sold on the Porch Cam.",
    "The Porch Cam has let us down twice this month.",
    "Every household should have a plan for a break-in.",
    "You should have a Porch Cam receipt for the warranty.",
    "The chief gave the Yard Light Cam his full endorsement.",
    "We can't give the Yard Light Cam our endorsement.",
    "I can't put my endorsement on the Relay Chime.",
    "It's not a no-brainer; the Porch Cam costs twice as much.",
    "Highly recommended that all staff complete the Porch Cam training by Friday.",
    "The vendor says you won't be disappointed with the Porch Cam.",
    "I won't be disappointed if the Porch Cam order is cancelled.",
    "I'd be happy to discuss the Porch Cam quote with you.",
])
def test_doubt_others_words_and_other_errands_are_no_endorsement(parser, body):
    assert promoted_to(parser, body, SID) == []
