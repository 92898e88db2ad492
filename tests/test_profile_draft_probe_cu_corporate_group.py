"""A vendor whose parent company writes from a domain of its own: "Halvard Signal Systems Pvt. Ltd." (the parent, in
Chennai) beside "Halvard Signal Systems USA Inc." (the subsidiary that sells): one corporate group, so the parent's
people are the vendor's staff, and "Pvt. Ltd." is one legal form, not a name word."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

from giftgraph.nlp.names import LEGAL_FORM

SELLER = ("Corin Maddox", "cmaddox@halvard-us.com")
SIG = "\n\nCorin Maddox\nAccount Executive\nHalvard Signal Systems USA Inc.\n"
PARENT = ("Vikram Raghunathan", "vikram.r@halvardsignal.in")
PSIG = "\n\nRegards,\nVikram Raghunathan\nChief Operating Officer\nHalvard Signal Systems Pvt. Ltd.\nChennai 600042\n"
BUYER = ("Priya Okafor", "pokafor@tamworthharbour.gov")
BSIG = "\n\nPriya Okafor\nDeputy Harbourmaster\nTamworth Harbour Commission\n"
CLERK = ("Anselm Crowe", "acrowe@tamworthharbour.gov")
CSIG = "\n\nAnselm Crowe\nMoorings Clerk\nTamworth Harbour Commission\n"

MAILS = [
    (SELLER, [BUYER], "Buoy sensors", "Priya,\n\nThe quote for the Tidemark buoy sensors is attached: $1,450 each." + SIG),
    (BUYER, [SELLER], "RE: Buoy sensors", "Corin,\n\nThanks, we will review the quote." + BSIG),
    (SELLER, [BUYER, CLERK], "Demo", "Priya, Anselm,\n\nWe can demo the Tidemark sensors on Tuesday, and we'll "
     "ship a trial unit at no cost." + SIG),
    (CLERK, [SELLER], "RE: Demo", "Corin,\n\nTuesday works for us." + CSIG),
    (PARENT, [BUYER], "Greetings", "Dear Ms. Okafor,\n\nWarm greetings from Chennai. Our team looks forward to "
     "meeting you at the harbour next month." + PSIG),
    (BUYER, [PARENT], "RE: Greetings", "Mr. Raghunathan,\n\nLikewise, see you then." + BSIG),
]


def test_pvt_ltd_is_one_legal_form():
    assert LEGAL_FORM.sub("", "Halvard Signal Systems Pvt. Ltd.") == "Halvard Signal Systems"
    assert LEGAL_FORM.sub("", "Brannock Tools Pte Ltd") == "Brannock Tools"
    assert LEGAL_FORM.sub("", "Yarrow Analytics Private Limited") == "Yarrow Analytics"


def test_the_parent_company_of_the_vendor_is_the_vendor_side(tmp_path: Path):
    f = drafted(tmp_path, MAILS)
    assert f["profile"]["vendor"] == "Halvard Signal Systems USA"
    domains = f["domains"]["domains"]
    assert domains["halvard-us.com"]["role"] == "vendor_employee"
    assert domains["halvardsignal.in"]["role"] == "vendor_employee"
    assert domains["halvardsignal.in"]["organization"] == "Halvard Signal Systems"


def test_another_company_is_not_the_vendors_group(tmp_path: Path):
    other = ("Lena Brandt", "lbrandt@kesselworks.com")
    mails = MAILS[:4] + [(other, [BUYER], "Dock cranes", "Priya,\n\nOur crane inspection is booked for May.\n\n"
                                                       "Lena Brandt\nKesselworks Systems USA Inc.\n"),
                         (other, [BUYER], "RE: Dock cranes", "Priya,\n\nConfirmed.\n\nLena Brandt\nKesselworks Systems USA Inc.\n")]
    f = drafted(tmp_path, mails)
    assert f["domains"]["domains"].get("kesselworks.com", {}).get("role", "other") == "other"
