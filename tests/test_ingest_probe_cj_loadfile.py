"""An e-discovery production (probe CJ's delivery format): a Concordance load file (0x14 between
þ-qualified fields, UTF-8 with BOM) naming each document's extracted text with a Windows path,
a TEXT folder of bodies, and an image cross-reference (.opt) whose images are not delivered.
Names, addresses and numbers are invented and differ from the probe's release."""
from pathlib import Path

from giftgraph.ingest import read_paths
from giftgraph.ingest.readers import detect

D, Q = "\x14", "\u00fe"


def _row(*cells: str) -> str:
    return D.join(Q + c + Q for c in cells)


def _production(tmp: Path) -> Path:
    prod = tmp / "VOL01"
    (prod / "TEXT").mkdir(parents=True)
    (prod / "TEXT" / "HWY0000210.txt").write_text(
        "Nadia,\r\n\r\nThe loaner scanner ships Monday.\r\n\r\nOsric Penhallow\r\nField Lead | Quarry Lane Systems\r\n",
        encoding="utf-8")
    (prod / "TEXT" / "HWY0000211.txt").write_text(
        "Thanks Osric, got it.\r\n\r\n________________________________\r\n"
        "From: Osric Penhallow <osric@quarrylane.example>\r\nSent: Monday, October 6, 2025 2:05 PM\r\n"
        "To: Voss, Nadia <nvoss@harbortown.example>\r\nSubject: Scanner\r\n\r\n"
        "Nadia,\r\n\r\nThe loaner scanner ships Monday.\r\n", encoding="utf-8")
    rows = [
        _row("BEGBATES", "ENDBATES", "CUSTODIAN", "FROM", "TO", "CC", "BCC", "SUBJECT", "DATESENT", "TIMESENT", "TEXTPATH"),
        _row("HWY0000210", "HWY0000210", "Voss, Nadia", "Osric Penhallow <osric@quarrylane.example>",
             "Voss, Nadia <nvoss@harbortown.example>", "Teague, Bram <bteague@harbortown.example>", "", "Scanner",
             "10/06/2025", "2:05 PM", ".\\TEXT\\HWY0000210.txt"),
        _row("HWY0000211", "HWY0000212", "Voss, Nadia", "Voss, Nadia <nvoss@harbortown.example>",
             "Osric Penhallow <osric@quarrylane.example>", "", "", "RE: Scanner", "10/07/2025", "9:40 AM",
             ".\\text\\hwy0000211.TXT"),
    ]
    (prod / "EXPORT.DAT").write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    (prod / "EXPORT.OPT").write_text("HWY0000210,VOL01,.\\IMAGES\\HWY0000210.tif,Y,,,1\r\n"
                                     "HWY0000211,VOL01,.\\IMAGES\\HWY0000211.tif,Y,,,2\r\n", encoding="ascii")
    return prod


def test_load_file_is_detected(tmp_path):
    prod = _production(tmp_path)
    head = (prod / "EXPORT.DAT").read_bytes()[:8192]
    assert detect(str(prod / "EXPORT.DAT"), head) == "loadfile"


def test_production_folder_reads_headers_and_bodies(tmp_path):
    prod = _production(tmp_path)
    res = read_paths([prod], timezone="America/Chicago", log=lambda s: None)
    assert not res.problems, res.problems
    own = {m.subject: m for m in res.messages}
    assert set(own) == {"Scanner", "RE: Scanner"}, [m.subject for m in res.messages]
    first = own["Scanner"]
    assert first.sender.email == "osric@quarrylane.example"
    assert first.sent == "2025-10-06T14:05:00-05:00"
    assert [a.email for a in first.to] == ["nvoss@harbortown.example"]
    assert [a.email for a in first.cc] == ["bteague@harbortown.example"]
    assert "loaner scanner ships Monday" in first.body
    assert any(p.bates == "HWY0000210" for p in first.provenance)
    reply = own["RE: Scanner"]
    assert reply.sender.email == "nvoss@harbortown.example" and reply.sent == "2025-10-07T09:40:00-05:00"
    assert "Thanks Osric" in reply.body
    # the TEXT files are read through the load file only, never as loose text
    assert not any(str(p.file).lower().endswith(".txt") for m in res.messages for p in m.provenance)


def test_thorn_comma_load_file_with_inline_body(tmp_path):
    rows = ["þBegDocþ,þFromþ,þToþ,þSubjectþ,þSentDateþ,þBodyþ",
            "þKLM-001þ,þIsa Brenner <isa@ferrow.example>þ,þTobin Lark <tlark@ferrow.example>þ,þLunchþ,"
            "þ03/04/2025 11:15 AMþ,þHi Tobin,®Noon works.®Isaþ"]
    f = tmp_path / "prod.dat"
    f.write_bytes("\r\n".join(rows).encode("utf-8"))
    res = read_paths([f], timezone="America/New_York", log=lambda s: None)
    assert not res.problems, res.problems
    [m] = res.messages
    assert m.sender.email == "isa@ferrow.example" and m.subject == "Lunch"
    assert m.sent == "2025-03-04T11:15:00-05:00"
    assert "Noon works." in m.body.split("\n")
