"""A records production delivered as cover emails: each record is an email FROM the records office
("Production 3 of 40", "responsive record attached") carrying the ORIGINAL email as a message/rfc822
part. The cover is the producer's furniture, not a message of the release: its sender and addressee
are no correspondents, and the attached original is the record itself. An ordinary forward as
attachment stays a message of its own."""
from __future__ import annotations

from giftgraph.ingest import read_paths

COVER = b"""From: Office of Open Records <openrecords@quenby-city.test>
To: Sabine Ostrowe <sostrowe@ledgerline.test>
Subject: Open records request OR-77 - production 3 of 40
Date: Mon, 4 Aug 2025 09:00:00 -0500
Message-ID: <cover3@quenby-city.test>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUTER"

--OUTER
Content-Type: text/plain; charset=us-ascii

Responsive record for open records request OR-77 is attached (production 3 of 40).

Office of Open Records, City of Quenby

--OUTER
Content-Type: message/rfc822

From: Halvard Pim <hpim@quenby-city.test>
To: Dorota Vell <dvell@saltmarsh-signals.test>
Subject: Signal cabinet quote
Date: Tue, 11 Mar 2025 14:05:00 -0500
Message-ID: <orig3@quenby-city.test>
Content-Type: text/plain; charset=us-ascii

Dorota, please send the revised quote for the two signal cabinets.

Halvard

--OUTER--
"""


def test_a_production_cover_email_is_furniture_and_its_original_is_the_record(tmp_path):
    (tmp_path / "p3.eml").write_bytes(COVER)
    res = read_paths([tmp_path], timezone="America/Chicago", known={})
    assert [m.subject for m in res.messages] == ["Signal cabinet quote"]
    rec = res.messages[0]
    assert rec.sender.email == "hpim@quenby-city.test"
    assert "revised quote" in rec.body
    assert not any(p.quoted for p in rec.provenance)


def test_an_ordinary_forward_as_attachment_keeps_its_forwarder(tmp_path):
    fw = COVER.replace(b"Office of Open Records <openrecords@quenby-city.test>", b"Ines Marr <imarr@quenby-city.test>")
    fw = fw.replace(b"Open records request OR-77 - production 3 of 40", b"FW: Signal cabinet quote")
    fw = fw.replace(b"Responsive record for open records request OR-77 is attached (production 3 of 40).",
                    b"Sabine, see Halvard's note below about the cabinets.")
    (tmp_path / "fw.eml").write_bytes(fw)
    res = read_paths([tmp_path], timezone="America/Chicago", known={})
    assert {m.subject for m in res.messages} == {"FW: Signal cabinet quote", "Signal cabinet quote"}
