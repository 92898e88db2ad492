"""Drafted profiles (probe CN): a forest's or a park's "District Ranger" (and "District Forester") is a job title, not a
unit named "District Ranger", and no person either; a fire service's crew ("Redtail Fuels Crew") is a unit, and its
"Crew Superintendent" a title; a unit read off a job title ("Communications Center Manager") whose words end the name of
the one unit signed on another line ("Ferrous Valley Communications Center") is that unit, called by its kind. Every
line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Wren Talbot", "wren@oxbowgear.com")
VSIG = "\n\nWren Talbot\nAccount Executive\nOxbow Gear Works, Inc.\n(555) 018-2231\n"
RANGER = ("Lise Moravec", "lmoravec@harlanparks.gov")
RSIG = "\n\nLise Moravec\nDistrict Ranger, Cobble Point District\nHarlan Department of Parks\n"
FORESTER = ("Abe Quillen", "aquillen@harlanparks.gov")
FSIG = "\n\nAbe Quillen\nDistrict Forester - Saltbush District\n(555) 018-7700\n"
SUPT = ("Nico Barrientos", "nbarrientos@harlanparks.gov")
SSIG = "\n\nNico Barrientos\nCrew Superintendent, Redtail Fuels Crew\nHarlan Department of Parks\n"
COMMS = ("Ida Fenwick", "ifenwick@harlanparks.gov")
CSIG = "\n\nIda Fenwick\nCommunications Center Manager\nFerrous Valley Communications Center\nHarlan Department of Parks\n"

MAIL = [
    (V, [RANGER, FORESTER], "Spring order", "Hi both,\n\nOur quote for the 12 saws is attached, $640 each. Let me know "
     "about the order.\n\nWren" + VSIG),
    (RANGER, [V], "RE: Spring order", "Wren, we'll take 6. Invoice to the district please.\n\nLise" + RSIG),
    (FORESTER, [V], "RE: Spring order", "Same for us, 6 saws.\n\nAbe" + FSIG),
    (SUPT, [V], "saws", "can you ship 2 of ours to the crew barn instead. thanks\n\nNico" + SSIG),
    (COMMS, [V], "radios", "Wren, do you carry the chargers on your price list? Thanks.\n\nIda" + CSIG),
    (V, [SUPT, COMMS], "RE: radios", "Yes, $85 each, I can put them on the next order.\n\nWren" + VSIG),
]


def test_district_titles_crews_and_a_unit_read_off_a_title(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"]: u for u in f["units"]["units"]}
    assert {"Cobble Point District", "Saltbush District", "Redtail Fuels Crew", "Ferrous Valley Communications Center"} <= set(units)
    assert not {"District Ranger", "District Forester", "Crew Superintendent", "Communications Center"} & set(units)
    assert "Communications Center" in units["Ferrous Valley Communications Center"]["aliases"]
