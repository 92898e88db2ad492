"""GIFT told by the recipient's side to a colleague: a vendor's person giving under way ("Vera Vendor is giving me a
X") is that person's gift to the writer, never the writer's to the colleague written to; the vendor named as who paid
a cost of the writer's ("Acme comped my hotel") gives it; a meal bought "for the whole division" is the writer's
unit's. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SID, VENDOR_SIG, VERA, gifts_read, msg


def told(line):
    """Vera writes to Otto; Otto then tells Sid, a colleague, under a subject naming the vendor (a message that names
    neither the vendor, a product, a code nor an amount is not read for relations)."""
    return gifts_read(msg(VERA, [OTTO], "Hello", "Good to catch up at the expo." + VENDOR_SIG, day=1),
                      msg(OTTO, [SID], "Acme", line + "\n\nOtto", day=2))


@pytest.mark.parametrize("line,giver,value", [
    ("Vera Vendor is giving me a Yard Light Cam as thanks for the site visit, no charge.", "v1", 249.0),
    ("Vera is sending us a Porch Cam for the front lobby, free of charge.", "v1", 199.0),
    ("Acme is shipping me a Relay Chime to keep, at no cost.", "org_v", 29.0),
])
def test_a_giving_under_way_is_the_vendors_to_the_writer(line, giver, value):
    assert told(line) == [(giver, "o1", value)]


@pytest.mark.parametrize("line", [
    "Acme comped my registration for the safety summit in Boise.",
    "Acme picked up my airfare to the trade show.",
])
def test_the_vendor_named_as_who_paid_the_writers_cost_gives_it(line):
    assert [(g, r) for g, r, _ in told(line)] == [("org_v", "o1")]


def test_a_meal_bought_for_the_writers_unit_is_the_units():
    assert [(g, r) for g, r, _ in told("Vera Vendor bought lunch for the whole division on Friday.")] == [("v1", "d1")]


@pytest.mark.parametrize("line", [
    # the writer paid, or the vendor pays its own, or the vendor is asked
    "I covered my own airfare to the trade show, Acme only had a booth there.",
    "Acme picked up their own hotel bill for the expo.",
    "Is Acme covering my registration for the summit?",
    "I bought lunch for the whole division on Friday.",
])
def test_no_gift_when_the_vendor_paid_nothing_of_the_writers(line):
    assert told(line) == []
