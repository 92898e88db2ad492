"""Signature lines met by probe DQ (a county library and an e-book vendor's HTML mail): a librarian's title ("Youth
Services Librarian") is a title, not an organisation; a button's call to action left above a sign-off ("Download the
guide", "Watch the replay") is no organisation. Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities


def _orgs(body, sender):
    msgs = [ew.msg(sender, [ew.DANA], "Storytime kits", body)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    return {n.name for n in nodes if n.kind in ("organization", "division")}


def test_a_librarians_title_is_no_organisation():
    sender = Address("Noor Callender", "ncallender@brisbycl.org")
    orgs = _orgs("Dana,\n\nCould you send pricing for the storytime kits?\n\nThanks,\n\nNoor Callender\n"
                 "Youth Services Librarian\nBrisby County Library\n", sender)
    assert "Youth Services Librarian" not in orgs, orgs


def test_a_buttons_call_to_action_is_no_organisation():
    sender = Address("Ilse Marrow", "ilse@tallowbrook.example")
    for button in ("Watch the replay", "Download the guide"):
        orgs = _orgs(f"Hi Dana,\n\nThe session recording is ready for your team.\n\n{button}\n\nWarmly,\nIlse\n", sender)
        assert button not in orgs, (button, orgs)
