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


def test_a_name_a_street_is_named_after_is_no_person():
    body = ("Hi Dana,\n\nInstall plan for next week:\n\n[ ] Site 1 - Northgate Dr NW & James R. Holloway Blvd (power "
            "company pole, permit filed 3/2)\n[ ] Site 2 - Calloway St NW & Walter Allen Jr Blvd (city pole)\n\nThanks,\n\nRobert Alvarez\nDetective II, Serial No. 30512\nGang and Narcotics Division\n"
            "Los Angeles Police Department\n")
    msgs = [ew.msg(ew.ROBERT, [ew.DANA], "Install sites", body)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model=None)
    people = {n.name for n in nodes if n.kind == "person"}
    assert not {"Walter Allen", "Walter Allen Jr", "James R. Holloway", "James Holloway"} & people, people
    assert "Robert Alvarez" in people
