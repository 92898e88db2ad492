"""Lotus Notes / Domino history quoted under a reply: who wrote (a Notes name or an address), the date in
digits on the next line, then To / cc / Subject (as "Label: value" lines or Notes' memo table, the label on
a line of its own). Invented names and wording."""
from __future__ import annotations

from email.message import EmailMessage

from giftgraph.ingest.addresses import parse_address
from giftgraph.ingest.readers import read_eml

TZ = "America/Denver"


def _eml(body: str) -> bytes:
    e = EmailMessage()
    e["From"] = '"Quist, Hallie" <hquist@dorrance.gov>'
    e["To"] = "Ned Farrow <ned.farrow@lanternworks.example>"
    e["Subject"] = "Re: Booth passes"
    e["Date"] = "Wed, 11 Oct 2023 09:40:00 -0600"
    e.set_content(body)
    return bytes(e)


def test_notes_names_are_their_common_name():
    a, _ = parse_address("Hallie Quist/Records/Dorrance@Dorrance")
    assert (a.name, a.email) == ("Hallie Quist", "")
    a, _ = parse_address("CN=Osric Penn/OU=Fleet/O=Dorrance")
    assert a.name == "Osric Penn"
    a, _ = parse_address("either/or")  # one slash and no Notes domain: not a Notes name
    assert a is None or a.name != "either"


def test_notes_quoted_header_with_label_lines():
    body = (
        "Both of us can come, thanks.\n\nHallie\n\n\n"
        "Ned Farrow <ned.farrow@lanternworks.example>\n"
        "10/10/2023 04:05 PM\n"
        "To: Hallie Quist/Records/Dorrance@Dorrance, Osric Penn/Fleet/Dorrance@Dorrance\n"
        "cc: \n"
        "Subject: Booth passes\n\n"
        "Hallie, two booth passes for the expo are set aside for you and Osric.\n\nNed\n"
    )
    top, quoted = read_eml(_eml(body), file="x.eml", timezone=TZ)
    assert top.body == "Both of us can come, thanks.\n\nHallie"
    assert quoted.sender.email == "ned.farrow@lanternworks.example"
    assert quoted.sent == "2023-10-10T16:05:00-06:00"
    assert [a.name for a in quoted.to] == ["Hallie Quist", "Osric Penn"]
    assert quoted.subject == "Booth passes"
    assert quoted.body.startswith("Hallie, two booth passes") and quoted.provenance[0].quoted


def test_notes_memo_table_and_a_forward():
    body = (
        "See below.\n\n"
        "----- Forwarded by Hallie Quist/Records/Dorrance on 10/11/2023 09:38 AM -----\n"
        "Osric Penn/Fleet/Dorrance@Dorrance\n"
        "10/09/2023 11:15 AM\n\n"
        "To\n"
        "Hallie Quist/Records/Dorrance@Dorrance\n"
        "cc\n\n"
        "Subject\n"
        "Expo parking\n\n"
        "Lot C opens at seven.\n"
    )
    top, quoted = read_eml(_eml(body), file="x.eml", timezone=TZ)
    assert top.body == "See below."
    assert quoted.sender.name == "Osric Penn" and quoted.sent == "2023-10-09T11:15:00-06:00"
    assert [a.name for a in quoted.to] == ["Hallie Quist"] and quoted.cc == []
    assert quoted.subject == "Expo parking" and quoted.body == "Lot C opens at seven."


def test_a_name_and_a_date_in_prose_are_no_notes_header():
    body = "Osric Penn\n10/09/2023 11:15 AM\nwas the last time anyone checked the lot.\n"
    msgs = read_eml(_eml(body), file="x.eml", timezone=TZ)
    assert len(msgs) == 1 and "last time" in msgs[0].body
