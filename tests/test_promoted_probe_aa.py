"""PROMOTED wording met by probe AA: advice to "you guys" (a noun said with "you"), and a reply that names nothing
itself under a subject line naming one product ("Re: Halo Cam" - "You guys should totally get it."). Every line is
invented for these tests (the invented world of ``test_unseen_release.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import GIDEON, HANA, _build, _exported

NEIGHBOUR = "Chief Rosa Quill <rquill@fernlakepd.example>"


@pytest.mark.model
def test_advice_to_you_guys_is_an_endorsement(nlp):
    from giftgraph.nlp.relations.promoted import endorsed_theme

    for text in ["You guys should get one before the grant runs out.", "You folks really need the Halo Cam."]:
        assert endorsed_theme(nlp(text)[:]) is not None
    for text in ["The guys should get one before the grant runs out.", "You guys should see the game."]:
        assert endorsed_theme(nlp(text)[:]) is None


MAIL = [
    ("h01", NEIGHBOUR, HANA, "Halo Cam", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Hana,\n\nStraight answer, cop to cop: is the Halo Cam worth what Lumenfield charges? My mayor keeps asking.\n\nRosa"),
    ("h02", HANA, NEIGHBOUR, "Re: Halo Cam", "Mon, 6 Jan 2025 11:40:00 -0700",
     "Rosa - no contest. You guys should totally get it. Call me tonight.\n\nSent from my iPhone"),
    ("h03", NEIGHBOUR, GIDEON, "Re: budget for next year", "Tue, 7 Jan 2025 09:00:00 -0700",
     "Gideon,\n\nWe looked at both last week.\n\nRosa"),
    ("h04", GIDEON, NEIGHBOUR, "Re: budget for next year", "Tue, 7 Jan 2025 10:00:00 -0700",
     "Rosa, you guys should get it.\n\nGideon"),
]


@pytest.mark.model
def test_it_in_a_reply_is_the_one_product_its_subject_names(tmp_path):
    g = _exported(tmp_path, _build(tmp_path, MAIL))
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    promoted = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "PROMOTED"}
    # (a subject that names no product leaves "it" unknown)
    assert promoted == {("Hana Voss", "Halo Cam")}
