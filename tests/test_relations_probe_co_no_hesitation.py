"""PROMOTED wording met by probe CO: "I would not hesitate to recommend X", "we wouldn't hesitate to endorse them" deny
the hesitating, not the endorsing (litotes: the endorsement said strongly); a plain "I would not recommend X" stays no
endorsement. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, FakeIndex, msg, of_type, run


def _promoted(body):
    m = msg(OTTO, [CORA], "Your question about vendors", body)
    return sorted((e.source, e.target) for e in of_type(run([m], FakeIndex().see(m))[1], "PROMOTED"))


def test_not_hesitating_to_recommend_is_an_endorsement():
    assert _promoted("Since you ask, I would not hesitate to recommend Acme Cams to your board.") == [("o1", "org_v")]
    assert _promoted("We wouldn't hesitate to recommend the Porch Cam to any department.") == [("o1", "p_door")]


def test_not_recommending_stays_no_endorsement():
    assert _promoted("Since you ask, I would not recommend Acme Cams to your board.") == []


@pytest.mark.model
def test_the_parse_reads_the_litotes_as_an_endorsement(nlp):
    from giftgraph.nlp.relations.promoted import _NONE, endorsed_theme

    theme = endorsed_theme(nlp("Frankly, I would not hesitate to recommend Lumenfield to the county.")[:])
    assert theme is not None and theme is not _NONE and theme.text == "Lumenfield"
    assert endorsed_theme(nlp("Frankly, I would not recommend Lumenfield to the county.")[:]) is None
