"""Who a gift is for, found by probe CJ: "for the two of you" written to one reader whose spouse or guest the mail
invites is the reader (with a companion), not the reader's unit; "the three of you" written to two people and copied
to a third is those three people, not their unit. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OLGA, OTTO, SID, VENDOR_SIG, VERA, gifts_read, msg


def test_two_of_you_with_a_spouse_invited_is_the_reader():
    offer = msg(VERA, [OTTO], "Harbor summit", "Otto,\n\nWe'd love to bring you to the Harbor summit in May, and your "
                "wife is welcome to come along. Flights and the hotel come to about $1,800 for the two of you, all on "
                "Acme." + VENDOR_SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Harbor summit", "Vera,\n\nThat's very kind, we accept.\n\nOtto", day=2)
    assert gifts_read(offer, yes) == [("v1", "o1", 1800.0)]


def test_two_of_you_without_a_companion_is_still_the_unit():
    offer = msg(VERA, [OTTO], "Lunch", "Otto,\n\nLunch Friday is on Acme for the two of you. Figure about $25 a head."
                + VENDOR_SIG, day=1)
    yes = msg(OTTO, [VERA], "RE: Lunch", "Vera,\n\nThanks, we'll be there.\n\nOtto", day=2)
    assert gifts_read(offer, yes) == [("v1", "d1", 50.0)]


@pytest.mark.parametrize("reply", ["Count Olga and me in. Looking forward to it.", "Thanks, all three of us will be there."])
def test_three_of_you_counts_the_copied_reader_too(reply):
    offer = msg(VERA, [OTTO, OLGA], "Gala", "Otto, Olga, Sid,\n\nWe're putting together a table at the charity gala on "
                "the 9th, and I'd be glad to have the three of you join me. Dinner and drinks are covered by us; it runs "
                "about $150 a guest." + VENDOR_SIG, day=1, cc=[SID])
    yes = msg(OTTO, [VERA], "RE: Gala", "Vera,\n\n" + reply + "\n\nOtto", day=2, cc=[OLGA, SID])
    assert gifts_read(offer, yes) == [("v1", "o1", 150.0), ("v1", "o2", 150.0), ("v1", "s1", 150.0)]


def test_a_number_that_is_not_everyone_copied_keeps_the_addressees():
    offer = msg(VERA, [OTTO, OLGA], "Gala", "Otto, Olga,\n\nWe're putting together a table at the charity gala on "
                "the 9th, and I'd be glad to have the two of you join me. Dinner and drinks are covered by us; it runs "
                "about $150 a guest." + VENDOR_SIG, day=1, cc=[SID])
    yes = msg(OTTO, [VERA], "RE: Gala", "Vera,\n\nCount Olga and me in. Looking forward to it.\n\nOtto", day=2, cc=[OLGA])
    assert gifts_read(offer, yes) == [("v1", "o1", 150.0), ("v1", "o2", 150.0)]
