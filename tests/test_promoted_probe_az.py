"""PROMOTED wording met by probe AZ (a towing firm and a city's traffic police, pasted into a Word document): praise
said to several readers at once, before an imperative, beside a clause of someone else asking. Every sentence is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, FakeIndex, Profile, msg, of_type


@pytest.mark.model
def test_praise_to_several_readers_named_before_an_imperative(parser):
    """"Team, do yourselves a favor and call Acme Cams first" is the writer's praise (the plural of "do yourself a
    favor"; "Team," is who is written to, not the subject of "call"), and so with a clause of someone else asking set
    beside it ("when a neighbour asks who to use, ..."); "Cora says ... works like a charm" stays Cora's."""
    from giftgraph.nlp.relations import extract_relations

    def promoted(body):
        m = msg(OTTO, [CORA], "cams", body + "\n\nOtto")
        _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
        return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))

    assert promoted("Team, do yourselves a favor and call Acme Cams first.") == [("o1", "org_v")]
    assert promoted("Team, when a neighbour asks who to use, do yourselves a favor and call Acme Cams first.") == \
        [("o1", "org_v")]
    assert promoted("Team, Cora says Acme Cams works like a charm.") == []
