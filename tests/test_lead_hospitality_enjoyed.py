"""GIFT (found from probe EC's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): the recipient's side telling the vendor's person that its people enjoyed the meal that person's
team brought ("The guys loved the lunch your team brought to the depot") had hospitality, as a thanks for it says; a
thing that is no hospitality (a demo), or a meal the writer bought, is no gift."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _answered(body):
    return gifts_read(msg(VERA, [OTTO], "Friday", "Hope the drill went well." + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Friday", body, day=2))


def test_a_meal_enjoyed_that_the_vendors_team_brought_is_hospitality():
    assert _answered("Vera,\n\nThe guys loved the lunch your team brought to the depot on Friday.\n\nOtto") == \
        [("v1", "o1", None)]


@pytest.mark.parametrize("body", [
    "Vera,\n\nThe guys loved the demo your team brought to the depot on Friday.\n\nOtto",
    "Vera,\n\nThe guys loved the lunch we bought for your team.\n\nOtto",
])
def test_a_demo_enjoyed_or_a_meal_the_writer_bought_is_no_gift(body):
    assert _answered(body) == []
