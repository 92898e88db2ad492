"""GIFT wording met by probe Q (a printed binder of a school-safety vendor and a school district police
department), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def test_things_that_stay_with_a_unit_are_the_units():
    """"the cameras remain with your Quarry Division": the unit keeps them, so the unit receives."""
    offer = msg(VERA, [OTTO], "Pilot", "Otto, at the end of the pilot the three Porch Cams remain with your "
                "Quarry Division for good, at no cost to the department.")
    yes = msg(OTTO, [VERA], "RE: Pilot", "We accept the three Porch Cams on those terms.", day=2)
    assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", "d1", 597.0)]
    # staying with a person is still that person's
    mine = msg(VERA, [OTTO], "Pilot", "Otto, at the end of the pilot the three Porch Cams stay with you for good, "
               "at no cost to the department.")
    assert gifts(run([mine, yes], FakeIndex().see(mine, yes))[1]) == [("v1", "o1", 597.0)]


def test_a_gift_card_beside_a_device_adds_its_face_to_the_devices_price():
    """"a Relay Chime along with a $40 bookshop gift card": the card's face is one part of the gift, not its worth."""
    note = msg(VERA, [OTTO], "Thanks", "To say thanks we are posting you a Relay Chime along with a $40 bookshop "
               "gift card.")
    got = msg(OTTO, [VERA], "RE: Thanks", "Both arrived today, thank you.", day=4)
    assert gifts(run([note, got], FakeIndex().see(note, got))[1]) == [("v1", "o1", 69.0)]
    # a card alone is worth its face
    worth = msg(VERA, [OTTO], "Thanks", "To say thanks we are posting you a $40 bookshop gift card.")
    assert gifts(run([worth, got], FakeIndex().see(worth, got))[1]) == [("v1", "o1", 40.0)]


def test_an_invitation_taken_up_by_saying_one_will_attend_is_accepted():
    """"I'm pleased to attend as your guest": the yes to a paid trip, however it is worded."""
    offer = msg(VERA, [OTTO], "Expo", "Acme would like to bring you to the Harbor Safety Expo in May: we will pick up "
                "your registration and two nights at the Marlow Inn, roughly $900 in all.")
    yes = msg(OTTO, [VERA], "RE: Expo", "Cleared it with my lieutenant, and I'm pleased to attend as your guest.", day=3)
    assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", "o1", 900.0)]
    no = msg(OTTO, [VERA], "RE: Expo", "Kind of you, but I'm afraid I can't attend this year.", day=3)
    assert gifts(run([offer, no], FakeIndex().see(offer, no))[1]) == []


def test_things_priced_each_and_fully_covered_are_worth_the_count_times_the_price():
    """"the two seats, $85 each, are fully covered by Acme": a gift of two seats, $170."""
    offer = msg(VERA, [OTTO], "Luncheon", "Otto, the two seats at the awards luncheon, valued at $85 each, are fully covered "
                "by Acme.")
    yes = msg(OTTO, [VERA], "RE: Luncheon", "Thank you, the two of us will attend.", day=2)
    assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", "o1", 170.0)]
    sale = msg(VERA, [OTTO], "Luncheon", "Otto, the two seats at the awards luncheon are $85 each.")
    assert gifts(run([sale, yes], FakeIndex().see(sale, yes))[1]) == []
