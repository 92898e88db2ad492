"""Drafted profiles (probe CP): a state department of corrections buying from a detection-equipment company.

- a prison's command staff write "Warden" and "Deputy Warden" before names: ranks, so "Warden Quill" is the
  person "Harriet Quill", not a person of their own;
- a prison signed on a line of its own ("Elkhorn Pass Correctional Facility") is a unit of the department;
- a unit told from its sister units by a letter ("Cell Block Unit D") keeps the letter when the text names it.

Every name, address and line here is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.addresses import parse_address
from giftgraph.ingest.message import Message, Provenance
from giftgraph.nlp.draft_profile import draft_profile

VSIG = "\n\nRowan Teague\nTerritory Sales Manager\nBrightline Screening Technologies, Inc.\n(555) 010-2231\n"
HSIG = "\n\nHarriet Quill\nWarden\nElkhorn Pass Correctional Facility\nCalvary State Department of Corrections\n"
ESIG = "\n\nEmil Varga\nDeputy Warden, Elkhorn Pass Correctional Facility\nCalvary State Department of Corrections\n"
OSIG = "\n\nLt. Omar Kettle\nIntake Unit\nCalvary State Department of Corrections\n"

ROWAN = '"Rowan Teague" <rteague@brightlinescreen.com>'
HARRIET = '"Harriet Quill" <harriet.quill@corrections.calvary.gov>'
EMIL = '"Emil Varga" <emil.varga@corrections.calvary.gov>'
OMAR = '"Omar Kettle" <omar.kettle@corrections.calvary.gov>'

MAILS = [
    (ROWAN, [HARRIET], "Screening lane", "Warden Quill,\n\nI can send the quote for the screening lane this week; the "
                                         "demo is free for thirty days." + VSIG),
    (HARRIET, [ROWAN], "Re: Screening lane", "Rowan,\n\nPlease do. Deputy Warden Varga will set up the demo.\n\nHarriet"
     + HSIG),
    (EMIL, [ROWAN], "Re: Screening lane", "Rowan,\n\nThe officers on Cell Block Unit D would run it first. Can your "
                                          "crew come Tuesday?\n\nEmil" + ESIG),
    (ROWAN, [EMIL], "Re: Screening lane", "Deputy Warden Varga,\n\nTuesday works; I'll bring the invoice terms for "
                                          "the order too." + VSIG),
    (OMAR, [ROWAN], "Intake scanner", "Rowan,\n\nWhat does the intake model cost? Warden Quill asked me to find out."
     + OSIG),
    (ROWAN, [OMAR], "Re: Intake scanner", "Lt. Kettle,\n\nThe price list is attached; shipping is included." + VSIG),
    (EMIL, [OMAR], "Cell Block Unit D", "Omar,\n\nCell Block Unit D is short two officers Friday.\n\nEmil" + ESIG),
]


def _messages() -> list[Message]:
    out = []
    for i, (frm, to, subject, body) in enumerate(MAILS):
        out.append(Message(sender=parse_address(frm)[0], sent=f"2025-09-{i + 2:02d}T10:00:00-06:00",
                           to=[parse_address(t)[0] for t in to], cc=[], subject=subject, body=body,
                           sent_raw="", redactions=0, attachments=[], provenance=[Provenance(file="x.mbox")]))
    return out


def _files():
    return draft_profile(_messages()).files


def test_warden_and_deputy_warden_are_ranks():
    titles = {r["title"] for r in _files()["ranks"]["ranks"]}
    assert {"Warden", "Deputy Warden"} <= titles, titles


def test_a_correctional_facility_on_a_signature_line_is_a_unit():
    f = _files()
    assert f["profile"]["agency"] == "Calvary State Department of Corrections"
    units = {u["name"] for u in f["units"]["units"]}
    assert "Elkhorn Pass Correctional Facility" in units, units


def test_a_unit_named_with_its_letter_keeps_the_letter():
    units = {u["name"] for u in _files()["units"]["units"]}
    assert "Cell Block Unit D" in units, units
    assert "Cell Block Unit" not in units
