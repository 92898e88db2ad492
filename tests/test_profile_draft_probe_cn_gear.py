"""Drafted profiles (probe CN): field and safety gear is a kind of thing sold, as a camera or a drone is: a name followed by
"respirators", "lanterns", "shelters", "tanks", "pumps" ("20 x Summitline SL-5 respirator @ $85.00", "a case of Glowfen
GX-2 lanterns") is a product (the fire shelters and headlamps a wildland-fire vendor sold were no product). Every line is
invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Pia Renner", "pia@brackengear.com")
VSIG = "\n\nPia Renner\nAccount Executive\nBracken Gear Co.\n"
B = ("Hal Osei", "hosei@marlowfire.gov")
BSIG = "\n\nHal Osei\nBattalion Chief\nMarlow Fire Department\n"

MAIL = [
    (V, [B], "Spring lineup", "Hi Hal,\n\nWhat we're carrying this spring:\n- Summitline SL-5 respirators, current model\n"
     "- Glowfen lights and batteries\n\nPia" + VSIG),
    (B, [V], "RE: Spring lineup", "Pia, send a quote for the respirators.\n\nHal" + BSIG),
    (V, [B], "Quote 2231", "Hal,\n\n  20 x Summitline SL-5 respirator @ $85.00 = $1,700.00\n\nGood for 30 days.\n\nPia" + VSIG),
    (V, [B], "Lanterns", "Hal, a case of Glowfen GX-2 lanterns ships Monday with the order.\n\nPia" + VSIG),
]


def test_gear_named_with_its_kind_is_a_product(tmp_path):
    f = drafted(tmp_path, MAIL)
    names = {p["name"] for p in f["products"]["products"]}
    assert {"Summitline SL-5", "Glowfen GX-2"} <= names
