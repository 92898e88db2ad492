"""Entities met by probe AN (a Thunderbird mbox of a body-camera vendor and a city police): a signature's title over a
function of an organisation ("Director of Security Services", "Head of Public Affairs") is a title, not an
organisation, and the organisation line under it is the signer's; a title over a kind of organisation alone stays as
it was. Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities


def test_a_title_over_a_function_is_no_organisation():
    sender = Address("Orla Penn", "openn@larkspurhealth.org")
    for title in ("Director of Security Services", "Head of Public Affairs"):
        sig = f"Orla Penn\n{title}\nLarkspur Health Center\n"
        msgs = [ew.msg(sender, [ew.DANA], "Cameras for the ER", "Dana,\n\nCould you send pricing for twelve cameras?"
                                                                "\n\nThanks,\n\n" + sig)]
        index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
        orgs = {n.name for n in nodes if n.kind in ("organization", "division")}
        assert title not in orgs, (title, orgs)
        member = {(e.source, e.target) for e in edges if e.type == "MEMBER_OF"}
        by_id = {n.id: n.name for n in nodes}
        assert ("Orla Penn", "Larkspur Health Center") in {(by_id.get(a), by_id.get(b)) for a, b in member}, member


def test_writing_from_a_personal_address_as_staff_of_an_agency_unit_is_the_officer_role():
    """"I'm a patrol officer at Northeast Division, but this is about my softball team" from a personal address: a unit
    of the agency the writer says she serves in gives the officer role, as a signature naming it does; a relative's unit
    does not."""
    sender = Address("Tess Lowe", "tlowe.coach@gmail.com")
    for line, want in [("I'm a patrol officer at Northeast Division, but this is about my softball team.", "officer"),
                       ("My brother is a patrol officer at Northeast Division, and this is about my softball team.",
                        "other")]:
        msgs = [ew.msg(sender, [ew.DANA], "Camera for the dugout", f"Hi Dana,\n\n{line} Could you send pricing for one "
                                                                     "camera?\n\nTess Lowe\nHead Coach, Eagle Rock "
                                                                     "Softball\n")]
        index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
        roles = {n.name: n.attrs.get("role") for n in nodes if n.kind == "person"}
        assert roles.get("Tess Lowe") == want, (line, roles)
