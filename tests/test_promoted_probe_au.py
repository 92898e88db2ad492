"""PROMOTED wording met by probe AU (a records portal's HTML export): praise of "it" opening a reply before the reply
names anything. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, FakeIndex, Profile, msg, of_type


@pytest.mark.model
def test_it_praised_before_the_reply_names_anything_is_the_subjects_product(parser):
    """"Totally worth it!" opening a reply under "RE: Porch Cam - any good?" praises the Porch Cam (not the vendor), even
    when the reply names the product only later; with no product in the subject it stays as before."""
    from giftgraph.nlp.relations import extract_relations

    def promoted(subject, body):
        m = msg(OTTO, [CORA], subject, body + "\n\nOtto")
        _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
        return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))

    body = "Totally worth it! We put the Porch Cam on every patrol car last spring."
    assert promoted("RE: Porch Cam - any good?", body) == [("o1", "p_door")]
    assert promoted("RE: Acme Cams - any good?", "Totally worth it! Acme Cams has been great.") == [("o1", "org_v")]
