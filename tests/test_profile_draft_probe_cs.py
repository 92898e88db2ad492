"""Drafted profiles (probe CS): an ambulance crew's equipment is a kind of thing sold ("the X powered cot", "two Y
stretchers", "a Z stair chair"), so a brand's model named with it is a product, and its model number written alone
("the demo K7") is that product; "Office of the Medical Director" on an agency signature is a unit of the agency, as
"Office of the Chief" is. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Noor Castell", "noor.castell@quellmedic.com")
VSIG = "\n\nNoor Castell\nAccount Executive\nQuell Medic Devices\n"
MEDIC = ("Pell Ardmore", "pardmore@fennwickcounty.gov")
MSIG = "\n\nPell Ardmore\nRescue Captain\nFennwick County Fire Rescue\n"
DOC = ("Ines Valcourt", "ivalcourt@fennwickcounty.gov")
DSIG = "\n\nInes Valcourt, DO\nMedical Director\nOffice of the Medical Director\nFennwick County Fire Rescue\n"

COTS = [
    (V, [MEDIC], "RoveLift K7 trial",
     "Pell,\n\nThe RoveLift K7 power cot is on the truck for your trial next week. The K7 handles stairs well.\n\nNoor" + VSIG),
    (MEDIC, [V], "RE: RoveLift K7 trial", "Noor,\n\nCrews ran the K7 on a few calls, no complaints so far.\n\nPell" + MSIG),
    (V, [MEDIC], "RE: RoveLift K7 trial",
     "Pell,\n\nGlad to hear it. Two RoveLift K7 stretchers could ship in May if the board approves.\n\nNoor" + VSIG),
    (DOC, [V], "Protocols", "Noor,\n\nPlease send the cleaning protocol for the cot.\n\nInes" + DSIG),
]


def test_a_cot_brand_and_its_model_number_are_a_product(tmp_path):
    f = drafted(tmp_path, COTS)
    prods = {p["name"]: p for p in f["products"]["products"]}
    assert "RoveLift K7" in prods
    assert "K7" in prods["RoveLift K7"]["aliases"]


def test_the_office_of_the_medical_director_is_a_unit(tmp_path):
    f = drafted(tmp_path, COTS)
    units = {u["name"] for u in f["units"]["units"]}
    assert "Office of the Medical Director" in units
