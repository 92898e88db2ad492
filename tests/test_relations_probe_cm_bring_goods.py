"""GIFT wording met by probe CM: promotional goods the vendor's side says it brings by hand ("Next week I bring ten
fleece vests for your team") are offered as goods shipped are; "one for each person who helped" shares them among
people who did something already, no rate of a reward ("one for each officer who signs up" still is one). Every
sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts

THANKS = "The vests came today and everybody wears them. Thanks from the whole crew."


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Vests")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_goods_brought_by_hand_for_the_team_then_thanked():
    assert _gifts("Otto, I'll bring ten fleece vests for your team when I come on Thursday.", THANKS) == [("v1", "d1", None)]


def test_one_for_each_person_who_helped_is_a_share_not_a_rate():
    assert _gifts("Otto, next week I bring ten fleece vests for your team, one for each person who helped with the "
                  "install.", THANKS) == [("v1", "d1", None)]


def test_one_for_each_who_signs_up_stays_a_reward_rate():
    assert _gifts("Otto, I'll bring a fleece vest for each officer who signs up for the app.", THANKS) == []

