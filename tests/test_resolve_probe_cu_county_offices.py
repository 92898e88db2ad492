"""A county (or a city) and an office of its government named after it are two bodies: "Brackwater County" and
"Brackwater County Office of Emergency Services" (or "... Information Technology Department") are not one
organisation under a short name, as a county and its police department are not (probe CU)."""
from __future__ import annotations

import pytest

from giftgraph.nlp.profile import Profile
from giftgraph.nlp.resolve import Resolver


@pytest.mark.parametrize("office", ["Brackwater County Office of Emergency Services",
                                    "Brackwater County Information Technology Department",
                                    "City of Ellery Department of Public Works"])
def test_a_county_and_its_office_are_two_organisations(office):
    res = Resolver(Profile.load("ring_lapd"))
    place = " ".join(office.split()[:2]) if office.startswith("Brackwater") else "City of Ellery"
    known = res.add_org(office)
    assert res.add_org(place) != known
    res = Resolver(Profile.load("ring_lapd"))
    known = res.add_org(place)
    assert res.add_org(office) != known


def test_a_county_and_a_longer_name_of_it_are_still_one():
    res = Resolver(Profile.load("ring_lapd"))
    known = res.add_org("Brackwater County Fair Association")
    assert res.add_org("Brackwater County Fair") == known
