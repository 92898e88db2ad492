"""GIFT: a trip's costs said, in the passive, to be taken on by the writer's side: listed at length before the verb
("your airfare and three nights at the Lakeshore Lodge for the users' summit are covered by Acme"), or paid by the
vendor named ("your flights and hotel were booked and paid by Acme", "your registration was paid for by Acme"); not
when the reader's own side or a public body paid ("paid by the county", "paid by your unit's budget"). Every sentence
is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def read(body, reply="Thanks, noted."):
    return gifts_read(msg(VERA, [OTTO], "Summit", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Summit", reply + "\n\nOtto", day=2))


@pytest.mark.parametrize("body", [
    "Your airfare and three nights at the Lakeshore Lodge for the users' summit are covered by Acme.",
    "Your train tickets and the room at the Granary Hotel were booked and paid by Acme.",
    "Your registration for the Tri-County Safety Forum was paid for by Acme.",
])
def test_trip_costs_taken_on_by_the_vendor_in_the_passive_are_a_gift(body):
    assert read(body) == [("v1", "o1", None)]


@pytest.mark.parametrize("body", [
    "Your train tickets and the room at the Granary Hotel were paid by the county.",
    "Your registration for the Tri-County Safety Forum was paid for by your unit's budget.",
])
def test_trip_costs_paid_by_the_readers_side_are_no_gift(body):
    assert read(body) == []
