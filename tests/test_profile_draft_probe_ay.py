"""Drafted profiles (probe AY: an M365 mailbox of a duty-gear supplier and a county sheriff): a price list of three
items or more on lines of their own ("Name - $price") names products whatever their kind (a vest, a rain shell, a
lantern: no word of the kinds of thing sold), each named once; their first words written alone ("the Ironvale 4")
are the item's alias, but not a first word other names of the release also begin with. Every line is invented."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Hollis Grange", "hollis@ridgebackgear.example")
VSIG = "\n\nHollis Grange\nOwner\nRidgeback Gear Co.\n"
COP = ("Pruett, Alma", "apruett@tulesheriff.example")
CSIG = "\n\nSgt. Alma Pruett\nSupply Unit\nTule County Sheriff's Office\n"

MAIL = [
    (V, [COP], "Our line", "Sergeant,\n\nHere's what the boys are buying this season:\n\n"
     "Ironvale 4 Duty Vest - $640\nCorbel Rain Shell - $88\nNightjar 7 Lantern - $54\n\n"
     "Holler if you want to see any of it." + VSIG),
    (COP, [V], "RE: Our line", "Hollis,\n\nNoted. We may look at the Ironvale 4 for patrol next year.\n\nAlma" + CSIG),
    (V, [COP], "Ironvale", "Alma,\n\nThe Ironvale 4 ships in three cuts. The Ironvale Pack is coming in June.\n" + VSIG),
]


def test_a_price_list_of_lines_names_its_items_and_their_first_words(tmp_path):
    f = drafted(tmp_path, MAIL)
    names = {p["name"]: p for p in f["products"]["products"]}
    assert names.get("Ironvale 4 Duty Vest", {}).get("unit_price_usd") == 640, names
    assert names.get("Corbel Rain Shell", {}).get("unit_price_usd") == 88, names
    assert names.get("Nightjar 7 Lantern", {}).get("unit_price_usd") == 54, names
    assert "Ironvale 4" in names["Ironvale 4 Duty Vest"]["aliases"], names
    assert "Ironvale" not in names["Ironvale 4 Duty Vest"]["aliases"], names  # "Ironvale Pack" begins with it too


def test_two_priced_lines_are_no_price_list(tmp_path):
    mails = [(V, [COP], "two things", "Sergeant,\n\nQuick note:\n\nCorbel Rain Shell - $88\nNightjar 7 Lantern - $54\n\n"
              "That's all I've got." + VSIG)]
    names = {p["name"] for p in drafted(tmp_path, mails)["products"]["products"]}
    assert "Corbel Rain Shell" not in names, names
