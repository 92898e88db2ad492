"""A forward "as attachment": the attached email (a message/rfc822 part) is a message of the release,
read from the part's own headers and body, and its text is not the forwarder's."""
from __future__ import annotations

from giftgraph.ingest import read_paths

FORWARD = b"""From: Odile Sarrazin <osarrazin@fennick-county.test>
To: Bram Ketteridge <bram@hollowlark.test>
Subject: FW: Beacon trial
Date: Tue, 3 Jun 2025 10:15:00 -0600
Message-ID: <fw1@fennick-county.test>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUTER"

--OUTER
Content-Type: text/html; charset=utf-8

<html><body><p>Bram &ndash; see the note from Pell County attached.</p><p>Odile</p></body></html>

--OUTER
Content-Type: message/rfc822

From: Quill Abernathy <qabernathy@pellcounty.test>
To: Odile Sarrazin <osarrazin@fennick-county.test>
Subject: Beacon trial
Date: Mon, 2 Jun 2025 16:40:00 -0600
Message-ID: <orig1@pellcounty.test>
Content-Type: text/plain; charset=utf-8

Odile, we would like to see the beacon before our board meets in August.

Quill

--OUTER--
"""


def test_an_email_forwarded_as_an_attachment_is_a_message_of_its_own(tmp_path):
    (tmp_path / "fw.eml").write_bytes(FORWARD)
    res = read_paths([tmp_path], timezone="America/Denver", known={})
    assert res.problems == []
    by = {m.subject: m for m in res.messages}
    assert set(by) == {"FW: Beacon trial", "Beacon trial"}
    inner = by["Beacon trial"]
    assert inner.sender.email == "qabernathy@pellcounty.test"
    assert [a.email for a in inner.to] == ["osarrazin@fennick-county.test"]
    assert inner.sent.startswith("2025-06-02T16:40")
    assert "board meets in August" in inner.body
    assert all(p.quoted for p in inner.provenance)
    outer = by["FW: Beacon trial"]  # the HTML-only forwarder's own text, not the attached plain text
    assert "see the note from Pell County" in outer.body and "board meets" not in outer.body
