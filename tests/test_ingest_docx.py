"""Word documents: a records clerk pastes the emails of a request into one .docx, one after another,
with a heading on top and a page break or a line of dashes between emails. Invented wording and names."""
from __future__ import annotations

import zipfile
from xml.sax.saxutils import escape

import pytest

from giftgraph.ingest import read_paths
from giftgraph.ingest.readers import ReadError, detect, read_bytes, sniff

TZ = "America/Denver"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(text: str = "") -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


PAGE = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def _docx(body: str, *, path=None) -> bytes:
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
           f"{body}<w:sectPr/></w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/></Types>')
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
        z.writestr("word/document.xml", doc)
    if path is not None:
        path.write_bytes(buf.getvalue())
    return buf.getvalue()


def _email(frm, sent, to, subject, *body, cc=None):
    lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subject}", ""]
    return "".join(_p(x) for x in lines + list(body))


FIRST = _email("Tamsin Oduya <toduya@quillfence.test>", "Monday, March 2, 2026 8:05 AM",
               "Rourke, Ivo <irourke@larchbay.test>", "Fence inspection Thursday",
               "Ivo,", "Can your crew meet ours at the Gannet Road lot at nine?", "", "Tamsin Oduya", "Quillfence Ltd")
# the reply's signature is two runs joined by a line break, and a tab between a name and a phone
SECOND = (_email("Rourke, Ivo <irourke@larchbay.test>", "Monday, March 2, 2026 9:41 AM",
                 "Tamsin Oduya <toduya@quillfence.test>", "RE: Fence inspection Thursday",
                 "Nine works. See you there.", "")
          + '<w:p><w:r><w:t>Ivo Rourke</w:t><w:tab/><w:t>555-0107</w:t><w:br/><w:t>Larch Bay Works Yard</w:t></w:r></w:p>')
THIRD = _email("Tamsin Oduya <toduya@quillfence.test>", "Tuesday, March 3, 2026 2:15 PM",
               "Rourke, Ivo <irourke@larchbay.test>", "Gate keys", "Keys are at the front desk.")


def test_a_clerks_docx_of_pasted_emails_reads_into_each_email(tmp_path):
    body = (_p("Responsive Records - Request 31-0456") + _p("")
            + FIRST + PAGE + SECOND + _p("-" * 50) + THIRD)
    _docx(body, path=tmp_path / "records.docx")
    res = read_paths([tmp_path / "records.docx"], timezone=TZ, known={})
    assert not res.problems, res.problems
    got = sorted((m.sent, m.subject, m.sender.email) for m in res.messages)
    assert got == [
        ("2026-03-02T08:05:00-07:00", "Fence inspection Thursday", "toduya@quillfence.test"),
        ("2026-03-02T09:41:00-07:00", "RE: Fence inspection Thursday", "irourke@larchbay.test"),
        ("2026-03-03T14:15:00-07:00", "Gate keys", "toduya@quillfence.test"),
    ]
    reply = next(m for m in res.messages if m.subject.startswith("RE:"))
    assert "Ivo Rourke\t555-0107\nLarch Bay Works Yard" in reply.body
    assert "Gate keys" not in reply.body  # the dashes and the next header end it


def test_docx_is_known_by_name_and_by_content():
    blob = _docx(FIRST)
    assert sniff("records.docx", blob[:8192]) == "docx"
    assert sniff("records.DOCX", b"PK\x03\x04rest") == "docx"
    assert detect("records.bin", blob[:8192], blob) == "docx"  # a Word document saved without its extension
    assert detect("bundle.zip", b"PK\x03\x04", _plain_zip()) == "zip"
    msgs = read_bytes(blob, name="inner.docx", timezone=TZ)  # a zip member
    assert [m.subject for m in msgs] == ["Fence inspection Thursday"]


def _plain_zip() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    return buf.getvalue()


def test_a_docx_with_an_xml_bomb_or_no_document_is_refused():
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", bomb)
    with pytest.raises(ReadError, match="XML bomb guard"):
        read_bytes(buf.getvalue(), name="bomb.docx", timezone=TZ)
    with pytest.raises(ReadError):
        read_bytes(_plain_zip(), name="empty.docx", timezone=TZ)
