"""Short forms of given names from outside English, found by probe BW (a field engineer whose header prints
"Wojciech" and whose signature signs "Wojtek"): the shared nickname table knows common Polish, Spanish, Greek and
Irish short forms, so a signature's short form joins the sender of the same surname. Invented names."""
from __future__ import annotations

import pytest

from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.nlp.extract import extract_entities
from giftgraph.nlp.names import first_names_compatible
from giftgraph.nlp.profile import Profile


@pytest.fixture(scope="module")
def ring():
    return Profile.load("ring_lapd")


@pytest.mark.parametrize("short,given", [("Kasia", "Katarzyna"), ("Tomek", "Tomasz"), ("Paco", "Francisco"),
                                         ("Kostas", "Konstantinos"), ("Grzes", "Grzegorz"), ("Nacho", "Ignacio")])
def test_short_forms_of_other_languages_are_known(ring, short, given):
    assert first_names_compatible(short, given, ring.nickname_groups())


def test_unrelated_given_names_stay_apart(ring):
    assert not first_names_compatible("Kasia", "Tomasz", ring.nickname_groups())


def test_a_signature_signed_with_the_short_form_is_the_sender(ring):
    def m(i, sender, to, body):
        return Message(sender=sender, to=[to], subject=f"Mast {i}", body=body, sent=f"2024-05-0{i}T10:00:00+01:00",
                       provenance=[Provenance(file="r.pdf", page=i)])
    kat = Address(name="Katarzyna Wrona", email="k.wrona@brightmast.test")
    ola = Address(name="Ola Brennan", email="ola.brennan@fenport.gov.test")
    msgs = [m(1, kat, ola, "Ola,\n\nThe mast is back up and reporting.\n\nThanks,\nKasia Wrona\nField Engineer, "
              "Brightmast Ltd"),
            m(2, ola, kat, "Thanks Kasia, great work.\n\nOla Brennan\nFenport Council"),
            m(3, kat, ola, "Ola, the second mast is done too.\n\nKasia Wrona\nField Engineer, Brightmast Ltd")]
    _, _, nodes, _ = extract_entities(msgs, profile=ring, model="blank")
    wronas = [n for n in nodes if n.kind == "person" and "Wrona" in n.name]
    assert len(wronas) == 1 and "k.wrona@brightmast.test" in wronas[0].emails
