"""Probe DL, in wording invented for this test: casual writing drops the dollar sign before "worth" ("bout 75
worth", "about 1,200 worth of gear") and writes the amount as an adjective with "dollar" ("a 60 dollar crate"); both
are amounts of money. A lone digit before "worth" or a count of time ("2 weeks worth") is not."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import gifts_read, vendor_thread  # noqa: E402

from giftgraph.nlp.relations.values import parse_money  # noqa: E402


def test_a_bare_amount_before_worth_is_money():
    assert [v for v, _, _ in parse_money("bout 75 worth all told")] == [75.0]
    assert [v for v, _, _ in parse_money("about 1,200 worth of gear")] == [1200.0]
    assert [v for v, _, _ in parse_money("a 60 dollar crate")] == [60.0]
    assert parse_money("2 weeks worth of feed") == [] and parse_money("3 worth") == []


def test_the_worth_of_a_gift_said_without_its_sign():
    body = ("sent a cooler of peaches over to the station for you and the day shift, two bushels bout 75 worth. "
            "its on the house")
    assert gifts_read(*vendor_thread(body)) == [("v1", "o1", 75.0)]
