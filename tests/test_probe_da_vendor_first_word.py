"""The vendor called by the first word of its name ("the Merel app", "Merel paid the fee" for Merel Rideshare) is the
company, not a product of its own: the draft lists no product "Merel", whatever price is written near the word.
Its real products ("Merel Glide", the "Tocht" bike) are still drafted. Every name here is invented for this test."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

SELLER = ("Annika Veldhuis", "a.veldhuis@merel.nl")
SIG = "\n\nKind regards,\nAnnika Veldhuis\nSales Manager | Merel Rideshare B.V.\n"
BUYER = ("Colm Reddy", "creddy@tarrantvale-tx.gov")
BSIG = "\n\nColm Reddy\nMobility Coordinator\nTarrant Vale Department of Transportation\n"
CLERK = ("Ines Mbeki", "imbeki@tarrantvale-tx.gov")
CSIG = "\n\nInes Mbeki\nPurchasing Agent\nTarrant Vale Department of Transportation\n"

MAILS = [
    (SELLER, [BUYER], "Quote", "Dear Colm,\n\nHereby our quote: 40 Tocht bikes at $1,150 each, and the Merel app "
     "for riders at no cost." + SIG),
    (BUYER, [SELLER], "RE: Quote", "Annika,\n\nThanks, we will review the quote and the Merel app." + BSIG),
    (SELLER, [BUYER, CLERK], "Demo", "Dear Colm, dear Ines,\n\nNext week we bring two Tocht bikes for a demo; download "
     "the Merel app before, please. The order form is attached." + SIG),
    (CLERK, [SELLER], "RE: Demo", "Annika,\n\nThe demo works for us. I installed the Merel app." + CSIG),
    (SELLER, [BUYER], "Price", "Dear Colm,\n\nThe price of the Merel Glide scooter is $890; the Merel app stays free "
     "for your riders. We offer 5% discount on orders above 50." + SIG),
    (BUYER, [SELLER, CLERK], "RE: Price", "Annika,\n\nGood. Ines will send the purchase order for 12 Merel Glide "
     "scooters." + BSIG),
]


def test_the_vendors_first_word_is_no_product(tmp_path: Path):
    f = drafted(tmp_path, MAILS)
    assert f["profile"]["vendor"] == "Merel Rideshare"
    names = {p["name"] for p in f["products"]["products"]}
    forms = names | {a for p in f["products"]["products"] for a in p.get("aliases", [])}
    assert "Merel" not in names and "Merel app" not in forms
    assert "Tocht" in names
