"""Drafted profiles (probe R): a signature line after a job title that spells its writer's address domain as its
first words in full and the rest as initials ("Program Director, Tamsin Ridge Family Advocates" of
tamsinridgefa.org) is the writer's organisation, not a sales territory. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Hazel Pike", "hazel.pike@quillonmetrics.com")
VSIG = "\n\nHazel Pike\nAccount Manager\nQuillon Metrics Inc.\n"
COP = ("Dale Ferrante", "dferrante@ostrapd.org")
CSIG = "\n\nSgt. Dale Ferrante\nEastern District\nOstra Police Department\n"
ADV = ("Noor Castellan", "ncastellan@tamsinridgefa.org")
ASIG = "\n\nNoor Castellan\nProgram Director, Tamsin Ridge Family Advocates\n"
OUT = ("Pell Okonjo", "pell@brightwaterco.com")
OSIG = "\n\nPell Okonjo\nRegional Manager, Lower Fens Region\n"

MAILS = [
    (V, [COP], "Tally seats", "Dale,\n\nGlad to send a quote for 3 Tally Board seats whenever you are ready.\n\nHazel" + VSIG),
    (COP, [V], "RE: Tally seats", "Hazel,\n\nSend it over for three.\n\nDale" + CSIG),
    (ADV, [COP], "Thursday talk", "Sergeant,\n\nThank you for talking to our families on Thursday.\n\nNoor" + ASIG),
    (COP, [ADV], "RE: Thursday talk", "Any time, Noor.\n\nDale" + CSIG),
    (OUT, [COP], "Fleet cards", "Sergeant,\n\nFollowing up on the fleet card question.\n\nPell" + OSIG),
]


def test_a_line_spelling_the_domain_with_initials_is_the_writers_organisation(tmp_path):
    f = drafted(tmp_path, MAILS)
    orgs = {o["name"] for o in f["organizations"]["organizations"]}
    assert "Tamsin Ridge Family Advocates" in orgs
    assert f["domains"]["domains"]["tamsinridgefa.org"]["organization"] == "Tamsin Ridge Family Advocates"
    # a territory after a job title that spells no domain stays a territory, no organisation
    assert "Lower Fens Region" not in orgs


def test_a_line_whose_initials_are_the_whole_domain_is_the_writers_organisation(tmp_path):
    """"Secretary, Marram Point Surf Lifesavers" of mpsl.org.au: every word as its initial spells the domain."""
    club = ("Ysolde Brannigan", "ysolde.b@mpsl.org.au")
    csig = "\n\nYsolde Brannigan\nSecretary, Marram Point Surf Lifesavers\n"
    mails = MAILS + [(club, [COP], "Beach patrol roster", "Sergeant,\n\nThe roster for the long weekend is below.\n\n"
                      "Ysolde" + csig),
                     (COP, [club], "RE: Beach patrol roster", "Thanks Ysolde, all noted.\n\nDale" + CSIG)]
    f = drafted(tmp_path, mails)
    assert f["domains"]["domains"]["mpsl.org.au"]["organization"] == "Marram Point Surf Lifesavers", f["domains"]
