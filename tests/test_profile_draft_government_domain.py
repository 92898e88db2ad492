"""A buying side of a kind no word list names: a government's own domain that a company sells to."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

SELLER = ("Wendell Asher", "washer@quillgrove.com")
SIG = "\n\nWendell Asher\nAccount Executive\nQuillgrove Systems Inc.\n"
BUYER = ("Priya Okafor", "pokafor@tamworthharbour.gov")
BSIG = "\n\nPriya Okafor\nDeputy Harbourmaster\nTamworth Harbour Commission\n"
CLERK = ("Anselm Crowe", "acrowe@tamworthharbour.gov")
CSIG = "\n\nAnselm Crowe\nMoorings Clerk\nTamworth Harbour Commission\n"

MAILS = [
    (SELLER, [BUYER], "Buoy sensors", "Priya,\n\nThe quote for the Tidemark buoy sensors is attached: $1,450 each." + SIG),
    (BUYER, [SELLER], "RE: Buoy sensors", "Wendell,\n\nThanks, we will review the quote." + BSIG),
    (SELLER, [BUYER, CLERK], "Demo", "Priya, Anselm,\n\nWe can demo the Tidemark sensors on Tuesday, and we'll "
     "ship a trial unit at no cost." + SIG),
    (CLERK, [SELLER], "RE: Demo", "Wendell,\n\nTuesday works for us." + CSIG),
]

OFFICE = [
    (SELLER, [("Dahlia Vance", "dvance@senate.example.gov")], "Meeting", "Ms. Vance,\n\nThe quote you asked about is "
     "attached; we ship in May." + SIG),
    (("Dahlia Vance", "dvance@senate.example.gov"), [SELLER], "RE: Meeting",
     "Mr. Asher,\n\nThank you.\n\nDahlia Vance\nChief of Staff\nOffice of Senator Bramwell\n"),
    (SELLER, [("Dahlia Vance", "dvance@senate.example.gov")], "RE: Meeting", "Ms. Vance,\n\nOur price list follows." + SIG),
]


def test_a_government_domain_a_company_sells_to_is_the_agency(tmp_path: Path):
    """"Tamworth Harbour Commission" of tamworthharbour.gov: no police, no word of a department's kind; the company
    that quotes and ships to its people is the vendor, and the commission is the side it sells to."""
    f = drafted(tmp_path, MAILS)
    assert f["profile"]["vendor"] == "Quillgrove Systems"
    assert f["profile"]["agency"] == "Tamworth Harbour Commission"
    assert f["domains"]["domains"]["tamworthharbour.gov"]["role"] == "officer"


def test_an_elected_officials_office_is_still_no_agency(tmp_path: Path):
    f = drafted(tmp_path, OFFICE)
    assert f["profile"]["agency"] is None
