"""GIFT and REFERRAL wording met by probe M (a printed binder of a doorbell vendor and a city police department),
each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OLGA, OTTO, VERA, FakeIndex, _node, msg, of_type, run


def gifts(edges):
    return sorted(((e.source, e.target, e.attrs["value_usd"]) for e in of_type(edges, "GIFT")), key=str)


def test_a_reward_after_a_count_of_uses_so_far_is_no_recap():
    """"redeemed 6 times so far": the recap word counts the code's uses, not things given before."""
    note = msg(VERA, [OTTO], "OTTO50", "Nice work: OTTO50 has been redeemed 6 times so far, so a Relay Chime is on its way to you.")
    got = msg(OTTO, [VERA], "RE: OTTO50", "The Relay Chime turned up today, thanks.", day=5)
    assert gifts(run([note, got])[1]) == [("v1", "o1", 29.0)]
    # a recap of things given stays one: no new gift
    tally = msg(VERA, [OTTO], "Tally", "We have sent you 4 Porch Cams so far this spring.")
    assert gifts(run([tally])[1]) == []


def test_each_code_of_a_sentence_goes_to_the_recipient_named_before_it():
    nodes = dict(NODES)
    nodes["code2"] = _node("code2", "code", "OLGA25")
    m = msg(VERA, [OTTO, OLGA], "Codes", "Hello both! Otto, your code is OTTO50 and Olga, yours is OLGA25.")
    _, edges = run([m], FakeIndex(nodes))
    assert sorted((e.source, e.attrs["code"]) for e in of_type(edges, "REFERRAL")) == [("o1", "code1"), ("o2", "code2")]
