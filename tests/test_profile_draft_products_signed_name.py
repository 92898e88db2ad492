"""The vendor's whole name as its people sign it ("Field Sales Lead | Pellwick Aerial") is the company they work for,
not a product called by the words after the vendor's short name; a vendor's conference named by its year ("Pellwick
Forum 2027, our customer conference") is a gathering, not a product."""
from __future__ import annotations

from pathlib import Path

from tests.test_profile_draft import drafted

SIG = "Marguerite Oyelaran\n{title} | Pellwick Aerial\nmoyelaran@pellwick.com\n"
AGENCY = "Sgt. Corbin Ashdale\nAviation Detail\nNorthfold Police Department\ncashdale@northfoldpd.org\n"
V = ("Marguerite Oyelaran", "moyelaran@pellwick.com")
A = ("Corbin Ashdale", "cashdale@northfoldpd.org")

MAILS = [
    (V, [A], "Tern X3 pricing",
     "Sergeant,\n\nThe Tern X3 drone lists at $3,900 and we can ship 2 Tern X3 drones next week.\n"
     "Pellwick Aerial has a spare Tern X3 battery for your team too.\n\n" + SIG.format(title="Field Sales Lead")),
    (A, [V], "RE: Tern X3 pricing", "Marguerite,\n\nThanks, we will think about the Tern X3.\n\n" + AGENCY),
    (V, [A], "Invitation",
     "Sergeant,\n\nI'd like to invite you to Pellwick Forum 2027, our customer conference in Tulsa. Pellwick Forum has\n"
     "the best sessions on night flying. Pellwick Aerial covers the registration.\n\n"
     + SIG.format(title="Account Executive")),
    (A, [V], "RE: Invitation", "Marguerite,\n\nI'll check the dates for the Forum with my lieutenant.\n\n" + AGENCY),
    (V, [A], "Following up",
     "Sergeant,\n\nJust checking on the Forum and on the Tern X3 quote.\n\n" + SIG.format(title="Field Sales Lead")),
]


def _names(tmp_path: Path) -> set[str]:
    return {p["name"] for p in drafted(tmp_path, MAILS)["products"]["products"]}


def test_the_vendors_signed_name_and_its_conference_are_no_products(tmp_path):
    names = _names(tmp_path)
    assert "Tern X3" in names
    assert not names & {"Aerial", "Pellwick Aerial", "Forum", "Pellwick Forum"}
