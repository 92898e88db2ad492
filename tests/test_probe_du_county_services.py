"""A public body named by its place and the services it gives ("Pellham County Library Services", "City of Ostrey
Youth Services") is the agency itself, not a unit named by its work: its people sign with it as their organisation."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

MAILS = [
    (("Ferris Odell", "fodell@brightquill.com"), [("Nadia Voss", "nvoss@pellhamcounty.gov")], "Scanner quote",
     "Nadia,\n\nThe quote for the six Lumo readers is attached.\n\nFerris Odell\nAccount Executive\nBrightquill Labs Inc.\n"),
    (("Nadia Voss", "nvoss@pellhamcounty.gov"), [("Ferris Odell", "fodell@brightquill.com")], "RE: Scanner quote",
     "Ferris,\n\nThanks, we will review it.\n\nNadia Voss\nBranch Manager | Pellham County Library Services\n"),
    (("Oren Blake", "oblake@pellhamcounty.gov"), [("Ferris Odell", "fodell@brightquill.com")], "Readers",
     "Ferris,\n\nThe readers work fine.\n\nOren Blake\nTechnical Operations\nPellham County Library Services\n"),
    (("Ferris Odell", "fodell@brightquill.com"), [("Oren Blake", "oblake@pellhamcounty.gov")], "RE: Readers",
     "Oren,\n\nGlad to hear it.\n\nFerris Odell\nAccount Executive\nBrightquill Labs Inc.\n"),
]


def test_a_county_services_body_is_the_agency(tmp_path: Path):
    d = drafted(tmp_path, MAILS)
    orgs = {o["name"]: o["kind"] for o in d["organizations"]["organizations"]}
    units = {u["name"] for u in d["units"]["units"]}
    assert orgs.get("Pellham County Library Services") == "agency"
    assert "Pellham County Library Services" not in units
    assert "Technical Operations" in units  # a unit named by its work, still


CLINIC = [
    (("Ferris Odell", "fodell@brightquill.com"), [("Mara Quist", "mquist@tolvercounty.gov")], "Syringe pumps",
     "Mara,\n\nThe pump quote is attached.\n\nFerris Odell\nAccount Executive\nBrightquill Labs Inc.\n"),
    (("Mara Quist", "mquist@tolvercounty.gov"), [("Ferris Odell", "fodell@brightquill.com")], "RE: Syringe pumps",
     "Ferris,\n\nThanks.\n\nMara Quist\nClinic Pharmacist, Tolver County Health Department\n"),
    (("Ansel Rook", "arook@tolvercounty.gov"), [("Ferris Odell", "fodell@brightquill.com")], "Pumps",
     "Ferris,\n\nReceived.\n\nAnsel Rook\nShelter Veterinarian, Tolver County Health Department\n"),
]


def test_a_job_before_the_agency_is_no_unit(tmp_path: Path):
    """"Shelter Veterinarian, Tolver County Health Department": a job (no title word of an office), not a unit."""
    units = {u["name"] for u in drafted(tmp_path, CLINIC)["units"]["units"]}
    assert not {"Clinic Pharmacist", "Shelter Veterinarian"} & units
