"""Drafted profiles (probe AQ): a price list whose rows run to their prices by leader dots ("Name ........ $95"); a
town named only after a preposition of place with an amount after it ("airfare from Fresno ($318)", "the course in
Fresno (normally $540/seat)") is no product. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Ines Marlow", "imarlow@quillonoptics.com")
VSIG = "\n\nInes Marlow\nAccount Manager\nQuillon Optics, Inc.\n"
COP = ("Reuben Tate", "rtate@ashgrovepd.gov")
CSIG = "\n\nSgt. Reuben Tate\nEOD Unit\nAshgrove Police Department\n"

MAIL = [
    (V, [COP], "Pricing", "Sergeant,\n\nAs promised, our pricing (happy to send a formal quote):\n\n  Lumo Scope handheld ........ $1,180.00 ea\n"
     "  Lumo Cloud software ........ $290.00 per seat / year\n  Night Optics Field Course ........ $540.00 per seat\n\n"
     "The Lumo Scope pairs with Lumo Cloud out of the box.\n\nInes" + VSIG),
    (COP, [V], "RE: Pricing", "Thanks. Two Lumo Scope readers and two Lumo Cloud seats for the EOD guys would do it.\n\nReuben" + CSIG),
    (V, [COP], "Expo", "Reuben,\n\nWe'd cover your airfare from Fresno ($318) for the expo, and I saved you a seat in "
     "the Night Optics Field Course in Fresno (normally $540/seat).\n\nInes" + VSIG),
    (COP, [V], "RE: Expo", "Sounds good. The Night Optics Field Course it is.\n\nReuben" + CSIG),
]


def test_a_price_list_with_leader_dots_and_a_town_after_from_or_in(tmp_path):
    f = drafted(tmp_path, MAIL)
    products = {p["name"]: p for p in f["products"]["products"]}
    assert products.get("Night Optics Field Course", {}).get("unit_price_usd") == 540, products
    assert products.get("Lumo Cloud", {}).get("unit_price_usd") == 290, products
    assert "Fresno" not in products, products
