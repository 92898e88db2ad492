"""Drafted profiles (probe CM): a county's or a city's office named by its duty ("... County Clerk's Office",
"... County Elections Office") or an election administration's own name ("Board of Elections") is a public
department: when a company writes to it and sells, it is the agency and the company the vendor. An association of
such offices' members is still no department. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Bertrand Lalique", "blalique@ledgerwise.com")
VSIG = "\n\nBertrand Lalique\nAccount Manager\nLedgerwise Records Inc.\n"


def _mail(office: str, domain: str):
    w = ("Maribel Oyelaran", f"moyelaran@{domain}")
    wsig = f"\n\nMaribel Oyelaran\nChief Deputy Clerk\n{office}\n"
    x = ("Dwight Kessner", f"dkessner@{domain}")
    xsig = f"\n\nDwight Kessner\nRecords Supervisor\n{office}\n"
    return [
        (V, [w], "Scanning stations", "Maribel,\n\nOur price for the DocuVault scanning station is $4,200 each, and we "
         "can ship two in March if you order this month.\n\nBertrand" + VSIG),
        (w, [V], "RE: Scanning stations", "Bertrand, send a formal quote and I'll run it by Dwight.\n\nMaribel" + wsig),
        (V, [w, x], "Quote attached", "Maribel, Dwight,\n\nThe quote is attached; invoice terms are net 30.\n\nBertrand" + VSIG),
        (x, [V], "RE: Quote attached", "Bertrand, we'll look at it next week.\n\nDwight" + xsig),
        (x, [w], "Friday", "Maribel, the archive boxes go out Friday.\n\nDwight" + xsig),
    ]


def test_a_county_clerks_office_sold_to_is_the_agency(tmp_path):
    f = drafted(tmp_path, _mail("Greyford County Clerk's Office", "greyfordcounty.gov"))
    assert f["profile"]["agency"] == "Greyford County Clerk's Office"
    doms = f["domains"]["domains"]
    assert doms["ledgerwise.com"]["role"] == "vendor_employee"
    assert doms["greyfordcounty.gov"]["role"] == "officer"


def test_a_board_of_elections_sold_to_is_the_agency(tmp_path):
    f = drafted(tmp_path, _mail("Harrow County Board of Elections", "harrowcounty.gov"))
    assert f["profile"]["agency"] == "Harrow County Board of Elections"
    assert f["domains"]["domains"]["harrowcounty.gov"]["role"] == "officer"


def test_an_association_of_county_clerks_is_no_agency(tmp_path):
    f = drafted(tmp_path, _mail("Western Association of County Clerks", "westclerks.org"))
    assert f["profile"]["agency"] is None
