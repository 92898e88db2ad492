"""GIFT recipient met by probe CT: "it should reach your office by courier" names where a thing arrives, the reader's
address, as "it's on its way to your office" does, not the office as a unit that gets it; "for your office" still
gives to the unit. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _gifts(body):
    th = [msg(VERA, [OTTO], "With thanks", "Otto,\n\n" + body + VENDOR_SIG)]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_what_reaches_your_office_is_yours():
    assert _gifts("Please accept the enclosed $80 gift card with our thanks; it should reach your office by Tuesday.") == \
        [("v1", "o1", 80.0)]


def test_what_is_for_your_office_is_the_units():
    assert _gifts("A $80 gift card for your office should reach you by Tuesday, with our thanks.") == [("v1", "d1", 80.0)]
