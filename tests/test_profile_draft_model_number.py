"""Drafted profiles: a thing named by a model number (letters and a digit: "QX-7", "Larchmont T5") with a kind of
thing sold after it ("a QX-7 receiver", "two Larchmont T5 thermal monitors") is a product even when the release names
it once; a police dog unit ("our K9 unit") and a unit or a suite numbered in an address are not. Found by probes whose
demo unit, controller, payload and speaker microphone were each named once by model. Every line is invented for these
tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Oriel Banks", "oriel@veskaroptics.com")
VSIG = "\n\nOriel Banks\nField Sales\nVeskar Optics Inc.\n"
SGT = ("Tamsin Greer", "tgreer@holloway-pd.org")
SSIG = "\n\nSgt. Tamsin Greer\nPatrol Division\nHolloway Police Department\n"

MAIL = [
    (V, [SGT], "Demo", "Tamsin,\n\nShipping a QX-7 receiver to your shop today so you can try it on the range.\n\nOriel"
                       + VSIG),
    (SGT, [V], "RE: Demo", "Oriel,\n\nGot it, thanks. Our K9 unit wants to see it too.\n\nTamsin" + SSIG),
    (V, [SGT], "Quote", "Tamsin,\n\nFor the spring order I've penciled in two Larchmont T5 thermal monitors.\n\nOriel"
                        + VSIG),
]


def test_a_model_named_once_with_its_kind_is_a_product(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, MAIL)["products"]["products"]}
    assert {"QX-7", "Larchmont T5"} <= names
    assert not any("K9" in n for n in names)
