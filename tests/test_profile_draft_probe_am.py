"""Drafted profiles (probe AM): a unit's name printed once with OCR's letter group for one letter ("Cornmunity" for
"Community", "Fielcl" for "Field") is that unit, not a second one. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ansel Kroft", "akroft@corvidsys.com")
VSIG = "\n\nAnsel Kroft\nSales Lead\nCorvid Systems\n"
SGT = ("Wen Okoro", "wokoro@tallowpd.org")
SIG = "\n\nSgt. Wen Okoro\nCommunity Engagement Section\nTallow Police Department\n"
OCR_SIG = "\n\nSgt. Wen Okoro\nCornmunity Engagement Section\nTallow Police Department\n"
LT = ("Ivo Brandt", "ibrandt@tallowpd.org")
LSIG = "\n\nLt. Ivo Brandt\nField Operations Division\nTallow Police Department\n"

MAIL = [
    (V, [SGT], "Relay", "Sergeant,\n\nThe Corvid Relay quote is attached, $950 each.\n\nAnsel" + VSIG),
    (SGT, [V], "RE: Relay", "Got it, thanks.\n\nWen" + SIG),
    (SGT, [V], "RE: Relay", "One more question about mounting.\n\nWen" + OCR_SIG),
    (SGT, [LT], "Relay quote", "LT, quote is in.\n\nWen" + SIG),
    (LT, [SGT], "RE: Relay quote", "Fine.\n\nIvo" + LSIG),
]


def test_a_unit_printed_once_with_an_ocr_letter_group_is_the_same_unit(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"]: u for u in f["units"]["units"]}
    assert "Cornmunity Engagement Section" not in units
    assert "Cornmunity Engagement Section" in units["Community Engagement Section"]["aliases"]
    assert "Field Operations Division" in units


PRICES = [
    (V, [SGT], "Price list", "Sergeant,\n\nAs promised, our line-up:\n  - Corvid Relay - $950\n  - Corvid Beacon - $310\n"
     "  - Corvid Vault (cloud clips + alerts) - $60/year\n\nThe Relay is our best seller.\n\nAnsel" + VSIG),
    (SGT, [V], "RE: Price list", "Thanks. Is the Corvid Vault needed for the Relay?\n\nWen" + SIG),
    (V, [SGT], "RE: Price list", "Not needed, but the Corvid Vault at $60 a year keeps 60 days of clips.\n\nAnsel" + VSIG),
    (SGT, [V], "Order", "We'd like two Corvid Relays and one Corvid Beacon. Does the Corvid Vault come with them?\n\nWen" + SIG),
    (V, [SGT], "RE: Order", "Two Corvid Relays and a Corvid Beacon are on order. The Corvid Vault is sold apart; the "
     "Corvid Relay and Corvid Beacon work without it.\n\nAnsel" + VSIG),
]


def test_a_product_priced_by_the_year_is_a_subscription_not_a_device(tmp_path):
    """"Corvid Vault ... - $60/year", "$60 a year": a service (unit year, device false); the things priced once stay
    devices."""
    f = drafted(tmp_path, PRICES)
    prods = {p["name"]: p for p in f["products"]["products"]}
    vault = next(p for n, p in prods.items() if "Vault" in n)
    relay = next(p for n, p in prods.items() if "Relay" in n)
    assert (vault["unit_price_usd"], vault.get("unit"), vault.get("device")) == (60, "year", False)
    assert relay["unit_price_usd"] == 950 and "device" not in relay and "unit" not in relay
