"""Wording found by probe CE (a less-lethal devices vendor and a transit police department, an OCR'd Outlook printout):
hospitality offered in the ordinary ways English offers it, with no word that it is free. "... if you want them" in the
offer's own sentence is its courtesy (as "Want them?" after it is), not a condition; seats that "have your name on them"
are kept back for the reader; "I'd be glad to pass two along to you" hands them on; passes to a show or a festival are
hospitality as its tickets are (not a conference's passes, a registration; not "I'll have to pass"). Every message is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import gifts_read, vendor_thread


@pytest.mark.parametrize("offer", [
    "I've got two tickets for the Friday match if you want them.",
    "There are two seats for the Friday concert if you'd like them.",
    "Our box at the ballpark is open on Friday, and two seats in it have your name on them.",
    "We have tickets for the harbor fireworks cruise, and I'd be glad to pass two along to you.",
    "I have two VIP passes to the Riverside blues festival. Want them?",
])
def test_hospitality_offered_without_a_word_of_free_is_a_gift_once_taken(offer):
    assert gifts_read(*vendor_thread(offer, "Yes please, we'd love to go. Thank you!")) == [("v1", "o1", None)]


def test_the_courtesy_and_a_price_a_seat_make_the_value():
    offer = "I have two seats for the Friday match if you want them. They run $140 apiece."
    assert gifts_read(*vendor_thread(offer, "Yes please!")) == [("v1", "o1", 280.0)]


@pytest.mark.parametrize("offer,reply", [
    ("I have two passes to the trade expo in May. Want them?", "Yes please!"),  # a registration, sold as often as given
    ("I have two tickets for the Friday match if you need a receipt for them.", "Yes please!"),  # no wanting of them
    ("Thanks for thinking of us, but I'll have to pass.", "Understood."),
])
def test_no_gift_without_hospitality_offered(offer, reply):
    assert gifts_read(*vendor_thread(offer, reply)) == []


@pytest.mark.parametrize("offer", [
    "Will you be at the Coastal Fire Prevention Summit in June? We have two spare passes in our exhibitor block and I'd "
    "love for you to have one.",
    # (the summit named further back: passes to no show, game or festival named near them)
    "Will you be at the Coastal Fire Prevention Summit? It runs June 3-5 in Mobile. We have two spare passes in our "
    "exhibitor block and I'd love for you to have one.",
])
def test_passes_offered_near_no_show_or_game_are_no_hospitality(offer):
    assert gifts_read(*vendor_thread(offer, "Yes please, thank you!")) == []
