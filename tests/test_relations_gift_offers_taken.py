"""GIFT: offers taken up in ways the earlier rules missed. A choice offered ("which would you prefer, a X or a
Y?") and the one picked ("Y pls"), things lent and then let go ("the X we loaned you: keep it"), the vendor
named as who pays ("four X, on Acme"), and thanks that accept ("That's very kind."). Each with a near case it
leaves alone. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, msg, run, vendor_thread
from test_relations import gift_triples as gifts


def thread(*bodies):
    """Vera writes first, Otto answers, and so on: one message a day."""
    return vendor_thread(*bodies, subject="Signups")


def test_the_thing_picked_from_a_choice_is_the_gift():
    ms = thread("As a thank-you for the signups, which would you prefer: a Porch Cam or a Yard Light Cam?",
                "Yard Light Cam pls, our side gate is dark.", "Great, it goes out Thursday.")
    assert gifts(run(ms)[1]) == [("v1", "o1", 249.0)]


def test_things_offered_together_stay_together_when_one_is_named():
    ms = thread("We'd like to give you a free Porch Cam and a free Yard Light Cam.",
                "The Porch Cam please, we have enough lights.")
    assert gifts(run(ms)[1]) == [("v1", "o1", 448.0)]


def test_naming_the_offered_thing_with_please_accepts_it():
    ms = thread("Would you like a free Porch Cam for the front office?", "The Porch Cam please!")
    assert gifts(run(ms)[1]) == [("v1", "o1", 199.0)]


@pytest.mark.parametrize("body", [
    "The Porch Cam we loaned you for the stakeout: hang on to it, consider it a gift.",
    "About the Porch Cam we lent you in March: please keep it, it's yours.",
])
def test_a_loan_let_go_in_the_same_sentence_is_a_gift(body):
    assert gifts(run(thread(body, "Thank you very much."))[1]) == [("v1", "o1", 199.0)]


@pytest.mark.parametrize("body", [
    "We lent you the Porch Cam for the stakeout; please return it when you're done.",
    "The loaner Porch Cam is free for the first month, then please send it back.",
])
def test_a_loan_still_to_be_returned_is_no_gift(body):
    assert gifts(run(thread(body, "Thanks, will do."))[1]) == []


@pytest.mark.parametrize("body, value", [
    ("A little something for your squad: two Yard Light Cams, on Acme.", 498.0),
    ("Two Porch Cams for the block party - all on Acme's dime.", 398.0),
])
def test_the_vendor_named_as_who_pays_states_the_terms(body, value):
    got = gifts(run(thread(body, "Wow, thank you."))[1])
    assert [v for _, _, v in got] == [value]


@pytest.mark.parametrize("body", [
    "We're on Acme now, and the Porch Cam works fine.",
    "You can read the Porch Cam reviews on Acme.",
])
def test_the_vendor_after_on_that_pays_for_nothing_is_no_gift(body):
    assert gifts(run(thread(body, "Good to know."))[1]) == []


def test_calling_an_offer_very_kind_accepts_it():
    ms = thread("For all your help with the open house, I'd like to send you a Yard Light Cam as a thank-you.",
                "That's very kind.")
    assert gifts(run(ms)[1]) == [("v1", "o1", 249.0)]


def test_very_kind_but_no_declines():
    ms = thread("I'd like to send you a Yard Light Cam as a thank-you.", "Very kind, but I can't accept gifts.")
    assert gifts(run(ms)[1]) == []


@pytest.mark.parametrize("body, value", [
    ("Great month: two more cities signed on, so you've got $1,000 in referral credits.", 1000.0),
    ("Your $400 referral bonus is on its way.", 400.0),
])
def test_a_referral_credit_earned_is_a_gift_of_its_amount(body, value):
    assert gifts(run(thread(body, "Thanks!"))[1]) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "Our partner program pays a $400 referral credit for each agency that signs.",
    "If one more city signs on, you'd earn a $400 referral credit.",
])
def test_a_referral_credit_described_or_promised_on_a_condition_is_no_gift(body):
    assert gifts(run(thread(body, "Interesting."))[1]) == []


def test_a_pick_said_as_a_wish_takes_the_one_named():
    ms = thread("Which would you like as a thank-you, a Porch Cam or a Yard Light Cam?",
                "The Porch Cam would be great!", "Done, it ships Monday.")
    assert gifts(run(ms)[1]) == [("v1", "o1", 199.0)]


def asked_then_answered(question, answer):
    """Otto asks, Vera answers."""
    return [msg(OTTO, [VERA], "Dinner", question + "\n\nOtto", day=1),
            msg(VERA, [OTTO], "RE: Dinner", answer + VENDOR_SIG, day=2)]


@pytest.mark.parametrize("answer", [
    "Not a thing. Your half came to about $85, and the company was worth it.",
    "You don't owe me anything. Your share was $85.",
    "Don't worry about it, it's on me. It came to about $85 a head.",
])
def test_owing_nothing_for_what_was_had_is_a_gift_of_its_amount(answer):
    ms = asked_then_answered("Good seeing you at the steakhouse. What do I owe you for my share?", answer)
    assert gifts(run(ms)[1]) == [("v1", "o1", 85.0)]


@pytest.mark.parametrize("answer", [
    "Don't worry about it, I'll invoice the department for the $85.",
    "Nothing at all: the city's card already covered it.",
])
def test_owing_nothing_because_someone_pays_is_no_gift(answer):
    ms = asked_then_answered("Good seeing you at the steakhouse. What do I owe you for my share?", answer)
    assert gifts(run(ms)[1]) == []
