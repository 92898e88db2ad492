"""Drafted profiles (probe AD): a vendor's app named alone and downloaded ("download Pathwise", "the Pathwise app")
is a product of its own, not an alias of the paid tiers that share its first word ("Pathwise Pro"). Every line is
invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Nadia Ferro", "nadia@quellsignal.com")
VSIG = "\n\nNadia Ferro\nAccount Executive\nQuell Signal Inc.\n"
CAPT = ("Ines Okoro", "iokoro@larkfieldpd.org")
ISIG = "\n\nSgt. Ines Okoro\nTraffic Unit\nLarkfield Police Department\n"
CHIEF = ("Walt Brenner", "wbrenner@larkfieldpd.org")
CSIG = "\n\nLt. Walt Brenner\nLarkfield Police Department\n"

MAIL = [
    (V, [CAPT], "Pathwise", "Ines,\n\nResidents get the Pathwise app at no cost. Departments run Pathwise Pro, "
                            "$300 per seat per year.\n\nNadia" + VSIG),
    (CAPT, [V], "RE: Pathwise", "Nadia,\n\nWe'd want 6 Pathwise Pro seats to start.\n\nInes" + ISIG),
    (V, [CAPT], "RE: Pathwise", "Ines,\n\nGreat, 6 Pathwise Pro seats it is.\n\nNadia" + VSIG),
    (CHIEF, [V], "Residents", "Nadia,\n\nI told the council folks should download Pathwise before the storm season. "
                              "We'll push it at the open house.\n\nWalt" + CSIG),
    (V, [CHIEF], "RE: Residents", "Walt,\n\nThanks! I can send flyers that say to download Pathwise.\n\nNadia" + VSIG),
]


def products(tmp_path, mail):
    return {p["name"]: p for p in drafted(tmp_path, mail)["products"]["products"]}


def test_an_app_named_alone_and_downloaded_is_a_product_beside_its_tier(tmp_path):
    got = products(tmp_path, MAIL)
    assert "Pathwise Pro" in got and got["Pathwise Pro"]["unit_price_usd"] == 300
    assert "Pathwise" in got
    assert "Pathwise" not in got["Pathwise Pro"]["aliases"]


def test_a_first_word_never_written_as_a_thing_of_its_own_stays_the_tiers_alias(tmp_path):
    mail = [(a, b, c, d.replace("the Pathwise app", "Pathwise Pro").replace("download Pathwise", "try Pathwise Pro"))
            for a, b, c, d in MAIL]
    got = products(tmp_path, mail)
    assert "Pathwise" not in got and "Pathwise Pro" in got
