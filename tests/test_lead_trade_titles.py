"""Entities (found from probe DY's leftovers; every name and line here is invented for these tests): a signature's
job title of the trades or the back office ("Maintenance Foreman", "Fleet Technician") is a title, not a person the
trained pipeline read out of the signature."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)
import pytest

from giftgraph.ingest.message import Address
from giftgraph.nlp.components import DEFAULT_MODEL
from giftgraph.nlp.extract import extract_entities


@pytest.mark.parametrize("title", ["Maintenance Foreman", "Fleet Technician", "Accounts Bookkeeper"])
def test_a_trade_title_under_the_name_is_no_person(nlp, title):
    sender = Address("Wrenfield, Tobias", "twrenfield@ashgrove.example")
    body = (f"Dana,\n\nThe crew finished the north fields on Sunday and the mower held up.\n\nTobias Wrenfield\n{title}\n"
            "City of Ashgrove Parks Department\n")
    index, docs, nodes, edges = extract_entities([ew.msg(sender, [ew.DANA], "Mower", body)], profile="ring_lapd",
                                                 model=DEFAULT_MODEL)
    people = {n.name for n in nodes if n.kind == "person"}
    assert "Tobias Wrenfield" in people and title not in people, people
