"""Probe AX: kinds of statement an invented release (a face-search app vendor and a state police bureau) showed the
relations stage misreading. Every sentence is worded anew for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, SID, VERA, gift_triples, msg, run  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "It would be our pleasure to set your squad up with three Porch Cams, compliments of Acme, one each for Otto "
    "Officer, Olga Officer and Sid Sergeant.",
    "We'd love to hand your crew three Porch Cams free of charge - one apiece to Otto, Olga and Sarge.",
])
def test_things_shared_one_each_among_people_listed_after_it(sentence):
    ms = [msg(VERA, [SID], "For the squad", f"Sergeant,\n\n{sentence}\n\nVera Vendor\nAcme Cams", day=3),
          msg(SID, [VERA], "RE: For the squad", "Kind of you. We accept.\n\nSid", day=3, cc=[OTTO, OLGA])]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 199.0), ("v1", "o2", 199.0), ("v1", "s1", 199.0)]


def test_one_each_for_a_list_naming_someone_unknown_is_not_shared_out_to_the_ones_known():
    ms = [msg(VERA, [SID], "For the squad", "Sergeant,\n\nWe'd love to hand you two Porch Cams free of charge, one "
              "each for Otto and Bertrand Nobody.\n\nVera Vendor\nAcme Cams", day=3),
          msg(SID, [VERA], "RE: For the squad", "Kind of you. We accept.\n\nSid", day=3)]
    assert ("v1", "o2", 199.0) not in gift_triples(run(ms)[1])
