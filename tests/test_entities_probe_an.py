"""Entities met by probe AN (a Thunderbird mbox of a body-camera vendor and a city police): a signature's title over a
function of an organisation ("Director of Security Services", "Head of Public Affairs") is a title, not an
organisation, and the organisation line under it is the signer's; a title over a kind of organisation alone stays as
it was. Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities


def test_a_title_over_a_function_is_no_organisation():
    sender = Address("Orla Penn", "openn@larkspurhealth.org")
    for title in ("Director of Security Services", "Head of Public Affairs"):
        sig = f"Orla Penn\n{title}\nLarkspur Health Center\n"
        msgs = [ew.msg(sender, [ew.DANA], "Cameras for the ER", "Dana,\n\nCould you send pricing for twelve cameras?"
                                                                "\n\nThanks,\n\n" + sig)]
        index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
        orgs = {n.name for n in nodes if n.kind in ("organization", "division")}
        assert title not in orgs, (title, orgs)
        member = {(e.source, e.target) for e in edges if e.type == "MEMBER_OF"}
        by_id = {n.id: n.name for n in nodes}
        assert ("Orla Penn", "Larkspur Health Center") in {(by_id.get(a), by_id.get(b)) for a, b in member}, member
