"""GIFT and PROMOTED wording met by probe AW (an Outlook binder of a vendor's partnerships manager who tells stories, a
marketing coordinator who writes in bullets and officers who write in the passive), each rule with a near case it
leaves alone. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OLGA, OTTO, SID, VERA, FakeIndex, Profile, _node, msg, run
from test_relations import gift_triples as gifts


def _gifts(*mails, nodes=NODES):
    return gifts(run(list(mails), FakeIndex(nodes).see(*mails))[1])


def _promoted(parser, m, nodes=NODES):
    from giftgraph.nlp.relations import extract_relations

    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(nodes).see(m), Profile())
    return sorted((e.source, e.target) for e in edges if e.type == "PROMOTED")


@pytest.mark.model
def test_a_gift_noun_before_a_preposition_is_no_thing_of_its_own():
    """"They're a gift to you and the squad from all of us" after the sentence that counts the things: the things before
    are given ("gift" is a noun here, not a verb whose object is a thing of its own, as in "bring pizza, my treat")."""
    offer = msg(VERA, [SID], "chimes", "Sid,\n\nI have put three Relay Chimes in a box for you. They are a gift to you "
                "and the squad from everybody here.\n\nVera\nAcme Cams")
    yes = msg(SID, [VERA], "RE: chimes", "Great, thank you Vera.\n\nSid", day=2)
    assert _gifts(offer, yes) == [("v1", "s1", 87.0)]
    own = msg(VERA, [SID], "chimes", "Sid,\n\nI have put three Relay Chimes in a box for you. I'll bring donuts for the "
              "squad, my treat.\n\nVera\nAcme Cams")
    assert _gifts(own, yes) == []


@pytest.mark.model
def test_the_writers_unit_received_things_it_may_keep():
    """"The squad received six X from <vendor> on Monday, which Ms. Vendor tells us we can keep.", written by an officer
    of a unit: a gift to that unit; received with no word that they are free, or lent, no gift."""
    def note(sentence):
        return msg(OTTO, [OLGA], "notes", f"Olga,\n\n{sentence} They are in the report room.\n\nOtto")
    assert _gifts(note("The squad received six Porch Cams from Acme on Monday, which Ms. Vendor tells us we can keep.")) \
        == [("org_v", "d1", 1194.0)]
    assert _gifts(note("The squad received six Porch Cams from Acme on Monday.")) == []
    assert _gifts(note("The squad received six Porch Cams from Acme on Monday, which we can keep until the loan ends.")) \
        == []


@pytest.mark.model
def test_the_vendors_name_opening_a_products_name_is_the_product_recommended(parser):
    """"I would recommend the Acme Hang Up Cam for a carport" (the parse may read "Hang Up" as a verb and its particle,
    leaving "the Acme" as the object): the Hang Up Cam. The vendor named apart in the sentence stays the vendor."""
    nodes = dict(NODES)
    nodes["p_hang"] = _node("p_hang", "product", "Hang Up Cam", ["Acme Hang Up Cam"], unit_price_usd=149)
    m = msg(OTTO, [OLGA], "carports", "Olga,\n\nFor a carport I would strongly recommend the Acme Hang Up Cam, mounted "
            "high.\n\nOtto")
    assert _promoted(parser, m, nodes=nodes) == [("o1", "p_hang")]
    apart = msg(OTTO, [OLGA], "carports", "Olga,\n\nI would strongly recommend Acme for carports, and the Acme Hang Up "
                "Cam in particular.\n\nOtto")
    assert ("o1", "org_v") in _promoted(parser, apart, nodes=nodes)


@pytest.mark.model
def test_appreciating_it_if_someone_does_something_is_a_request_not_praise(parser):
    """"I would appreciate it if Acme could confirm the wording" asks; "I really appreciate Acme" and "I'd love it if every
    household had a Porch Cam" praise."""
    ask = msg(OTTO, [VERA], "flyer", "Vera,\n\nThe flyer draft is below. I would appreciate it if Acme could confirm the "
              "wording before it goes out.\n\nOtto")
    assert _promoted(parser, ask) == []
    praise = msg(OTTO, [VERA], "flyer", "Vera,\n\nThe flyer draft is below. I really appreciate Acme.\n\nOtto")
    assert _promoted(parser, praise) == [("o1", "org_v")]
    wish = msg(OTTO, [VERA], "flyer", "Vera,\n\nI'd love it if every household on my beat had a Porch Cam.\n\nOtto")
    assert _promoted(parser, wish) == [("o1", "p_door")]


@pytest.mark.model
def test_nobody_paying_a_dime_is_terms_of_a_gift():
    """"Nobody pays a dime." after the things are counted states the terms, as "no charge" does; "Nobody pays full
    price ... two at $20 each" is a sale, and "Nobody has paid yet" is no terms."""
    def offer(body):
        a = msg(VERA, [OLGA], "chimes", f"Olga,\n\n{body}\n\nVera\nAcme Cams")
        return a, msg(OLGA, [VERA], "RE: chimes", "Thank you, Vera!\n\nOlga", day=2)
    assert _gifts(*offer("I've packed two Relay Chimes for you. Nobody pays a dime.")) == [("v1", "o2", 58.0)]
    assert _gifts(*offer("Nobody pays full price for a Relay Chime anymore; I can send you two at $20 each.")) == []
    assert _gifts(*offer("I've packed two Relay Chimes for you, $20 each. Nobody has paid yet.")) == []
