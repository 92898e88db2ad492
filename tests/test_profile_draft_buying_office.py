"""A public body's buying office, named by what it does ("Purchasing Services"), is a unit of a drafted profile."""
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
