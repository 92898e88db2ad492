"""Gifts and endorsements in wording found by probe BF (short threads between a duty-gear supplier and a sheriff's
office): a verb of sending with the unit as its first object, a meal named with where and when it is before "is on
me", a cost whose price follows a longer account of what it is for, and advice put as a condition and an imperative.
Every message is invented for these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run, vendor_thread
from test_relations import gift_triples as gifts
from test_relations_promoted_use import promoted


def _thread(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Next week")
    return gifts(run(mails, FakeIndex().see(*mails))[1])


@pytest.mark.parametrize("line", [
    "To thank you for the order, we're sending the Quarry Division ten Relay Chimes at no charge.",
    "We've mailed the Quarry Division ten Relay Chimes, free of charge.",
])
def test_a_verb_of_sending_with_the_unit_as_first_object_gives_to_the_unit(line):
    assert _thread(f"Otto,\n\n{line}") == [("v1", "d1", 290.0)]


def test_a_meal_named_with_its_place_and_time_then_on_me_is_hospitality():
    assert _thread("Otto, supper at the Lantern Room after Friday's briefing is on me.",
                   "Thanks Vera, count me in.") == [("v1", "o1", None)]


def test_a_cost_priced_in_brackets_after_a_longer_account_of_it_is_given():
    offer = ("Otto,\n\nWe'd like to cover your registration for the Northern Plains Safety Expo in Fargo this fall "
             "($425). Just say the word.")
    assert _thread(offer, "That's kind of you, thank you - please go ahead.") == [("v1", "o1", 425.0)]


@pytest.mark.model
@pytest.mark.parametrize("body,expected", [
    ("If you're replacing your porch light this year, get the Yard Light Cam.", [("o1", "p_flood")]),
    ("When you set up a new beat office, buy the Porch Cam first.", [("o1", "p_door")]),
    ("If you're on a tight budget, don't get the Yard Light Cam.", []),
    ("If you like, grab the Yard Light Cam from the store room.", []),
])
def test_advice_put_as_a_condition_and_an_imperative(parser, body, expected):
    assert promoted(parser, body) == expected


def test_a_cost_taken_on_names_no_product_or_vendor_and_still_anchors_its_thread():
    """A thread of the vendor's side that names no product, code or vendor is read when it takes on a cost for
    the reader ("we'll cover your registration for the spring forum"): Vera signs with her name only."""
    mails = [msg(VERA, [OTTO], "Forum", "Otto, we'll cover your registration for the spring forum ($380).\n\nVera"),
             msg(OTTO, [VERA], "RE: Forum", "Thank you, count me in.\n\nOtto", day=2)]
    assert gifts(run(mails, FakeIndex().see(*mails))[1]) == [("v1", "o1", 380.0)]
    # a cost the reader pays is still no gift
    mails = [msg(VERA, [OTTO], "Forum", "Otto, you'll need to cover your registration for the spring forum ($380).\n\nVera"),
             msg(OTTO, [VERA], "RE: Forum", "Thanks, will do.\n\nOtto", day=2)]
    assert gifts(run(mails, FakeIndex().see(*mails))[1]) == []
