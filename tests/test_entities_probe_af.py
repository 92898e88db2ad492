"""Entities met by probe AF (one OCR'd text file of a home-camera vendor and a mid-size city's police): a vendor's
"I'm sending a box of six cameras to you at the Northeast Division station" names where the reader is, not the
writer's own unit (no MEMBER_OF for the writer); "I'm the burglary detective at X Division" still names the writer's.
Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.nlp.extract import extract_entities


def test_a_unit_where_things_go_to_the_reader_is_not_the_writer_s():
    from giftgraph.ingest.message import Address

    gabe = Address("Gabe Rourke", "34611@lapd.lacity.org")
    for body, want in [
        ("Ms. Reyes,\n\nI'm sending a box of six cameras to you at the Northeast Division station, no charge.\n\nGabe\n",
         False),
        ("Ms. Reyes,\n\nI'm mailing the flyers for them at Northeast Division on Monday.\n\nGabe\n", False),
        ("Ms. Reyes,\n\nI'm the burglary detective at LAPD Northeast Division.\n\nGabe\n", True),
        ("Ms. Reyes,\n\nI'm still with Northeast Division for another month.\n\nGabe\n", True),
    ]:
        msgs = [ew.msg(gabe, [ew.DANA], "Church burglaries", body)]
        index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
        names = {n.id: n.name for n in nodes}
        member = [(names[e.source], names[e.target]) for e in edges if e.type == "MEMBER_OF"]
        assert (("Gabe Rourke", "Northeast Division") in member) is want, body
