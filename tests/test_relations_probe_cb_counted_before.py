"""Things counted in one sentence and named again in the next to be priced and made free ("We'll set up a X for each
of the six officers on your shift. The X goes for $199, but there's no bill for these.") are the things counted, for
whom the first sentence says, their worth the price of one times the count; found by probe CB (a plate carrier for
each of a unit's eight officers read as one carrier for the lieutenant). "For each of the six officers" counts heads
as "for six officers" does. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _note(body: str) -> list:
    return gifts_read(msg(VERA, [OTTO], "Kit", "Otto,\n\n" + body + VENDOR_SIG))


@pytest.mark.parametrize("body", [
    "We'll set up a Porch Cam for each of the six officers on your shift. The Porch Cam goes for $210, but there's no "
    "bill for these.",
    "We're building a Porch Cam for each of your 6 officers. The Porch Cam lists at $210, but there's no charge for "
    "them.",
])
def test_things_counted_before_and_named_again_to_be_priced_are_the_counted(body):
    assert _note(body) == [("v1", "d1", 1260.0)]


def test_one_thing_named_again_stays_one():
    body = "I'm putting a Porch Cam aside for you. The Porch Cam goes for $210, but there's no bill for this one."
    assert _note(body) == [("v1", "o1", 210.0)]
