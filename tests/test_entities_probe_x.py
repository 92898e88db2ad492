"""Signature lines met by probe X (an mbox of a school-safety vendor and a school district's police). Invented names
and wording."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)
import pytest

from giftgraph.nlp.extract import extract_entities


@pytest.mark.model
def test_a_title_over_a_bare_kind_of_organisation_is_a_title(trained):
    """"Head of School" over "Larkspur Hill Academy": a title, and the writer a member of the academy; "Larkspur
    Hill Academy" alone on the line stays the organisation."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    gale, tobin = Address("Gale Okonjo", "gokonjo@larkspurhill.org"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = "Thanks, Officer. We signed up this morning.\n\nGale Okonjo\nHead of School\nLarkspur Hill Academy\n"
    index, docs, nodes, edges = extract_entities([ew.msg(gale, [tobin], "Panic button", body)], profile=prof, nlp=nlp)
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert "Head of School" not in orgs and "Larkspur Hill Academy" in orgs
    by_id = {n.id: n.name for n in nodes}
    member = {by_id[e.target] for e in edges if e.type == "MEMBER_OF" and by_id.get(e.source) == "Gale Okonjo"}
    assert member == {"Larkspur Hill Academy"}


@pytest.mark.model
def test_a_program_on_a_police_signature_line_is_a_unit(trained):
    """"School Resource Officer - Cadet Program" over a police department's line: the programme is the officer's
    unit, as a squad or a section is; a company's "Loyalty Program" under a company's name is no unit."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    nell, gale = Address("Nell Varga", "nvarga@harlowpd.org"), Address("Gale Okonjo", "gokonjo@larkspurhill.org")
    body = ("Sounds good, see you Tuesday.\n\nOfc. Nell Varga\nSchool Resource Officer - Cadet Program\n"
            "Harlow Unified School District Police Department\n")
    sold = ("Thanks for the order.\n\nPia Strand\nAccount Manager - Loyalty Program\nLarkspur Outfitters\n")
    msgs = [ew.msg(nell, [gale], "Walkthrough", body), ew.msg(Address("Pia Strand", "pia@larkspuroutfitters.com"), [gale],
                                                               "Order", sold)]
    index, docs, nodes, edges = extract_entities(msgs, profile=prof, nlp=nlp)
    by_id = {n.id: n for n in nodes}
    member = {(by_id[e.source].name, by_id[e.target].kind, by_id[e.target].name) for e in edges if e.type == "MEMBER_OF"}
    assert ("Nell Varga", "division", "Cadet Program") in member
    assert not any(n.name == "Loyalty Program" and n.kind == "division" for n in nodes)


@pytest.mark.model
def test_a_montessori_named_in_the_text_is_an_organisation(trained):
    """"Both Larkspur Hill Academy and Fernbrook Montessori have signed": a Montessori school is named by that word
    alone, as an academy is."""
    from giftgraph.ingest.message import Address

    prof, nlp = trained
    ana, tobin = Address("Ana Lindqvist", "ana.lindqvist@ring.com"), Address("Tobin Marsh", "tmarsh@lapd.lacity.org")
    body = ("Tobin,\n\nGood news: both Larkspur Hill Academy and Fernbrook Montessori have signed with us this week.\n\n"
            "Ana Lindqvist\n")
    index, docs, nodes, edges = extract_entities([ew.msg(ana, [tobin], "Signed", body)], profile=prof, nlp=nlp)
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert {"Larkspur Hill Academy", "Fernbrook Montessori"} <= orgs
    assert "Fernbrook Montessori" not in {n.name for n in nodes if n.kind == "person"}
