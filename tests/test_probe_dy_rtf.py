"""Outlook's "Save As > Rich Text Format" (.rtf): one message per file, the printed header block
(From / Sent / To / Cc / Subject, labels in bold, a tab before each value), then the body. Read with
striprtf as printed text. Invented names and wording, not the DY release's."""
from pathlib import Path

import pytest

from giftgraph.ingest.readers import detect, read_bytes, read_file

RTF = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}" "\r\n"
       r"{\*\generator Microsoft Outlook;}\viewkind4\uc1\pard\f0\fs20" "\r\n"
       r"{\b From:}\tab Quist, Norbert <nquist@harlanvale.gov>\par" "\r\n"
       r"{\b Sent:}\tab Wednesday, February 11, 2026 3:05 PM\par" "\r\n"
       r"{\b To:}\tab Ottilie Branscombe <obranscombe@greenreach-sports.com>\par" "\r\n"
       r"{\b Cc:}\tab Yeager, Pam <pyeager@harlanvale.gov>\par" "\r\n"
       r"{\b Subject:}\tab RE: Bleacher order\par" "\r\n\\par\r\n"
       r"Ottilie,\par\par Thanks for the quote on the aluminum bleachers, we\'92ll have a PO to you Friday.\par" "\r\n"
       r"\par Norbert\par}" "\r\n")


def test_rtf_is_detected_by_name_and_by_content():
    data = RTF.encode("ascii")
    assert detect("msg.rtf", data[:8192], data) == "rtf"
    assert detect("export/0001", data[:8192], data) == "rtf"


@pytest.mark.parametrize("on_disk", [False, True])
def test_outlook_saved_rtf_reads_as_one_message(tmp_path: Path, on_disk):
    data = RTF.encode("ascii")
    if on_disk:
        p = tmp_path / "RE_ Bleacher order.rtf"
        p.write_bytes(data)
        msgs = list(read_file(p, timezone="America/Denver"))
    else:
        msgs = read_bytes(data, name="RE_ Bleacher order.rtf", timezone="America/Denver")
    assert len(msgs) == 1
    m = msgs[0]
    assert m.subject == "RE: Bleacher order"
    assert "nquist@harlanvale.gov" in str(m.sender).lower()
    assert "obranscombe@greenreach-sports.com" in " ".join(str(r) for r in m.to).lower()
    assert "pyeager@harlanvale.gov" in " ".join(str(r) for r in m.cc).lower()
    assert m.sent.startswith("2026-02-11T15:05:00-07:00")
    assert "we\u2019ll have a PO to you Friday" in m.body
    assert "\\par" not in m.body and "{" not in m.body
