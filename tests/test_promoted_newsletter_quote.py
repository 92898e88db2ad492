"""PROMOTED: a vendor's newsletter (a marketing blast: "unsubscribe" at its foot) that quotes a customer by name ("“I'd
recommend the X to any department ...,” says Otto Officer, ...") carries that customer's endorsement; the blast's own
praise of its products, and a blast quoting no one, carry none, and a blast still gives no GIFT. Every sentence is
invented for these tests (the small world of ``test_relations.py``), read with the parse."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SID, VENDOR_SIG, VERA, FakeIndex, Profile, msg, of_type

from giftgraph.nlp.relations import extract_relations

FOOT = "\n\nYou are receiving this email because you signed up for Acme news. Unsubscribe."


def relations(parser, body):
    m = msg(VERA, [OTTO, SID], "Acme Notes - June", body + VENDOR_SIG + FOOT)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return ([(e.source, e.target) for e in of_type(edges, "PROMOTED")],
            [(e.source, e.target) for e in of_type(edges, "GIFT")])


@pytest.mark.model
def test_a_customer_quoted_in_a_newsletter_endorses(parser):
    body = ("Acme Notes, June\n\nCustomer corner: \u201cThe Yard Light Cam has been a game changer on our night shift. "
            "I\u2019d recommend it to any department with big lots,\u201d says Otto Officer, a sergeant in the Quarry "
            "Division.\n\nSummer offer: every customer gets a free Relay Chime with two Porch Cams.")
    promoted, gifts = relations(parser, body)
    assert promoted == [("o1", "p_flood")]
    assert gifts == []


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Acme Notes, June\n\nThe Yard Light Cam is the best camera we have ever made, and we highly recommend it.",
    "Acme Notes, June\n\n\u201cSummer is the season for porch thefts,\u201d our blog says. The Porch Cam is worth every penny.",
])
def test_a_newsletters_own_praise_endorses_nothing(parser, body):
    assert relations(parser, body) == ([], [])
