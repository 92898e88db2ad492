"""Probe DT: thanks to the vendor's engineer for bringing the reader's own product back ("thanks for getting the X back
online", "for having the X up and running again", "for getting our X repaired") thanks for a repair, not for the product
as a gift; thanks for getting new units to the reader still is. Every message is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "Thanks so much for getting the Porch Cam back online before the weekend.",
    "Thank you for having the Porch Cam up and running again by Monday morning.",
    "Thanks for getting our Porch Cam repaired so fast.",
])
def test_thanks_for_mending_the_readers_product_is_no_gift(body):
    assert gifts_read(msg(OTTO, [VERA], "Service visit", body + "\n\nOtto", day=1)) == []


def test_thanks_for_getting_new_units_to_us_still_reads_the_units():
    body = "Thank you for getting the two Porch Cams to us so quickly.\n\nOtto"
    assert gifts_read(msg(OTTO, [VERA], "Units", body, day=1)) == [("v1", "o1", 398.0)]
