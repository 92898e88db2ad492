"""Units that only the release's own signatures name (the profile does not list them): a unit printed beside
the writer's title or the agency's name on one signature line, and the same unit written in the text. Every
name, unit and sentence is invented for these tests."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)

LT = Address("Ilse Kovacic", "ikovacic@brantonpd.example")
CAPT = Address("Royce Ambler", "rambler@brantonpd.example")
DET = Address("Nell Okafor", "nokafor@brantonpd.example")
REP = Address("Wes Farrow", "wes.farrow@ring.com")


def _members(nodes, edges):
    names = {n.id: (n.name, n.kind) for n in nodes}
    return {names[e.source][0]: names[e.target] for e in edges if e.type == "MEMBER_OF"}


@pytest.mark.parametrize("line,unit", [
    ("Officer in Charge, Harbor Patrol Unit", "Harbor Patrol Unit"),       # a title before the unit
    ("Watch Commander | Cliffside Division", "Cliffside Division"),        # a rank word in the title, a bar
    ("Fraud Bureau | Branton Police Department", "Fraud Bureau"),          # the unit beside the agency's name
])
def test_a_unit_beside_a_title_or_the_agency_on_one_signature_line_is_a_division(line, unit):
    msgs = [ew.msg(LT, [REP], "Visit", f"Thursday works.\n\nIlse Kovacic\n{line}\nBranton Police Department\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert _members(nodes, edges)["Ilse Kovacic"] == (unit, "division")
    assert {n.name: n.attrs["role"] for n in nodes if n.kind == "person"}["Ilse Kovacic"] == "officer"


def test_a_title_beside_a_salespersons_territory_stays_no_unit():
    """Not on a police signature: "Account Manager, Harbor Patrol Unit" is where a seller sells."""
    msgs = [ew.msg(REP, [LT], "Visit", "See you then.\n\nWes Farrow\nAccount Manager, Harbor Patrol Unit\nRing\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert not [n for n in nodes if n.kind == "division"]


@pytest.mark.model
def test_a_unit_named_by_a_signature_is_a_division_mention_in_the_text(nlp):
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    prof = Profile.load("ring_lapd")
    msgs = [ew.msg(CAPT, [REP], "Open house", "Wes,\n\nSee you at the open house.\n\nCapt. Royce Ambler\n"
                   "Harbor Patrol Unit\nBranton Police Department\n"),
            ew.msg(REP, [CAPT], "RE: Open house", "Captain,\n\nWe'd be glad to hand over four Chime Pros to the Harbor "
                   "Patrol Unit for the open house raffle.\n\nWes Farrow\nRing\n", page=2)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=load_pipeline(prof))
    unit = next(n.id for n in nodes if n.kind == "division" and n.name == "Harbor Patrol Unit")
    assert unit in {mm.node_id for mm in index.mentions(msgs[1].id)}


@pytest.mark.parametrize("unit", ["Eastgate Substation", "Millbrook Precinct", "Harbor Point Station"])
def test_a_substation_precinct_or_station_on_a_sheriffs_signature_is_a_division(unit):
    """A county sheriff's deputies sign with the substation or precinct they work from, a rank the profile may
    not know ("Dep."): the place is their unit, and it makes them agency staff."""
    dep = Address("Orla Pennick", "opennick@tarrowso.example")
    msgs = [ew.msg(dep, [REP], "Flyers", f"Got them, thx.\n\nDep. Orla Pennick\n{unit}\nTarrow County Sheriff's Office\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert _members(nodes, edges)["Orla Pennick"] == (unit, "division")
    assert {n.name: n.attrs["role"] for n in nodes if n.kind == "person"}["Orla Pennick"] == "officer"


def test_a_station_on_a_companys_signature_stays_no_unit():
    """Not on a police signature: a seller's "Harbor Point Station" is a place, no unit of an agency."""
    msgs = [ew.msg(REP, [LT], "Visit", "See you then.\n\nWes Farrow\nHarbor Point Station\nRing\n")]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
    assert not [n for n in nodes if n.kind == "division"]
