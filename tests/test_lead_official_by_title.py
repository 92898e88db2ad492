"""GIFT recipients (found from probe EB's leftovers; every sentence here is invented for these tests, in the small
world of ``test_relations.py``): the vendor's own people, writing to each other, speak of an official by title ("I
comped the sergeant's dinner", "we sent the captain a Porch Cam"): the one official whose printed title that is. Two
officials the title could mean, or none: nobody."""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, SAM, VENDOR_SIG, VERA, FakeIndex, gift_triples, msg, run


def _world(**titles):
    nodes = dict(NODES)
    for nid, title in titles.items():
        nodes[nid] = dataclasses.replace(nodes[nid], attrs={**nodes[nid].attrs, "title": title})
    return nodes


def _read(body, nodes):
    m = msg(VERA, [SAM], "FYI", body + VENDOR_SIG, day=2)
    return gift_triples(run([m], FakeIndex(nodes).see(m))[1])


@pytest.mark.parametrize("body,value", [
    ("FYI I comped the sergeant's dinner at the Anchor on Friday, $140 on my card, put it under marketing.", 140.0),
    ("FYI we sent the captain a Porch Cam for his birthday, on us.", 199.0),
])
def test_an_official_called_by_a_title_only_one_holds(body, value):
    nodes = _world(s1="Sergeant", o1="Captain", o2="Lieutenant")
    got = _read(body, nodes)
    want = "s1" if "sergeant" in body else "o1"
    assert got == [("v1", want, value)]


def test_a_title_two_officials_hold_names_nobody():
    nodes = _world(s1="Sergeant", o1="Sergeant", o2="Lieutenant")
    assert _read("FYI I comped the sergeant's dinner at the Anchor on Friday, $140 on my card.", nodes) == []
