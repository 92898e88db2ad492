"""Drafted profiles (probe W): the column headings of an order table ("Qty | Item | Unit") are no unit; a unit printed
after the agency's short name ("PCSO Marine Unit") is no product; a fire or school district that signs its mail is an
organisation, not a unit, named even when its domain drops a word ("Alder Ford Rural Fire District" of
alderfordfire.org); a TV station's call letters and channel ("KVLX 7 News" of kvlx7.com) name it. Every line is
invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Odile Marsh", "omarsh@glintware.com")
VSIG = "\n\nOdile Marsh\nAccount Executive\nGlintware Inc.\n"
COP = ("Hector Vane", "hvane@pellcountyso.gov")
CSIG = "\n\nSgt. Hector Vane\nMarine Unit\nPell County Sheriff's Office\n"
BOSS = ("Ruth Imbler", "rimbler@pellcountyso.gov")
BSIG = "\n\nLt. Ruth Imbler\nMarine Unit\nPell County Sheriff's Office\n"
FIRE = ("Gus Harrow", "gharrow@alderfordfire.org")
FSIG = "\n\nGus Harrow, Battalion Chief\nAlder Ford Rural Fire District\n"
TV = ("Mina Sato", "msato@kvlx7.com")
TSIG = "\n\nMina Sato\nReporter | KVLX 7 News\n"

MAIL = [
    (V, [COP], "Quote", "Hector,\n\nHere is the quote for the Glintware Orbit kit.\n\nQty | Item | Unit | Ext.\n"
     "2 | Glintware Orbit camera | $900.00 | $1,800.00\n\nThe Orbit lists at $900. Call me with questions.\n\nOdile" + VSIG),
    (COP, [V], "RE: Quote", "Odile,\n\nThanks. Send the 2 Glintware Orbit cameras to PCSO Marine Unit, 10 Dock Rd.\n\nHector" + CSIG),
    (V, [COP], "Shipped", "Hector,\n\nShipped to PCSO Marine Unit: 2 Orbit cameras.\n\nOdile" + VSIG),
    (BOSS, [V], "Invoice", "Odile,\n\nThe invoice for the 2 Orbit cameras is approved.\n\nRuth" + BSIG),
    (FIRE, [COP], "Orbit", "Hector,\n\nHow do you like the Orbit cameras? We may want 2 for the station.\n\nGus" + FSIG),
    (TV, [BOSS], "Marine Unit story", "Lieutenant,\n\nCould we film the Marine Unit on Thursday?\n\nMina" + TSIG),
]


def test_table_headings_a_unit_after_an_acronym_a_fire_district_and_a_tv_station(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"] for u in f["units"]["units"]}
    products = {p["name"] for p in f["products"]["products"]}
    orgs = {o["name"] for o in f["organizations"]["organizations"]}
    assert "Marine Unit" in units
    assert not any("Qty" in u or "Item" in u for u in units)
    assert "PCSO Marine Unit" not in products
    assert "Alder Ford Rural Fire District" in orgs and "Alder Ford Rural Fire District" not in units
    assert "KVLX 7 News" in orgs
