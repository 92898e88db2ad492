"""Entities met by probe Z (Gmail printouts of a plate-reader vendor and a small town's police). Invented names and
wording."""
from __future__ import annotations

import sys
from pathlib import Path

import entity_world as ew  # tests/fixtures, on the path (conftest.py)
import pytest

from giftgraph.nlp.extract import extract_entities

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted


@pytest.mark.model
def test_a_title_in_the_plural_before_surnames_names_no_one(trained):
    """"Officers Quintero's and Lund's": several officers, not a person called "Officers Quintero"."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    clerk, boss = Address("Ada Renwick", "arenwick@lapd.lacity.org"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Chief,\n\nWe got a records request for the vendor mail. I'll pull from your account, Lt. Ruiz's, "
            "Det. Okafor's and Officers Quintero's and Lund's.\n\nAda Renwick\nRecords Clerk\n")
    index, docs, nodes, edges = extract_entities([ew.msg(clerk, [boss], "Records pull", body)], profile=prof, nlp=nlp)
    names = {n.name for n in nodes if n.kind == "person"}
    assert not any(n.startswith("Officers") for n in names)


V = ("Odile Marsh", "omarsh@glintware.com")
VSIG = "\n\nOdile Marsh\nAccount Executive\nGlintware Inc.\n"
COP = ("Hector Vane", "hvane@pellcountyso.gov")
CSIG = "\n\nSgt. Hector Vane\nMarine Unit\nPell County Sheriff's Office\n"

MAIL = [
    (V, [COP], "Quote", "Hector,\n\nHere is the quote for the Glintware Orbit kit.\n\nQty | Item | Unit | Ext.\n"
     "2 | Glintware Orbit camera | $900.00 | $1,800.00\n\nThe Orbit lists at $900. Call me with questions.\n\nOdile" + VSIG),
    (COP, [V], "RE: Quote", "Odile,\n\nWe'll take 2 Glintware Orbit cameras.\n\nHector" + CSIG),
    (V, [COP], "Panel", "Hector,\n\nWould you speak on our panel at Glintware Summit, June 4-6 in Reno? We'll cover "
     "the trip.\n\nOdile" + VSIG),
    (V, [COP], "Panel", "Hector,\n\nYou're booked. Your Summit badge will be at the speaker desk.\n\nOdile" + VSIG),
]


def test_the_vendor_s_summit_is_no_product(tmp_path):
    """"Glintware Summit", counted ("2 ... passes") and after the vendor's name as a product would be: an event."""
    f = drafted(tmp_path, MAIL)
    products = {p["name"] for p in f["products"]["products"]}
    assert products & {"Orbit", "Glintware Orbit"}
    assert not any("Summit" in p for p in products)
