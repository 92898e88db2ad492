"""GIFT value (found by probe DD): a vendor prices the costs it takes on one by one and then gives their sum ("the
airfare is about $500 and the lodge $420, so roughly $920 per person"). The last amount is the sum of those before it,
so it is their whole, not one more cost nor a unit price to skip: the gift is worth it (to each reader it is said for).
Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body,value", [
    ("Acme will cover your airfare and three nights at the lodge. The airfare runs about $500 and the lodge $420, "
     "so roughly $920 per person.", 920.0),
    ("Acme is paying for your train fare and the hotel: the fare is $210, the hotel $300 and the dinner $90, "
     "which comes to $600.", 600.0),
])
def test_the_sum_of_the_costs_said_after_them_is_the_value(body, value):
    got = gifts_read(msg(VERA, [OTTO], "Summit", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Summit", "Thanks, I accept.\n\nOtto", day=2))
    assert got == [("v1", "o1", value)]


def test_the_sum_per_person_goes_to_each_reader():
    body = ("Acme will cover your airfare and two nights at the lodge for each of you. The airfare runs about $500 "
            "and the lodge $420, so roughly $920 per person.")
    got = gifts_read(msg(VERA, [OTTO, OLGA], "Summit", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Summit", "Olga and I accept, thank you.\n\nOtto", day=2))
    assert got == [("v1", "o1", 920.0), ("v1", "o2", 920.0)]


def test_amounts_that_do_not_add_up_are_no_total():
    body = ("Acme will cover your airfare and three nights at the lodge. The airfare runs about $500 and the lodge "
            "$420; parking is $35.")
    got = gifts_read(msg(VERA, [OTTO], "Summit", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Summit", "Thanks, I accept.\n\nOtto", day=2))
    assert [v for _g, _r, v in got] != [420.0 + 500.0]
