"""Entities met by probe AS (a records portal's CSV export of a plate-reader vendor and a city police): a signature's
organisation line that spells the writer's address domain with no organisation word ("Quillfield Crossing" of
quillfieldcrossing.com) is the writer's organisation, not a second name; a person's name that a street is named after
("James R. Holloway Blvd", "Walter Allen Jr Blvd") is no person. Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities


def test_an_organisation_line_spelling_the_domain_is_the_writers_organisation():
    sender = Address("Wren Talbot", "wtalbot@quillfieldcrossing.com")
    msgs = [ew.msg(sender, [ew.DANA], "Cameras for the loading dock", "Hi Dana,\n\nOur owners like the idea but the "
                                                                     "budget is spent. Anything you can do?\n\nThanks,\n"
                                                                     "Wren Talbot\nGeneral Manager\nQuillfield Crossing\n"
                                                                     "(555) 555-0142\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    by_id = {n.id: n for n in nodes}
    assert "Quillfield Crossing" in {n.name for n in nodes if n.kind == "organization"}
    assert "Quillfield Crossing" not in {n.name for n in nodes if n.kind == "person"}
    member = {(by_id[e.source].name, by_id[e.target].name) for e in edges if e.type == "MEMBER_OF"}
    assert ("Wren Talbot", "Quillfield Crossing") in member, member
