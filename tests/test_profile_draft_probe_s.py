"""Drafted profiles (probe S): a department's command office on a signature line ("Office of the Chief of Police") is
a unit; a unit word ending a product's longer name ("BeamPost Solar Unit") is no unit; that longer name priced
"@ $P" prices the product; a service people "sign up for", priced "($P a year ...)", is a product. Every line is
invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Odile Marsh", "omarsh@glintware.com")
VSIG = "\n\nOdile Marsh\nAccount Executive\nGlintware Inc.\n"
COP = ("Hector Vane", "hvane@pellridgepd.gov")
CSIG = "\n\nSgt. Hector Vane\nWest Precinct\nPellridge Police Department\n"
ETH = ("Nadia Crow", "ncrow@pellridgepd.gov")
ESIG = "\n\nNadia Crow\nPolicy Analyst\nOffice of the Chief of Police\nPellridge Police Department\n"

MAIL = [
    (V, [COP], "Pilot kit", "Hector,\n\nThe 3 BeamPost units for the pilot ship Friday. Packing list for your files "
     "(Glintware Orbit @ $900.00 x 2, BeamPost Solar Unit @ $640.00 x 3, balance $0.00).\n\nOdile" + VSIG),
    (COP, [V], "RE: Pilot kit", "Odile,\n\nGot the two Glintware Orbit cameras and the three BeamPost units today.\n\nHector" + CSIG),
    (COP, [ETH], "Gift log", "Nadia,\n\nPlease log the 3 BeamPost units and 2 Glintware Orbit cameras.\n\nHector" + CSIG),
    (ETH, [COP], "RE: Gift log", "Hector,\n\nLogged. Neighbors keep asking about OrbitWatch too.\n\nNadia" + ESIG),
    (V, [COP], "OrbitWatch", "Hector,\n\nAny block club that signs up for OrbitWatch Neighbors ($480 a year for a "
     "block club) with your code gets 10% off.\n\nOdile" + VSIG),
    (COP, [V], "RE: OrbitWatch", "Odile,\n\nI told two block clubs to sign up for OrbitWatch Neighbors.\n\nHector" + CSIG),
]


def test_a_command_office_a_products_longer_name_and_a_service_signed_up_for(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"] for u in f["units"]["units"]}
    products = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert "Office of the Chief of Police" in units
    assert "West Precinct" in units
    assert "Solar Unit" not in units and "BeamPost Solar Unit" not in units
    assert products.get("BeamPost") == 640
    assert products.get("OrbitWatch Neighbors") == 480
