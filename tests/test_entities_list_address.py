"""A mailing list's or a discussion group's address ("drone-pilots@googlegroups.com", "alerts@lists.example.org") is a
group's, never a person: no person node, no EMAILED edge to it; a person's own address beside it is kept. Invented
names throughout."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities


def test_a_list_address_is_no_person():
    group = Address("", "valley-uas-pilots@googlegroups.com")
    other = Address("Harbor Alerts", "alerts@lists.harborcounty.example")
    msgs = [ew.msg(ew.ROBERT, [group, ew.DANA], "Batteries", "All, anyone have spare batteries?\n\nRobert Alvarez\n"
                   "Detective II, Serial No. 30512\nGang and Narcotics Division\nLos Angeles Police Department\n"),
            ew.msg(ew.ROBERT, [other], "Road closure", "Heads up on the closure.\n\nRobert Alvarez\n")]
    _, _, nodes, edges = extract_entities(msgs, profile="ring_lapd", model=None)
    people = {n.name: n for n in nodes if n.kind == "person"}
    emails = {e for n in people.values() for e in n.emails}
    assert not {"valley-uas-pilots@googlegroups.com", "alerts@lists.harborcounty.example"} & emails, emails
    assert not any("googlegroups" in n or "Harbor Alerts" == n for n in people), list(people)
    assert {"Robert Alvarez", "Dana Reyes"} <= set(people)
