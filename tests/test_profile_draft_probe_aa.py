"""Drafted profiles (probe AA): a product the vendor's price list names once, its name ending in a kind of thing sold
("- Halo Dispatch Console: $7,200 per console per year"), is a product at that price, and the release's lower-case
writing of its name without the brand word ("three dispatch consoles", "the field-app licence") is an alias of it.
Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ansel Kroft", "akroft@corvidsys.com")
VSIG = "\n\nAnsel Kroft\nSales Lead\nCorvid Systems\n"
COP = ("Nadia Ferro", "nferro@tallowpd.org")
CSIG = "\n\nLt. Nadia Ferro\nCommunications Unit\nTallow Police Department\n"

MAIL = [
    (V, [COP], "Prices", "Lieutenant,\n\nAs asked, this year's list:\n\n- Halo Dispatch Console: $7,200 per console per year\n"
     "- Corvid Field App License: $180 per user per year\n- Corvid Relay: $950\n- Corvid Onboarding: $500 per day\n\n"
     "Ansel" + VSIG),
    (COP, [V], "RE: Prices", "Ansel,\n\nWe would need three dispatch consoles and the field-app licence for 40 users. Is "
     "the Corvid Relay required?\n\nNadia" + CSIG),
    (V, [COP], "RE: Prices", "Nadia,\n\nThe Corvid Relay is optional. Two Corvid Relay units cover your building. The "
     "quote is attached; the invoice follows the purchase order.\n\nAnsel" + VSIG),
    (COP, [V], "RE: Prices", "Ansel,\n\nPurchase order 5521 is approved for 2 Corvid Relay units. Please invoice the "
     "city.\n\nNadia" + CSIG),
    (V, [COP], "Order 5521", "Nadia,\n\nThanks for the order! The 2 Corvid Relay units ship Friday, invoice to follow.\n\n"
     "Ansel" + VSIG),
]


def test_a_price_list_item_written_once_is_a_product_and_its_unbranded_words_an_alias(tmp_path):
    f = drafted(tmp_path, MAIL)
    products = {p["name"]: p for p in f["products"]["products"]}
    assert products["Halo Dispatch Console"]["unit_price_usd"] == 7200
    assert "dispatch console" in products["Halo Dispatch Console"]["aliases"]
    assert products["Field App License"]["unit_price_usd"] == 180
    assert "field-app licence" in products["Field App License"]["aliases"]
    # a price-list line that names no kind of thing sold ("Onboarding", a service by the day) is no product
    assert not any("Onboarding" in n for n in products)
