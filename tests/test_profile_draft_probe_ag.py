"""Drafted profiles (probe AG): a referral credit written after a product's name is no price of it; a unit of measure
after a number ("8 TB") is no product; a reseller whose company line says "Public Safety" is no police agency.
Every line is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_profile_draft import drafted  # noqa: E402

V = ("Noor Halloran", "nhalloran@quillarc.example")
VSIG = "\n\nNoor Halloran\nAccount Executive\nQuillarc Software\n"
R = ("Beau Tamsin", "btamsin@harbourlinepss.com")
RSIG = "\n\nBeau Tamsin\nContracts Coordinator\nHarbourline Public Safety Supply\n(555) 555-0143\n"
COP = ("Iris Fennimore", "ifennimore@ashcombepd.gov")
CSIG = "\n\nCapt. Iris Fennimore\nSupport Services Division\nAshcombe Police Department\n"

MAIL = [
    (V, [COP], "Casebook pricing", "Captain,\n\nCasebook Vault is what most agencies start with; the quote will follow, "
     "and archive space comes in 8 TB blocks at $2,200 a year each.\n\nNoor" + VSIG),
    (COP, [V], "RE: Casebook pricing", "Noor, thanks. How many seats would we need for the detective bureau?\n\nIris" + CSIG),
    (V, [COP], "RE: Casebook pricing", "Iris,\n\nFor twelve detectives, 12 Casebook Vault seats and one 8 TB block.\n\n"
     "Noor" + VSIG),
    (V, [COP], "Partner credits", "Iris,\n\nWhen a county you introduce to us buys Casebook Vault, we post a $1,750 "
     "partner credit to your account.\n\nNoor" + VSIG),
    (V, [COP], "Partner credits - good news", "Iris,\n\nBellrose County signed for Casebook Vault last week, so the $1,750 "
     "partner credit is on your account.\n\nNoor" + VSIG),
    (R, [COP], "Co-op paperwork", "Captain Fennimore,\n\nQuillarc sells through us on the county co-op. The order form for "
     "the 12 Casebook Vault seats and the 8 TB block is attached.\n\nBeau" + RSIG),
    (COP, [R], "RE: Co-op paperwork", "Beau, got it, sending to purchasing.\n\nIris" + CSIG),
    (R, [COP], "RE: Co-op paperwork", "Captain, the countersigned form is attached for your records.\n\nBeau" + RSIG),
    (V, [COP], "Casebook training", "Iris,\n\nOur trainer can run the Casebook Vault course on site in May; the "
     "quote for the seats is on its way.\n\nNoor" + VSIG),
]


def test_a_partner_credit_after_the_name_is_no_price_and_a_measure_is_no_product(tmp_path):
    f = drafted(tmp_path, MAIL)
    prices = {p["name"]: p["unit_price_usd"] for p in f["products"]["products"]}
    assert "TB" not in prices, prices
    vault = next(v for k, v in prices.items() if k.endswith("Casebook Vault") or k == "Casebook Vault")
    assert vault is None, prices  # no price is written for it: not the $1,750 credit


def test_a_reseller_named_public_safety_supply_is_no_agency(tmp_path):
    f = drafted(tmp_path, MAIL)
    doms = f["domains"]["domains"]
    assert doms["harbourlinepss.com"]["role"] != "officer", doms
    kinds = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    assert kinds.get("Harbourline Public Safety Supply") != "agency", kinds
    assert doms["ashcombepd.gov"]["role"] == "officer", doms
