"""A gift toward a thing the paragraph named as the reader's unit's ("your squad's coat drive ... we're giving $400
toward the drive") goes to the reader's unit, as "toward your squad's coat drive" in one sentence does; found by probe
CB (a donation to a unit's holiday drive read as the officer's own). Every message is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _note(body: str) -> list:
    return gifts_read(msg(VERA, [OTTO], "Coats", "Otto,\n\n" + body + VENDOR_SIG))


@pytest.mark.parametrize("body", [
    "Heard about your squad's winter coat drive at the council meeting. Acme is contributing $400 toward the drive.",
    "Your team's charity fun run looks great and we'd love to chip in. We're donating $400 to the run, no strings.",
])
def test_a_gift_toward_the_readers_units_thing_named_before_is_the_units(body):
    assert _note(body) == [("v1", "d1", 400.0)]


@pytest.mark.parametrize("body", [
    # no unit's thing named before: the reader's own
    "Heard you're running in a race for charity. Acme is donating $400 toward the race.",
    # the reader's own thing, not the unit's
    "Congrats on your daughter's fundraiser. Acme is donating $400 toward the fundraiser.",
])
def test_a_gift_toward_a_thing_of_no_unit_stays_the_readers(body):
    assert _note(body) == [("v1", "o1", 400.0)]
