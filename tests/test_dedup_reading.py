"""Nothing mangled or read twice on the way in: raw 8-bit headers decode to their letters, a PDF
with a broken cross-reference table is read through pypdf, and a file is one file in the case
however its path is typed."""
from __future__ import annotations

import importlib.util
import io
import os
import re
from pathlib import Path

from giftgraph.graph.store import Case
from giftgraph.ingest import read_paths
from giftgraph.ingest.readers import ReadError, read_eml, read_mbox, read_pdf
from giftgraph.pipeline import run_ingest

_spec = importlib.util.spec_from_file_location("ingest_docs", Path(__file__).parent / "fixtures" / "ingest_docs.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

TZ = "Europe/Berlin"

RAW = ("From: Jürgen Öhlmann <jo@firma.test>\n"
       "To: Zoë Ångström <zoe@firma.test>, Renée Faßbender <rf@firma.test>\n"
       "Subject: Grüße aus Köln\n"
       "Date: Wed, 04 May 2022 11:20:00 +0200\n"
       "Message-ID: <koeln-1@firma.test>\n"
       "\n"
       "Die Kameras sind unterwegs.\n")


def _check(m) -> None:
    assert m.sender.name == "Jürgen Öhlmann" and m.sender.email == "jo@firma.test"
    assert [a.name for a in m.to] == ["Zoë Ångström", "Renée Faßbender"]
    assert m.subject == "Grüße aus Köln"
    assert "\ufffd" not in m.sender.raw + m.subject + "".join(a.raw for a in m.to)


def test_raw_utf8_headers_decode_to_their_letters():
    _check(read_eml(RAW.encode("utf-8"), file="a.eml", timezone=TZ)[0])


def test_raw_latin1_headers_decode_to_their_letters():
    _check(read_eml(RAW.encode("latin-1"), file="a.eml", timezone=TZ)[0])


def test_raw_cyrillic_and_encoded_words_in_one_header():
    raw = ("From: Ирина Волкова <iv@zavod.test>\nTo: jo@firma.test\nDate: Wed, 04 May 2022 11:20:00 +0200\n"
           "Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= и счёт\n\nТекст.\n").encode()
    m = read_eml(raw, file="b.eml", timezone=TZ)[0]
    assert m.sender.name == "Ирина Волкова" and m.subject == "Grüße и счёт"


def test_an_mbox_mixing_utf8_and_latin1_messages():
    utf8 = RAW.encode("utf-8")
    latin1 = RAW.replace("koeln-1", "koeln-2").replace("11:20", "12:20").encode("latin-1")
    msgs = list(read_mbox(io.BytesIO(fx.make_mbox([utf8, latin1])), file="box.mbox", timezone=TZ))
    assert len(msgs) == 2
    for m in msgs:
        _check(m)


# -- a PDF whose cross-reference table is broken ------------------------------------------------

PAGE = ["From: Wilma Tarrant <wtarrant@fabrikam.test>", "Sent: Monday, May 2, 2022 10:15 AM",
        "To: Osric Blum <oblum@contoso.test>", "Subject: Scanner loan", "", "Two scanners are on their way.", "Wilma"]


def _pdf() -> bytes:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    content = b"BT /F1 10 Tf 14 TL 50 750 Td " + b" ".join(b"(" + ln.encode("latin-1") + b") Tj T*" for ln in PAGE) + b" ET"
    objs = [font, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Page /Parent 4 0 R /MediaBox [0 0 612 792] /Contents 2 0 R /Resources << /Font << /F1 1 0 R >> >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"<< /Type /Catalog /Pages 4 0 R >>"]
    return fx.pdf_file(objs, 5)


def test_a_pdf_with_wrong_xref_offsets_is_read_through_pypdf():
    shifted = re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m.group(1)) + 7), _pdf())
    (m,) = read_pdf(shifted, file="shifted.pdf", timezone=TZ)
    assert (m.sender.name, m.subject, m.body) == ("Wilma Tarrant", "Scanner loan", "Two scanners are on their way.\nWilma")
    assert m.provenance[0].page == 1


def test_a_pdf_whose_trailer_lost_its_root_is_read_through_pypdf():
    (m,) = read_pdf(_pdf().replace(b"/Root", b"/Rxxx"), file="noroot.pdf", timezone=TZ)
    assert m.subject == "Scanner loan"


def test_a_pdf_neither_reader_can_repair_is_reported_as_damaged_not_as_without_headers(tmp_path):
    data = _pdf()
    broken = data[:data.index(b"xref")].replace(b"/Type /Pages", b"/Type /Nothing").replace(b"/Type /Page ", b"/Type /X ")
    try:
        read_pdf(broken, file="broken.pdf", timezone=TZ)
    except ReadError as exc:
        assert "no email header blocks" not in str(exc) and "PDF" in str(exc)
    else:
        raise AssertionError("a PDF with no page read as messages")


# -- one file, however its path is typed ---------------------------------------------------------

def test_a_release_named_by_relative_and_absolute_paths_is_read_once(tmp_path, monkeypatch):
    rel = tmp_path / "rel"
    rel.mkdir()
    (rel / "release.txt").write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    monkeypatch.chdir(rel)
    case = Case(tmp_path / "case")
    quiet = dict(timezone=TZ, stages=["read"], progress=False, log=lambda s: None)
    r1 = run_ingest(["release.txt", str(rel / "release.txt"), "."], case, **quiet)
    assert (r1.files_read, r1.messages_total) == (1, 1)
    r2 = run_ingest([str(rel / "release.txt")], case, **quiet)
    assert (r2.files_read, r2.files_skipped, r2.messages_total) == (0, 1, 1)
    os.symlink(rel / "release.txt", tmp_path / "link.txt")
    r3 = run_ingest([tmp_path / "link.txt"], case, **quiet)
    assert (r3.files_read, r3.files_skipped) == (0, 1)
    files = case.load_manifest()["files"]
    assert list(files) == [str((rel / "release.txt").resolve())]
    assert files[str((rel / "release.txt").resolve())]["name"] == "release.txt"
    (m,) = case.load_messages()
    assert [p.file for p in m.provenance] == ["release.txt"]
    # the release changed: read again, still listed once, under the name it was first read by
    (rel / "release.txt").write_text("\n".join(PAGE).replace("their way", "the truck") + "\n", encoding="utf-8")
    r4 = run_ingest([str(rel / "release.txt")], case, **quiet)
    assert r4.files_read == 1 and len(case.load_manifest()["files"]) == 1
    assert {p.file for m in case.load_messages() for p in m.provenance} == {"release.txt"}


def test_a_manifest_keyed_by_the_typed_path_is_taken_over(tmp_path, monkeypatch):
    (tmp_path / "release.txt").write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = read_paths(["release.txt"], timezone=TZ, known={})
    old = {"release.txt": {k: v for k, v in next(iter(first.files.values())).items() if k != "name"}}
    again = read_paths([str(tmp_path / "release.txt")], timezone=TZ, known=old)
    assert (again.files_read, again.files_skipped) == (0, 1)


def test_a_body_whose_declared_charset_is_wrong_keeps_its_letters():
    raw = (b"From: Jo <jo@firma.test>\nDate: Wed, 04 May 2022 11:20:00 +0200\nSubject: s\n"
           b"Content-Type: text/plain; charset=us-ascii\n\n" + "Grüße, Jörg\n".encode())
    assert read_eml(raw, file="c.eml", timezone=TZ)[0].body == "Grüße, Jörg"
