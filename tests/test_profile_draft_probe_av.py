"""Drafted profiles (probe AV: a GroupWise print of a European body-camera vendor and a school district's police):
a price written with the currency's code ("655 USD per unit", "USD 980") is a price; a model number priced apart from
its accessory ("QV-7 camera" and "QV-7 Cradle") is two products; the end of a unit's name cut at its "&" ("Logistics
Unit" of "Fleet & Logistics Unit") is no product; one word that ends an add-on named after another product ("Mask" of
"Archive Mask") is that add-on; "AG" after the vendor's name is its legal form;
"$95 per officer and year" is a price by the year, whatever an order's "$0.00" line says. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Jorinde Haake", "j.haake@kestrelmark.example")
VSIG = "\n\nKind greetings\nJorinde Haake\nHead of Export Sales\nKestrelmark AG\n"
COP = ("Wes Amundsen", "wamundsen@lindenisd.example")
CSIG = "\n\nSgt. Wes Amundsen\nFleet & Logistics Unit\nLinden ISD Police Department\n"

MAIL = [
    (V, [COP], "Our prices", "Dear Sergeant,\n\nhereby our prices for this year:\n\n"
     "- QV-7 camera: 655 USD per unit\n- QV-7 Cradle (charging for 6 cameras): USD 980\n"
     "- Archive evidence storage: 310 USD per officer and year\n- Archive Mask add-on: 95 USD per officer and year\n"
     + VSIG),
    (COP, [V], "RE: Our prices", "Jorinde,\n\nThanks. Can you quote 12 QV-7 cameras and 2 QV-7 Cradles with Archive "
     "for 12 officers?\n\nWes" + CSIG),
    (V, [COP], "RE: Our prices", "Dear Sergeant,\n\nof course. For 12 QV-7 and 2 QV-7 Cradle the price is as in the list, "
     "the Archive Mask we would add for the first year.\n" + VSIG),
    (COP, [V], "Mask", "Jorinde,\n\nOur records clerk asked whether the Mask licences work with the Archive we "
     "have.\n\nWes" + CSIG),
    (COP, [V], "PO 5521", "Jorinde,\n\nPO 5521 is issued:\nLine 1: 12 QV-7 cameras - $7,860.00\n"
     "Line 2: 12 Archive Mask (12 months) - $0.00\n\nWes" + CSIG),
]


def test_prices_written_with_the_currency_code_and_an_accessory_priced_apart(tmp_path):
    f = drafted(tmp_path, MAIL)
    prices = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert prices.get("QV-7") == 655, prices
    assert prices.get("QV-7 Cradle") == 980, prices
    assert "AG" not in prices, prices  # "Kestrelmark AG": the vendor's legal form, as "GmbH" is


def test_the_end_of_a_unit_name_and_an_add_on_named_by_its_own_word(tmp_path):
    f = drafted(tmp_path, MAIL)
    names = {p["name"]: p for p in f["products"]["products"]}
    assert "Logistics Unit" not in names, names
    assert "Mask" not in names, names
    assert names.get("Archive Mask", {}).get("unit_price_usd") == 95, names


def test_a_price_per_person_and_year_is_by_the_year_and_a_zero_line_says_no_period(tmp_path):
    """"95 USD per officer and year" prices a year of the thing; an order's line giving it at $0.00 says nothing of it."""
    f = drafted(tmp_path, MAIL)
    names = {p["name"]: p for p in f["products"]["products"]}
    assert names.get("Archive Mask", {}).get("unit") == "year", names
    assert names.get("Archive", {}).get("unit") == "year", names


def test_the_short_form_of_a_police_department_is_no_units_initials(tmp_path):
    """"PD" written only after an agency's name ("Linden ISD PD") is that agency's short form, not the initials of the
    signer's "Parks Detail"; "PD" written alone for the unit ("PD starts at six") is still the unit's."""
    sig = "\n\nOfc. Rue Talbot\nParks Detail\nLinden ISD Police Department\n"
    cop = ("Rue Talbot", "rtalbot@lindenisd.example")
    mails = [(cop, [V], "gate", "Jorinde,\n\nThe Linden ISD PD gate code changed, call me.\n\nRue" + sig),
             (cop, [V], "RE: gate", "Jorinde,\n\nAll of Linden ISD PD will be at the demo.\n\nRue" + sig)]
    units = {u["name"]: u for u in drafted(tmp_path / "a", mails)["units"]["units"]}
    assert "PD" not in units.get("Parks Detail", {}).get("aliases", ["PD"]), units
    mails.append((cop, [V], "shift", "Jorinde,\n\nThanks. PD starts at six on Mondays.\n\nRue" + sig))
    units = {u["name"]: u for u in drafted(tmp_path / "b", mails)["units"]["units"]}
    assert "PD" in units.get("Parks Detail", {}).get("aliases", []), units
