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


def test_a_unit_word_cut_short_is_the_units_alias_and_a_team_leader_is_a_title(tmp_path):
    """"Canine Div." typed under a name is "Canine Division"; "K9 Team Leader" is the "K9 Team"'s leader, no unit."""
    sig = "\n\nSgt. Alma Pruett\nCanine Division\nTule County Sheriff's Office\n"
    lead = ("Tomas Rhee", "trhee@tulesheriff.example")
    mails = [
        (COP, [V], "leashes", "Hollis,\n\nNeed six leads.\n\nAlma" + sig),
        (COP, [V], "RE: leashes", "Hollis, make it eight.\n\nAlma" + sig),
        (("Dep. Rue Vance", "rvance@tulesheriff.example"), [V], "collar", "hollis can u send a collar\n\nDep. R. Vance\n"
         "Canine Div.\n\nSent from my phone"),
        (lead, [V], "kit", "Hollis,\n\nWe'll need ten kits.\n\nSgt. Tomas Rhee\nK9 Team Leader\nK9 Team\n"
         "Tule County Sheriff's Office\n"),
        (lead, [V], "RE: kit", "Hollis, ten is right.\n\nSgt. Tomas Rhee\nK9 Team Leader\nK9 Team\n"
         "Tule County Sheriff's Office\n"),
    ]
    units = {u["name"]: u for u in drafted(tmp_path, mails)["units"]["units"]}
    assert "Canine Div." in units.get("Canine Division", {}).get("aliases", []), units
    assert "K9 Team" in units, units
    assert "K9 Team Leader" not in units, units
