"""Organisations a referral names: an agency that signs or orders with an officer's code ("Dunmore County signed
this morning with your code"), and a police force named by what it polices ("Lanark State Police"). Every name is
invented for these tests."""
from __future__ import annotations

import pytest

from giftgraph.nlp.extract import extract_entities


def _orgs(trained, *bodies: str) -> set[str]:
    from giftgraph.ingest.message import Address, Message

    prof, nlp = trained
    a, b = Address("Wren Ashby", "wren@vendor.example"), Address("Cole Rennick", "crennick@city.example")
    msgs = [Message(id=f"m{i}", sender=a, to=[b], subject=f"Note {i}", sent=f"2024-05-0{i + 1}T10:00:00+00:00",
                    body=f"Cole,\n\n{body}\n\nWren") for i, body in enumerate(bodies)]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile=prof, nlp=nlp)
    return {n.name for n in nodes if n.kind == "organization"}


@pytest.mark.model
def test_a_place_that_signs_with_a_code_is_an_agency(trained):
    orgs = _orgs(trained, "Great news - Dunmore County signed this morning and used your code RENNICK10.",
                 "By the way, Pelham County's order came in with your referral code on it.")
    assert {"Dunmore County", "Pelham County"} <= orgs, orgs


@pytest.mark.model
def test_a_place_that_signs_with_no_code_or_referral_named_is_not(trained):
    orgs = _orgs(trained, "Dunmore County signed the lease for the new firing range last week.")
    assert not [o for o in orgs if "Dunmore" in o], orgs


@pytest.mark.model
def test_a_state_police_named_in_the_text_is_an_organisation(trained):
    orgs = _orgs(trained, "Your friends at the Lanark State Police asked for a demo of the plate reader next month.")
    assert "Lanark State Police" in orgs, orgs


@pytest.mark.model
def test_a_force_named_by_kind_alone_or_a_town_alone_is_no_new_organisation(trained):
    """"the State Police" names no one force; "Bramford signed with your code" names the town, whose agency the
    release knows by its full name if at all."""
    orgs = _orgs(trained, "I heard the State Police asked about the plate reader too.",
                 "Great news - Bramford signed this morning and used your code RENNICK10.")
    assert not [o for o in orgs if o in ("State Police", "Bramford")], orgs
