"""GIFT wording of formal corporate English, found by probe BH (an analytics-software vendor and a state police): places
in a course ("three seats in the X class"), a trip sponsored ("sponsor your attendance"), the reader's own account of
a service raised ("upgraded your X account ... at no charge"), and licences given to so many people of a unit ("to four
investigators in the Quarry Division"). Every message is invented for these tests, in wording of their own (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, FakeIndex, _node, run, vendor_thread
from test_relations import gift_triples as gifts

COURSE = _node("p_course", "product", "Cam Installer Certification", [], unit_price_usd=400)
PLAN = _node("p_plan", "product", "Cloud Vault", [], unit_price_usd=40, unit="year", device=False)
WORLD = {**NODES, COURSE.id: COURSE, PLAN.id: PLAN}


def _thread(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Spring")
    return gifts(run(mails, FakeIndex(WORLD).see(*mails))[1])


def test_places_in_a_course_are_so_many_of_it():
    assert _thread("Otto,\n\nPlease accept, with our compliments, three seats in the Cam Installer Certification class "
                   "next month.", "Accepted with thanks.") == [("v1", "o1", 1200.0)]


def test_a_trip_sponsored_for_the_reader_is_given():
    offer = ("Otto,\n\nWe would be glad to sponsor your attendance at the Harbor Safety Forum, including airfare and a "
             "night's lodging (about $640).")
    assert _thread(offer, "Thank you, I will attend.") == [("v1", "o1", 640.0)]
    # sponsoring the event itself gives the reader nothing
    assert _thread("Otto,\n\nWe are proud to sponsor the Harbor Safety Forum again this year ($640 for a booth).",
                   "Thank you, see you there.") == []


@pytest.mark.parametrize("line", [
    "I've extended your Cloud Vault plan for a year at no charge.",
    "We upgraded your Cloud Vault account to the top tier for a year, free of charge.",
])
def test_the_readers_own_account_of_a_service_raised_for_free_gives_the_service(line):
    assert _thread(f"Otto,\n\n{line}", "Much appreciated.") == [("v1", "o1", 40.0)]


def test_an_account_named_only_as_where_to_look_gives_nothing():
    assert _thread("Otto,\n\nLog in to your Cloud Vault account to see the footage; the trial is free.",
                   "Will do.") == []


def test_licences_to_so_many_people_of_a_unit_are_the_units_one_each():
    offer = ("Otto,\n\nWe are pleased to extend complimentary one-year Cloud Vault licences to four investigators in the "
             "Quarry Division, effective immediately.")
    assert _thread(offer, "Thank you, the team is grateful.") == [("v1", "d1", 160.0)]


def test_only_the_things_the_places_are_of_are_counted_by_the_people():
    offer = ("Otto,\n\nWe're sending a Porch Cam for the front desk and complimentary Cloud Vault licences for four "
             "investigators in the Quarry Division, all at no charge.")
    triples = _thread(offer, "Thank you, the team is grateful.")
    assert sum(v for _, _, v in triples) == 199.0 + 160.0
