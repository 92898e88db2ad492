"""Wording found by probe CG (a scanning vendor and a crime lab): things given, then their price and the same things
said free in the next sentence ("... with your name on them. They'd run you $360, but they're on us.") are worth that
price. Every message is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, Profile, extract_relations, of_type, vendor_thread


def gifts(parser, *bodies):
    ms = vendor_thread(*bodies)
    _, edges = extract_relations(ms, {m.id: parser(m.body) for m in ms}, FakeIndex().see(*ms), Profile())
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(edges, "GIFT"))


@pytest.mark.model
@pytest.mark.parametrize("offer,value", [
    ("Otto, I grabbed four seats for Sunday's match with your name on them. They'd run you $360, but they're on us.", 360.0),
    ("Otto, got you two passes for the jazz festival next weekend. $190 for both, but it's all on me.", 190.0),
])
def test_a_price_then_the_same_things_said_free_is_their_value(parser, offer, value):
    assert gifts(parser, offer, "Much appreciated, Vera.") == [("v1", "o1", value)]

