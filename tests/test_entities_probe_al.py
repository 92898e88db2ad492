"""Entities met by probe AL (a British vendor's signatures): a signature line of parts set apart by bars, longer than a
plain line ("Acme Ltd | Unit 4, Mill Yard, Leeds LS5 3BT"), is part of the signature, and the names in its postal
address (a British postcode after the town) are places, not people. Every line is invented for these tests."""
from __future__ import annotations

import entity_world as ew  # tests/fixtures, on the path (conftest.py)

from giftgraph.ingest.message import Address
from giftgraph.nlp.extract import extract_entities
from giftgraph.nlp.signature import split_signature

SIG = ("Winifred Orme\nSenior Account Manager\nQuillon Devices Ltd | Unit 9, Calder Haworth, Halifax HX1 5QT\n"
       "t. +44 1422 555 019")


def test_a_barred_signature_line_with_a_postcode_is_the_signatures_address():
    body = "Dana,\n\nThe brochure you asked for is attached.\n\nBest,\nWinifred\n\n" + SIG
    sig = split_signature(body)
    kinds = {ln.text: ln.kind for ln in sig.lines}
    assert "Winifred Orme" in kinds, kinds
    assert kinds["Quillon Devices Ltd | Unit 9, Calder Haworth, Halifax HX1 5QT"] == "address", kinds


def test_a_name_in_the_postal_address_is_no_person():
    sender = Address("Winifred Orme", "w.orme@quillon.co.uk")
    msgs = [ew.msg(sender, [ew.DANA], "Brochure", "Dana,\n\nThe brochure you asked for is attached.\n\nBest,\nWinifred\n\n"
                   + SIG)]
    index, docs, nodes, edges = extract_entities(msgs, profile="ring_lapd")  # the trained pipeline reads the names
    people = {n.name for n in nodes if n.kind == "person"}
    assert "Calder Haworth" not in people, people
    assert "Winifred Orme" in people, people
