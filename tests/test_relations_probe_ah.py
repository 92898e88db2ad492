"""Probe AH: kinds of statement an invented release (a real-time-crime-center software vendor and a city police
department) showed the relations stage misreading. Every sentence is worded anew for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, gift_triples, msg, run  # noqa: E402


def test_a_meal_for_the_unit_in_a_thread_naming_no_product_taken_up_and_costed_later():
    # the vendor's side signs with a first name only: the thread names no product, code, vendor or value; the
    # reader takes it up by naming the day; what it came to is told a week later, by the place and the tip
    offer = msg(VERA, [OTTO], "Breakfast Thursday", "Otto,\n\nTo mark the first month live I'd like to bring "
                "breakfast over for Quarry Division on Thursday. Mabel's Diner? On me. Say 7:30?\n\nVera", day=2)
    yes = msg(OTTO, [VERA], "RE: Breakfast Thursday", "The early shift will be thrilled. See you Thursday.\n\nOtto",
              day=2)
    later = msg(VERA, [OTTO], "Thursday", "Great to see everyone. Mabel's came to $176 with the tip, glad we did "
                "it.\n\nVera", day=9)
    assert gift_triples(run([offer, yes, later])[1]) == [("v1", "d1", 176.0)]


def test_a_meal_only_proposed_in_such_a_thread_is_still_no_gift():
    offer = msg(VERA, [OTTO], "Breakfast Thursday", "Otto,\n\nWant to grab breakfast Thursday before the "
                "walkthrough?\n\nVera", day=2)
    yes = msg(OTTO, [VERA], "RE: Breakfast Thursday", "See you Thursday.\n\nOtto", day=2)
    assert gift_triples(run([offer, yes])[1]) == []


def _one(body: str, reply: str, to=(OTTO,)):
    return [msg(VERA, list(to), "Leftovers", body + "\n\nVera Vendor\nAcme Cams", day=4),
            msg(OTTO, [VERA], "RE: Leftovers", reply + "\n\nOtto", day=4)]


def test_goods_offered_as_mind_if_i_drop_them_and_priced_as_what_they_retail_for():
    # "Mind if I drop them off?" offers them; "They retail around $X" prices one of them; the count is said first
    ms = _one("I have eight Acme rain jackets left from the trade show. Mind if I leave them at the front desk "
              "Monday? They retail for about $45.", "Sure thing, the motor unit will want them.")
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 360.0)]


def test_mind_if_i_ask_is_no_offer():
    ms = _one("I have eight Acme rain jackets left from the trade show. Mind if I ask what size your riders wear?",
              "Mostly large.")
    assert gift_triples(run(ms)[1]) == []


def test_a_credit_earned_by_the_uses_said_in_the_sentence_before():
    ms = [msg(VERA, [OTTO], "Your code", "Otto,\n\nLakeport and Dunmore both signed up with your code this "
              "quarter. That's a $3,000 credit on Metro's account for next year.\n\nVera", day=5)]  # signed by name only
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 3000.0)]


@pytest.mark.parametrize("body", [
    "When two more agencies sign up with your code, that's a $3,000 credit on Metro's account.",
    "Sorry about the outage on Monday. We've posted a $300 service credit to your account.",
    "Lakeport used your code to buy a $3,000 credit pack on their account.",
])
def test_a_credit_promised_for_later_uses_or_for_an_outage_or_sold_is_no_gift(body):
    ms = [msg(VERA, [OTTO], "Your code", f"Otto,\n\n{body}\n\nVera Vendor\nAcme Cams", day=5)]
    assert gift_triples(run(ms)[1]) == []


def test_the_regular_price_of_one_seat_waived_for_two_readers_is_each_ones():
    body = ("Otto, Olga,\n\nOur spring operator class has two open seats. A seat usually runs $780, but you two "
            "helped us so much with the beta that we'd like to waive the tuition for both of you.\n\nVera Vendor\nAcme Cams")
    ms = [msg(VERA, [OTTO, OLGA], "Operator class", body, day=6),
          msg(OTTO, [VERA], "RE: Operator class", "Very kind, we both accept.\n\nOtto", day=6, hour=10)]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 780.0), ("v1", "o2", 780.0)]


def test_a_count_before_a_place_named_before_the_things():
    ms = _one("The pilot is over, but leave the 5 Quarry porch cams up - they're yours, no charge.", "Appreciated.")
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 995.0)]
