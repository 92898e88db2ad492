"""Drafted units (probe CQ: a school district's staff): what a person of the agency prints before the agency's own
name on one signature line ("Curriculum Department | Ostrava Valley School District", "Board of Education, Ostrava
Valley School District", "Pinecrest Middle School, Ostrava Valley School District") is a unit of the agency, whatever
its kind of name; a job printed so ("Science Teacher, Ostrava Valley School District") and the vendor's own lines are
not. Every name here is invented."""
from __future__ import annotations

from giftgraph.ingest.addresses import parse_address
from giftgraph.ingest.message import Message, Provenance
from giftgraph.nlp.draft_profile import draft_profile

VSIG = "\n\nCass Ormond\nAccount Executive\nTallowby Learning Systems Inc.\n(555) 010-3321\n"
SIGS = {
    "ren": "\n\nRen Adeyemi\nCurriculum Specialist\nCurriculum Department | Ostrava Valley School District\n",
    "ida": "\n\nIda Kowal\nPresident\nBoard of Education, Ostrava Valley School District\n",
    "lou": "\n\nLou Brandt\nScience Teacher\nPinecrest Middle School, Ostrava Valley School District\n",
    "max": "\n\nMax Ferro\nScience Teacher, Ostrava Valley School District\n",
}
CASS = '"Cass Ormond" <cormond@tallowby.com>'
WHO = {k: f'"{k.title()}" <{k}@ovsd.k12.ca.us>' for k in SIGS}


def _messages() -> list[Message]:
    mails = []
    for k in SIGS:
        mails.append((CASS, WHO[k], "Reading licenses", f"Hi {k.title()},\n\nThe quote for the reading licenses is "
                                                        "attached: 40 licenses at $25 per seat, and the trial is free for 30 days. Happy to set up a demo." + VSIG))
        mails.append((WHO[k], CASS, "Re: Reading licenses", f"Cass,\n\nThanks, we will review it.\n\n{k.title()}" + SIGS[k]))
    return [Message(sender=parse_address(frm)[0], sent=f"2024-05-{i + 2:02d}T10:00:00-05:00", to=[parse_address(to)[0]],
                    cc=[], subject=subject, body=body, sent_raw="", redactions=0, attachments=[],
                    provenance=[Provenance(file="x.jsonl")]) for i, (frm, to, subject, body) in enumerate(mails)]


def test_what_the_agencys_people_print_before_its_name_is_a_unit():
    f = draft_profile(_messages()).files
    assert f["profile"]["agency"] == "Ostrava Valley School District"
    units = {u["name"] for u in f["units"]["units"]}
    assert {"Curriculum Department", "Board of Education", "Pinecrest Middle School"} <= units, units
    assert not any("Teacher" in u or "Tallowby" in u for u in units), units
