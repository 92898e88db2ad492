"""A quotation that goes on after its attribution ('"...," said Det. Hana Voss, of the Brookmoor police. "I'd recommend
it to any department."') is still the speaker's words: a vendor's draft press release quoting an officer, approved by
her, is her endorsement, whichever part of the quotation praises. And the name may wrap onto the next line as a
printed release breaks it. Every line is invented for this test (the invented world of ``test_unseen_release.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import HANA, OWEN, V, _build, _exported


def _promoted(tmp_path, draft_body):
    mail = [
        ("g01", V, HANA, "Announcement draft for your review", "Mon, 6 Jan 2025 09:12:00 -0700",
         "Hi Hana,\n\nThanks again for agreeing to take part. Here is the draft with your quote:\n\n" + draft_body +
         "\n\nCould you confirm the wording?\n\nPriya Kestrel\nLumenfield"),
        ("g02", HANA, V, "RE: Announcement draft for your review", "Tue, 7 Jan 2025 10:00:00 -0700",
         "Priya,\n\nThe wording is fine as it stands.\n\nDet. Hana Voss"),
        ("g03", OWEN, HANA, "Shift swap", "Wed, 8 Jan 2025 08:00:00 -0700",
         "Hana,\n\nCan you take my Friday? I owe you one.\n\nSgt. Owen Marlowe"),
    ]
    g = _exported(tmp_path, _build(tmp_path, mail))
    nodes = {n["id"]: n for n in g["nodes"]}
    edges = g["links"] if "links" in g else g["edges"]
    return {(nodes[e["source"]]["name"], nodes[e["target"]]["name"]) for e in edges if e["type"] == "PROMOTED"}


@pytest.mark.model
@pytest.mark.parametrize("draft", [
    "\"Our prowler calls are shorter since the pilot began,\" said Hana Voss, a detective with the Brookmoor police. "
    "\"I'd recommend the Halo Cam to any department.\"",
    # the speaker's name broken over two lines, as a printed page wraps it
    "  \"Our prowler calls are shorter since the pilot began,\" said Hana\n  Voss, a detective in Brookmoor. "
    "\"I'd recommend the Halo Cam to any department.\"",
])
def test_a_quotation_that_goes_on_after_its_attribution_is_the_speakers(tmp_path, draft):
    assert _promoted(tmp_path, draft) == {("Hana Voss", "Halo Cam")}
