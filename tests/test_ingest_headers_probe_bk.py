"""An .eml whose exporter left "Last, First <addr>" display names unquoted (probe BK; invented names)."""
from __future__ import annotations

from pathlib import Path

from giftgraph.ingest import read_paths

EML = ("From: Marchetti, Ilse <imarchetti@veldtown.test>\r\n"
       "To: Oduya, Ben <boduya@veldtown.test>, Quint Ferris <qferris@ferrisworks.test>\r\n"
       "Cc: Lamb-Owusu, Tess <tlambowusu@veldtown.test>\r\n"
       "Subject: Culvert on Rye Lane\r\nDate: Tue, 4 Nov 2025 10:15:00 -0500\r\nMessage-ID: <c1@veldtown.test>\r\n"
       "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBen, the culvert is blocked again.\r\n")


def test_unquoted_last_first_display_names_stay_one_person_each(tmp_path: Path):
    (tmp_path / "a.eml").write_bytes(EML.encode())
    res = read_paths([tmp_path], timezone="America/New_York", log=lambda s: None)
    m = res.messages[0]
    assert (m.sender.name, m.sender.email) == ("Ilse Marchetti", "imarchetti@veldtown.test")
    assert [(a.name, a.email) for a in m.to] == [("Ben Oduya", "boduya@veldtown.test"),
                                                 ("Quint Ferris", "qferris@ferrisworks.test")]
    assert [(a.name, a.email) for a in m.cc] == [("Tess Lamb-Owusu", "tlambowusu@veldtown.test")]
