"""Organisations a signature line names: the government after a unit, a profession's own body."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from giftgraph.nlp.extract import extract_entities

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)


def test_a_city_after_a_unit_on_one_signature_line_is_an_organisation():
    """"Hollywood Division, City of Lowmoor": the unit is the writer's, and the city after the comma is an
    organisation as it is on a line of its own ("City of Lowmoor")."""
    from giftgraph.ingest.message import Address

    buyer, seller = Address("Orla Penhallow", "openhallow@lowmoor.example"), Address("Nadia Krol", "nkrol@ring.com")
    msgs = [ew.msg(buyer, [seller], "Terms", "Please send the terms.\n\nOrla Penhallow\nSenior Buyer\n"
                   "Hollywood Division, City of Lowmoor\n"),
            ew.msg(seller, [buyer], "RE: Terms", "Attached.\n\nNadia Krol\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    orgs = {n.name for n in nodes if n.kind == "organization"}
    units = {n.name for n in nodes if n.kind == "division"}
    assert "City of Lowmoor" in orgs
    assert "Hollywood Division" in units


def test_a_professions_own_body_on_a_signature_line_is_an_organisation():
    """"Program Director / Tri-Valley Dispatch Roundtable", "Editor, Northfield Jailers Guild": a guild, a roundtable
    are organisations people sign for, as an association is."""
    from giftgraph.ingest.message import Address

    host, writer = Address("Bettany Quaile", "bquaile@tvdf.example"), Address("Corin Maddox", "cmaddox@njg.example")
    seller = Address("Nadia Krol", "nkrol@ring.com")
    msgs = [ew.msg(host, [seller], "Panel", "Your panel is on Friday.\n\nBettany Quaile\nProgram Director\n"
                   "Tri-Valley Dispatch Roundtable\n"),
            ew.msg(writer, [seller], "Column", "The column runs in May.\n\nCorin Maddox\nEditor, Northfield Jailers Guild\n",
                   page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert {"Tri-Valley Dispatch Roundtable", "Northfield Jailers Guild"} <= orgs
    assert not [n.name for n in nodes if n.kind == "person" and ("Roundtable" in n.name or "Guild" in n.name)]


def test_an_agency_named_after_a_place_of_a_port_stays_the_lines_agency():
    """"Harbor Safety Office, Port of Quellmouth Police Department": the agency after the unit is no government of its
    own (the unit's line is read for the unit, as before)."""
    from giftgraph.ingest.message import Address

    lt, seller = Address("Ines Morrow", "imorrow@quellmouthport.example"), Address("Nadia Krol", "nkrol@ring.com")
    msgs = [ew.msg(lt, [seller], "Radios", "The radios work.\n\nInes Morrow\n"
                   "Hollywood Division, Port of Quellmouth Police Department\n"),
            ew.msg(seller, [lt], "RE: Radios", "Good.\n\nNadia Krol\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert "Port of Quellmouth Police Department" not in orgs
