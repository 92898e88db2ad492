"""GIFT (found from probe EH; every sentence here is invented for these tests, in the small world of
``test_relations.py``): the reader's trip costs said, in the passive, to be billed to the writer's side ("Your flight
and two hotel nights are booked and billed to us") are costs taken on; billed to the reader's side they are not."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg

YES = "Got it, thanks Vera.\n\nOtto"


@pytest.mark.parametrize("body", [
    "Your flight and two hotel nights are booked and billed to us - itinerary attached.",
    "Your three nights at the Lakeview for the Acme user day are billed directly to our account.",
])
def test_costs_billed_to_the_writers_side_are_taken_on(body):
    got = gifts_read(msg(VERA, [OTTO], "Travel", body + VENDOR_SIG, day=1), msg(OTTO, [VERA], "RE: Travel", YES, day=2))
    assert [(g, r) for g, r, _v in got] == [("v1", "o1")]


@pytest.mark.parametrize("body", [
    "Your flight and two hotel nights are booked and billed to your department's travel account.",
    "Your room at the Lakeview is booked; it will be charged to your card at checkout.",
])
def test_costs_billed_to_the_readers_side_are_not(body):
    got = gifts_read(msg(VERA, [OTTO], "Travel", body + VENDOR_SIG, day=1), msg(OTTO, [VERA], "RE: Travel", YES, day=2))
    assert got == []
