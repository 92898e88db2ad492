"""Probe CZ: a company whose signature line names it by its trade ("... Diagnostics", "... Therapeutics",
"... Pharmaceuticals", "... Biosciences") on a domain that clips the trade word to a short form no
signature spells ("dx", "tx", "rx", "bio"): the signature's name is the organisation's, not the domain's label.
Invented names throughout."""
from __future__ import annotations

from pathlib import Path

from tests.test_profile_draft import drafted


def _mails(company: str, domain: str):
    rep = ("Odile Marsh", f"omarsh@{domain}")
    buyer = ("Ansel Crewe", "acrewe@tarrowcounty.gov")
    sig = f"\n\nOdile Marsh\nAccount Manager | {company}\nc 555-0199\n"
    return [
        (rep, [buyer], "Quote", "Ansel,\n\nAttached is the quote for the reagent kits, $4,200 for the lot." + sig),
        (buyer, [rep], "RE: Quote", "Odile, thx, PO to follow.\n\nAnsel Crewe\nBuyer, Tarrow County Health Department\n"),
        (rep, [buyer], "Shipping", "Ansel,\n\nThe kits ship Monday; we can also send a demo reader." + sig),
        (buyer, [rep], "RE: Shipping", "Great.\n\nAnsel Crewe\nBuyer, Tarrow County Health Department\n"),
    ]


def test_a_trade_named_company_on_a_clipped_domain_is_named_by_its_signature(tmp_path: Path):
    for i, (company, domain) in enumerate([("Pellwick Diagnostics", "pellwickdx.com"),
                                           ("Ormsby Therapeutics", "ormsbytx.com"),
                                           ("Larchfield Biosciences", "larchbio.com")]):
        f = drafted(tmp_path / str(i), _mails(company, domain))
        orgs = {o["name"] for o in f["organizations"]["organizations"]}
        assert company in orgs, (company, orgs)
