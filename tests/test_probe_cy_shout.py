"""'Shout' as Australians, New Zealanders and Britons use it: to pay for another's meal or drinks. "It was my shout"
from the host, "thanks for shouting us" from the guest, are hospitality had; "give me a shout" (call me), "your shout
next time" and a shout-out are not. Every message is invented (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gift_triples, msg, run

SIG = "\n\nVera Vendor\nAcme Cams"


@pytest.mark.parametrize("body,value", [
    ("Good to see you at the Kettle Inn on Tuesday. Dinner was my shout; it came to $88 all up.", 88.0),
    ("Great catching up over breakfast this morning. It was my shout, came to $41 all up.", 41.0),
])
def test_the_host_saying_it_was_their_shout_is_a_gift_of_what_it_came_to(body, value):
    m = msg(VERA, [OTTO], "Catch-up", f"Otto,\n\n{body}{SIG}", day=3)
    assert gift_triples(run([m])[1]) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "Give me a shout if the scanners play up over the weekend.",
    "Your shout next time! Lunch came to $52 and we split it down the middle.",
])
def test_a_call_or_the_readers_own_shout_is_no_gift(body):
    m = msg(VERA, [OTTO], "Catch-up", f"Otto,\n\n{body}{SIG}", day=3)
    assert gift_triples(run([m])[1]) == []


def test_thanks_for_shouting_us_is_hospitality_had_worth_what_it_came_to_on_the_hosts_card():
    m = msg(OTTO, [VERA], "Saturday", "Vera,\n\nCheers for shouting us at the Kettle Inn on Saturday, the round came to "
                                      "$73 on your card - very generous.\n\nOtto", day=5)
    assert gift_triples(run([m])[1]) == [("v1", "o1", 73.0)]


def test_thanks_for_shouting_with_the_worth_unsaid_is_a_gift_of_unsaid_worth():
    m = msg(OTTO, [VERA], "Saturday", "Vera,\n\nThanks again for shouting me lunch at the Kettle Inn.\n\nOtto", day=5)
    assert gift_triples(run([m])[1]) == [("v1", "o1", None)]


@pytest.mark.parametrize("body", [
    "Thanks for shouting out our team in your newsletter, the crew loved it.",
    "Thanks for dinner at the Kettle Inn; it came to $90 and I put my half on your card.",
])
def test_a_shout_out_or_a_shared_bill_is_no_gift(body):
    m = msg(OTTO, [VERA], "Saturday", f"Vera,\n\n{body}\n\nOtto", day=5)
    assert gift_triples(run([m])[1]) == []
