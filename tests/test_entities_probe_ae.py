"""Entity wording met by probe AE (a drone vendor, a county sheriff and a volunteer fire company). Every name is
invented for these tests."""
from __future__ import annotations

import pytest

from giftgraph.nlp.extract import extract_entities


@pytest.mark.model
def test_a_volunteer_fire_company_and_its_initials_are_one_organisation(trained):
    """"Birchmoor VFC" of the text is the "Birchmoor Volunteer Fire Company" of a signature, as "HOA" is the
    Homeowners Association."""
    from giftgraph.ingest.message import Address, Message

    prof, nlp = trained
    a, b = Address("Lorna Quist", "lorna@vendor.example"), Address("Ewan Tarrow", "ewan@birchmoorfire.example")
    msgs = [
        Message(id="m1", sender=b, to=[a], subject="Pump drill", sent="2024-04-02T10:00:00+00:00",
                body="Lorna,\n\nThe pump drill is on for Thursday.\n\nEwan Tarrow, Chief\nBirchmoor Volunteer Fire Company\n"),
        Message(id="m2", sender=a, to=[b], subject="Re: Pump drill", sent="2024-04-03T10:00:00+00:00",
                body="Ewan,\n\nWe would like to lend Birchmoor VFC a pump for the drill on Thursday."
                     "\n\nLorna"),
    ]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile=prof, nlp=nlp)
    orgs = {n.name: n for n in nodes if n.kind == "organization"}
    birch = [n for n in orgs if n.startswith("Birchmoor")]
    assert birch == ["Birchmoor Volunteer Fire Company"]
    assert "Birchmoor VFC" in orgs[birch[0]].aliases


@pytest.mark.model
def test_a_course_the_vendor_sells_is_no_organisation_in_a_signature_or_the_text(trained):
    """"Training Coordinator, Skyward Flight Academy" signed by the vendor's trainer, where the Skyward Flight Academy
    is a product of the profile (seats sold): no organisation and no membership of it; the "June Skyward Flight
    Academy" of the text neither."""
    import dataclasses

    from giftgraph.ingest.message import Address, Message
    from giftgraph.nlp.profile import Product

    prof, nlp = trained
    prof = dataclasses.replace(prof, products=[*prof.products, Product(name="Skyward Flight Academy", unit_price_usd=900)])
    a, b = Address("Pia Lendl", "pia@vendor.example"), Address("Ross Umber", "ross@city.example")
    msgs = [
        Message(id="m1", sender=a, to=[b], subject="Seats", sent="2024-04-02T10:00:00+00:00",
                body="Ross,\n\nThe June Skyward Flight Academy has two seats left.\n\nPia Lendl\nTraining Coordinator, "
                     "Skyward Flight Academy\n"),
        Message(id="m2", sender=b, to=[a], subject="Re: Seats", sent="2024-04-03T10:00:00+00:00",
                body="Pia,\n\nThanks. I'll ask the lieutenant.\n\nRoss"),
    ]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile=prof, nlp=nlp)
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert not [o for o in orgs if "Skyward" in o], orgs
