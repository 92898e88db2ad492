"""Drafted profiles (probe AC): a price list printed without bullets ("Name - $P per case" on each line, as a PDF's
text layer gives it back with its indent lost) names one product a line at its own price, its lines not run
together as wrapped prose; cartridges and holsters are kinds of thing sold; a price matched to a state contract is
no list price. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Moira Quist", "moira.quist@tarnbeck.example")
VSIG = "\n\nMoira Quist\nTerritory Manager\nTarnbeck Safety Products\n"
COP = ("Ezra Pollard", "epollard@police.fenwood.example")
CSIG = "\n\nLt. Ezra Pollard\nTraining Bureau\nFenwood College Police Department\n"

MAIL = [
    (V, [COP], "Price sheet", "Ezra,\n\nHere is our current college price sheet, as you asked for at the conference:\n\n"
     "Tarnbeck S9 conducted energy device - $1,380 each\n"
     "RX-40 Practice Cartridges - $455 per case (40 cartridges)\n"
     "KT-20 Field Cartridges - $610 per case (20 cartridges)\n"
     "Harrow Holster (left or right hand) - $88\n"
     "Tarnbeck Armorer Workshop for instructors and range staff - $975 per seat\n\n"
     "Happy to bring demo units out whenever suits.\n\nMoira" + VSIG),
    (COP, [V], "RE: Price sheet", "Moira,\n\nThanks. Could you bring two S9 units and a case of RX-40 Practice "
     "Cartridges to the range on the 14th?\n\nEzra" + CSIG),
    (V, [COP], "RE: Price sheet", "Ezra,\n\nWill do. I'll also bring a Harrow Holster so your folks can try the draw, "
     "and the Armorer Workshop dates.\n\nMoira" + VSIG),
    (COP, [V], "Quote request", "Moira,\n\nThe college needs ten Tarnbeck S9 units priced at or below the state contract "
     "price ($1,290.00 per unit).\n\nEzra" + CSIG),
    (V, [COP], "RE: Quote request", "Ezra,\n\n10 x Tarnbeck S9 @ $1,290.00 (matched to state contract) = $12,900.00\n\n"
     "Moira" + VSIG),
]


def test_a_price_list_without_bullets_drafts_each_line_at_its_own_price(tmp_path):
    f = drafted(tmp_path, MAIL)
    prices = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert prices.get("RX-40 Practice Cartridge") == 455, prices
    assert prices.get("KT-20 Field Cartridge") == 610, prices  # named once, on its price list line
    assert prices.get("Harrow Holster") == 88, prices
    assert prices.get("S9") == 1380 or prices.get("Tarnbeck S9") == 1380, prices  # not the contract price


def test_prose_lines_with_a_price_in_them_are_still_joined():
    from giftgraph.nlp.draft_profile import _unwrap

    text = ("We can hold the S9 at the college price through June if the order is placed by the end of - $1,380\n"
            "each - and after that it goes back to list.")
    assert len(_unwrap(text)) == 1
    rows = "RX-40 Practice Cartridges - $455 per case (40 cartridges)\nKT-20 Field Cartridges - $610 per case (20 cartridges)"
    assert len(_unwrap(rows)) == 2
