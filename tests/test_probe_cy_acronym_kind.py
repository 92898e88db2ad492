"""A brand name followed by an acronym and a kind of thing sold ("one SkyTally HD camera", "a Merrow GPS tracker") is the
brand's product, the acronym part of what kind of thing it is, when the release also writes the brand name alone ("the
SkyTally goes back on Friday"). Invented names throughout."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("cy_govt", Path(__file__).parent / "test_probe_cy_govt_domain.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
drafted = _mod.drafted

V = ("Tessa Marrow", "tessa.marrow@quillonmeters.co")
A = ("Ana Kereama", "ana.kereama@harakekebay.govt.nz")
VSIG = "\n\nTessa Marrow\nAccount Manager\nQuillon Meters Ltd\n"
ASIG = "\n\nAna Kereama\nTeam Leader, Water Services\nHarakeke Bay District Council\n"


def test_a_brand_before_an_acronym_and_a_kind_of_thing_is_the_product():
    mails = [
        (V, [A], "Trial", "Hi Ana,\n\nWe can lend you one SkyTally HD camera for a month's trial at no charge, and ship it "
                          "next week. The SkyTally goes back to us at the end of the trial." + VSIG),
        (A, [V], "RE: Trial", "Thanks Tessa, the SkyTally arrived and the depot team have it on the truck." + ASIG),
        (V, [A], "RE: Trial", "Great. Here is the quote for the water meters you asked about: $640 each." + VSIG),
        (A, [V], "RE: Trial", "The SkyTally has read every meter on the Kōkako Road run so far." + ASIG),
    ]
    names = {p["name"] for p in drafted(_tmp(), mails)["products"]["products"]}
    assert "SkyTally" in names and "SkyTally HD" not in names


def _tmp():
    import tempfile
    return Path(tempfile.mkdtemp())
