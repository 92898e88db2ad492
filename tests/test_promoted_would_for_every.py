"""An endorsement said as what the writer would get for every place or person ("I'd put one on every block", "I would
buy one for each deputy"), set against any rival ("I'd put it up against any system"), or send everyone through
("I'd put every recruit through it"). Not: where one thing would go ("I'd put one in the evidence room"), or the same
said with "not". Every line is invented for this test (the invented world of ``test_unseen_release.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import GIDEON, HANA, OWEN, V, _build, _exported


@pytest.mark.model
@pytest.mark.parametrize("text, theme", [
    ("I'd put one on every block in the precinct.", "one"),
    ("I would buy one for each deputy on nights.", "one"),
    ("Honestly, I'd put it up against any system on the market.", "it"),
    ("I'd put every one of our recruits through it.", "it"),
    ("We'd install them at every school in the county.", "them"),
])
def test_what_the_writer_would_get_for_every_one_is_endorsed(nlp, text, theme):
    from giftgraph.nlp.relations.promoted import _NONE, endorsed_theme

    got = endorsed_theme(nlp(text)[:])
    assert got is not None and got is not _NONE and got.text == theme


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "I'd put one in the evidence room.",
    "I'd put one on the agenda for next month.",
    "I wouldn't put one on every block.",
    "I'd put every request through legal first.",
    "She'd put one on every block.",
])
def test_where_one_thing_would_go_is_no_endorsement(nlp, text):
    from giftgraph.nlp.relations.promoted import endorsed_theme

    assert endorsed_theme(nlp(text)[:]) is None


MAIL = [
    ("w01", HANA, GIDEON, "Alley camera", "Mon, 6 Jan 2025 09:12:00 -0700",
     "Gideon,\n\nThe Halo Cam over the Birch Street alley caught the van's plate on the first night. Cleanest footage "
     "we've had on a prowler case - I'd put one on every block in the precinct.\n\nDet. Hana Voss"),
    ("w02", OWEN, GIDEON, "Storage", "Tue, 7 Jan 2025 10:00:00 -0700",
     "Gideon,\n\nThe spare Halo Chime from the demo is on my desk. I'd put it in the supply closet.\n\nSgt. Owen Marlowe"),
    ("w03", V, HANA, "Glad to hear it", "Wed, 8 Jan 2025 11:00:00 -0700",
     "Hana,\n\nGlad it helped.\n\nPriya Kestrel\nLumenfield"),
]


@pytest.mark.model
def test_one_on_every_block_endorses_the_product_just_named(tmp_path):
    g = _exported(tmp_path, _build(tmp_path, MAIL))
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    promoted = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "PROMOTED"}
    assert promoted == {("Hana Voss", "Halo Cam")}

