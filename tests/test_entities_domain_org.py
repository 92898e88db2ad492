"""A signature organisation with no organisation word, under a given profile: the line spells the writer's own
address domain ("The Harlow Courier" of harlowcourier.example), or its initials are the whole short domain (probe AX:
"Marlow Tenants Rights Project" of mtrp.example). Names and lines are invented for these tests."""
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


def test_a_signature_line_that_spells_the_writers_domain_is_their_organisation():
    ines = Address("Ines Varga", "ivarga@harlowcourier.example")
    assert _member(ines, "Ines Varga\nFeatures Editor, The Harlow Courier") == {"Ines Varga": ("Harlow Courier", "organization")}


def test_a_persons_own_domain_or_a_free_mail_address_names_no_organisation():
    hal = Address("Hal Brody", "hal@halbrody.example")
    assert _member(hal, "Hal Brody\nOwner, Hal Brody") == {}
    ines = Address("Ines Varga", "harlowcourier@gmail.com")
    assert _member(ines, "Ines Varga\nFeatures Editor, Harlow Courier") == {}


def test_a_signature_line_whose_initials_are_the_writers_domain_is_their_organisation():
    tove = Address("Tove Lindqvist", "tlindqvist@mtrp.example")
    assert _member(tove, "Tove Lindqvist\nOrganizer\nMarlow Tenants Rights Project") == {
        "Tove Lindqvist": ("Marlow Tenants Rights Project", "organization")}


def test_initials_of_a_persons_name_or_a_line_of_other_initials_name_no_organisation():
    jo = Address("Jonas Peder Lund", "jpl@jpl-home.example")
    assert _member(jo, "Jonas Peder Lund\nJonas Peder Lund") == {}
    tove = Address("Tove Lindqvist", "tlindqvist@mtrp.example")
    assert _member(tove, "Tove Lindqvist\nOrganizer\nHarbor Street Tenants Project") == {}
