"""A quotation under a line that says whose it is ("a short quote from Det. Hana Voss, which she's approved:") is that
person's endorsement, not the writer's who pastes it into a draft. Every line is invented for this test (the invented
world of ``test_unseen_release.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import GIDEON, HANA, OWEN, _build, _exported

MAIL = [
    ("q01", HANA, OWEN, "Newsletter", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Owen,\n\nFine by me, use the quote as written.\n\nDet. Hana Voss"),
    ("q02", OWEN, GIDEON, "Winter bulletin - draft", "Tue, 7 Jan 2025 10:00:00 -0700",
     "Gideon,\n\nThe winter bulletin draft is below for your sign-off. Lead item is the porch pilot on Alder Court.\n\n"
     "And a short quote from Det. Hana Voss, which she's approved:\n\n"
     "\"The Halo Cam has changed how we work prowler calls. I'd recommend it to any department.\"\n\n"
     "Sgt. Owen Marlowe"),
]


@pytest.mark.model
def test_a_quote_from_someone_is_their_endorsement_not_the_writers(tmp_path):
    g = _exported(tmp_path, _build(tmp_path, MAIL))
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    promoted = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "PROMOTED"}
    assert promoted == {("Hana Voss", "Halo Cam")}
