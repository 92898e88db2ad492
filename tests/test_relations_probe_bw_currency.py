"""Amounts printed in pounds or euros, found by probe BW (a UK force's release): the value of a gift is the number
printed, read as an amount in dollars is ("\u00a360 a head", "\u20ac 150"), and the evidence quotes the sign printed.
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, gift_triples, of_type, run, vendor_thread

from giftgraph.nlp.relations.values import parse_money


def _read(body: str) -> list:
    ms = vendor_thread(body, "Thanks Vera, see you there.")
    return run(ms, FakeIndex().see(*ms))[1]


@pytest.mark.parametrize("body,value", [
    ("Otto, dinner at Rosa's on Friday is on us - about \u00a360 a head.", 60.0),
    ("Otto, your seat at the Acme gala is \u20ac 150 but we'll cover it, so no invoice.", 150.0),
    ("Otto, the match tickets are \u00a3120 each and we'll cover yours.", 120.0),
])
def test_a_gift_priced_in_pounds_or_euros_has_the_printed_value(body, value):
    assert gift_triples(_read(body)) == [("v1", "o1", value)]


def test_the_evidence_quotes_the_sign_printed():
    quotes = [ev.quote for e in of_type(_read("Otto, dinner at Rosa's on Friday is on us - about \u00a360 a head."),
                                        "GIFT") for ev in e.evidence]
    assert quotes and all("$" not in q for q in quotes) and any("\u00a360" in q for q in quotes)


def test_pound_and_euro_amounts_are_read_as_their_numbers():
    from giftgraph.nlp.relations.text import amounts_in_dollars, shown_currency

    assert [v for v, _, _ in parse_money("\u00a34,250 each, GBP 60 for the cab, \u20ac12.50 a drink")] == [4250.0, 60.0, 12.5]
    assert amounts_in_dollars("a \u00a3 sign alone, \u00a3 20 and \u20ac5") == "a \u00a3 sign alone, $ 20 and $5"
    assert shown_currency("cost $20", "cost \u00a320") == "cost \u00a320"
