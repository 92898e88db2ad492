"""Probe AH: kinds of statement an invented release (a real-time-crime-center software vendor and a city police
department) showed the relations stage misreading. Every sentence is worded anew for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gift_triples, msg, run  # noqa: E402


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
