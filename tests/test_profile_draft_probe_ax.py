"""Probe AX: a prosecutor's office whose investigators sign with no rank before their names ("Chief County Detective",
a title under the name) is a law-enforcement agency of the release too: its people are officers, as a sheriff's
office's are. Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted

V = ("Ottilie Brandt", "obrandt@lumivex.com")
VSIG = "\n\nOttilie Brandt\nAccount Executive\nLumivex Inc.\n"
COP = ("Dale Ferrante", "dferrante@ostrapd.org")
CSIG = "\n\nSgt. Dale Ferrante\nEastern District\nOstra Police Department\n"
DA1 = ("Anders Quell", "aquell@brannockda.org")
DA1SIG = "\n\nAnders Quell\nChief County Detective\nBrannock County District Attorney's Office\n"
DA2 = ("Pia Rusk", "prusk@brannockda.org")
DA2SIG = "\n\nPia Rusk\nCounty Detective\nBrannock County District Attorney's Office\n"

MAILS = [
    (V, [COP], "Lumivex seats", "Dale,\n\nHappy to quote 4 Lumivex Scout seats for your district.\n\nOttilie" + VSIG),
    (COP, [V], "RE: Lumivex seats", "Ottilie,\n\nSend the quote.\n\nDale" + CSIG),
    (V, [DA1], "Lumivex for Brannock", "Anders,\n\nI can quote 2 Lumivex Scout seats for your office.\n\nOttilie" + VSIG),
    (DA1, [V], "RE: Lumivex for Brannock", "Ottilie,\n\nPlease do, and copy Pia.\n\nAnders" + DA1SIG),
    (DA2, [V], "Scout export", "Ottilie,\n\nDoes Scout export to PDF?\n\nPia" + DA2SIG),
]


def test_a_district_attorneys_office_signed_without_ranks_is_an_agency(tmp_path):
    f = drafted(tmp_path, MAILS)
    doms = f["domains"]["domains"]
    assert doms["brannockda.org"]["role"] == "officer"
    assert doms["ostrapd.org"]["role"] == "officer"
    assert doms["lumivex.com"]["role"] == "vendor_employee"


DEP = ("Ivo Marr", "imarr@tillmancountyso.org")


def test_an_agency_domain_with_no_organisation_line_is_named_as_the_text_names_it(tmp_path):
    mails = [*MAILS,
             (DEP, [V], "Scout", "Ottilie,\n\nCould you send the Scout quote to me too?\n\nIvo"),
             (V, [DEP], "RE: Scout", "Ivo,\n\nSent. Tillman County Sheriff's Office is welcome to a trial as well.\n\n"
              "Ottilie" + VSIG),
             (DEP, [V], "RE: Scout", "Thanks. Will look.\n\nIvo")]
    f = drafted(tmp_path, mails)
    assert f["domains"]["domains"]["tillmancountyso.org"]["organization"] == "Tillman County Sheriff's Office"


def test_a_name_the_text_writes_that_does_not_spell_the_domain_does_not_name_it(tmp_path):
    mails = [*MAILS,
             (DEP, [V], "Scout", "Ottilie,\n\nCould you send the Scout quote to me too?\n\nIvo"),
             (V, [DEP], "RE: Scout", "Ivo,\n\nSent. Harl County Sheriff's Office is welcome to a trial as well.\n\n"
              "Ottilie" + VSIG),
             (DEP, [V], "RE: Scout", "Thanks. Will look.\n\nIvo")]
    f = drafted(tmp_path, mails)
    assert f["domains"]["domains"]["tillmancountyso.org"]["organization"] != "Harl County Sheriff's Office"
