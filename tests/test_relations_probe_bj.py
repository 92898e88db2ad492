"""Wording found by probe BJ (a school-safety app vendor and a school district's police, printed Outlook mail in a
public-records PDF). Every message is invented for these tests, in wording of their own (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, Profile, msg, run
from test_relations import gift_triples as gifts


def _from_rep(body: str, *, sign: str = "Vera") -> list:
    """Vera writes to Otto and signs with her first name only: no product, code or vendor is named in the mail."""
    m = msg(VERA, [OTTO], "Your records room", f"Otto,\n\n{body}\n\n{sign}")
    return gifts(run([m], FakeIndex().see(m))[1])


@pytest.mark.parametrize("body,expected", [
    ("I've boxed up one of the demo laptops for your records room; it should reach you Thursday. No need to ship it "
     "back afterwards, keep it. Retail on that model is around $780.", [("v1", "o1", 780.0)]),
    ("A label printer for the evidence desk went out this morning. It's yours, for good. (They retail at about $310.)",
     [("v1", "o1", 310.0)]),
])
def test_a_thing_the_rep_says_is_the_readers_to_keep_with_its_price_is_read_though_nothing_else_is_named(body, expected):
    assert _from_rep(body) == expected


@pytest.mark.parametrize("body", [
    "The demo laptop goes back to our office on Friday; the loaner fee would have been $780 but I waived it for the "
    "week. Please ship it back in the box it came in.",
    "Keep it in mind for next year's budget: the label printer lists at $310.",
])
def test_a_loan_sent_back_or_a_price_to_keep_in_mind_is_no_gift(body):
    assert _from_rep(body) == []


@pytest.mark.parametrize("body,expected", [
    # the meal said to be on the writer inside another clause, and what it came to with the tip: had already
    ("Good to catch up at the Bluebird this morning. I meant what I said about breakfast being on me; it came to $38 "
     "with the tip, so don't you dare expense it.", [("v1", "o1", 38.0)]),
    # the bill paid at the table by the writer ("I got the check"), a modal of another clause before it
    ("Nice that we could grab lunch after the walkthrough - I got the check, so don't give it a second thought.",
     [("v1", "o1", None)]),
    ("Good seeing you at the range. We grabbed the check for lunch, so nothing owed.", [("v1", "o1", None)]),
])
def test_a_meal_the_rep_says_was_on_them_and_is_over_is_a_gift(body, expected):
    assert _from_rep(body) == expected


@pytest.mark.parametrize("body", [
    "The diner got the check wrong twice, so lunch took forever. I'll send the notes tomorrow.",
    "Next time you're in town for lunch I'd be happy to pick up the check.",
])
def test_a_bill_someone_else_got_wrong_or_a_meal_still_to_come_is_no_gift(body):
    assert _from_rep(body) == []


def test_the_reader_paying_the_bill_is_no_gift_of_the_vendor():
    m = msg(OTTO, [VERA], "Lunch", "Vera,\n\nLunch was great - I got the check this time, so we're even.\n\nOtto")
    assert gifts(run([m], FakeIndex().see(m))[1]) == []


def test_goods_sent_as_thanks_for_help_during_a_trial_counted_then_priced_one_by_one():
    # "sized from the roster Dana sent us": word sent to the speaker, no thing received; "for putting up with us during
    # the trial": when the reader did what is thanked for, nothing lent; "six of them" ... "$40 apiece": $240
    assert _from_rep("A carton of fleece vests is on its way to you - six of them, sized from the roster Dana sent us. "
                     "Call it a thank-you from our whole crew for putting up with us during the trial. They run about "
                     "$40 apiece.") == [("v1", "o1", 240.0)]


@pytest.mark.parametrize("body", [
    "Our fleece vests come in cartons of six. They run about $40 apiece if you'd like to order some for the crew.",
    "The cameras stay with you during the trial - six of them, sized from the roster Dana sent us. They run about $40 "
    "apiece.",
])
def test_goods_priced_for_an_order_or_lent_for_a_trial_are_no_gift(body):
    assert _from_rep(body) == []


def test_word_sent_to_the_speaker_in_a_clause_the_parser_reads_as_its_own_is_no_gift_received(nlp):
    # (the parser takes "Dana sent us" for a clause of its own, not a relative clause of "the roster")
    from giftgraph.nlp.relations import extract_relations
    m = msg(VERA, [OTTO], "Vests", "Otto,\n\nA carton of fleece vests is on its way to you - six of them, sized per "
            "the roster Dana sent\nus. Call it a thank-you from our whole crew for putting up with us during the "
            "trial. They run about $40 apiece.\n\nVera")
    _, edges = extract_relations([m], {m.id: nlp(m.body)}, FakeIndex().see(m), Profile())
    assert gifts(edges) == [("v1", "o1", 240.0)]


def test_word_a_third_party_sent_the_speaker_is_no_giving_reported_of_it():
    # (in a vendor's note, "the county sent ..." is a third party's giving: not when what it sent is word)
    assert _from_rep("A carton of fleece vests is on its way to you - six of them, sized per the list the county "
                     "sent us. Call it a thank-you from our whole crew. They run about $40 apiece.") == [
        ("v1", "o1", 240.0)]


def _offer_and_yes(offer: str, yes: str) -> list:
    a = msg(VERA, [OTTO], "Academy", f"Otto,\n\n{offer}\n\nVera")
    b = msg(OTTO, [VERA], "RE: Academy", f"Vera,\n\n{yes}\n\nOtto", day=2)
    return gifts(run([a, b], FakeIndex().see(a, b))[1])


def test_a_cost_taken_on_is_priced_after_a_word_on_how_it_is_billed():
    assert _offer_and_yes("We'll pick up your hotel for the three nights of the academy. Our travel desk books it on "
                          "the company account, so there's nothing to expense afterwards. The Marlowe Inn is $148 a "
                          "night.", "Very generous - thank you, I accept.") == [("v1", "o1", 444.0)]


def test_a_hotel_billed_to_the_readers_department_is_no_gift():
    assert _offer_and_yes("I can book your hotel for the three nights of the academy. It will be billed to your "
                          "department's account. The Marlowe Inn is $148 a night.", "Thank you, please go ahead.") == []
