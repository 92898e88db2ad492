"""A municipal fire service that a company sells to is the buying side of a drafted profile.

Canadian, British and Australian fire services name themselves "<Place> Fire Services", "<Place> Fire & Rescue
Service" or "<Place> Fire Rescue", on a city's shared domain with no ".gov" (a ".ca" address), the city's own line
("City of <Place>", "Town of <Place>") beside it; and a Quebec company writes its legal form in lower case
("Lumeroc Instruments inc."). Invented release: every name, domain and product here exists nowhere."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # test_profile_draft.py's release writer (importlib mode)
from test_profile_draft import write_release

from giftgraph.ingest import read_paths
from giftgraph.nlp.draft_profile import draft_profile


def drafted(tmp_path: Path, mails) -> dict:
    folder = write_release(tmp_path / "mail", mails, month="Feb 2026", offset="-0400")
    res = read_paths([folder], timezone="America/Halifax", log=lambda s: None)
    return draft_profile(res.messages).files

SELLER_SIG = "{first} {last}\n{title}\nBriselame Instruments inc.\nT 450-555-01{n:02d} | {email}\n"
CITY_SIG = "{rank} {first} {last}\n{unit}\nHalden Cove Fire & Rescue Service | Town of Halden Cove\n{email}\n"

MAILS = [
    (("Sylvie Marchand", "smarchand@briselame.ca"), [("Owen Pryce", "owen.pryce@haldencove.ca")],
     "Quote - Flarescan X2",
     "Hi Owen,\n\nAs discussed, the Flarescan X2 gas detector is $2,150 + HST each, and we can loan you a demo unit "
     "for a two-week trial.\n\nMerci,\nSylvie\n\n"
     + SELLER_SIG.format(first="Sylvie", last="Marchand", title="Account Manager - Atlantic", n=11,
                         email="smarchand@briselame.ca")),
    (("Owen Pryce", "owen.pryce@haldencove.ca"), [("Sylvie Marchand", "smarchand@briselame.ca")],
     "RE: Quote - Flarescan X2",
     "Sylvie,\n\nThanks - please send the demo to Station 2.\n\nOwen\n\n"
     + CITY_SIG.format(rank="Captain", first="Owen", last="Pryce", unit="Station 2", email="owen.pryce@haldencove.ca")),
    (("Sylvie Marchand", "smarchand@briselame.ca"), [("Owen Pryce", "owen.pryce@haldencove.ca")],
     "RE: Quote - Flarescan X2",
     "Owen,\n\nThe demo ships Monday. I can also offer 10% off an order of four before March.\n\nSylvie\n\n"
     + SELLER_SIG.format(first="Sylvie", last="Marchand", title="Account Manager - Atlantic", n=11,
                         email="smarchand@briselame.ca")),
    (("Ada Kerrigan", "ada.kerrigan@haldencove.ca"), [("Sylvie Marchand", "smarchand@briselame.ca")],
     "Purchase order",
     "Good morning,\n\nPlease find our purchase order for four Flarescan X2 detectors.\n\nRegards,\n"
     "Ada Kerrigan\nPurchasing Coordinator\nHalden Cove Fire & Rescue Service | Town of Halden Cove\n"
     "ada.kerrigan@haldencove.ca\n"),
]


def test_a_towns_fire_service_is_the_agency_and_its_seller_the_vendor(tmp_path):
    f = drafted(tmp_path, MAILS)
    p = f["profile"]
    assert p["agency"] == "Halden Cove Fire & Rescue Service"
    assert p["vendor"] and p["vendor"].startswith("Briselame Instruments")
    roles = {d: e["role"] for d, e in f["domains"]["domains"].items()}
    assert roles == {"haldencove.ca": "officer", "briselame.ca": "vendor_employee"}


def test_a_signature_reads_on_past_a_lower_case_legal_form():
    from giftgraph.nlp.signature import own_text_end, split_signature
    body = ("Bonjour,\n\nThe loaner goes out Friday.\n\nMerci,\nRémi\n\nRémi Dubeau\nRegional Sales Manager\n"
            "Pellerin Détection ltée.\nT 514-555-0190 | rdubeau@pellerin-detection.ca\n")
    lines = [l.text for l in split_signature(body, own_text_end(body)).lines]
    assert "Regional Sales Manager" in lines and "Pellerin Détection ltée." in lines
