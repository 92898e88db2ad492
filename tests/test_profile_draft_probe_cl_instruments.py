"""Probe CL (a diagnostics vendor and a county health department): the things a laboratory buys are products too. "a
Zentrix 40 bench-top analyzer" names one by its kind after a hyphenated word, "List price on the Zentrix 40 is $9,900"
prices it before its name, and "KeenDot Rapid Tests" is a test under a brand's coined name; a test named in plain words
("the Physical Agility Test") is no product. Every name is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ida Rennick", "irennick@petrelbio.com")
VSIG = "\n\nIda Rennick\nRegional Account Executive, Public Sector\nPetrel Biosciences Inc.\n"
C = ("Abe Solano", "abe.solano@harlowcounty.gov")
CSIG = "\n\nAbe Solano\nLaboratory Director\nPublic Health Laboratory\nHarlow County Health Department\n"

MAILS = [
    (V, [C], "Zentrix 40", "Abe,\n\nI'd like to show your team a Zentrix 40 bench-top analyzer next month. List price on "
                           "the Zentrix 40 is $9,900.\n\nIda" + VSIG),
    (C, [V], "RE: Zentrix 40", "Ida,\n\nThanks. We'll look at the Zentrix 40 after the Physical Agility Test week; "
                               "staff are out for the Physical Agility Test until the 9th.\n\nAbe" + CSIG),
    (V, [C], "Kits", "Abe,\n\nYour order of KeenDot Rapid Tests shipped today. The KeenDot Rapid Tests come ten to a box."
                     "\n\nIda" + VSIG),
    (C, [V], "RE: Kits", "Ida,\n\nGot them, thanks.\n\nAbe" + CSIG),
]


def test_an_analyzer_and_a_branded_test_are_products_and_a_plain_test_is_not(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, MAILS)["products"]["products"]}
    assert "Zentrix 40" in names
    assert any(n.startswith("KeenDot") for n in names)
    assert not any("Agility" in n for n in names)
