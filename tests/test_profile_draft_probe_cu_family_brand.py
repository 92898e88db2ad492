"""A product family's own name written alone: "Orbix" beside "Orbix Tidewatch" and "Orbix Berthline" is the platform the
family is named after (what people praise: "Orbix has been great"), a product of its own, not dropped as a first word
that begins two names."""
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


def _mails(bare: int) -> list:
    said = ["Priya,\n\nOur harbour platform is called Orbix, and it runs on the quay today." + SIG,
            "Priya,\n\nWe built Orbix for ports like yours." + SIG,
            "Priya,\n\nThe berth team can log in to Orbix from Monday." + SIG][:bare]
    return [
        (SELLER, [BUYER], "Quote", "Priya,\n\nThe quote: 4 Orbix Tidewatch units at $450 each, and 2 Orbix Berthline licences "
         "at $1,200 each." + SIG),
        (BUYER, [SELLER], "RE: Quote", "Wendell,\n\nThanks, we will review the quote." + BSIG),
        (SELLER, [BUYER, CLERK], "Demo", "Priya, Anselm,\n\nWe can demo 2 Orbix Tidewatch units on Tuesday, and the "
         "Orbix Berthline licence ($1,200) after. We'll ship a trial unit at no cost." + SIG),
        (CLERK, [SELLER], "RE: Demo", "Wendell,\n\nTuesday works for us." + CSIG),
        *[(SELLER, [BUYER], f"Note {i}", body) for i, body in enumerate(said)],
    ]


def _names(f) -> list[str]:
    return [p["name"] for p in f["products"]["products"]]


def test_the_family_name_written_alone_is_a_product(tmp_path: Path):
    names = _names(drafted(tmp_path, _mails(3)))
    assert "Orbix" in names and "Orbix Tidewatch" in names and "Orbix Berthline" in names


def test_the_family_name_written_once_alone_is_not(tmp_path: Path):
    assert "Orbix" not in _names(drafted(tmp_path, _mails(1)))
