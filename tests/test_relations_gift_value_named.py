"""A gift's value named as such after the thing: "a hamper of smoked fish, value approx. $110", "(retail value: $85)".
The same words on an order the reader pays for give nothing. Every sentence is invented (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _read(body):
    return gifts_read(msg(VERA, [OTTO], "Season", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Season", "Thank you, very kind.\n\nOtto", day=2))


@pytest.mark.parametrize("body", [
    "Otto, we send you a small hamper of smoked fish, value approx. $110.",
    "Otto, we are sending you a box of pears and chocolates (retail value: $110).",
    "Otto, a bottle of aged port is on its way to you - estimated value about $110.",
])
def test_a_value_named_after_the_gift_is_its_value(body):
    assert _read(body) == [("v1", "o1", 110.0)]


def test_the_same_words_on_an_order_give_nothing():
    assert _read("Otto, your order of four Porch Cams, total value $796, ships Monday against PO 5521.") == []
