"""Drafted profiles (probe CV): a family firm named by its founders' kin ("Dunmore Bros. Hauling & Storage",
"Pell & Sons Roofing") signs with that name, which spells its domain only in part (dunmorehauling.com): it is the
vendor's name, not the domain's label, and "Dunmore Bros" written alone is the vendor, no product "Bros". A count of
hours ("24 HR DISPATCH") counts no product "HR". Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Rocco Dunmore", "rocco@dunmorehauling.com")
VSIG = "\n\nRocco Dunmore, Owner\nDunmore Bros. Hauling & Storage\n24 HR DISPATCH (555) 017-4410\n"
V2 = ("Tess Dunmore", "tess@dunmorehauling.com")
V2SIG = "\n\nTess Dunmore\nBilling\nDunmore Bros. Hauling & Storage\n24 HR DISPATCH (555) 017-4410\n"
SGT = ("Ike Lamont", "ilamont@fernbrookpd.org")
SSIG = "\n\nSgt. Ike Lamont\nPatrol Division\nFernbrook Police Department\n"
LT = ("Vic Oyelaran", "voyelaran@fernbrookpd.org")
LSIG = "\n\nLt. Vic Oyelaran\nTraffic Division\nFernbrook Police Department\n"
R = ("Mae Pell", "mae@pellroofing.com")
RSIG = "\n\nMae Pell\nPell & Sons Roofing\n"

MAIL = [
    (V, [SGT], "impound storage", "Ike, our quote for storing the seized trailers is $35 a day each, invoice monthly. "
     "Let me know.\n\nRocco" + VSIG),
    (SGT, [V], "RE: impound storage", "Rocco, that works, go ahead. Dunmore Bros can pick them up Monday.\n\nIke" + SSIG),
    (V2, [LT], "Invoice 3312", "Lieutenant, attached is the invoice for the two tows on the 4th, $310 total.\n\nTess" + V2SIG),
    (LT, [V2], "RE: Invoice 3312", "Thanks Tess, sent to accounts.\n\nVic" + LSIG),
    (V, [LT], "rates", "Vic, our new hourly rate for the heavy wrecker is $180 an hour starting in March.\n\nRocco" + VSIG),
    (R, [LT], "roof at the substation", "Lieutenant, we can look at the substation roof Tuesday.\n\nMae" + RSIG),
    (LT, [R], "RE: roof at the substation", "Tuesday is fine, thanks.\n\nVic" + LSIG),
]


def test_a_firm_named_by_its_founders_kin_is_an_organisation_line(tmp_path):
    f = drafted(tmp_path, MAIL)
    orgs = {o["name"]: o for o in f["organizations"]["organizations"]}
    assert f["profile"]["vendor"] == "Dunmore Bros. Hauling & Storage"
    assert orgs["Dunmore Bros. Hauling & Storage"]["kind"] == "vendor"
    assert f["domains"]["domains"]["dunmorehauling.com"]["organization"] == "Dunmore Bros. Hauling & Storage"
    assert f["domains"]["domains"]["pellroofing.com"]["organization"] == "Pell & Sons Roofing"


def test_the_family_and_its_kin_word_is_the_vendors_short_name_and_hours_are_no_product(tmp_path):
    f = drafted(tmp_path, MAIL)
    orgs = {o["name"]: o for o in f["organizations"]["organizations"]}
    assert "Dunmore Bros" in orgs["Dunmore Bros. Hauling & Storage"]["aliases"]
    products = {p["name"] for p in f["products"]["products"]}
    assert not {"Bros", "HR", "Dunmore Bros"} & products
