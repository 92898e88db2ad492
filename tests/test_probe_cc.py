"""Wording and furniture found by probe CC (a training-simulator vendor and a parish sheriff's office, an .xlsx Outlook
export with the vendor's newsletters and out-of-office replies): a newsletter box whose name is the company's does not
hide the company's name in signatures (its words are no person's name); an invitation's "want two?" counts what is given;
"$220 each if you bought them" is a worth, no sale and no condition; a crawfish boil or a cookout the vendor brings,
"Acme's treat", priced a head for "about 12 people"; "for you and the range staff" is the reader's unit. Every message
is invented for these tests (the small world of ``test_relations.py``, the drafted-profile world of
``test_profile_draft.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import write_release
from test_relations import gifts_read, vendor_thread

from giftgraph.ingest import read_paths
from giftgraph.nlp.draft_profile import draft_profile
from giftgraph.nlp.extract import extract

QUENBY = "quenbyrobo.com"
VSIG = "\n\nMaren Oduya\nRegional Sales\nQuenby Robotics\n(318) 555-0111"
RELEASE = [
    (("Quenby Robotics", f"news@{QUENBY}"), [("Quenby Customers", f"customers@lists.{QUENBY}")], "Quenby Dispatch | June",
     "New this month: the Quenby R40 crawler adds a night camera.\n\nFree webinar for all agencies on June 20."),
    (("Maren Oduya", f"moduya@{QUENBY}"), [("Teodor Ilic", "tilic@marrowparishso.org")], "R40 pricing",
     "Captain Ilic,\n\nThe Quenby R40 crawler is $14,200 installed.\n\nMaren" + VSIG),
    (("Teodor Ilic", "tilic@marrowparishso.org"), [("Maren Oduya", f"moduya@{QUENBY}")], "RE: R40 pricing",
     "Thanks Maren, I'll take it to the Sheriff.\n\nCapt. Teodor Ilic\nMarrow Parish Sheriff's Office"),
    (("Maren Oduya", f"moduya@{QUENBY}"), [("Teodor Ilic", "tilic@marrowparishso.org")], "demo",
     "Captain, I can bring the R40 out Thursday for a demo at the range.\n\nMaren" + VSIG),
]


def test_a_newsletter_box_named_for_its_company_does_not_hide_the_companys_name(tmp_path):
    res = read_paths([write_release(tmp_path / "mail", RELEASE)], timezone="America/Chicago", log=lambda s: None)
    draft = draft_profile(res.messages)
    assert draft.files["profile"]["vendor"] == "Quenby Robotics"
    assert draft.files["domains"]["domains"][QUENBY]["organization"] == "Quenby Robotics"
    ext = extract(res.messages, profile=draft.profile(), model="blank")
    [maren] = [n for n in ext.nodes if n.kind == "person" and n.name == "Maren Oduya"]
    [vendor] = [n for n in ext.nodes if n.kind == "organization" and n.name == "Quenby Robotics"]
    assert any(e.type == "MEMBER_OF" and e.source == maren.id and e.target == vendor.id for e in ext.edges)


@pytest.mark.parametrize("ask", ["Want two?", "Would you and a guest like the other two?"])
def test_the_count_an_invitation_asks_about_is_the_count_given(ask):
    offer = f"I've got four tickets to the Saturday game. {ask} Face value is $145 apiece."
    assert gifts_read(*vendor_thread(offer, "Yes please!")) == [("v1", "o1", 290.0)]


def test_a_price_if_the_reader_bought_them_is_their_worth():
    offer = ("We have four seats in our box for the Saturday match and only two of us going. Would you like the other "
             "two? Those seats are about $220 each if you bought them.")
    assert gifts_read(*vendor_thread(offer, "Yes please!")) == [("v1", "o1", 440.0)]


@pytest.mark.parametrize("offer", [
    "Once the upgrade is done Friday we'll bring a crawfish boil for you and the range staff. Acme's treat. Figure about "
    "12 people, about $25 a head.",
    "We'll throw a cookout for the squad after the install, Acme's treat. Plan on 12 people at $25 a head.",
])
def test_a_meal_for_a_crowd_the_vendor_brings_is_the_units_gift(offer):
    assert gifts_read(*vendor_thread(offer, "Thanks, everyone loved it!")) == [("v1", "d1", 300.0)]


def test_a_meal_only_proposed_with_no_host_is_no_gift():
    assert gifts_read(*vendor_thread("Want to grab a crawfish boil after the install?", "Sure.")) == []
