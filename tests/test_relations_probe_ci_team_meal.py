"""Probe CI: hospitality recalled as arranged ("Reminder that dinner tonight is on us", "Just a quick reminder: ...")
is had, answered or not; a meal named as a unit's ("the Quarry team dinner", "the Quarry holiday lunch") is that
unit's. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OLGA, OTTO, SID, VERA, gifts_read, msg


def note(body):
    return msg(VERA, [OTTO, OLGA, SID], "Friday", body + "\n\nVera Vendor\nAcme Cams", day=2)


@pytest.mark.parametrize("body,recipient", [
    ("Hello everyone, a quick reminder that the Quarry team lunch on Friday is on Acme. Noon at the Oak Room.", "d1"),
    ("Just a friendly reminder: the Quarry holiday dinner Friday is our treat, 7 pm at Lark's.", "d1"),
    ("Reminder that brunch on Sunday is on us. Ten o'clock at the Mill.", "o1"),
])
def test_hospitality_recalled_as_arranged_is_had(body, recipient):
    assert gifts_read(note(body)) == [("v1", recipient, None)]


@pytest.mark.parametrize("body", [
    "Reminder: the Quarry team lunch is Friday at noon.",  # nobody said to pay for it
    "Reminder that the invoice for the Quarry team lunch is due Friday.",
    "Would the Quarry team dinner on Friday be on us? I need to ask my manager.",
])
def test_a_reminder_of_no_hospitality_given_is_no_gift(body):
    assert gifts_read(note(body)) == []
