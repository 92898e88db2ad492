"""Drafted profiles (probe F): an office named by its head's title ("the District Attorney's Office") is an
organisation, and "District" there is no unit; a price list names products, a "$P per seat" beside another
product is not this one's price, and a one-word product priced apart from a longer name that starts with it
stays a product of its own. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Hazel Pike", "hazel.pike@quillonmetrics.com")
VSIG = "\n\nHazel Pike\nAccount Manager\nQuillon Metrics Inc.\n"
BORIS = ("Boris Lund", "blund@dunmoreda.gov")
BSIG = "\n\nSenior Investigator Boris Lund\nSpecial Victims Unit\nDunmore County District Attorney's Office\n"
ADA = ("Mira Solberg", "msolberg@dunmoreda.gov")
ASIG = "\n\nInvestigator Mira Solberg\nSpecial Victims Unit\nDunmore County District Attorney's Office\n"
COP = ("Dale Ferrante", "dferrante@ostrapd.org")
CSIG = "\n\nSgt. Dale Ferrante\nEastern District\nOstra Police Department\n"

OFFICES = [
    (V, [BORIS], "Tally seats", "Boris,\n\nGlad to send a quote for 3 Tally Board seats whenever you are ready.\n\nHazel" + VSIG),
    (BORIS, [V], "RE: Tally seats", "Hazel,\n\nSend it over for three.\n\nBoris" + BSIG),
    (ADA, [V], "Tally question", "Hazel,\n\nCan the Tally Board export to our case system?\n\nMira" + ASIG),
    (V, [ADA], "RE: Tally question", "Mira,\n\nIt can. I can also quote 2 Tally Board seats for your unit.\n\nHazel" + VSIG),
    (COP, [V], "Tally for Ostra", "Hazel,\n\nWe might want 4 Tally Board seats next year.\n\nDale" + CSIG),
    (V, [COP], "RE: Tally for Ostra", "Dale,\n\nHappy to quote them when you are ready.\n\nHazel" + VSIG),
]


def test_the_district_attorneys_office_is_an_organisation_and_no_unit(tmp_path):
    f = drafted(tmp_path, OFFICES)
    orgs = {o["name"] for o in f["organizations"]["organizations"]}
    units = {u["name"] for u in f["units"]["units"]}
    assert "Dunmore County District Attorney's Office" in orgs
    assert f["domains"]["domains"]["dunmoreda.gov"]["organization"] == "Dunmore County District Attorney's Office"
    assert "Dunmore County District Attorney's Office" not in units
    assert {"Special Victims Unit", "Eastern District"} <= units  # a district of a police department still is one


# A vendor's price list: one product priced per seat, an add-on priced per seat too, and a course that starts
# with the platform's name, priced apart.
PRICES = [
    (V, [BORIS], "Quillon pricing",
     "Boris,\n\nOur list prices for this year:\n\n"
     "- Tally Board (case analytics platform): $2,200 per seat per year\n"
     "- RouteLens Add-on (travel mapping): $450 per seat per year\n"
     "- Tally Bootcamp (two-day class): $700 per seat\n\n"
     "Let me know what you need.\n\nHazel" + VSIG),
    (BORIS, [V], "RE: Quillon pricing", "Hazel,\n\nThree Tally Board seats to start, and one seat at the Tally Bootcamp.\n\nBoris" + BSIG),
    (V, [BORIS], "RE: Quillon pricing",
     "Boris,\n\nGreat! 3 Tally Board seats come to $6,600 and the Tally Bootcamp seat is $700 per seat as listed. "
     "You can add 3 RouteLens Add-on seats later.\n\nHazel" + VSIG),
    (ADA, [V], "Bootcamp", "Hazel,\n\nIs there room for me at the next Tally Bootcamp?\n\nMira" + ASIG),
]


def test_a_price_list_names_its_products_each_at_its_own_price(tmp_path):
    f = drafted(tmp_path, PRICES)
    price = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert price.get("Tally Board") == 2200
    assert price.get("RouteLens Add-on") == 450  # not the $2,200 or $700 "per seat" of the other lines
    assert price.get("Tally Bootcamp") == 700  # a product of its own, priced apart, not a longer name for the board
