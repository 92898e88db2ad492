"""Drafted profiles (probe CO): a court is a public body that buys case-management software as a department does. A
county's court whose people sign with its name ("Harlan County Circuit Court") on a domain of the court's own name
(harlancircuit.org, no "county" in it) is the agency when a company writes to it and sells; so is a state's office
that administers its courts. A court nobody sells to is still no agency. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Priya Lindqvist", "plindqvist@docketcraft.io")
VSIG = "\n\nPriya Lindqvist\nAccount Executive\nDocketcraft Software Inc.\n"
W = ("Osman Thorley", "othorley@harlancircuit.org")
WSIG = "\n\nOsman Thorley\nTechnology Manager\nHarlan County Circuit Court\n"
X = ("Gemma Sutcliffe", "gsutcliffe@harlancircuit.org")
XSIG = "\n\nGemma Sutcliffe\nDeputy Court Administrator\nHarlan County Circuit Court\n"

MAIL = [
    (V, [W], "Docket module pricing", "Osman,\n\nAs promised, our price for the docket module is $31,000 a year, "
     "and the first month of hosting is on us if you order by June.\n\nPriya" + VSIG),
    (W, [V], "RE: Docket module pricing", "Priya, thanks. Send a formal quote and I'll take it to Gemma.\n\nOsman" + WSIG),
    (V, [W, X], "Quote attached", "Osman, Gemma,\n\nThe quote is attached, and our invoice terms are net 30.\n\nPriya"
     + VSIG),
    (X, [V], "RE: Quote attached", "Priya, we'll review it at Tuesday's bench meeting.\n\nGemma" + XSIG),
    (X, [W], "Tuesday", "Osman, bring the hosting comparison on Tuesday.\n\nGemma" + XSIG),
]


def test_a_county_court_sold_to_is_the_agency(tmp_path):
    f = drafted(tmp_path, MAIL)
    assert f["profile"]["vendor"] == "Docketcraft Software"
    assert f["profile"]["agency"] == "Harlan County Circuit Court"
    doms = f["domains"]["domains"]
    assert doms["docketcraft.io"]["role"] == "vendor_employee"
    assert doms["harlancircuit.org"]["role"] == "officer"


def test_a_court_nobody_sells_to_is_no_agency(tmp_path):
    mail = [(X, [W], "Tuesday", "Osman, bring the hosting comparison on Tuesday.\n\nGemma" + XSIG),
            (W, [X], "RE: Tuesday", "Will do.\n\nOsman" + WSIG),
            (("Rex Dunmore", "rex@dunmorefamily.net"), [X], "Jury duty", "Gemma, my summons date clashes.\n\nRex\n")]
    f = drafted(tmp_path, mail)
    assert f["profile"]["agency"] is None and f["profile"]["vendor"] is None
