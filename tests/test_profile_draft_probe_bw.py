"""Drafted products (probe BW): a product named once, counted ("one of our TrailPad X4 tablets") and with a kind of
thing sold after it, under a brand's camel-case name with a model number, is a product even so; a plain name
written once stays out. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Senan Whelan", "swhelan@corrigview.com")
VSIG = "\n\nSenan Whelan\nAccount Manager\nCorrigview Systems Inc.\n"
W = ("Adaeze Nwosu", "anwosu@tarrantvale.gov")
WSIG = "\n\nSgt. Adaeze Nwosu\nTraffic Unit\nTarrant Vale Police Department\n"
X = ("Hoang Van Minh", "hminh@tarrantvale.gov")
XSIG = "\n\nLt. Hoang Van Minh\nTraffic Unit\nTarrant Vale Police Department\n"

MAIL = [
    (V, [W], "Quote", "Adaeze,\n\nOur quote: 6 Corrigview Beacon cameras at $2,100 each, and the Beacon cameras come "
     "with mounts. Invoice terms net 30.\n\nSenan" + VSIG),
    (W, [V], "RE: Quote", "Senan, thanks, I'll pass it to Lt. Minh.\n\nAdaeze" + WSIG),
    (V, [W, X], "Beacon order", "Adaeze, Minh,\n\nThe 6 Beacon cameras ship Monday. I've also put one of our TrailPad "
     "X4 tablets in the box for the unit to try.\n\nSenan" + VSIG),
    (X, [V], "RE: Beacon order", "Senan, received. We'll review the invoice on Tuesday.\n\nMinh" + XSIG),
    (X, [W], "Tuesday", "Adaeze, bring the Harbor Route maps on Tuesday.\n\nMinh" + XSIG),
]


def test_a_branded_model_counted_once_before_a_kind_of_thing_sold_is_a_product(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, MAIL)["products"]["products"]}
    assert "TrailPad X4" in names
    assert not any("Harbor" in n for n in names)


def test_a_public_body_under_a_countrys_code_is_no_company_and_is_named_by_its_own_label():
    from giftgraph.nlp.draft_profile import _Domain

    for d, label in [("kilbarry.police.uk", "kilbarry"), ("dunmere.gov.uk", "dunmere"), ("trust.nhs.uk", "trust"),
                     ("wardens.gc.ca", "wardens"), ("lakes.gov.au", "lakes")]:
        assert not _Domain(d).commercial() and _Domain(d).label == label
    assert _Domain("tarnlight.co.uk").commercial() and _Domain("tarnlight.co.uk").label == "tarnlight"
