"""Wording found by probe BL (a vendor's field engineer thanking a sergeant with a company jacket): promotional goods or
hospitality the vendor's side says it has handed the reader ("I left one of our ball caps on your desk", "I sent you a
couple of our travel mugs") are a present, their worth said or not; not goods sold, lent, asked about or offered on a
condition, nor things of the writer's own left behind. Every message is invented for these tests, in wording of their
own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _thread(*bodies):
    ms = vendor_thread(*bodies, subject="Odds and ends")
    return gifts(run(ms, FakeIndex().see(*ms))[1])


@pytest.mark.parametrize("note,expected", [
    ("Thanks for staying late Tuesday. I left one of our Acme ball caps on your desk. They run about $25.",
     [("v1", "o1", 25.0)]),
    ("I dropped a couple of our travel mugs in your mailbox this morning.", [("v1", "o1", None)]),
    ("I sent you one of our quarter-zips yesterday, it should fit.", [("v1", "o1", None)]),
])
def test_promotional_goods_handed_to_the_reader_are_a_present(note, expected):
    assert _thread(note, "Very nice, thanks Vera!") == expected


@pytest.mark.parametrize("note,reply", [
    ("I left a sample hoodie on your desk; they're $38 each if the unit wants to order some.", "Thanks, I'll ask around."),
    ("I left the polos you ordered on your desk, invoice attached.", "Thanks."),
    ("I left my umbrella on your chair by mistake, could you hold on to it?", "Sure thing."),
    ("I'll leave a fleece on your desk if you want one.", "No thanks, I'm all set."),
])
def test_goods_sold_lent_left_by_mistake_or_declined_are_no_present(note, reply):
    assert _thread(note, reply) == []
