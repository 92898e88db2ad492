"""GIFT: a shipping note that restates a gift's things and names beside them a thing brought to be shown ("the two X
and the demo Y shipped") confirms the gift; the shown thing is no second gift, and the gift's things are not counted
twice. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

_OFFER = msg(VERA, [OTTO], "Porch cams for the block captains",
             "Otto,\n\nTwo Porch Cams are yours to keep, no charge.\n\nVera")


def _after(note: str) -> list:
    ship = msg(VERA, [OTTO], "RE: Porch cams for the block captains", f"Otto,\n\n{note}\n\nVera", day=3)
    return gifts(run([_OFFER, ship], FakeIndex().see(_OFFER, ship))[1])


def test_a_demo_thing_shipped_beside_the_gift_is_no_second_gift() -> None:
    assert _after("The two Porch Cams and the demo Yard Light Cam went out this morning.") == [("v1", "o1", 398.0)]
    assert _after("Both Porch Cams plus a demonstration Yard Light Cam shipped today.") == [("v1", "o1", 398.0)]


def test_the_gift_alone_shipped_is_still_one_gift() -> None:
    assert _after("The two Porch Cams went out this morning.") == [("v1", "o1", 398.0)]


def test_a_shown_thing_made_free_is_still_given() -> None:
    # the shown thing made the reader's ("yours to keep"): a gift with it, as before this rule
    got = _after("The two Porch Cams went out, plus a demo Yard Light Cam, yours to keep.")
    assert ("v1", "o1", 398.0) in got and len(got) == 2
