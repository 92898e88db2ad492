"""A trip's cost said to be the writer's side's: "we have upgraded your flight to business class at our expense", "your
hotel for the user meeting is at our own expense". A cost booked for the reader and billed back is no gift. Every
sentence is invented (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _read(body):
    return gifts_read(msg(VERA, [OTTO], "Summit", body + VENDOR_SIG, day=1),
                      msg(OTTO, [VERA], "RE: Summit", "Thank you, that works for me.\n\nOtto", day=2))


@pytest.mark.parametrize("body", [
    "Otto, we have upgraded your flight to Denver to business class at our expense.",
    "Otto, your hotel for the partner summit is at our own expense.",
])
def test_a_cost_at_our_expense_is_the_writer_s_gift(body):
    assert [(g, r) for g, r, _ in _read(body)] == [("v1", "o1")]


def test_a_cost_booked_and_billed_back_is_none():
    assert _read("Otto, we booked your flight to Denver; we will bill the department at cost.") == []
