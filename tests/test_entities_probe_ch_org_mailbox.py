"""A mailbox that goes by an organisation's name ("<Organisation> <news@...>": a newsletter, an events desk) is that
organisation, not a person: its mail is EMAILED by the organisation's node, no person node bears its name, and a
"compliments of <organisation>" finds no person of that name. Found by probe CH (a vendor's newsletter; probe CF has
the same). Names, addresses and wording are invented for these tests (the organisation is one the shipped profile
lists)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)

OFFICER = Address("Tamsin Ebrill", "tebrill@lapd.example")
DESK = Address("Los Angeles Police Foundation", "events@lapf-desk.example")


def _graph(sender):
    msgs = [ew.msg(sender, [OFFICER], "Spring gala", "Tickets for the spring gala go on sale Monday.\n\nThe events team\n"),
            ew.msg(OFFICER, [sender], "Re: Spring gala", "Thanks, noted.\n\nTamsin Ebrill\n",
                   sent="2016-03-09T10:22:00-08:00")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    return index, {n.id: n for n in nodes}, edges


def test_a_mailbox_named_after_an_organisation_is_the_organisation():
    index, nodes, edges = _graph(DESK)
    assert not any(n.kind == "person" and n.name == "Los Angeles Police Foundation" for n in nodes.values())
    sent = {(nodes[e.source].kind, nodes[e.source].name, nodes[e.target].name) for e in edges if e.type == "EMAILED"}
    assert ("organization", "Los Angeles Police Foundation", "Tamsin Ebrill") in sent
    assert ("person", "Tamsin Ebrill", "Los Angeles Police Foundation") in sent
    assert not any(e.type == "MEMBER_OF" and nodes[e.source].kind != "person" for e in edges)
    assert index.find("Los Angeles Police Foundation", kinds=("person",)) is None


def test_a_person_writing_from_the_same_kind_of_address_stays_a_person():
    index, nodes, edges = _graph(Address("Perrin Haldane", "events@lapf-desk.example"))
    assert any(n.kind == "person" and n.name == "Perrin Haldane" for n in nodes.values())
