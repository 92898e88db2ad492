"""Drafted profiles (probe BK): a release between a company and a public department that is no police force (a
county's public works, a city's transit office) still has two sides: the department whose people sign with its
name on a public domain is the agency when a company writes to it and sells, and that company is the vendor.
Without a seller nothing is drafted. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Odile Farnham", "ofarnham@pavemetrics.io")
VSIG = "\n\nOdile Farnham\nAccount Manager, Public Sector\nPavemetrics Inc.\n"
W = ("Curtis Ybarra", "cybarra@lowellcounty.gov")
WSIG = "\n\nCurtis Ybarra\nPavement Engineer\nRoad Maintenance Division\nLowell County Department of Public Works\n"
X = ("Nadia Petrakis", "npetrakis@lowellcounty.gov")
XSIG = "\n\nNadia Petrakis\nAssistant Director\nLowell County Department of Public Works\n"

MAIL = [
    (V, [W], "Crack survey pricing", "Curtis,\n\nAs promised, our price for the RoadScan survey is $2,400 per lane mile, "
     "and the first ten miles are on us if you order by June.\n\nOdile" + VSIG),
    (W, [V], "RE: Crack survey pricing", "Odile, thanks. Send a formal quote and I'll take it to Nadia.\n\nCurtis" + WSIG),
    (V, [W, X], "Quote attached", "Curtis, Nadia,\n\nThe quote is attached, and our invoice terms are net 30.\n\nOdile"
     + VSIG),
    (X, [V], "RE: Quote attached", "Odile, we'll review it at Tuesday's staff meeting.\n\nNadia" + XSIG),
    (X, [W], "Tuesday", "Curtis, bring the survey maps on Tuesday.\n\nNadia" + XSIG),
]


def test_a_public_works_department_sold_to_is_the_agency(tmp_path):
    f = drafted(tmp_path, MAIL)
    assert f["profile"]["vendor"] == "Pavemetrics"
    assert f["profile"]["agency"] == "Lowell County Department of Public Works"
    doms = f["domains"]["domains"]
    assert doms["pavemetrics.io"]["role"] == "vendor_employee"
    assert doms["lowellcounty.gov"]["role"] == "officer"
    assert "Road Maintenance Division" in {u["name"] for u in f["units"]["units"]}


def test_a_public_department_nobody_sells_to_is_no_agency(tmp_path):
    mail = [(X, [W], "Tuesday", "Curtis, bring the survey maps on Tuesday.\n\nNadia" + XSIG),
            (W, [X], "RE: Tuesday", "Will do.\n\nCurtis" + WSIG),
            (("Rex Dunmore", "rex@dunmorefamily.net"), [X], "Pothole", "Nadia, the pothole on Elm is back.\n\nRex\n")]
    f = drafted(tmp_path, mail)
    assert f["profile"]["agency"] is None and f["profile"]["vendor"] is None
    assert all(v["role"] == "other" for v in f["domains"]["domains"].values())
