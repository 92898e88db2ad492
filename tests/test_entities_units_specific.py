"""Which unit a signature makes a person a member of, and organisations printed with and without "The". A line
naming two units ("Troop D - Fraud Squad") makes the writer a member of the narrower one, whichever comes first; a
state police's barracks and its crime laboratory are units; "The Quarry Gazette" of a signature and "Quarry Gazette"
are one newspaper. Every name, unit and sentence is invented for these tests."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities
from giftgraph.nlp.resolve import Resolver

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)

TPR = Address("Mara Vell", "mvell@brantonpd.example")
REP = Address("Wes Farrow", "wes.farrow@ring.com")


def _member(line):
    msgs = [ew.msg(TPR, [REP], "Visit", f"Thursday works.\n\nCpl. Mara Vell\n{line}\nBranton Police Department\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    names = {n.id: (n.name, n.kind) for n in nodes}
    return {names[e.source][0]: names[e.target] for e in edges if e.type == "MEMBER_OF"}["Mara Vell"]


@pytest.mark.parametrize("line,unit", [
    ("Troop D - Fraud Squad", "Fraud Squad"),          # the broad unit first
    ("Fraud Squad - Troop D", "Fraud Squad"),          # the narrow one first
    ("Kestrel Station - Evidence Section", "Evidence Section"),
])
def test_of_two_units_on_one_line_the_narrower_is_the_members(line, unit):
    assert _member(line) == (unit, "division")


@pytest.mark.parametrize("line", ["Alder Creek Barracks", "Regional Crime Laboratory"])
def test_a_barracks_and_a_crime_laboratory_are_units(line):
    assert _member(line) == (line, "division")


@pytest.mark.parametrize("first,second", [("The Quarry Gazette", "Quarry Gazette"),
                                          ("Quarry Gazette", "The Quarry Gazette")])
def test_a_name_with_and_without_its_article_is_one_organisation(first, second):
    from giftgraph.nlp.profile import Profile

    res = Resolver(Profile.load("ring_lapd"))
    known = res.add_org(first)
    assert res.add_org(second) == known
    assert res.add_org("The Theodore Club") != known
