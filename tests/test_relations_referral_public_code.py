"""REFERRAL: a code the vendor tells one reader about is the reader's (a weak assignment), unless the vendor says it
is anyone's ("the spring sale code for everyone", "sitewide", "anybody may redeem", "open to everyone"); said with "your" it stays the reader's to hand out.
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, NODES, OTTO, VERA, FakeIndex, Profile, _node, msg, of_type

from giftgraph.nlp.relations import extract_relations


def referrals(body: str) -> list:
    nodes = dict(NODES, code2=_node("code2", "code", "BLOOM15", key="BLOOM15"))
    index = FakeIndex({k: v for k, v in nodes.items() if k != "code1"})
    m = msg(VERA, [OTTO], "Spring", body)
    _, edges = extract_relations([m], {}, index, Profile())
    return [(e.source, e.target) for e in of_type(edges, "REFERRAL")]


@pytest.mark.parametrize("body", [
    "FYI, the spring sale code for everyone is BLOOM15: $15 off any Porch Cam until May.",
    "BLOOM15 takes $15 off sitewide this weekend.",
    # said to be anybody's to use, or open to all
    "Anybody may redeem BLOOM15 for $15 off a Porch Cam until the end of the month.",
    "The BLOOM15 offer is open to everyone through Sunday, $15 off a Porch Cam.",
])
def test_a_code_said_to_be_anyones_is_no_referral_of_the_reader(body: str) -> None:
    assert referrals(body) == []


@pytest.mark.parametrize("body", [
    "Here's a code for everyone on your beat: BLOOM15, $15 off any Porch Cam.",
    "Residents can enter BLOOM15 at checkout for $15 off a Porch Cam.",
])
def test_a_code_for_the_reader_to_hand_out_is_theirs(body: str) -> None:
    assert referrals(body) == [("o1", "org_v")]


def handed_on(body: str) -> list:
    """The REFERRAL edges of one officer's message to a resident naming the code."""
    nodes = dict(NODES, code2=_node("code2", "code", "BLOOM15", key="BLOOM15"))
    index = FakeIndex({k: v for k, v in nodes.items() if k != "code1"})
    m = msg(OTTO, [CORA], "Cameras", body)
    _, edges = extract_relations([m], {}, index, Profile())
    return [(e.source, e.target) for e in of_type(edges, "REFERRAL")]


@pytest.mark.parametrize("body", [
    "Acme's holiday sale code BLOOM15 is on their website, so anyone can use it until June.",
    "BLOOM15 is open to the public through Sunday.",
])
def test_an_officer_passing_on_a_code_said_to_be_anyones_refers_no_one(body: str) -> None:
    """Found by probe BF (a sale code every customer could use, passed on by a sergeant to her deputies)."""
    assert handed_on(body) == []


def test_an_officer_handing_out_a_code_still_refers() -> None:
    assert handed_on("Anyone on your street can take $15 off a Porch Cam with BLOOM15.") == [("o1", "org_v")]
