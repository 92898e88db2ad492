"""GIFT recipient wording met by probe CM: "a basket for the whole Records Office team" names the reader's own unit or
organisation by a short form of its name before the unit word: the gift is that unit's, not the reader's. A team of
another name (the vendor's own) stays with the reader. Every sentence is invented for these tests (the small world of
``test_relations.py``, its sergeant a member of the department itself, no division)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import AGENCY, NODES, SID, VENDOR_SIG, VERA, FakeIndex, Node, msg, run
from test_relations import gift_triples as gifts

NODES_SID_IN_DEPT = dict(NODES)
NODES_SID_IN_DEPT["s1"] = Node(id="s1", kind="person", name="Sid Sergeant", aliases=["Sarge"], emails=[f"sid@{AGENCY}"],
                               attrs={"role": "officer", "division": "org_a"})


def _gifts(body):
    th = [msg(VERA, [SID], "Season", body + VENDOR_SIG, day=1),
          msg(SID, [VERA], "RE: Season", "The hamper came this morning, everyone dug in. Thanks!\n\nSid", day=2)]
    return gifts(run(th, FakeIndex(NODES_SID_IN_DEPT).see(*th))[1])


def test_the_whole_named_team_is_the_readers_organisation():
    assert _gifts("Sid, we are sending a holiday hamper of smoked cheeses for the whole Police Department team, "
                  "about $140.") == [("v1", "org_a", 140.0)]
    assert _gifts("Sid, we are sending a holiday hamper for the entire Metro team, about $140.") == [("v1", "org_a", 140.0)]


def test_a_team_of_another_name_stays_with_the_reader():
    assert _gifts("Sid, we are sending a holiday hamper of smoked cheeses for the whole Acme team to share with you, "
                  "about $140.") == [("v1", "s1", 140.0)]
