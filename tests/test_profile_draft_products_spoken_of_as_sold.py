"""A name the release speaks of as a thing sold: a discount off it ("15% off the Harrowby Scout"), time of it sold or
given ("a free year of Harrowby Scout"), a trial of it ("a ninety-day pilot of Harrowby Scout"). Each is one piece of
evidence; two make a product. A court's trial of a case ("the Lathrop trial") is none."""
from __future__ import annotations

from tests.test_profile_draft import drafted

SIG = "Odile Ferraby\nAccount Manager\nTrenmoor Analytics Inc.\noferraby@trenmoor.com\n"
AGENCY = "Lt. Casimir Royle\nRecords Division\nWhitlow Police Department\ncroyle@whitlowpd.org\n"
V = ("Odile Ferraby", "oferraby@trenmoor.com")
A = ("Casimir Royle", "croyle@whitlowpd.org")

MAILS = [
    (V, [A], "Pilot",
     "Lieutenant,\n\nWe would like to set up a ninety-day pilot of Harrowby Scout for the records team.\n\n" + SIG),
    (A, [V], "RE: Pilot", "Odile,\n\nSounds good. The Lathrop trial ends Friday, so next week works.\n\n" + AGENCY),
    (V, [A], "Spring offer",
     "Lieutenant,\n\nAny agency can take 15% off the Harrowby Scout until June. After the pilot we can add a free\n"
     "year of Harrowby Scout for the second precinct.\n\n" + SIG),
    (A, [V], "RE: Spring offer", "Odile,\n\nNoted. The Lathrop trial took longer than we hoped.\n\n" + AGENCY),
]


def test_a_discount_a_year_of_and_a_pilot_of_a_name_make_it_a_product(tmp_path):
    names = {p["name"] for p in drafted(tmp_path, MAILS)["products"]["products"]}
    assert "Harrowby Scout" in names
    assert "Lathrop" not in names
