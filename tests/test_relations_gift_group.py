"""GIFT: who receives a gift meant for a group. More licences or seats than one reader fills, a meal for a head count,
things "for the department", a unit the offer asks ("Would the Quarry Division want some?") or names where it says
whose people they are for: the reader's unit or organisation, or the unit named, not the one person written to. Every
message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import AGENCY, NODES, OTTO, SID, VERA, FakeIndex, Profile, _node, msg
from test_relations import gift_triples as gifts

from giftgraph.nlp.relations import extract_relations


class _DomainProfile(Profile):
    """The agency's addresses belong to the Metro Police Department, as a profile's domains say."""

    @staticmethod
    def domain_info(email: str) -> dict:
        return {"organization": "Metro Police Department", "role": "officer"} if email.endswith("@" + AGENCY) else {}


# a service sold by the seat, besides the world's cameras
_NODES = {**NODES, "p_vault": _node("p_vault", "product", "Clip Vault", ["Clip Vault licence"], unit_price_usd=120,
                                    device=False)}


def _run(*turns: tuple[str, str], reader: str = OTTO):
    """("v" | "o", body) turns of one thread between Vera (the vendor) and ``reader``."""
    out = []
    for i, (who, body) in enumerate(turns):
        sender, to = (VERA, reader) if who == "v" else (reader, VERA)
        sig = "\n\nVera Vendor\nAcme Cams" if who == "v" else "\n\nThanks"
        out.append(msg(sender, [to], ("RE: " if i else "") + "Rollout", body + sig, day=i + 1))
    return gifts(extract_relations(out, {}, FakeIndex(_NODES).see(*out), _DomainProfile())[1])


@pytest.mark.parametrize("offer,reader,expected", [
    # "for the department" to a reader of no known unit: the organisation their address belongs to
    ("To get your rollout going we'd like to put eight Porch Cams on the house for the department.", SID,
     [("v1", "org_a", 1592.0)]),
    # ... and to a reader of a known unit, that unit, as before
    ("To get your rollout going we'd like to put eight Porch Cams on the house for the department.", OTTO,
     [("v1", "d1", 1592.0)]),
    # more licences than one reader fills: the organisation's, named as a product or only counted
    ("As thanks for a great first year, we've topped up all thirty Clip Vault licences with twelve more months at "
     "no charge.", SID, [("v1", "org_a", 3600.0)]),
    ("So nobody loses access over the summer, we have extended all 25 named licences through September at no "
     "charge. That's roughly $2,500 of subscription we're covering.", OTTO, [("v1", "org_a", 2500.0)]),
    # a head count: the reader's unit
    ("The deli near us does a sandwich tray for about 30 people, roughly $260, and it's our treat.", OTTO,
     [("v1", "d1", 260.0)]),
    # the unit the offer asks, the sentence before its terms
    ("We just got a batch of Porch Cams with the new faceplate. Would the Quarry Division want some? No charge, "
     "they're demo stock.", SID, [("v1", "d1", None)]),
])
def test_a_gift_for_a_group_goes_to_the_group(offer, reader, expected):
    got = _run(("v", offer), ("o", "That's generous, thank you. We'd be glad to take them."), reader=reader)
    assert [(g, r) for g, r, _ in got] == [(g, r) for g, r, _ in expected]
    if expected[0][2] is not None:
        assert got[0][2] == expected[0][2]


def test_the_unit_named_where_the_offer_says_whose_people_they_are_for():
    got = _run(("v", "I've got a box of Porch Cams left over from the expo, a dozen, no charge. Mind if I drop them "
                     "at Quarry Division for the team next week?"),
               ("o", "Sure, the night shift will put them to use. Thanks."), reader=SID)
    assert [(g, r) for g, r, _ in got] == [("v1", "d1")]


@pytest.mark.parametrize("offer,expected", [
    # a few licences: the reader's own
    ("We'd like to give you two Clip Vault licences at no charge for the case.", [("v1", "o1", 240.0)]),
    # licences counted but sold, not given
    ("Your renewal of all thirty Clip Vault licences comes to $3,600, invoice attached.", []),
    # a unit named for the team, of nothing given
    ("Here's a free Porch Cam for your porch, no charge. I'll also run a demo at Quarry Division for the team on "
     "Friday.", [("v1", "o1", 199.0)]),
    # a head count of two: the reader and a guest
    ("Dinner for 2 people at Marlo's on Friday, about $120, my treat.", [("v1", "o1", 120.0)]),
])
def test_what_one_reader_can_use_is_still_theirs(offer, expected):
    assert _run(("v", offer), ("o", "Thank you, that works for us.")) == expected
