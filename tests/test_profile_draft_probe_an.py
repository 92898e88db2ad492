"""Drafted profiles (probe AN): a product named with one capital hyphened to a word ("Q-Vault 4"); a model written
alone far more often than with the kind of thing it is ("T9" and "T9 Dash Camera", beside another model "T9 Mini") is
one product; a town and its state before a ZIP code on a signature's address line ("Suite 210 | Waco, TX 76701") are
no products; a unit written by its coined first word alone ("the EOD guys" of "EOD Unit") has it as an alias. Every line
is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Ines Marlow", "imarlow@quillonoptics.com")
VSIG = "\n\nInes Marlow\nAccount Manager\nQuillon Optics, Inc.\n88 Lamar Pkwy, Suite 210 | Waco, TX 76701\n"
COP = ("Reuben Tate", "rtate@ashgrovepd.gov")
CSIG = "\n\nSgt. Reuben Tate\nEOD Unit\nAshgrove Police Department\n"

MAIL = [
    (V, [COP], "T9 pricing", "Sergeant,\n\nQuote as asked:\n12 x T9 Dash Camera @ $540 = $6,480\n2 x Q-Vault 4 @ $2,300 "
     "= $4,600\n\nThe T9 Mini is $310 if you want a smaller one for the EOD guys. The T9 dash cams ship in a week.\n\nInes"
     + VSIG),
    (COP, [V], "RE: T9 pricing", "Ines, thanks. Can the T9 run off the Q-Vault 4 charging dock, or does it need its own "
     "cradle? We liked the T9 at the demo. The T9 Mini is too small for the truck.\n\nReuben" + CSIG),
    (V, [COP], "RE: T9 pricing", "Reuben,\n\nYes, the T9 docks in the Q-Vault 4 fine. I can bring a T9 Dash Camera and "
     "a T9 Mini by Thursday for the EOD guys to look at. 4 T9s would cover both trucks.\n\nInes" + VSIG),
    (COP, [V], "RE: T9 pricing", "Thursday works. Bring the T9 and the Mini.\n\nReuben" + CSIG),
]


def test_hyphened_name_model_alone_and_signature_address(tmp_path):
    f = drafted(tmp_path, MAIL)
    products = {p["name"]: p for p in f["products"]["products"]}
    assert products.get("Q-Vault 4", {}).get("unit_price_usd") == 2300, products
    t9 = next(p for k, p in products.items() if k.startswith("T9") and "Mini" not in k)
    assert t9["name"] == "T9 Dash Camera" and "T9" in t9["aliases"] and t9["unit_price_usd"] == 540, products
    assert not {"Waco", "TX", "Waco TX"} & set(products), products
    units = {u["name"]: u for u in f["units"]["units"]}
    assert "EOD" in units["EOD Unit"]["aliases"], units


MAIL_RETAIL = [
    (V, [COP], "Raffle", "Reuben,\n\nHappy to help with the raffle:\n* 3x Lumo Beacon lights for the raffle (retail is "
     "185 each)\n* a banner if you want it\n\nInes" + VSIG),
    (COP, [V], "RE: Raffle", "Thanks Ines, the Lumo Beacon lights will be a hit. Two Lumo Beacon lights for the "
     "kids' table would be plenty. We love the Q-Vault setup in the truck.\n\nReuben" + CSIG),
]


def test_a_regular_price_written_without_its_dollar_sign(tmp_path):
    """"(retail is 185 each)" after the name: its price, the dollar sign left out."""
    f = drafted(tmp_path, MAIL + MAIL_RETAIL)
    products = {p["name"]: p for p in f["products"]["products"]}
    assert products.get("Lumo Beacon", {}).get("unit_price_usd") == 185, products


def test_a_product_written_without_its_model_number_is_that_product(tmp_path):
    """"The Q-Vault setup" of the one product "Q-Vault 4": an alias, the name without its model number."""
    f = drafted(tmp_path, MAIL + MAIL_RETAIL)
    products = {p["name"]: p for p in f["products"]["products"]}
    assert "Q-Vault" in products["Q-Vault 4"]["aliases"], products
