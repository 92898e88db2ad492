"""A thing named and then said to be the reader's own ("I left a X on your desk. That one's for you.", "... in your
locker for you to keep") is free to the reader; not "This one is for you to review" (a clause that goes on) nor "for you
to try out for a week" (a trial). Found by probe CN (a drone left on a crew superintendent's truck seat, "That one's for
you, not the crew", missed). Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _thread(body: str) -> list:
    note = msg(VERA, [OTTO], "Locker", "Otto,\n\n" + body + VENDOR_SIG)
    thanks = msg(OTTO, [VERA], "RE: Locker", "oh nice, thanks\n\nOtto", day=2)
    return gifts_read(note, thanks)


@pytest.mark.parametrize("body", [
    "I tucked a Yard Light Cam into your locker at the range. This one's for you, for the cabin.",
    "There's a Yard Light Cam in your locker at the range for you to keep.",
])
def test_a_thing_said_to_be_the_readers_own_is_free(body):
    assert _thread(body) == [("v1", "o1", 249.0)]


@pytest.mark.parametrize("body", [
    "I put two Yard Light Cam spec sheets in your locker. This one is for you to review before Friday.",
    "I tucked a Yard Light Cam into your locker at the range. That one's for you to try out for a week.",
])
def test_a_task_or_a_trial_for_the_reader_is_no_gift(body):
    assert _thread(body) == []
