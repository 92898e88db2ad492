"""Arguing for a vendor before others, others choosing it on the writer's word, leave to print a testimonial with the
writer's name, and colleagues urged to do their work with the thing. Every sentence is invented for these tests (the
small world of ``test_relations.py``: the vendor Acme Cams, its Porch Cam, Yard Light Cam and Relay Chime)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations_promoted_use import promoted  # noqa: E402


@pytest.mark.model
@pytest.mark.parametrize("body,target", [
    ("I made the case for the Relay Chime at the county chiefs' luncheon.", "p_chime"),
    ("Went to bat for Acme with the finance committee again today.", "org_v"),
    ("I spoke in favour of the Yard Light Cam when the budget panel met.", "p_flood"),
    ("Harlow PD signed with Acme on my recommendation.", "org_v"),
    ("If you need a camera for the lot, look no further than the Yard Light Cam.", "p_flood"),
])
def test_arguing_for_it_or_others_choosing_it_on_my_word_is_an_endorsement(parser, body, target):
    assert promoted(parser, body) == [("o1", target)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Sergeant Pike made the case for the Relay Chime, but the board passed.",
    "She went to bat for Acme with the chief.",
    "Dana put in a good word for Acme with the chief.",
    "Nobody spoke in favour of the Porch Cam at the hearing.",
    "The council bought the Porch Cams on the chief's recommendation, not mine.",
])
def test_someone_else_arguing_or_no_one_is_no_endorsement(parser, body):
    assert promoted(parser, body) == []


@pytest.mark.model
def test_colleagues_urged_to_do_their_work_with_it(parser):
    body = ("The Yard Light Cam has changed how we run night patrols. "
            "I'd encourage every sergeant to plan their beats with it.")
    assert promoted(parser, body) == [("o1", "p_flood")]


@pytest.mark.model
def test_a_quote_given_leave_to_print_with_my_name(parser):
    body = 'Feel free to print this with my name: "Acme Cams answered every call we made, day or night, for two years."'
    assert promoted(parser, body) == [("o1", "org_v")]


@pytest.mark.model
def test_a_quote_whose_lead_in_refuses_it(parser):
    body = 'Please do not print my name with it: "Acme Cams answered every call we made, day or night, for two years."'
    assert promoted(parser, body) == []
