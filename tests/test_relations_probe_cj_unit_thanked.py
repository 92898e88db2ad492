"""A unit named as what a gift thanks ("a little something for the squad's support", "for the team's hard work") in a
sentence that gives the thing "for you" is the reason for the gift, not its recipient: the reader gets it. Found by
probe CJ (a fleece and a tumbler for a council aide read as his district's). Every message is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "I'm also sending over an Acme rain jacket and a travel mug for you, a small thank-you for the division's support "
    "of the bike safety week.",
    "I'm also sending over an Acme rain jacket and a travel mug for you, a little something for the squad's hard work "
    "on the pilot.",
])
def test_unit_thanked_for_is_not_who_gets_it(body):
    offer = msg(VERA, [OTTO], "Jacket", "Otto,\n\n" + body + VENDOR_SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Jacket", "Vera,\n\nThanks for the jacket, it's already in use.\n\nOtto", day=2)
    assert [g[:2] for g in gifts_read(offer, yes)] == [("v1", "o1")]


def test_a_gift_for_the_unit_thanked_is_still_the_units():
    body = ("I'm also sending over an Acme rain jacket and a travel mug for the division, a small thank-you for the "
            "division's support of the bike safety week.")
    offer = msg(VERA, [OTTO], "Jacket", "Otto,\n\n" + body + VENDOR_SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Jacket", "Vera,\n\nThanks, they arrived today.\n\nOtto", day=2)
    assert [g[:2] for g in gifts_read(offer, yes)] == [("v1", "d1")]
