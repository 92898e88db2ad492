"""Wording found by probe CG (a scanning vendor and a crime lab): a card named by the kind of shop it is spent at ("a
$40 restaurant card", "a $25 bookstore card") is a gift card, its amount what it is worth; a card "headed to your
inbox" is on its way to the reader. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, FakeIndex, Profile, extract_relations, msg, of_type


def gifts(parser, body):
    m = msg(VERA, [OTTO], "Thanks", "Hi Otto,\n\n" + body + VENDOR_SIG)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex().see(m), Profile())
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(edges, "GIFT"))


@pytest.mark.model
@pytest.mark.parametrize("body,value", [
    ("Thanks for speaking at our webinar. A $40 restaurant card is on its way to you.", 40.0),
    ("Thanks for the product feedback call! A $25 bookstore card is coming to you.", 25.0),
    ("Thanks for the review. A $30 gift card is headed to your inbox as a little thank-you.", 30.0),
])
def test_a_shop_card_or_a_card_headed_to_the_inbox_is_a_gift(parser, body, value):
    assert gifts(parser, body) == [("v1", "o1", value)]


@pytest.mark.model
def test_a_shop_card_asked_about_is_no_gift(parser):
    assert gifts(parser, "Could you tell me whether your department allows a $40 restaurant card for survey takers?") == []
