"""Drafted profiles (probe AF: one OCR'd text file of a home-camera vendor and a mid-size city's police): a product
whose name ends in a model number ("Sentry Bell 3") counted before its name and followed by "units" ("60 Sentry Bell 3
units") or written in the plural ("two Sentry Bell 3s") is that one product, not a shorter "Sentry Bell"; a price agreed
for one buyer ("the agreed county rate ($121.50/unit)") is no list price; OCR's "Cornmander" after a unit's name is the
job title, no part of the unit. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ines Halvorsen", "ines.halvorsen@brightstoop.example")
VSIG = "\n\nInes Halvorsen\nPublic Safety Partnerships\nBrightstoop Home\n"
COP = ("Rafe Duncombe", "rduncombe@wexlerpd.example")
CSIG = "\n\nCapt. Rafe Duncombe\nHarbor Precinct Cornmander\nWexler Police Department\n"
CSIG2 = "\n\nCapt. Rafe Duncombe\nHarbor Precinct\nWexler Police Department\n"

MAIL = [
    (V, [COP], "Our line", "Captain,\n\nQuick overview of what we make: the Sentry Bell 3 at $189, the Sentry Bell Max at "
     "$259 and the Yardlight Cam at $219.\n\nInes" + VSIG),
    (COP, [V], "RE: Our line", "Ines,\n\nThanks. My neighbor has a Sentry Bell 3 and likes it.\n\nRafe" + CSIG2),
    (COP, [V], "Seniors program", "Ines,\n\nWe'd like to order 60 Sentry Bell 3 units for the seniors program.\n\n"
     "Rafe" + CSIG),
    (V, [COP], "RE: Seniors program", "Captain,\n\nAttached is the invoice for the 60 Sentry Bell 3 units at the agreed "
     "county rate ($121.50/unit, $7,290.00 total).\n\nInes" + VSIG),
    (V, [COP], "Library", "Captain,\n\nWe'd be glad to donate two Sentry Bell 3s and a Yardlight Cam to the branch "
     "library.\n\nInes" + VSIG),
    (COP, [V], "RE: Library", "Ines,\n\nThank you, the library is thrilled. Two Yardlight Cams would have been fine "
     "too.\n\nRafe" + CSIG2),
]


def test_a_model_number_before_units_and_in_the_plural_and_a_price_agreed_for_one_buyer(tmp_path):
    f = drafted(tmp_path, MAIL)
    prices = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert prices.get("Sentry Bell 3") == 189, prices
    assert "Sentry Bell" not in prices, prices


def test_an_ocr_misread_title_after_a_unit_is_no_part_of_it(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"] for u in f["units"]["units"]}
    assert "Harbor Precinct" in units and not any("Cornmander" in u for u in units), units
