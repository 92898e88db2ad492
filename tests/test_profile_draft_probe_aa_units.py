"""Drafted profiles (probe AA): a unit a signature names by an ordinal ("2nd District", "41st Precinct") is a unit of
the agency, as one named by a number after its word is ("District 14"); a signature line whose first words spell the
writer's address domain and one word more says what it is ("Brightwater Hope Project" of brightwaterhope.org) names an
organisation, and so do call letters with "Channel" before the number ("KQRT Channel 4 News" of kqrt4.com). Every
line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ansel Kroft", "akroft@corvidsys.com")
VSIG = "\n\nAnsel Kroft\nSales Lead\nCorvid Systems\n"
CAPT = ("Bea Lorne", "blorne@tallowpd.org")
CSIG = "\n\nCapt. Bea Lorne\nCommanding Officer, 41st Precinct\nTallow Police Department\n"
OFC = ("Dev Sandoval", "dsandoval@tallowpd.org")
OSIG = "\n\nOfc. Dev Sandoval #5120\n2nd District, Tallow PD\n"

NGO = ("Tess Amadi", "tess@brightwaterhope.org")
NSIG = "\n\nTess Amadi\nProgram Lead\nBrightwater Hope Project\n"
TV = ("Jon Pell", "jpell@kqrt4.com")
TSIG = "\n\nJon Pell\nReporter, KQRT Channel 4 News\n"

MAIL = [
    (NGO, [CAPT], "Visit", "Captain,\n\nCould our outreach team visit the precinct next month?\n\nTess" + NSIG),
    (TV, [CAPT], "Interview", "Captain,\n\nAny chance of ten minutes on camera Thursday?\n\nJon" + TSIG),
    (V, [CAPT, OFC], "Survey", "Captain, Officer,\n\nCould you answer our 5-question survey on the Corvid Relay? The quote "
     "for the renewal follows next week.\n\nAnsel" + VSIG),
    (CAPT, [V], "RE: Survey", "Ansel,\n\nDone. The Corvid Relay units work well in the precinct.\n\nBea" + CSIG),
    (OFC, [V], "RE: Survey", "Done, thanks.\n\nDev" + OSIG),
    (V, [CAPT], "Quote", "Captain,\n\nThe quote for 2 Corvid Relay units is attached, $950 each. Invoice follows the "
     "order.\n\nAnsel" + VSIG),
]


def test_units_named_by_an_ordinal_in_signatures(tmp_path):
    f = drafted(tmp_path, MAIL)
    units = {u["name"] for u in f["units"]["units"]}
    assert {"41st Precinct", "2nd District"} <= units
    assert not any("Tallow" in u or "Corvid" in u for u in units)
    orgs = {o["name"] for o in f["organizations"]["organizations"]}
    assert {"Brightwater Hope Project", "KQRT Channel 4 News"} <= orgs
    assert not any("Program Lead" in o or "Reporter" in o for o in orgs)
