"""Probe CI: a camera registry the vendor sells, named by a coined brand word and "Registry" ("the BrookLens
Registry"), is one of its products, as a "... Portal" or a "... Platform" is; a public registry named in plain words
("the Offender Registry") is not. Every name is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Nell Varga", "nell.varga@quorvex.io")
VSIG = "\n\nNell Varga\nAccount Manager\nQuorvex Analytics Inc.\n"
C = ("Lyle Benton", "lbenton@ashfordpd.org")
CSIG = "\n\nSgt. Lyle Benton\nPatrol Division\nAshford Police Department\n"

MAILS = [
    (V, [C], "BrookLens Registry", "Lyle,\n\nAttached is our quote for connecting BrookLens Registry to your video wall."
                                   "\n\nNell" + VSIG),
    (C, [V], "RE: BrookLens Registry", "Nell,\n\nThanks. I've asked the council to back BrookLens Registry next month. "
                                       "The Offender Registry stays with the county clerk.\n\nLyle" + CSIG),
    (V, [C], "RE: BrookLens Registry", "Lyle,\n\nGreat. Residents can sign up for BrookLens Registry online."
                                       "\n\nNell" + VSIG),
    (C, [V], "Question", "Nell,\n\nCan residents opt out? The Offender Registry has no such rule.\n\nLyle" + CSIG),
]


def test_a_coined_registry_is_a_product_and_a_plain_one_is_not(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, MAILS)["products"]["products"]}
    assert "BrookLens Registry" in names or "BrookLens" in names
    assert not any("Offender" in n for n in names)
