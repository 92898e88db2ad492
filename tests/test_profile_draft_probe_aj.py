"""Drafted profiles (probe AJ): a vendor's product whose name is its brand and a common English word ("Brightwell
Notice", "Brightwell Home") and that the release never writes bare inside a sentence is named with the brand, so a
sentence opening "Notice how ..." names no product; a plan named once after the vendor's name ("the Brightwell Upkeep
Plan at $900/yr") is a product. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Oona Falk", "ofalk@brightwell.com")
VSIG = "\n\nOona Falk\nRegional Account Executive\nBrightwell Systems\n"
COP = ("Tomas Riedl", "triedl@fernhillpd.gov")
CSIG = "\n\nSgt. Tomas Riedl\nPatrol Division\nFernhill Police Department\n"

MAIL = [
    (V, [COP], "Brightwell Notice pricing", "Sergeant,\n\nHere is our pricing. Brightwell Notice is $1,900 per station per year, plus the "
     "Brightwell Upkeep Plan at $900/yr. Residents can add Brightwell Home for $40 a year.\n\nOona" + VSIG),
    (COP, [V], "RE: Brightwell Notice pricing", "Oona, thanks. Notice how the dispatch screen lags on the demo unit? "
     "Is that fixed in the current Brightwell Notice build?\n\nTomas" + CSIG),
    (V, [COP], "RE: Brightwell Notice pricing", "Tomas,\n\nYes, the lag is fixed. 3 Brightwell Notice stations would "
     "cover all your precincts, and a notice goes out in under a second. Home users get the same notice on "
     "Brightwell Home. I'll send the quote today.\n\nOona" + VSIG),
    (COP, [V], "RE: Brightwell Notice pricing", "Good. Send a quote for 3 Brightwell Notice stations and 20 Brightwell "
     "Home codes for the block captains.\n\nTomas" + CSIG),
]


def test_a_brand_and_a_common_word_is_named_with_the_brand_and_a_plan_named_once_is_a_product(tmp_path):
    f = drafted(tmp_path, MAIL)
    products = {p["name"]: p for p in f["products"]["products"]}
    notice = next(p for k, p in products.items() if "Notice" in k)
    assert notice["name"] == "Brightwell Notice" and "Notice" not in notice["aliases"], products
    assert any(k.endswith("Upkeep Plan") for k in products), products
