"""A county sheriff's office named by its short form in the text ("Marrowind County SO") is an organisation,
whatever the statistical model calls the span (probe N: two agencies that used a referral code, "(Granby County SO
and one other)", were read as nothing or as a person). Invented wording."""
from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_county_so_in_the_text_is_an_organisation(trained):
    from giftgraph.ingest.message import Address, Message
    from giftgraph.nlp.extract import extract_entities

    prof, nlp = trained
    a, b = Address("Ines Falkner", "ines@vendor.example"), Address("Tomas Reyburn", "tomas@city.example")
    msgs = [
        Message(id="m1", sender=a, to=[b], subject="Sign-ups", sent="2024-04-02T10:00:00+00:00",
                body="Tomas,\n\nTwo more agencies came aboard this month (Marrowind County SO and one other), "
                     "and Pellbrook County SO asked for a demo.\n\nInes"),
        Message(id="m2", sender=b, to=[a], subject="Re: Sign-ups", sent="2024-04-03T10:00:00+00:00",
                body="Ines,\n\nGood to hear. If the county asks me to do so, I will write it up.\n\nTomas"),
    ]
    _index, _docs, nodes, _edges = extract_entities(msgs, profile=prof, nlp=nlp)
    orgs = {n.name for n in nodes if n.kind == "organization"}
    assert {"Marrowind County SO", "Pellbrook County SO"} <= orgs
    assert not [n.name for n in nodes if n.kind == "person" and "County" in n.name]
    assert not [o for o in orgs if o.lower().endswith(" so") and "County" not in o]
