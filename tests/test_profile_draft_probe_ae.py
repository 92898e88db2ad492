"""Drafted profiles (probe AE): prices listed under a heading that speaks of a discount are not list prices; a
"... Team" signed under a sheriff's office is a unit, also written by its initials ("SAR team"); "the Sheriff's Office"
alone is the release's own agency, not a second sheriff's office that writes once; "X VFC" is the X Volunteer Fire
Company. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Tobin Ashgrove", "tashgrove@ravelwing.example")
VSIG = "\n\nTobin Ashgrove\nAccount Manager\nRavelwing Robotics\n"
COP = ("Nell Farrier", "nfarrier@quillcountysheriff.example")
CSIG = "\n\nSgt. Nell Farrier\nMarine and Rescue Team Supervisor\nQuill County Sheriff's Office\n"
BUY = ("Ivo Marchetti", "imarchetti@quillcountysheriff.example")
BSIG = "\n\nIvo Marchetti\nBuyer\nQuill County Sheriff's Office\n"
OUT = ("Ruth Adeyemi", "radeyemi@stovercountyso.example")
OSIG = "\n\nLt. Ruth Adeyemi\nStover County Sheriff's Office\n"
FIRE = ("Cal Brennick", "cbrennick@ashfordvfc.example")
FSIG = "\n\nCal Brennick, Chief\nAshford Volunteer Fire Company\n"

MAIL = [
    (V, [COP], "Pricing", "Nell,\n\nOur list prices for this year:\n\n"
     "- Ravelwing Otter (underwater drone): $3,400\n"
     "- Ravelwing Heron (sonar drone): $9,800\n\n"
     "Let me know what the Marine and Rescue Team needs.\n\nTobin" + VSIG),
    (COP, [V], "RE: Pricing", "Tobin,\n\nThe MAR team would like two Otters. Ivo will send the order. The Sheriff's "
     "Office can't do more this year.\n\nNell" + CSIG),
    (BUY, [V], "Order", "Mr. Ashgrove,\n\nPlease quote two Ravelwing Otter and one Ravelwing Heron.\n\nIvo" + BSIG),
    (V, [BUY], "RE: Order", "Ivo,\n\nCounty pricing is 20% off list:\n\n"
     "2 x Ravelwing Otter @ $2,720.00 = $5,440.00\n"
     "1 x Ravelwing Heron @ $7,840.00\n\n"
     "Thanks,\nTobin" + VSIG),
    (BUY, [V], "RE: Order", "Tobin,\n\nPO to follow. Please ship to the Sheriff's Office.\n\nIvo" + BSIG),
    (OUT, [COP], "Otters", "Nell, what do you think of the Otter?\n\nRuth" + OSIG),
    (FIRE, [V], "Pond drill", "Tobin,\n\nAshford VFC would like to see the Heron at our pond drill.\n\nCal" + FSIG),
]


def test_prices_under_a_discount_heading_are_not_list_prices(tmp_path):
    f = drafted(tmp_path, MAIL)
    prices = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert prices.get("Otter") == 3400 or prices.get("Ravelwing Otter") == 3400, prices
    assert prices.get("Heron") == 9800 or prices.get("Ravelwing Heron") == 9800, prices


def test_a_team_signed_under_the_agency_is_a_unit_with_its_initials(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"]: u for u in f["units"]["units"]}
    assert "Marine and Rescue Team" in units, units
    assert "MAR team" in units["Marine and Rescue Team"]["aliases"]


def test_the_bare_sheriffs_office_is_the_agency_that_writes_most_and_vfc_its_fire_company(tmp_path):
    f = drafted(tmp_path, MAIL)
    orgs = {o["name"]: o for o in f["organizations"]["organizations"]}
    assert "Sheriff's Office" in orgs["Quill County Sheriff's Office"]["aliases"]
    assert "Sheriff's Office" not in orgs["Stover County Sheriff's Office"]["aliases"]
    assert "Ashford VFC" in orgs["Ashford Volunteer Fire Company"]["aliases"]
