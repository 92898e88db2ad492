"""GIFT and REFERRAL wording met by probe M (a printed binder of a doorbell vendor and a city police department),
each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, NODES, OLGA, OTTO, VERA, FakeIndex, _node, msg, of_type, run
from test_relations import gift_triples as gifts


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


@pytest.mark.parametrize("reply", [
    "So kind of you, and it got here fine, but I can't keep it. Hope that's all right.",
    "It came Tuesday. Lovely thought, truly! I packed it back up and the courier collects it tomorrow.",
])
def test_a_gift_that_arrived_and_cannot_stay_is_no_gift(reply):
    sent = msg(VERA, [OTTO], "For you", "A small thank-you for the safety talk: Sam shipped you a Yard Light Cam this morning.")
    assert gifts(run([sent, msg(OTTO, [VERA], "RE: For you", reply, day=4)])[1]) == []
    kept = msg(OTTO, [VERA], "RE: For you", "It came Tuesday, thank you so much!", day=4)
    assert gifts(run([sent, kept])[1]) == [("v1", "o1", 249.0)]


def test_a_third_partys_thanks_in_a_thread_of_its_own_is_the_officers_gift_passed_on():
    ask = msg(CORA, [OTTO], "Dark lot", "The church lot keeps getting hit at night. Any ideas?")
    fwd = msg(OTTO, [VERA], "FW: Dark lot", "Vera, could Acme help them out? Tiny budget.", day=2)
    give = msg(VERA, [OTTO], "RE: FW: Dark lot", "Happy to! Two Yard Light Cams are on their way to you at no cost, "
               "please pass them along.", day=3)
    thanks = msg(CORA, [OTTO], "Bless you", "Thank you for dropping off the two Yard Light Cams on Friday.\n\n"
                 "Cora Civilian\nSt. Ann Church", day=12)
    msgs = [ask, fwd, give, thanks]
    assert gifts(run(msgs, FakeIndex().see(*msgs))[1]) == [("o1", "org_ch", 498.0), ("v1", "o1", 498.0)]
    # thanks for things the officer was never given: nothing passed on
    other = msg(CORA, [OTTO], "Bless you", "Thank you for dropping off the Relay Chime on Friday.\n\nCora Civilian\n"
                "St. Ann Church", day=12)
    msgs = [ask, fwd, give, other]
    assert gifts(run(msgs, FakeIndex().see(*msgs))[1]) == [("v1", "o1", 498.0)]
