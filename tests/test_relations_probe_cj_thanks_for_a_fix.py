"""Thanks for work done on a product ("Thank you for jumping on the X outage") is thanks for service, not for an
item received; found by probe CJ (an outage fixed read as a gift of the portal). Every message is invented for these
tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "Thank you for jumping on the Porch Cam outage this morning. Your crew had it back within the hour.",
    "Thanks for sorting out the Relay Chime glitch so quickly yesterday.",
    "Many thanks for the Porch Cam fix last night; the feed is stable again.",
])
def test_thanks_for_fixing_a_product_is_no_gift(body):
    assert gifts_read(msg(OTTO, [VERA], "Service", "Vera,\n\n" + body + "\n\nOtto")) == []


def test_thanks_for_the_things_themselves_is_still_a_gift():
    body = "Thank you for the two Porch Cams you dropped off, they're already up at the station."
    assert [g[:2] for g in gifts_read(msg(OTTO, [VERA], "Cams", "Vera,\n\n" + body + "\n\nOtto"))] == [("v1", "o1")]
