"""GIFT wording found by probe BG (a home-security vendor and a city's community officers, HTML-only mail): a service
priced by the month given for "two years of X" is worth that many months, and a shipment said as a landing ("your X
should land Friday") is a shipping note a later "thanks for the freebie" makes a gift. Every message is invented for
these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, FakeIndex, _node, run, vendor_thread
from test_relations import gift_triples as gifts

# a patrol service sold by the month, beside the world's cameras
WATCH = _node("p_watch", "product", "Night Watch", [], unit_price_usd=15, unit="month", device=False)


def _thread(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Your station")
    return gifts(run(mails, FakeIndex({**NODES, WATCH.id: WATCH}).see(*mails))[1])


@pytest.mark.parametrize("line,value", [
    ("We've turned on two years of Night Watch for you, on us.", 360.0),
    ("Six months of Night Watch are yours free, starting today.", 90.0),
    ("We've turned on Night Watch for you, on us.", 15.0),  # no time said: its price
])
def test_a_service_priced_by_the_month_is_worth_the_months_given(line, value):
    assert _thread(f"Otto,\n\n{line}", "Thank you, Vera!") == [("v1", "o1", value)]


def test_a_thing_priced_by_itself_is_not_multiplied_by_a_time():
    assert _thread("Otto,\n\nA year of testing went into the Relay Chime we've sent you, free of charge.",
                   "Thank you, Vera!") == [("v1", "o1", 29.0)]


def test_a_shipment_said_as_a_landing_then_thanked_for_as_a_freebie_is_a_gift():
    assert _thread("Otto, your Relay Chime should land Friday.", "Got it today - thanks a lot for the freebie!") == \
        [("v1", "o1", 29.0)]
    # the same note with a bill in it sells
    assert _thread("Otto, your Relay Chime should land Friday. The invoice is attached.",
                   "Got it today - thanks a lot for the freebie!") == []
