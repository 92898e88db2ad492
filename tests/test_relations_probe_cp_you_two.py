"""GIFT wording met by probe CP: a meal offered to "you two" ("I'd love to take you two to lunch, my treat") in a
mail written to two people is for both of them, whichever one the greeting names first. Every sentence is invented
for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, gifts_read, msg


def test_you_two_taken_to_a_meal_are_both_addressees():
    offer = msg(VERA, [OTTO, OLGA], "Lunch at the expo?",
                "Otto, Olga,\n\nWill you both be at the county expo on the 9th? I'd love to take you two to lunch "
                "Friday at the diner by the fairgrounds, my treat.\n\nVera", day=2)
    yes = msg(OLGA, [VERA], "Re: Lunch at the expo?", "Vera, we'd love to. Otto's in too.\n\nOlga", day=3, cc=[OTTO])
    got = gifts_read(offer, yes)
    assert sorted(g[1] for g in got) == ["o1", "o2"], got


def test_you_two_written_to_one_reader_is_that_reader():
    offer = msg(VERA, [OTTO], "Lunch", "Otto,\n\nI'd love to take you two to lunch Friday, my treat - bring your "
                "partner.\n\nVera", day=2)
    yes = msg(OTTO, [VERA], "Re: Lunch", "Vera, we'd love to.\n\nOtto", day=3)
    got = gifts_read(offer, yes)
    assert [g[1] for g in got] == ["o1"], got
