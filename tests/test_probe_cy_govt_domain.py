"""A council on a national government second-level domain ('x.govt.nz', 'x.gouv.fr', 'x.gob.mx') is a public body,
no company: a supplier that quotes and ships to it makes it the buying side. Invented names throughout."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # test_profile_draft.py's release writer (importlib mode)
from test_profile_draft import write_release

from giftgraph.ingest import read_paths
from giftgraph.nlp.draft_profile import draft_profile


def drafted(tmp_path: Path, mails) -> dict:
    folder = write_release(tmp_path / "mail", mails, offset="+1200")
    res = read_paths([folder], timezone="Pacific/Auckland", log=lambda s: None)
    return draft_profile(res.messages).files


def _mails(council: str, domain: str):
    return [
        (("Tessa Marrow", "tessa.marrow@quillonmeters.co"), [("Ana Kereama", f"ana.kereama@{domain}")], "Meter quote",
         "Hi Ana,\n\nHere is the quote for 20 Quillon Q3 meters at $640 each. We can ship them next month, and the "
         "first demo unit is on us.\n\nTessa Marrow\nAccount Manager\nQuillon Meters Ltd\n"),
        (("Ana Kereama", f"ana.kereama@{domain}"), [("Tessa Marrow", "tessa.marrow@quillonmeters.co")], "RE: Meter quote",
         f"Thanks Tessa, please send the invoice to our accounts team.\n\nAna Kereama\nTeam Leader, Water Services\n{council}\n"),
        (("Tessa Marrow", "tessa.marrow@quillonmeters.co"), [("Ana Kereama", f"ana.kereama@{domain}")], "Meter invoice",
         "Hi Ana,\n\nInvoice attached for the 20 meters; they shipped today.\n\nTessa Marrow\nAccount Manager\nQuillon Meters Ltd\n"),
        (("Hemi Walsh", f"hemi.walsh@{domain}"), [("Tessa Marrow", "tessa.marrow@quillonmeters.co")], "Meter training",
         f"Tessa, can you run a training session on the Q3 for the depot?\n\nHemi Walsh\nMeter Reader\n{council}\n"),
    ]


def test_a_council_on_govt_nz_is_the_agency_and_its_supplier_the_vendor(tmp_path):
    f = drafted(tmp_path, _mails("Harakeke Bay District Council", "harakekebay.govt.nz"))
    doms = f["domains"]["domains"]
    assert doms["harakekebay.govt.nz"]["role"] == "officer"
    assert doms["quillonmeters.co"]["role"] == "vendor_employee"


def test_a_body_on_gouv_or_gob_is_no_company(tmp_path):
    for i, dom in enumerate(["villedemarnay.gouv.fr", "aguazul.gob.mx"]):
        f = drafted(tmp_path / str(i), _mails("Municipal Water Board", dom))
        doms = f["domains"]["domains"]
        assert doms[dom]["role"] == "officer", dom
