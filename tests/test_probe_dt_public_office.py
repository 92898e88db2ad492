"""A county's office named "Office of the ..." after its jurisdiction ("Pellam County Office of the Coroner",
"Dorrow County Office of the Public Defender") or a medical examiner's or coroner's office is a public department
that a company sells to: it is the agency, the company the vendor, and both give roles."""
from __future__ import annotations

import pytest

from tests.test_profile_draft import drafted


def _mails(office: str, dom: str):
    return [
        (("Wendell Ashgrove", "w.ashgrove@brindlelabs.com"), [("Oona Peverell", f"opeverell@{dom}")], "Quote",
         "Dr. Peverell,\n\nAs promised, here is our quote for the two autopsy tables, and a discount if you order "
         "before June.\n\nWendell Ashgrove\nAccount Manager\nBrindle Labs Inc.\n"),
        (("Oona Peverell", f"opeverell@{dom}"), [("Wendell Ashgrove", "w.ashgrove@brindlelabs.com")], "RE: Quote",
         f"Wendell,\n\nThanks, we will order in May.\n\nOona Peverell, MD\nDeputy Coroner\n{office}\n"),
        (("Wendell Ashgrove", "w.ashgrove@brindlelabs.com"), [("Oona Peverell", f"opeverell@{dom}")], "Invoice",
         "Dr. Peverell,\n\nThe invoice for the order is attached.\n\nWendell Ashgrove\nAccount Manager\nBrindle Labs Inc.\n"),
        (("Oona Peverell", f"opeverell@{dom}"), [("Wendell Ashgrove", "w.ashgrove@brindlelabs.com")], "RE: Invoice",
         f"Received.\n\nOona Peverell, MD\nDeputy Coroner\n{office}\n"),
    ]


@pytest.mark.parametrize("office,dom", [
    ("Pellam County Office of the Coroner", "coroner.pellamcounty.org"),
    ("Office of the Chief Medical Examiner", "ocme.halverstate.org"),
    ("Dorrow County Coroner's Office", "dorrowcounty-coroner.org"),
])
def test_a_coroners_or_medical_examiners_office_is_the_agency(tmp_path, office, dom):
    f = drafted(tmp_path, _mails(office, dom))
    assert f["profile"]["vendor"] in ("Brindle Labs", "Brindle Labs Inc.")
    assert f["profile"]["agency"] == office
    doms = f["domains"]["domains"]
    assert doms[dom]["role"] == "officer"
    assert doms["brindlelabs.com"]["role"] == "vendor_employee"


def test_a_countys_office_of_the_public_defender_is_the_agency(tmp_path):
    mails = [(s, t, subj, b.replace("Deputy Coroner", "Chief Investigator")) for s, t, subj, b in
             _mails("Dorrow County Office of the Public Defender", "defender.dorrowcounty.org")]
    f = drafted(tmp_path, mails)
    assert f["profile"]["agency"] == "Dorrow County Office of the Public Defender"
    assert f["domains"]["domains"]["defender.dorrowcounty.org"]["role"] == "officer"
