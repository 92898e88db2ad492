"""Probe CL (a county health department): a unit named with no word of a unit's kind ("Community Health Nursing") is a
unit when one of the agency's people prints it after a job title ("Program Manager, Family Outreach") and another on a
line of its own in their signature; a vendor's sales territory after a title ("Account Executive, Desert Region") is
none, nor is a phrase printed only after a title. Every name is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ida Rennick", "irennick@petrelbio.com")
VSIG = "\n\nIda Rennick\nRegional Account Executive, Desert Region\nPetrel Biosciences Inc.\n"
C = ("Abe Solano", "abe.solano@harlowcounty.gov")
CSIG = "\n\nAbe Solano\nProgram Manager, Family Outreach\nHarlow County Health Department\n(555) 555-0140\n"
D = ("Rita Obi", "rita.obi@harlowcounty.gov")
DSIG = "\n\nRita Obi, RN\nPublic Health Nurse\nFamily Outreach\nHarlow County Health Department\n"
E = ("Lou Petit", "lou.petit@harlowcounty.gov")
ESIG = "\n\nLou Petit\nProgram Manager, Vital Records Support\nHarlow County Health Department\n"

MAILS = [
    (V, [C], "Quote", "Abe,\n\nAttached is our quote for the Zentrix 40 analyzer.\n\nIda" + VSIG),
    (C, [V], "RE: Quote", "Ida,\n\nThanks, I'll review it with Rita.\n\nAbe" + CSIG),
    (D, [V], "RE: Quote", "Ida,\n\nCould you send the spec sheet too?\n\nRita" + DSIG),
    (E, [V], "Records", "Ida,\n\nPlease add me to the distribution list.\n\nLou" + ESIG),
    (V, [D, E], "RE: Quote", "Rita, Lou,\n\nSpec sheet attached.\n\nIda" + VSIG),
]


def test_a_plain_named_unit_printed_after_a_title_and_on_its_own_is_a_unit(tmp_path):
    files = drafted(tmp_path, MAILS)
    names = {u["name"] for u in files["units"]["units"]}
    assert "Family Outreach" in names
    assert "Desert Region" not in names
    assert "Vital Records Support" not in names
