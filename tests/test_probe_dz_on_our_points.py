"""GIFT (found by probe DZ): a cost paid with the writer's own loyalty points or miles ("I booked you a room at the
inn on our points", "your flight is booked using my miles") is the writer's side paying for the reader, as "on us"
says it. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body,value", [
    ("I reserved you three nights at the Quillbank Lodge on our points. The room runs $140 a night.", 420.0),
    ("We booked you two nights at the Fernmoor Hotel using our miles. The room is $95 a night.", 190.0),
])
def test_a_cost_paid_with_the_writers_points_is_a_gift(body, value):
    got = gifts_read(msg(VERA, [OTTO], "Expo", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Expo", "Much appreciated.\n\nOtto", day=2))
    assert got == [("v1", "o1", value)]


def test_the_readers_own_points_are_no_gift():
    body = "You can book the lodge on your own points; the room runs $140 a night."
    got = gifts_read(msg(VERA, [OTTO], "Expo", body + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Expo", "Thanks.\n\nOtto", day=2))
    assert got == []
