"""Drafted profiles (probe AD): on a city's shared domain, a second office its staff sign with ("Larkfield Office of
Emergency Services" beside "Larkfield Fire Department") is an organisation of its own, not lost under the agency's
name. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Nadia Ferro", "nadia@quellsignal.com")
VSIG = "\n\nNadia Ferro\nAccount Executive\nQuell Signal Inc.\n"
CHIEF = ("Walt Brenner", "wbrenner@larkfieldtx.gov")
CSIG = "\n\nChief Walt Brenner\nLarkfield Fire Department\n"
CAPT = ("Ines Okoro", "iokoro@larkfieldtx.gov")
ISIG = "\n\nCapt. Ines Okoro\nLarkfield Fire Department\n"
OES = ("Piet Vanek", "pvanek@larkfieldtx.gov")
OSIG = "\n\nPiet Vanek\nPlanning Specialist\nLarkfield Office of Emergency Services\n(555) 010-4410\n"

MAIL = [
    (V, [CHIEF], "Quell for Larkfield", "Chief,\n\nHappy to quote 10 Quell Console seats for your crews.\n\nNadia" + VSIG),
    (CHIEF, [V], "RE: Quell for Larkfield", "Nadia,\n\nSend the quote to Capt. Okoro please.\n\nChief Brenner" + CSIG),
    (CAPT, [V], "Quote", "Nadia,\n\nWe'd want 6 Quell Console seats to start.\n\nInes" + ISIG),
    (CAPT, [V], "RE: Quote", "Nadia,\n\nThanks, got the quote.\n\nInes" + ISIG),
    (OES, [V], "Sirens", "Nadia,\n\nDoes the Quell Console also drive outdoor sirens?\n\nPiet" + OSIG),
    (V, [OES], "RE: Sirens", "Piet,\n\nIt does, with the 2 Quell Console seats you'd need for it.\n\nNadia" + VSIG),
    (OES, [V], "RE: Sirens", "Nadia,\n\nGood to know, thanks.\n\nPiet" + OSIG),
]


def test_a_second_office_signed_on_the_agencys_domain_is_an_organisation(tmp_path):
    f = drafted(tmp_path, MAIL)
    orgs = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    assert orgs.get("Larkfield Fire Department") == "agency"
    assert "Larkfield Office of Emergency Services" in orgs
    assert f["domains"]["domains"]["larkfieldtx.gov"]["organization"] == "Larkfield Fire Department"


def test_an_office_line_printed_once_is_enough_but_not_on_the_vendors_domain(tmp_path):
    f = drafted(tmp_path, MAIL[:6] + [(V, [OES], "RE: Sirens", "Piet,\n\nAnytime.\n\nNadia\n\nNadia Ferro\n"
                                                             "Quell Signal Inc.\nOffice of Customer Programs\n")])
    orgs = {o["name"] for o in f["organizations"]["organizations"]}
    assert "Larkfield Office of Emergency Services" in orgs
    assert "Office of Customer Programs" not in orgs
