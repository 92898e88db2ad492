"""Entities met by probe AC: a vendor's "I'm leaving the four units with your training unit" names the reader's unit,
not the writer's own (no MEMBER_OF for the writer); "I'm the burglary detective at X Division" still names the
writer's. Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.nlp.extract import extract_entities


def test_a_unit_after_your_in_i_m_sentence_is_not_the_writer_s():
    from giftgraph.ingest.message import Address

    gabe = Address("Gabe Rourke", "34611@lapd.lacity.org")
    for body, want in [
        ("Ms. Reyes,\n\nI'm leaving two cameras with your Northeast Division desk officer tomorrow.\n\nGabe\n", False),
        ("Ms. Reyes,\n\nI'm the burglary detective at LAPD Northeast Division.\n\nGabe\n", True),
    ]:
        msgs = [ew.msg(gabe, [ew.DANA], "Church burglaries", body)]
        index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
        names = {n.id: n.name for n in nodes}
        member = [(names[e.source], names[e.target]) for e in edges if e.type == "MEMBER_OF"]
        assert (("Gabe Rourke", "Northeast Division") in member) is want, body


def test_a_labelled_phone_number_beside_a_redacted_one_names_no_organisation():
    """"Office: 805-555-0140 | Cell: (b)(6)" under a signature: two phone numbers, one redacted, no organisation
    "Office: 805-555-0140"; the organisation line above it is still read."""
    from giftgraph.ingest.message import Address

    gabe = Address("Gabe Rourke", "34611@lapd.lacity.org")
    body = ("Ms. Reyes,\n\nThe walk-through is on for Tuesday.\n\nGabe Rourke\nDetective\nNortheast Division\n"
            "Los Angeles Police Department\nOffice: 805-555-0140 | Cell: (b)(6)\n")
    index, docs, nodes, edges = extract_entities([ew.msg(gabe, [ew.DANA], "Walk-through", body)], profile="ring_lapd",
                                                 model="blank")
    orgs = {n.name for n in nodes if n.kind in ("organization", "division")}
    assert not any("Office" in o or "555" in o for o in orgs), orgs
    assert "Northeast Division" in orgs


def test_a_preposition_opening_the_sentence_is_no_part_of_an_organisation_s_name():
    """"Per University purchasing rules, ..." made an organisation "Per University"; "Per Hillside Fellowship bylaws"
    names the Hillside Fellowship."""
    from giftgraph.nlp.extract import _clean_org_span

    assert _clean_org_span("Per Hillside Fellowship") == "Hillside Fellowship"
    assert _clean_org_span("Via Quarry Valley Council") == "Quarry Valley Council"
    assert _clean_org_span("Hillside Fellowship") == "Hillside Fellowship"
