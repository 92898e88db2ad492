"""A European vendor signs with its country's legal form ("Kievit Verlichting B.V.", "Strandläufer Optik GmbH",
"Mouette Systèmes S.A.S."): the form is no word of the name, and a signature line ending in it names an organisation
as "Inc." does. Its US office writes from a second domain and signs with the name alone ("Kievit Verlichting"):
one company, so both domains are the vendor's. Every name here is invented for this test."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

from giftgraph.nlp.names import LEGAL_FORM


@pytest.mark.parametrize("printed,name", [
    ("Kievit Verlichting B.V.", "Kievit Verlichting"),
    ("Kievit Verlichting BV", "Kievit Verlichting"),
    ("Harsel Logistiek N.V.", "Harsel Logistiek"),
    ("Mouette Systèmes S.A.S.", "Mouette Systèmes"),
    ("Tordalen Maskin AS", "Tordalen Maskin"),
    ("Valkki Sensors Oy", "Valkki Sensors"),
    ("Grauwald Optik AG", "Grauwald Optik"),
    ("Pescara Lumi S.r.l.", "Pescara Lumi"),
])
def test_european_legal_forms_are_not_name_words(printed, name):
    assert LEGAL_FORM.sub("", printed) == name


def test_a_name_ending_in_a_word_like_a_form_keeps_it():
    assert LEGAL_FORM.sub("", "Brannock Plaza") == "Brannock Plaza"
    assert LEGAL_FORM.sub("", "Tarn Valley Bass") == "Tarn Valley Bass"


SELLER = ("Wietske Hoornbeek", "w.hoornbeek@kievit.nl")
SIG = "\n\nKind regards,\nWietske Hoornbeek\nExport Manager | Kievit Verlichting B.V.\nKeizersgracht-oost 12, Utrecht\n"
US = ("Ruud Damsteeg", "ruud.damsteeg@kievitverlichting.com")
USIG = "\n\nKind regards,\nRuud Damsteeg\nAccount Lead US | Kievit Verlichting\n"
BUYER = ("Nadia Ostrander", "nostrander@brackenridge-oh.gov")
BSIG = "\n\nNadia Ostrander\nStreet Lighting Supervisor\nBrackenridge Department of Transportation\n"
CLERK = ("Omar Lindqvist", "olindqvist@brackenridge-oh.gov")
CSIG = "\n\nOmar Lindqvist\nPurchasing Agent\nBrackenridge Department of Transportation\n"

MAILS = [
    (SELLER, [BUYER], "LED retrofit", "Dear Ms. Ostrander,\n\nHereby the quote for the Lantaarn LED heads, USD 420 each." + SIG),
    (BUYER, [SELLER], "RE: LED retrofit", "Ms. Hoornbeek,\n\nThanks, we will review the quote." + BSIG),
    (SELLER, [BUYER, CLERK], "Sample", "Dear Nadia, dear Omar,\n\nNext week we send one Lantaarn head as a sample." + SIG),
    (CLERK, [SELLER], "RE: Sample", "Wietske,\n\nReceived, thank you." + CSIG),
    (US, [BUYER], "Installation", "Hello Nadia,\n\nI can come to the yard on Tuesday for the installation." + USIG),
    (BUYER, [US], "RE: Installation", "Ruud,\n\nTuesday works." + BSIG),
    (US, [CLERK], "Invoice", "Hello Omar,\n\nThe invoice for the Lantaarn heads is attached." + USIG),
    (SELLER, [BUYER], "Price list", "Dear Nadia,\n\nHereby our new price list; we offer 5% discount on orders "
     "above 100 heads." + SIG),
    (US, [BUYER], "Pilot", "Hello Nadia,\n\nFor the pilot we ship ten heads on Monday, the warranty is five years."
     + USIG),
    (BUYER, [US, CLERK], "RE: Pilot", "Ruud,\n\nSounds good. Omar will raise the purchase order." + BSIG),
]


def test_the_vendors_second_domain_signing_its_name_without_the_form_is_the_vendors(tmp_path: Path):
    f = drafted(tmp_path, MAILS)
    assert f["profile"]["vendor"] == "Kievit Verlichting"
    domains = f["domains"]["domains"]
    assert domains["kievit.nl"]["role"] == "vendor_employee"
    assert domains["kievitverlichting.com"]["role"] == "vendor_employee"
