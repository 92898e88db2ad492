"""Units with no unit word in a drafted profile: a public body's buying office ("Purchasing Services"), a unit named by
the work it does ("Juror Services", "Hearing Room Operations")."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

MAILS = [
    (("Wendell Asher", "washer@quillgrove.com"), [("Priya Okafor", "pokafor@tamworthcity.gov")], "Quote",
     "Priya,\n\nThe quote for the twelve Vesper readers is attached.\n\nWendell Asher\nAccount Executive\n"
     "Quillgrove Systems Inc.\n"),
    (("Priya Okafor", "pokafor@tamworthcity.gov"), [("Wendell Asher", "washer@quillgrove.com")], "RE: Quote",
     "Wendell,\n\nReceived; we will issue a purchase order next week.\n\nPriya Okafor\nSenior Buyer, Purchasing Services\n"
     "City of Tamworth\n"),
    (("Anselm Crowe", "acrowe@tamworthcity.gov"), [("Wendell Asher", "washer@quillgrove.com")], "Terms",
     "Mr. Asher,\n\nPlease sign the attached terms.\n\nAnselm Crowe\nContracts Officer\nProcurement and Contracts\n"
     "City of Tamworth\n"),
    (("Tessa Lund", "tlund@tamworthcity.gov"), [("Wendell Asher", "washer@quillgrove.com")], "Readers",
     "Wendell,\n\nThe readers arrived.\n\nSgt. Tessa Lund\nTraffic Division\nTamworth Police Department\n"),
]


def test_a_buying_office_on_a_signature_line_is_a_unit(tmp_path: Path):
    units = {u["name"] for u in drafted(tmp_path, MAILS)["units"]["units"]}
    assert {"Purchasing Services", "Procurement and Contracts", "Traffic Division"} <= units
    assert "Contracts Officer" not in units and "Senior Buyer" not in units


FUNCTION_MAILS = [
    (("Wendell Asher", "washer@quillgrove.com"), [("Mirela Stone", "mstone@harrowcourts.gov")], "Kiosks",
     "Mirela,\n\nThe kiosk quote is attached.\n\nWendell Asher\nAccount Executive\nQuillgrove Systems Inc.\n"),
    (("Mirela Stone", "mstone@harrowcourts.gov"), [("Wendell Asher", "washer@quillgrove.com")], "RE: Kiosks",
     "Wendell,\n\nThanks, we will review it.\n\nMirela Stone\nJuror Services Manager\nJuror Services, Harrow County Court\n"),
    (("Ossian Pike", "opike@harrowcourts.gov"), [("Wendell Asher", "washer@quillgrove.com")], "Screens",
     "Wendell,\n\nThe screens are fine.\n\nOssian Pike\nCourtroom Clerk\nHearing Room Operations\nHarrow County Court\n"),
    (("Tessa Lund", "tlund@harrowcourts.gov"), [("Wendell Asher", "washer@quillgrove.com")], "Marshals",
     "Wendell,\n\nNoted.\n\nSgt. Tessa Lund\nCourt Security Division\nHarrow County Court\n"),
]


def test_a_unit_named_by_the_work_it_does_is_a_unit(tmp_path: Path):
    """"Juror Services, Harrow County Court", "Hearing Room Operations" on a line of its own: an agency's units named
    by what they do, with no unit word; "Juror Services Manager" is a job title, no unit."""
    units = {u["name"] for u in drafted(tmp_path, FUNCTION_MAILS)["units"]["units"]}
    assert {"Juror Services", "Hearing Room Operations"} <= units
    assert "Juror Services Manager" not in units
