"""Things sent to the reader's office, found by probe BW (a hamper "on its way to your office"): the office a thing
is on its way to is the reader's address, not a unit that gets it; things given "for your office" or donated to it still
go to the reader's unit. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def _note(body: str) -> list:
    return gifts_read(msg(VERA, [OTTO], "Parcel", body + "\n\nVera Vendor\nAcme Cams"))


@pytest.mark.parametrize("body,expected", [
    ("Otto, a gift hamper from the Acme lot is on its way to your office - the $80 one, enjoy.", [("v1", "o1", 80.0)]),
    ("Otto, both Porch Cams are on their way to your office now - yours to keep.", [("v1", "o1", 398.0)]),
    # sent or delivered there, as on its way there (the lead, 2026-12-06: a jacket "sent to your office" in probe CO)
    ("Otto, a Porch Cam Elite was sent over to your office this morning with our compliments.", [("v1", "o1", 249.0)]),
])
def test_things_sent_to_the_readers_office_are_the_readers(body, expected):
    assert _note(body) == expected


@pytest.mark.parametrize("body", [
    "Otto, we're donating two Porch Cams to your office for the team to share.",
    "Otto, two Porch Cams for your office - on us.",
])
def test_things_given_for_the_office_go_to_the_readers_unit(body):
    assert _note(body) == [("v1", "d1", 398.0)]
