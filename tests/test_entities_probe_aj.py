"""Entities met by probe AJ (one OCR'd text file of a school-safety vendor and a school district's police): a campus
officer who writes from the agency's own domain and signs with a rank and the school he is posted to serves the
agency; someone at the same domain who signs the school with no rank (a clerk) works for the school. Every line is
invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities


def test_a_ranked_officer_signing_the_school_he_is_posted_to_keeps_the_agency_role():
    for sender, sig, want in [
        (Address("Ida Kern", "ikern@lapd.lacity.org"), "Ofc. Ida Kern #212\nLarchmont Middle School\n", "officer"),
        (Address("Nell Ober", "nober@lapd.lacity.org"), "Nell Ober\nAttendance Clerk\nLarchmont Middle School\n", "other"),
    ]:
        msgs = [ew.msg(sender, [ew.DANA], "Drill on Tuesday",
                       "Dana,\n\nThe lockdown drill moved to Tuesday at 9. See you then.\n\n" + sig)]
        index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd", model="blank")
        roles = {n.name: n.attrs.get("role") for n in nodes if n.kind == "person"}
        assert roles.get(sender.name) == want, (sig, roles)
