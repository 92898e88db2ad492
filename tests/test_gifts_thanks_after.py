"""GIFT: thanks said after the giving for a purchase the reader helped along ("Dinner's my treat, to say thanks for
getting the purchase order approved") is the reason for the gift, not a sale of it; thanks that name the things bought
keep them bought. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def read(body, reply="Sounds good, thank you."):
    return gifts_read(msg(VERA, [OTTO], "Friday", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Friday", reply + "\n\nOtto", day=2))


@pytest.mark.parametrize("body", [
    "I'd like to take you to brunch at the Lantern on Sunday, my treat, to say thanks for walking the purchase order "
    "through finance.",
    "Drinks after the council session are on us, as a thank-you for helping the purchase get approved.",
])
def test_thanks_for_a_purchase_after_the_giving_leave_the_gift(body):
    assert [(g, r) for g, r, _ in read(body)] == [("v1", "o1")]


@pytest.mark.parametrize("body", [
    "Installation of the Yard Light Cams you bought is free, in appreciation of your purchase.",
    "We'll deliver the twelve Porch Cams at no extra charge, with thanks for the purchase order.",
])
def test_a_service_with_the_things_bought_gives_nothing(body):
    assert read(body) == []
