"""Wording found by probe BL (an inmate-communications vendor's grant of equipment to a county detention division): an
amount said of a gift noun ("a $4,000 safety grant") and the next sentence, opening on that noun again, saying what it
is made of ("The grant comes as ten X ..."): the things are worth the amount, and go to the unit the first sentence
named, also when the unit is named after the words of its agency's name ("for the Metro Police Quarry Division").
Every message is invented for these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _thread(*bodies):
    ms = vendor_thread(*bodies, subject="Good news")
    return gifts(run(ms, FakeIndex().see(*ms))[1])


@pytest.mark.parametrize("offer,expected", [
    ("Our board signed off on a $4,000 community safety grant for the Quarry Division. The grant takes the form of "
     "twelve Porch Cams and the mounts for them, for the lobby at 9th Street. Nothing for the city to pay.",
     [("v1", "d1", 4000.0)]),
    ("Good news: a $900 donation from Acme is headed your way. The donation is four Porch Cams for your front porch, "
     "free of charge.", [("v1", "o1", 900.0)]),
])
def test_things_a_gift_noun_is_made_of_are_worth_the_amount_said_of_it_before(offer, expected):
    assert _thread(offer, "Much appreciated, thank you.") == expected


@pytest.mark.parametrize("offer", [
    # the noun again, but the things are sold; a price list, not a grant
    "Our board signed off on a $4,000 grant for the Quarry Division. The grant pays for half; the other twelve Porch "
    "Cams are $199 each on your purchase order.",
])
def test_an_amount_named_before_things_sold_is_no_gift(offer):
    assert _thread(offer, "Thanks, I'll send the PO.") == []
