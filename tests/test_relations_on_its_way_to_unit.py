"""Things said to be on their way to a unit the release knows, in a sentence that speaks to no "you" ("A hamper is on
its way to the Quarry Division, with our thanks"), are the unit's gift; "... to the Quarry Division for you" stays the
reader's, as before. Found by a probe whose holiday box went "to the Records Division" (read as the greeted sergeant's).
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "Two Relay Chimes are on their way to the Quarry Division, with our thanks for a great season.",
    "A Porch Cam is headed to the Quarry Division today, compliments of Acme.",
])
def test_things_on_their_way_to_a_named_unit_are_the_units(body):
    got = gifts_read(msg(VERA, [OTTO], "Season's greetings", "Otto,\n\n" + body + VENDOR_SIG))
    assert [(giver, to) for giver, to, _ in got] == [("v1", "d1")]


def test_things_sent_to_the_unit_for_the_reader_stay_the_readers():
    got = gifts_read(msg(VERA, [OTTO], "Chime", "Otto,\n\nYour Relay Chime is on its way to the Quarry Division, "
                                                "with our thanks." + VENDOR_SIG))
    assert [(giver, to) for giver, to, _ in got] == [("v1", "o1")]
