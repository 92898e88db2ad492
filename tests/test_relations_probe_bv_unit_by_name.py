"""Wording found by probe BV: "your SAR team", "your K9 Unit": the reader's unit called by its own short name before the
unit word is the recipient, as "your team" is the reader's unit. Every message is invented for these tests (the small
world of ``test_relations.py``, with a second unit whose short form is an acronym)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import NODES, FakeIndex, _node, gift_triples, run, vendor_thread

MRT = _node("d2", "division", "Marine Rescue Team", ["MRT team", "MRT Team", "MRT"])


def _read(*bodies):
    thread = vendor_thread(*bodies)
    return gift_triples(run(thread, FakeIndex({**NODES, MRT.id: MRT}).see(*thread))[1])


@pytest.mark.parametrize("offer", [
    "Otto, I've got a spare Porch Cam that came back from the spring expo tour. I'd like your MRT team to have it, "
    "for good.",
    "Otto, the Porch Cam is for your MRT team, no charge.",
])
def test_the_readers_unit_by_its_short_name_is_the_recipient(offer):
    assert _read(offer, "That's very generous, thank you.") == [("v1", "d2", 199.0)]


def test_your_team_is_still_the_readers_own_unit():
    assert _read("Otto, two Porch Cams are headed out for your team, no charge.", "Thanks!") == [("v1", "d1", 398.0)]
