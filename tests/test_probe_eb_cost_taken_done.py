"""A cost the vendor's side says it HAS taken on for the reader anchors the thread, with no amount, no product and no
vendor name in it: "we've taken care of your hotel", "we covered your registration", "your room ... is on us".

Probe EB: "We've taken care of the room for both nights, so just check in" (a message of its own, to the official,
no dollar figure) was never read: the thread anchor knew only "take care of"/"cover" in the present. Here the
reader answers, as the gift rules want of an offer. Invented
wording, the small world of test_relations.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg  # noqa: E402


def _thread(body):
    """Vera's note (no vendor name, no amount) and Otto's thanks, under one subject."""
    return msg(VERA, [OTTO], "Workshop", body, day=2), msg(OTTO, [VERA], "RE: Workshop", "Thanks Vera.", day=3)


@pytest.mark.parametrize("body", [
    "Otto,\n\nWe've taken care of your hotel for the three nights of the expo, so just check in at the desk.\n\nVera",
    "Otto,\n\nWe took care of the lodging for both nights; just give them your name at the front desk.\n\nVera",
    "Otto,\n\nGood news: we covered your registration for the spring workshop.\n\nVera",
    "Otto,\n\nYour room at the Harbor Inn is on us for both nights.\n\nVera",
])
def test_a_cost_taken_on_already_is_a_gift(body):
    assert sorted({(g, r) for g, r, _ in gifts_read(*_thread(body))}) == [("v1", "o1")]


@pytest.mark.parametrize("body", [
    "Otto,\n\nYour hotel for the expo is covered by your department's travel budget, not by us.\n\nVera",
])
def test_a_cost_someone_else_pays_is_no_gift(body):
    assert gifts_read(*_thread(body)) == []
