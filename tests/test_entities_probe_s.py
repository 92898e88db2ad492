"""Organisations named in the text (probe S): a business improvement district by its short form ("the Old Town
BID") and a marshal's office ("Gila Bend Marshal’s Office", typed with a curly apostrophe) end with the kind of
organisation they are. Every line is invented for this test."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)


@pytest.mark.model
def test_a_bid_and_a_marshals_office_named_in_the_text_are_organisations():
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    prof = Profile.load("ring_lapd")
    nlp = load_pipeline(prof)
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Hi Tobin,\n\nYour code has been used 4 times so far, by the Fenwick Square BID and three shops on Dell Street. "
            "Pike Hollow Marshal\u2019s Office signed last week, and the Harlow Creek Business Improvement District "
            "asked for a quote.\n\nAna Lindqvist\nCommunity Relations\n")
    msgs = [ew.msg(ana, [tobin], "Your code", body)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert {"Fenwick Square BID", "Pike Hollow Marshal\u2019s Office", "Harlow Creek Business Improvement District"} <= orgs


@pytest.mark.model
def test_congrats_or_copying_before_a_given_name_is_no_part_of_a_persons_name():
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    nlp = load_pipeline(Profile.load("ring_lapd"))
    people = set()
    for text in ["Congrats Hal!! Don\u2019t send them back \u2014 Dana ok\u2019d it, the two cameras are the Gang Unit\u2019s "
                 "to keep, no charge.\n\nVera",
                 "Great, thanks. Copying Helena so the dock gets logged on the gift register.\n\nTom"]:
        people |= {e.text for e in nlp(text).ents if e.label_ == "PERSON"}
    assert not {p for p in people if p.split()[0] in ("Congrats", "Copying")}


@pytest.mark.model
def test_a_place_to_eat_named_in_the_text_is_no_person():
    """"Harlan Smokehouse does a rib platter": a name that ends with a word for a place to eat is a place."""
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    prof = Profile.load("ring_lapd")
    nlp = load_pipeline(prof)
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Tobin, we'd love to feed the day shift on Friday. Harlan Smokehouse does a rib platter for about 30 people "
            "and it's our treat. If they're booked, Dalton Grill does a burger spread instead.\n\nAna Lindqvist\n"
            "Community Relations\n")
    index, docs, nodes, edges = extract_entities([ew.msg(ana, [tobin], "Lunch", body)], profile=prof, nlp=nlp)
    people = {n.name for n in nodes if n.kind == "person"}
    assert people == {"Ana Lindqvist", "Tobin Marsh"}
