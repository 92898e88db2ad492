"""Probe DR: a thing sent with the next sentence asking for it back ("I'm sending you a demo X to try on the cruiser.
Please ship it back when you're done.") is lent, not given; told it need not come back, or swapped if it fails, it is
still given."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_relations import OTTO, VERA, gifts_read, msg  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


@pytest.mark.parametrize("body", [
    "Otto,\n\nI'm sending you a Porch Cam so you can see how it mounts on the station door. It's the demo unit, so "
    "please mail it back once you've had a look.",
    "Otto,\n\nA Yard Light Cam is on its way to you for the lot. Return it to us by the end of the month.",
])
def test_a_thing_asked_back_in_the_next_sentence_is_no_gift(body):
    assert gifts_read(msg(VERA, [OTTO], "Demo", body + SIG)) == []


@pytest.mark.parametrize("body", [
    "Otto,\n\nI'm sending you a Porch Cam for the station door, no charge. No need to send it back.",
    "Otto,\n\nI'm sending you a Porch Cam for the station door, on the house. If it doesn't fit, send it back and "
    "we'll swap it.",
])
def test_a_thing_that_need_not_come_back_is_still_given(body):
    assert len(gifts_read(msg(VERA, [OTTO], "Demo", body + SIG))) == 1
