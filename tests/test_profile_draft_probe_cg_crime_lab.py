"""Drafted profiles (probe CG): a state's crime laboratory named as a body of its own on its staff's signatures
("Brenmoor State Crime Laboratory") is an agency, with its units under it ("Latent Print Unit"), not a unit of
nobody whose unit line is then taken for a product; a state police's own crime lab stays that police's unit.
Every name and line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Odile Farrant", "odile.farrant@pellucidoptics.com")
VSIG = "\n\nOdile Farrant\nAccount Executive\nPellucid Optics\n"
LAB = ("Jonas Whitcombe", "jonas.whitcombe@bscl.brenmoor.gov")
LSIG = "\n\nJonas Whitcombe\nForensic Analyst\nLatent Print Unit\nBrenmoor State Crime Laboratory\n(555) 010-4411\n"
LAB2 = ("Perrine Stoll", "perrine.stoll@bscl.brenmoor.gov")
L2SIG = "\n\nPerrine Stoll\nSupervisor\nLatent Print Unit | Brenmoor State Crime Laboratory\n"

MAILS = [
    (V, [LAB], "Lumen 4 quote", "Jonas,\n\nHere is the quote you asked for: the Lumen 4 imager is $6,200 each.\n\nOdile" + VSIG),
    (LAB, [V], "RE: Lumen 4 quote", "Odile, thanks, I'll pass it to Perrine.\n\nJonas" + LSIG),
    (LAB2, [V], "Lumen 4", "Odile,\n\nCan we get two Lumen 4 imagers on a 30-day trial first?\n\nPerrine" + L2SIG),
    (V, [LAB2], "RE: Lumen 4", "Perrine, yes, I can ship two Lumen 4 imagers Monday.\n\nOdile" + VSIG),
]


def test_a_state_crime_laboratory_is_an_agency_and_its_unit_no_product(tmp_path):
    f = drafted(tmp_path, MAILS)
    orgs = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    assert orgs.get("Brenmoor State Crime Laboratory") == "agency"
    assert f["domains"]["domains"]["bscl.brenmoor.gov"]["role"] == "officer"
    units = {u["name"] for u in f["units"]["units"]}
    assert "Latent Print Unit" in units and "Brenmoor State Crime Laboratory" not in units
    assert "Latent Print Unit" not in {p["name"] for p in f["products"]["products"]}


def test_a_state_police_crime_lab_is_still_a_unit_of_the_state_police(tmp_path):
    cop = ("Lena Ashby", "lena.ashby@brenmoorstatepolice.gov")
    sig = "\n\nTrooper Lena Ashby\nState Police Crime Lab\nBrenmoor State Police\n"
    f = drafted(tmp_path, [
        (V, [cop], "Lumen 4 quote", "Trooper Ashby,\n\nHere is the quote: the Lumen 4 imager is $6,200 each.\n\nOdile" + VSIG),
        (cop, [V], "RE: Lumen 4 quote", "Odile, thanks, we'll order two Lumen 4 imagers.\n\nLena" + sig),
        (cop, [V], "Lumen 4", "Odile, when do the Lumen 4 imagers ship?\n\nLena" + sig),
        (V, [cop], "RE: Lumen 4", "Lena, Monday.\n\nOdile" + VSIG),
    ])
    orgs = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    assert orgs.get("Brenmoor State Police") == "agency"
    assert "State Police Crime Lab" in {u["name"] for u in f["units"]["units"]}
