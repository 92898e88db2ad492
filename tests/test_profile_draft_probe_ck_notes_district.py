"""Drafted profiles (probe CK): a county 911 district whose staff write in Lotus Notes (hierarchical names, no
Internet address) and sign with "... 911" or "... Communications District", a neighbouring city's police, and a
"... Public Safety Software" company that sells to both.

- a Notes name's organisation ("Ann Roe/Unit/Org") groups its people as an address's domain does;
- "911" in an organisation line is the emergency number, no street number or phone: the line names a public body,
  and a communications district is a special district (a body of its own), no unit;
- a public body the vendor sells to beside a police agency is a buying side too;
- "Public Safety" in a software company's name does not make it law enforcement.

Every name, address and line here is invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.addresses import parse_address
from giftgraph.ingest.message import Message, Provenance
from giftgraph.nlp.draft_profile import _org_like, draft_profile

VSIG = "\n\nNoel Carrow\nAccount Executive\nBrightwater Public Safety Software\n(555) 010-4477\n"
ISIG = "\n\nInes Palo\nShift Lead, Dispatch Division\nLark Valley 911 Communications District\n"
OSIG = "\n\nOren Malick\nSystems Coordinator, Technical Services Unit\nLark Valley 911\n"
PSIG = "\n\nSgt. Wim Sorell\nRecords Bureau\nFerrow Police Department\n"

NOEL = '"Noel Carrow" <ncarrow@brightwaterps.com>'
INES = "Ines Palo/Comms/LV911@LV911"
OREN = "Oren Malick/Tech/LV911@LV911"
WIM = '"Wim Sorell" <wsorell@ferrowpd.org>'

MAILS = [
    (NOEL, [INES, OREN], "Console upgrade", "Ines,\n\nI can offer the console upgrade at no charge for the pilot, "
                                            "and I'll send the quote for the full rollout next week." + VSIG),
    (INES, [NOEL], "Re: Console upgrade", "Noel,\n\nThanks, the pilot sounds good.\n\nInes" + ISIG),
    (OREN, [NOEL], "Re: Console upgrade", "Noel,\n\nWhat does the server need?\n\nOren" + OSIG),
    (NOEL, [OREN, INES], "Re: Console upgrade", "Oren,\n\nTwo cores and our standard license; the invoice follows "
                                                "the order." + VSIG),
    (INES, [OREN], "Floor schedule", "Oren,\n\nCan you cover Tuesday?\n\nInes" + ISIG),
    (OREN, [INES], "Re: Floor schedule", "Ines,\n\nYes.\n\nOren" + OSIG),
    (NOEL, [WIM], "Records module", "Sgt. Sorell,\n\nI'd be glad to send pricing and a demo of our records module."
     + VSIG),
    (WIM, [NOEL], "Re: Records module", "Noel,\n\nPlease send the pricing.\n\nSgt. Wim Sorell" + PSIG),
    (NOEL, [WIM], "Re: Records module", "Sgt. Sorell,\n\nThe quote is attached; the trial is free for 30 days."
     + VSIG),
    (WIM, [INES], "Dispatch handoff", "Ines,\n\nCan your floor take our overnight calls Friday?\n\nWim" + PSIG),
]


def _messages() -> list[Message]:
    out = []
    for i, (frm, to, subject, body) in enumerate(MAILS):
        out.append(Message(sender=parse_address(frm)[0], sent=f"2024-05-{i + 2:02d}T10:00:00-05:00",
                           to=[parse_address(t)[0] for t in to], cc=[], subject=subject, body=body,
                           sent_raw="", redactions=0, attachments=[], provenance=[Provenance(file="x.pdf")]))
    return out


def test_the_emergency_number_is_part_of_an_organisation_line():
    assert _org_like("Lark Valley 911")
    assert _org_like("Lark Valley 911 Communications District")
    assert not _org_like("Suite 911 Harbor Road 4400")  # a street address still is no organisation


def test_a_notes_district_and_a_police_department_both_buy_from_a_public_safety_software_company():
    f = draft_profile(_messages()).files
    kinds = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    assert kinds.get("Brightwater Public Safety Software") == "vendor"
    assert f["profile"]["vendor"] == "Brightwater Public Safety Software"
    district = [n for n, k in kinds.items() if k == "agency" and n.startswith("Lark Valley 911")]
    assert district, kinds
    assert kinds.get("Ferrow Police Department") == "agency"
    units = {u["name"] for u in f["units"]["units"]}
    assert {"Dispatch Division", "Technical Services Unit"} <= units
    assert not any("Communications District" in u for u in units)


TSIG = "\n\nTess Arden\nBuyer\nFerrow County Purchasing Department\n"
TESS = '"Tess Arden" <tarden@ferrowcounty.gov>'
PURCHASING = [
    (NOEL, [TESS], "Records module quote", "Tess,\n\nThe quote for the records module is attached; the invoice follows "
                                           "the purchase order." + VSIG),
    (TESS, [NOEL], "Re: Records module quote", "Noel,\n\nPO 4410 is attached.\n\nTess" + TSIG),
    (NOEL, [TESS], "Re: Records module quote", "Tess,\n\nThanks, I'll send the invoice Monday." + VSIG),
]


def test_a_county_purchasing_department_beside_the_police_stays_a_buyers_office():
    msgs = _messages()
    for i, (frm, to, subject, body) in enumerate(PURCHASING):
        msgs.append(Message(sender=parse_address(frm)[0], sent=f"2024-06-{i + 2:02d}T10:00:00-05:00",
                            to=[parse_address(t)[0] for t in to], cc=[], subject=subject, body=body,
                            sent_raw="", redactions=0, attachments=[], provenance=[Provenance(file="x.pdf")]))
    f = draft_profile(msgs).files
    kinds = {o["name"]: o["kind"] for o in f["organizations"]["organizations"]}
    assert kinds.get("Ferrow County Purchasing Department") != "agency"
    assert f["domains"]["domains"].get("ferrowcounty.gov", {}).get("role") != "officer"
