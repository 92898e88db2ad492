"""GIFT rules found by probe AL (a British vendor's idioms, an officer's colleagues as a group, a meal said free with no
price, a reward shipped after a code's uses, a product's name made of cue words, a part fitted to the things given,
things brought to show). Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, FakeIndex, _node, of_type, run
from test_relations import vendor_thread as thread


def gifts(messages, index=None):
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(run(messages, index)[1], "GIFT"))


# -- "keep them as long as you like": a time, not a condition ------------------------------------------------------
@pytest.mark.parametrize("terms", ["keep them as long as you like", "hang on to them for as long as you need them",
                                   "keep them as long as you'd like"])
def test_as_long_as_of_time_is_no_condition(terms):
    assert gifts(thread(f"Two Porch Cams are yours, free of charge - {terms}.", "Brilliant, thank you!")) == \
        [("v1", "o1", 398.0)]


def test_as_long_as_of_a_condition_still_waits():
    assert gifts(thread("Two Porch Cams are free as long as your board signs the two-year contract.",
                        "Thanks, I'll ask them.")) == []


# -- "consider them a thank-you" (the tokenizer cuts "thank-you" in three) -------------------------------------------
@pytest.mark.parametrize("said", ["The four Porch Cams we mounted at the precinct: please consider them a thank-you from "
                                  "everyone here.", "Please count the four Porch Cams as a thank you from our team."])
def test_please_consider_them_a_thank_you_hands_them_over(said):
    assert gifts(thread(said, "Very generous, thank you.")) != []


def test_please_consider_a_proposal_still_asks():
    assert gifts(thread("Please consider our proposal for four Porch Cams at the precinct.", "Will do.")) == []


# -- the reader's colleagues named as a group in speech: the reader's unit ----------------------------------------
@pytest.mark.parametrize("said", ["We'll sort your lot out with a pair of Porch Cams, on the house.",
                                  "Happy to throw in two Porch Cams for the lads on the night shift, no charge."])
def test_your_lot_and_the_lads_are_the_readers_unit(said):
    assert gifts(thread(said, "Cheers, much appreciated.")) == [("v1", "d1", 398.0)]


# -- a meal said paid for, no price given: a gift of no stated worth ------------------------------------------------
@pytest.mark.parametrize("said", ["Supper after the walkthrough is on us, naturally.", "Breakfast on Thursday is our treat."])
def test_a_meal_said_on_us_without_a_price_is_a_gift(said):
    assert gifts(thread(said, "Sounds good, see you then.")) == [("v1", "o1", None)]


def test_a_meal_nobody_pays_for_is_none():
    assert gifts(thread("Want to grab supper after the walkthrough?", "Sounds good.")) == []


# -- a product whose name holds a cue word ("Tally": a recap's word) --------------------------------------------------
def test_a_cue_word_inside_a_products_name_is_no_cue():
    tally = _node("p_tally", "product", "Tally Pad", [], unit_price_usd=310)
    index = FakeIndex({**NODES, "p_tally": tally})
    assert gifts(thread("We'll send your team a couple of Tally Pads, no charge.", "Thank you!"), index) == \
        [("v1", "d1", 620.0)]


# -- a reward shipped in the note that reports the code's uses ---------------------------------------------------
def test_a_shipment_after_agencies_signed_with_the_readers_code_is_a_reward():
    body = ("Great news: the Dunmore and Keel sheriffs both registered using your code. Two Porch Cams are on their "
            "way to you now, one for each.")
    assert gifts(thread(body, "They came this morning. Thanks!")) == [("v1", "o1", 398.0)]


def test_a_shipment_beside_a_question_about_the_code_is_no_reward():
    body = "Did anyone order with your code last month? Two Porch Cams are on their way to you, invoice to follow."
    assert gifts(thread(body, "Got them.")) == []


# -- a product fitted to the things given is part of them, no item --------------------------------------------------
def test_a_product_fitted_to_the_units_is_no_second_gift():
    offer = ("We'll sort your team out with two Porch Cams, on us.\n\nSam will get both units out to you with the Relay "
             "Chime already paired, should be with you by Friday.")
    assert gifts(thread(offer, "Wow, thank you, a huge help.")) == [("v1", "d1", 398.0)]


# -- things brought to show and taken back are not the gift --------------------------------------------------------
def test_demo_units_taken_back_leave_the_gift():
    training = _node("p_course", "product", "Porch Cam Training Day", [], unit_price_usd=1500)
    index = FakeIndex({**NODES, "p_course": training})
    offer = "We'd love to run a Porch Cam Training Day for your officers.\n\nThe training day is our treat, no charge."
    bring = "Brilliant. I'll bring ten demo units along, they go back with me at the end of the day."
    assert gifts(thread(offer, "That's generous, we accept.", bring), index) == [("v1", "o1", 1500.0)]


def test_the_gift_itself_taken_back_is_no_gift():
    offer = "Two Porch Cams for the station, on us."
    assert gifts(thread(offer, "Thanks!", "Sorry, the two cams have to come back to us next week.")) == []
