""""for your officers", "for the detectives", "for your dispatchers": things sent for the people of the reader's unit,
named by what they do, are the unit's gift, as "for your deputies" and "for the recruits" were already. Found by a probe
whose vendor sent jackets "for your officers" to a chief (read as the chief's own gift). Every message is invented for
these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("body", [
    "A carton is headed to your office with eight Relay Chimes for your officers - they go for $29 in our shop, but "
    "these are on us.",
    "We're sending a dozen Relay Chimes for the detectives, no charge, as a thank-you for the pilot.",
    "I'm shipping ten Porch Cams for your dispatchers today, on the house.",
])
def test_things_for_the_readers_people_go_to_the_readers_unit(body):
    got = gifts_read(msg(VERA, [OTTO], "Something for the team", "Otto,\n\n" + body + VENDOR_SIG))
    assert [(giver, to) for giver, to, _ in got] == [("v1", "d1")]


def test_a_gift_for_the_reader_alone_stays_the_readers():
    got = gifts_read(msg(VERA, [OTTO], "Vest", "Otto,\n\nA Relay Chime is on its way to you, on us." + VENDOR_SIG))
    assert [(giver, to) for giver, to, _ in got] == [("v1", "o1")]
