"""GIFT: an offer said, in the same sentence, to have been turned down ("we offered her a X but she declined", "he
asked for a X, but we refused") is no gift; an offer taken after a refusal of something else still is. And a trip or
an evening the vendor hosts "all expenses paid" or "all expenses covered" is the vendor's gift to the reader invited.
Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def read(body, reply="Thanks, noted."):
    return gifts_read(msg(VERA, [OTTO], "Cameras", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Cameras", reply + "\n\nOtto", day=2))


@pytest.mark.parametrize("body", [
    "We offered Olga a Yard Light Cam at no charge, but she declined it under the ethics rules.",
    "Last week I offered your sergeant a free Porch Cam and he turned it down.",
    "We tried to give the Quarry team two Porch Cams for free, but your chief refused.",
    "We offered a complimentary Relay Chime to each of your officers, but they all declined.",
])
def test_an_offer_turned_down_in_its_own_sentence_is_no_gift(body):
    assert read(body) == []


@pytest.mark.parametrize("body,value", [
    # the refusal is of something else, or comes before the giving it does not undo
    ("Olga declined the dinner, but we're still sending you the Porch Cam free of charge.", 199.0),
    ("You turned down the lunch invite, so here's a Relay Chime on the house instead.", 29.0),
])
def test_a_refusal_before_a_giving_leaves_the_gift(body, value):
    assert read(body) == [("v1", "o1", value)]


@pytest.mark.parametrize("body,reply", [
    ("Acme would be glad to host you and a guest at the harbor gala in May, all expenses covered.",
     "Thank you, we'd be delighted to come."),
    ("We'd like to fly you out to the plant in Dayton for a tour, all expenses paid.", "Great, count me in."),
    ("We'd like to offer you an all-expenses-paid visit to our test lab in the spring.", "That sounds great, thanks."),
])
def test_hosting_all_expenses_paid_is_a_gift(body, reply):
    got = read(body, reply)
    assert [(g, r) for g, r, _ in got] == [("v1", "o1")]


@pytest.mark.parametrize("body", [
    # the reader's own side pays, or the expenses are the vendor's own
    "Your department would host the training, all expenses covered by your grant.",
    "Our sales team flew out to the trade show, all expenses paid by Acme as usual.",
])
def test_expenses_paid_by_others_give_nothing(body):
    assert read(body) == []
