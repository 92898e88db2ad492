"""GIFT wording met by probe DV: hospitality told as an arrangement already made for the reader, with no word of
giving or of its being free ("I've added you and Marta to the box list for Sunday's match", "your names are on the
door at the ticket window"). Every sentence is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, VENDOR_SIG, VERA, FakeIndex, Profile, gift_triples, msg  # noqa: E402

from giftgraph.nlp.relations import extract_relations  # noqa: E402


def _gifts(parser, body):
    """The note from Vera, and Otto's short yes the next day."""
    m = msg(VERA, [OTTO], "Sunday", "Otto,\n\n" + body + VENDOR_SIG, day=1)
    r = msg(OTTO, [VERA], "RE: Sunday", "Vera,\n\nThanks, we'll be there.\n\nOtto", day=2)
    _, edges = extract_relations([m, r], {x.id: parser(x.body) for x in (m, r)}, FakeIndex().see(m, r), Profile())
    return [(s, t) for s, t, _v in gift_triples(edges)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
        "I put you down on the guest list for the concert on the 12th, two seats in our box.",
    "You're on the list for Sunday's game: two seats in the club level, just show ID at the gate.",
    "Your names are at will call for Sunday's game, two seats behind the bench.",
])
def test_a_place_arranged_for_the_reader_at_an_event_is_hospitality(parser, body):
    assert _gifts(parser, body) == [("v1", "o1")]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "I've added you to the distribution list for the match reports.",
    "Your tickets for Sunday's game are at will call; the $120 went through on your card.",
    "I put you on the waiting list for season seats; the league will invoice you in March.",
])
def test_a_list_or_a_window_with_no_hospitality_or_with_paying_is_none(parser, body):
    assert _gifts(parser, body) == []
