"""Wording found by probe CG (a scanning vendor and a crime lab): an officer telling colleagues that the vendor sent
promotional goods for their unit or for them ("FYI Acme dropped off a carton of hoodies and beanies for the
division") reports a gift from the vendor, as the vendor's own "I left jackets on your desk" is one; an invoice for
them, a sending still to come or a condition is none. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OLGA, OTTO, SID, FakeIndex, Profile, extract_relations, msg, of_type


def gifts(parser, body):
    m = msg(OTTO, [OLGA, SID], "Hoodies", body + "\n\nOtto")
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex().see(m), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "GIFT"))


@pytest.mark.model
@pytest.mark.parametrize("body,target", [
    ("Heads up, Acme dropped off a carton of hoodies and beanies for the division. They're by the coffee machine.", "d1"),
    ("FYI Acme shipped a dozen fleece vests and some coffee mugs for the unit this week.", "d1"),
    ("Acme sent us a crate of windbreakers yesterday.", "o1"),
])
def test_the_vendor_sending_goods_for_the_speakers_side_is_a_gift(parser, body, target):
    assert gifts(parser, body) == [("org_v", target)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Acme sent us the invoice for the hoodies and beanies we ordered for the division.",
    "Acme will send a carton of hoodies for the division if we renew.",
    "If Acme sends hoodies for the unit, put them in the break room.",
])
def test_goods_billed_promised_or_supposed_are_no_gift(parser, body):
    assert gifts(parser, body) == []
