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

