"""Drafted profiles (probe Y): a service priced by the thing it is sold with ("the extended warranty is $75 per
camera") is not the thing's price; a name followed by a kind of thing sold after one
word of its kind ("a Trailhawk Mini dash cam") is counted as one followed by the kind ("the Orbit camera"). Every
line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ines Pardo", "ines.pardo@corvell.com")
VSIG = "\n\nInes Pardo\nAccount Manager\nCorvell Evidence Systems\n"
COP = ("Walt Rusk", "wrusk@fenstatepatrol.gov")
CSIG = "\n\nSgt. Walt Rusk\nFleet Section\nFen State Patrol\n"

MAIL = [
    (V, [COP], "Quote", "Walt,\n\nHere is where we landed:\n\n- 20 Orbit cameras @ $900\n- 3 Orbit docks @ $1,100\n\n"
     "The extended warranty is $75 per camera if you want it, and Corvell can hold this through May.\n\nInes" + VSIG),
    (COP, [V], "RE: Quote", "Ines,\n\nWhat would the warranty run for 20 Orbit cameras?\n\nWalt" + CSIG),
    (V, [COP], "RE: Quote", "Walt,\n\nThe warranty on all 20 Orbit cameras ($75 each) comes to $1,500, and honestly "
     "Corvell has never had a claim on one.\n\nInes" + VSIG),
    (COP, [V], "Order", "Ines,\n\nPlease send the 20 Orbit cameras and the 3 Orbit docks.\n\nWalt" + CSIG),
]


def test_a_warranty_priced_per_camera_is_not_the_cameras_price(tmp_path):
    # (the vendor's first word is no alias of it when it is the whole address domain: "Corvell" at corvell.com made
    # a course printed after it, "Corvell Certified Examiner", a product of no price, and lost the seats waived of
    # another invented release, probe R)
    f = drafted(tmp_path, MAIL)
    vendor = next(o for o in f["organizations"]["organizations"] if o["kind"] == "vendor")
    assert vendor["name"] == "Corvell Evidence Systems"
    prices = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert prices.get("Orbit") == 900 or prices.get("Orbit camera") == 900, prices


EXTRA = [
    (V, [COP], "Dash cams", "Walt,\n\nYour troopers can get the Trailhawk Mini ($199) at 10% off for their own cars.\n\nInes" + VSIG),
    (V, [COP], "Expo", "Walt,\n\nEveryone at the expo goes into the drawing for a Trailhawk Mini dash cam.\n\nInes" + VSIG),
    (V, [COP], "Thanks", "Walt,\n\nAs thanks for the referrals a Trailhawk Mini is on its way to you.\n\nInes" + VSIG),
]


def test_a_name_before_a_modifier_and_a_kind_of_thing_sold_is_a_product(tmp_path):
    f = drafted(tmp_path, MAIL + EXTRA)
    prices = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert prices.get("Trailhawk Mini") == 199, prices
    assert "Fen State" not in prices and "Walt" not in prices
