"""Wording found by probe CK (a dispatch supervisor's quote for a vendor's customer spotlight): "dependable" judges a
thing as "reliable" does, and telling others to put it "at the top of their list" (or "your list") endorses it as
"at the top of my list" does. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, FakeIndex, Profile, extract_relations, msg, of_type


def promoted(parser, body):
    m = msg(OTTO, [SID], "Cameras", "Sid,\n\n" + body + "\n\nOtto")
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "The Porch Cam is the most dependable camera we have ever mounted at a school entrance.",
    "Honestly, I'd tell any precinct to put the Porch Cam at the top of their list.",
    "If you're shopping for cameras, put the Porch Cam at the top of your list.",
])
def test_dependable_and_the_top_of_their_list_endorse(parser, body):
    assert promoted(parser, body) == [("o1", "p_door")]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Is the Porch Cam dependable in the cold?",
    "The Porch Cam was not dependable in the cold, so we sent it back.",
])
def test_asking_or_denying_that_it_is_dependable_endorses_nothing(parser, body):
    assert promoted(parser, body) == []
