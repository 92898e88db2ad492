"""Drafted profiles (probe AT): a vendor line whose domain clips its last word ("... Robotics" of ...robo.test), a
fire department's battalion and its fire marshal's office as units, and a price list whose items carry a lower-case
description before the price, or a one-letter model name ("Heron K"). Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Odile Ferrant", "odile@tarnvalleyrobo.test")
VSIG = "\n\nOdile Ferrant\nFounder | Tarn Valley Robotics\n(555) 010-2210\n"
V2 = ("Basil Yoon", "byoon@tarnvalleyrobo.test")
V2SIG = "\n\nBasil Yoon\nOrders Desk\nTarn Valley Robotics\n"
BC = ("Nora Feld", "nfeld@ashgrovefire.test")
BCSIG = "\n\nNora Feld\nBattalion Chief, Battalion 6\nAshgrove Fire Rescue\n"
CPT = ("Ivo Prane", "iprane@ashgrovefire.test")
CSIG = "\n\nCapt. Ivo Prane\nStation 22\nAshgrove Fire Rescue\n"
FM = ("Lena Soto", "lsoto@ashgrovefire.test")
FSIG = "\n\nLt. Lena Soto\nFire Marshal's Office\nAshgrove Fire Rescue\n"

MAIL = [
    (V, [BC], "Rovers", "Chief,\n\nOur current sheet:\n\nHeron X2 rover - $2,300\nHeron K thermal drone - $5,900\n"
     "Heron spare battery - $150 each\nNight Ops Field Course - $850 per seat\n\nHappy to quote any of it.\n\nOdile" + VSIG),
    (BC, [V], "RE: Rovers", "Odile, we may want two Heron K for the brush season. Quote please.\n\nNora" + BCSIG),
    (V2, [BC], "Quote", "Chief Feld, the quote for two Heron K is attached. Please send a PO when ready.\n\nBasil" + V2SIG),
    (CPT, [V], "Rover", "Odile, could we borrow one Heron X2 for a week? Our three Heron X2 requests are stuck in budget.\n\n"
     "Ivo" + CSIG),
    (V, [CPT], "RE: Rover", "Captain, sure, a Heron X2 loaner goes out Monday.\n\nOdile" + VSIG),
    (FM, [V], "Inspection", "Odile, your hangar inspection is set for the 14th at 0900.\n\nLena" + FSIG),
    (V, [FM], "RE: Inspection", "Lieutenant, the 14th works. We'll have the battery cabinet open.\n\nOdile" + VSIG),
]


def test_a_domain_clipping_the_last_word_of_the_company_line_names_the_vendor(tmp_path):
    f = drafted(tmp_path, MAIL)
    assert f["domains"]["domains"]["tarnvalleyrobo.test"]["organization"] == "Tarn Valley Robotics"
    assert f["profile"]["vendor"] == "Tarn Valley Robotics"


def test_a_battalion_and_a_fire_marshals_office_are_units_and_a_battalion_chief_is_none(tmp_path):
    units = {u["name"] for u in drafted(tmp_path, MAIL)["units"]["units"]}
    assert {"Battalion 6", "Fire Marshal's Office", "Station 22"} <= units
    assert "Battalion Chief" not in units


def test_a_price_list_item_described_in_lower_case_and_a_one_letter_model_are_products(tmp_path):
    """"Heron X2 rover - $2,300", "Heron K thermal drone - $5,900": the name before the description is the product,
    a one-letter model ("K") part of its name, each at its own price."""
    prods = {p["name"]: p for p in drafted(tmp_path, MAIL)["products"]["products"]}
    assert prods["Heron K"]["unit_price_usd"] == 5900
    assert prods["Heron X2"]["unit_price_usd"] == 2300


def test_a_course_named_once_as_a_price_list_item_is_a_product(tmp_path):
    """"Night Ops Field Course - $850 per seat", capitalised nowhere else: a course sold by the seat."""
    prods = {p["name"]: p for p in drafted(tmp_path, MAIL)["products"]["products"]}
    assert prods["Night Ops Field Course"]["unit_price_usd"] == 850
