"""PROMOTED wording met by probe AF (one OCR'd text file of a home-camera vendor and a mid-size city's police): an
officer's advice to a resident that speaks of "a camera" in general and of "the best thing you can do" before
endorsing the vendor's product by name. Every line is invented for these tests (the invented world of
``test_unseen_release.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import HANA, RESIDENT, V, _build, _exported

MAIL = [
    ("a00", V, HANA, "Good to meet you", "Fri, 3 Jan 2025 09:00:00 -0700",
     "Hana,\n\nGood to meet you at the expo. Call me any time.\n\nPriya Kestrel\nLumenfield"),
    ("a01", RESIDENT, HANA, "bikes gone from our garage", "Mon, 6 Jan 2025 08:10:00 -0700",
     "Detective Voss,\n\nSomebody took both bikes out of our open garage last night. What can we do?\n\nDella"),
    ("a02", HANA, RESIDENT, "Re: bikes gone from our garage", "Mon, 6 Jan 2025 17:40:00 -0700",
     "Della,\n\nSorry about the bikes, that's the second garage on Wren Lane this week. Truthfully the best thing "
     "you can do is get a camera over the side door. I keep a Halo Cam above my own garage and I tell everyone on "
     "my block to get one.\n\nHana"),
]


@pytest.mark.model
def test_a_camera_in_general_and_the_best_thing_to_do_are_not_the_vendor(tmp_path):
    """"the best thing you can do is get a camera over the side door": "a camera" is any camera and "the
    best thing" a manner of speaking, neither the vendor's things spoken of before; the named product the
    next sentence urges is endorsed."""
    g = _exported(tmp_path, _build(tmp_path, MAIL))
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    promoted = {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "PROMOTED"}
    assert promoted == {("Hana Voss", "Halo Cam")}
