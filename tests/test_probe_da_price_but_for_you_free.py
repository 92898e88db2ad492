"""A thing given to keep, then its price and the same thing said free for the reader in the next sentence: "It sells
for $649, but for you it is free", "In the store they cost $120 but to your team they're gratis" (English's "gratis",
a "for you" between the "but" and the pronoun): the price is what the gift is worth. Not when something else is said
free ("It costs $649, but for you the delivery is free"). Every message is invented for these tests (the small world
of ``test_relations.py``, with one product no catalogue prices)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import NODES, OTTO, VERA, FakeIndex, Profile, _node, msg, of_type  # noqa: E402

from giftgraph.nlp.relations import extract_relations

WORLD = dict(NODES)
WORLD["p_kite"] = _node("p_kite", "product", "Kite Scooter", ["Kite"])  # no price in the catalogue


def gifts(parser, body):
    m = msg(VERA, [OTTO], "Your scooter", body)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(WORLD), Profile())
    return sorted((e.source, e.target, e.attrs.get("value_usd")) for e in of_type(edges, "GIFT"))


@pytest.mark.model
@pytest.mark.parametrize("said", [
    "It sells for $649, but for you it is free.",
    "In our shop it costs USD 649 but for you it is gratis.",
    "It retails at $649, but to you it's free of charge.",
])
def test_a_price_then_free_for_the_reader_is_the_gifts_value(parser, said):
    body = f"Hi Otto,\n\nYou may keep the Kite Scooter, it is a gift from our team. {said}\n\nVera"
    assert gifts(parser, body) == [("v1", "o1", 649.0)]


@pytest.mark.model
def test_another_thing_said_free_is_no_value_of_the_gift(parser):
    body = ("Hi Otto,\n\nYou may keep the Kite Scooter, it is a gift from our team. It costs $649, but "
            "for you the delivery is free.\n\nVera")
    assert gifts(parser, body) == [("v1", "o1", None)]
