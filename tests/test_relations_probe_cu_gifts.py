"""GIFT wording met by probe CU (a vendor writing international and Indian English): an amount written with the
dollar's code ("USD 880"), "approx." after an opening bracket (no sentence end), costs a company "will bear", a
keepsake or a box of sweets given at a visit or a festival, and a performative said in the past ("It was my
pleasure to present you with ..."). Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gifts_read, vendor_thread  # noqa: E402

from giftgraph.nlp.relations.text import amounts_in_dollars, split_sentences

THANKS = "Vera,\n\nThank you, that is very kind of you."


def test_usd_before_an_amount_reads_as_dollars():
    assert amounts_in_dollars("Flights are USD 880 and the room USD420.") == "Flights are $880 and the room $420."


def test_an_abbreviation_after_a_bracket_ends_no_sentence():
    t = "The hotel is on us (approx. $300 a night). See you there."
    assert [t[s:e] for _, s, e in split_sentences(t)] == ["The hotel is on us (approx. $300 a night).", "See you there."]


def test_costs_priced_in_usd_with_approx_are_the_gifts_value():
    th = vendor_thread("Hello Otto,\n\nWe will cover your flights (approx. USD 880) and the hotel (USD 420).", THANKS)
    assert gifts_read(*th) == [("v1", "o1", 1300.0)]


def test_costs_the_company_will_bear_are_taken_on():
    th = vendor_thread("Hello Otto,\n\nOur firm will bear your airfare ($700) and three nights at the inn ($450).", THANKS)
    assert gifts_read(*th) == [("v1", "o1", 1150.0)]


def test_a_keepsake_given_is_a_gift_with_no_price():
    th = vendor_thread("Hello Otto,\n\nWe have sent a carved figurine to you as a small memento of the opening.", THANKS)
    assert gifts_read(*th) == [("v1", "o1", None)]


def test_a_box_of_sweets_for_a_festival_is_a_gift():
    th = vendor_thread("Hello Otto,\n\nFor Eid we are sending you a box of sweets as a gift.", THANKS)
    assert gifts_read(*th) == [("v1", "o1", None)]


def test_a_performative_said_in_the_past_is_done():
    th = vendor_thread("Hello Otto,\n\nIt was our pleasure to present you with a bronze statuette at the ceremony.")
    assert gifts_read(*th) == [("v1", "o1", None)]


def test_a_performative_still_to_come_is_no_gift_without_an_answer():
    th = vendor_thread("Hello Otto,\n\nIt would be our pleasure to present you with a bronze statuette at the ceremony.")
    assert gifts_read(*th) == []


def test_a_trial_named_as_what_the_thanks_are_for_lends_nothing():
    th = vendor_thread("Hello Otto,\n\nAs a token of our gratitude for your notes during the evaluation, we have sent "
                       "you a complimentary Porch Cam.")
    assert gifts_read(*th) == [("v1", "o1", 199.0)]


def test_a_thing_lent_for_the_trial_after_thanks_is_still_lent():
    th = vendor_thread("Hello Otto,\n\nThanks for joining the trial, we are lending you a Porch Cam for the trial period.")
    assert gifts_read(*th) == []
