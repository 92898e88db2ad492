"""Entities met by probe AV (a GroupWise print of a German body-camera vendor): a German street in a signature's
address ("Kastanienhof Str. 14", "Birkenau Strasse 3") is a place, no person. Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities


def test_a_german_street_in_a_signature_is_no_person():
    sender = Address("Henrike Maass", "h.maass@brennlicht.example")
    for street in ("Kastanienhof Str. 14", "Birkenau Strasse 3"):
        sig = f"Kind greetings\nHenrike Maass\nExport Sales\nBrennlicht GmbH | {street}, 50667 Cologne, Germany\n"
        msgs = [ew.msg(sender, [ew.DANA], "Our cameras", "Dear Sergeant,\n\nplease find attached our catalogue.\n\n" + sig)]
        index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd")
        people = {n.name for n in nodes if n.kind == "person"}
        assert not any(w in p for p in people for w in ("Kastanienhof", "Birkenau")), people


def test_a_signature_over_groupwise_quoted_history_is_read():
    """A reply printed from GroupWise, its signature run straight into the quoted mail's ">>> Name <addr> date >>>"
    line (a PDF's text keeps no blank line): the signature is the writer's, and gives the MEMBER_OF edge."""
    sender = Address("Tobin Achterberg", "tachterberg@wrenfieldisd.example")
    body = ("sounds good, I'll tell my sergeant.\nOfc. Tobin Achterberg\nWrenfield ISD Police Department\n"
            ">>> Dana Reyes <dreyes@lapd.lacity.org> 4/2/2024 10:15 AM >>>\nTobin - the demo is on Friday at the "
            "range.\nDana Reyes\nHarbor Division")
    msgs = [ew.msg(sender, [ew.DANA], "RE: demo", body)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd")
    by_id = {n.id: n.name for n in nodes}
    member = {(by_id.get(e.source), by_id.get(e.target)) for e in edges if e.type == "MEMBER_OF"}
    assert ("Tobin Achterberg", "Wrenfield ISD Police Department") in member, member
