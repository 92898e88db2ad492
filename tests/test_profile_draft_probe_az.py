"""Drafted profiles (probe AZ: a towing firm's owner and a city's traffic police, pasted into a Word document): the
vendor's name cut short at its "&" ("Ostrander Glass" of "Ostrander Glass & Glazing"), written in the text, is the
vendor, not a product of it called "Glass". Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Merle Ostrander", "merle@ostranderglass.example")
VSIG = "\n\nMerle\n\nMerle Ostrander | Owner\nOstrander Glass & Glazing\n"
COP = ("Ines Bacari", "ibacari@wrenfieldpd.example")
CSIG = "\n\nLt. Ines Bacari\nFleet Services Unit\nWrenfield Police Department\n"

MAIL = [
    (V, [COP], "windshields", "Lieutenant, Ostrander Glass can have two trucks at your lot by Monday, we did 14 "
     "windshields for the county last spring and the Sheriff was happy with Ostrander Glass all the way, our price is "
     "$240 a windshield installed" + VSIG),
    (COP, [V], "RE: windshields", "Merle,\n\nThanks. Our buyer will send the quote request.\n\nInes" + CSIG),
    (COP, [V], "cruisers", "Merle,\n\nTell your guys Ostrander Glass did a nice job on the cruisers.\n\nInes" + CSIG),
    (V, [COP], "RE: cruisers", "Ines thank you, I told the crew, Ostrander Glass appreciates the work, the invoice goes out Friday" + VSIG),
]


def test_the_vendors_name_cut_short_at_its_ampersand_is_no_product(tmp_path):
    f = drafted(tmp_path, MAIL)
    names = {p["name"] for p in f["products"]["products"]}
    assert "Glass" not in names, names
    assert f["profile"]["vendor"] == "Ostrander Glass & Glazing", f["profile"]
    assert not any("Ostrander Glass" in p.get("aliases", []) for p in f["products"]["products"]), names
