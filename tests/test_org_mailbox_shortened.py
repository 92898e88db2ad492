"""A shared mailbox of an organisation's own domain, its display name the first words of the organisation's name
("Harlan Optics <news@harlanoptics.example>" for Harlan Optics Group, Inc.), is that organisation, not a person; a
person's own address on that domain, or a shared box whose name is not the organisation's, stays a person. Invented
names throughout."""
from __future__ import annotations

from giftgraph.ingest.message import Address, Message
from giftgraph.nlp.extract import extract_entities
from giftgraph.nlp.profile import Profile

PROFILE = {  # a profile's files, stem -> contents
    "profile": {"name": "harlan_test", "vendor": "Harlan Optics Group, Inc.", "agency": "Tamsin County Sheriff's Office"},
    "organizations": {"organizations": [
        {"name": "Harlan Optics Group, Inc.", "kind": "vendor", "aliases": ["Harlan Optics Group", "Harlan"]},
        {"name": "Tamsin County Sheriff's Office", "kind": "agency", "aliases": ["TCSO"]},
    ]},
    "domains": {"domains": {
        "harlanoptics.example": {"role": "vendor_employee", "organization": "Harlan Optics Group, Inc."},
        "tamsin.example": {"role": "officer", "organization": "Tamsin County Sheriff's Office"},
    }},
}


def _msg(sender, name, to, subject, body, day):
    return Message(sender=Address(email=sender, name=name), to=[Address(email=t, name=n) for t, n in to],
                   subject=subject, body=body, sent=f"2024-03-{day:02d}T10:00:00+00:00")


def _people_and_orgs(messages, tmp):
    prof = Profile.from_files(PROFILE, tmp)
    _, _, nodes, _ = extract_entities(messages, profile=prof)
    return ({n.name for n in nodes if n.kind == "person"}, {n.name for n in nodes if n.kind == "organization"})


def test_a_shortened_org_name_on_a_shared_box_is_the_org(tmp_path):
    ms = [
        _msg("news@harlanoptics.example", "Harlan Optics", [("deputy.roan@tamsin.example", "Ada Roan")],
             "Spring catalogue", "Our spring catalogue is out.", 1),
        _msg("p.wick@harlanoptics.example", "Pella Wick", [("deputy.roan@tamsin.example", "Ada Roan")],
             "Demo", "Hi Ada, can we set up a demo?\n\nPella Wick\nHarlan Optics Group", 2),
    ]
    people, orgs = _people_and_orgs(ms, tmp_path)
    assert "Harlan Optics" not in people
    assert {"Pella Wick", "Ada Roan"} <= people


def test_a_person_or_another_name_on_a_shared_box_stays_a_person(tmp_path):
    ms = [
        _msg("events@harlanoptics.example", "Corin Blay", [("deputy.roan@tamsin.example", "Ada Roan")],
             "Expo", "See you at the expo.\n\nCorin Blay\nEvents, Harlan Optics Group", 1),
    ]
    people, _ = _people_and_orgs(ms, tmp_path)
    assert "Corin Blay" in people
