"""Probe AX: a signature organisation named by a line whose initials are the writer's address domain ("Marlow Tenants
Rights Project" of mtrp.example), with no organisation word the lexicon knows. Names and lines are invented here."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)

REP = Address("Wes Farrow", "wes.farrow@ring.com")


def _member(sender, signature):
    msgs = [ew.msg(sender, [REP], "Question", f"Could you call me back today?\n\n{signature}\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    names = {n.id: (n.name, n.kind) for n in nodes}
    return {names[e.source][0]: names[e.target] for e in edges if e.type == "MEMBER_OF" and names[e.source][0] != "Wes Farrow"}


def test_a_signature_line_whose_initials_are_the_writers_domain_is_their_organisation():
    tove = Address("Tove Lindqvist", "tlindqvist@mtrp.example")
    assert _member(tove, "Tove Lindqvist\nOrganizer\nMarlow Tenants Rights Project") == {
        "Tove Lindqvist": ("Marlow Tenants Rights Project", "organization")}


def test_initials_of_a_persons_name_or_a_line_of_other_initials_name_no_organisation():
    jo = Address("Jonas Peder Lund", "jpl@jpl-home.example")
    assert _member(jo, "Jonas Peder Lund\nJonas Peder Lund") == {}
    tove = Address("Tove Lindqvist", "tlindqvist@mtrp.example")
    assert _member(tove, "Tove Lindqvist\nOrganizer\nHarbor Street Tenants Project") == {}
