"""Every input format: text-layer PDF, OCR text, .eml, mbox, Outlook .msg, folders, .zip."""
from __future__ import annotations

import importlib.util
import io
import shutil
import zipfile
from pathlib import Path

import pytest

from giftgraph.ingest import IngestError, read_paths
from giftgraph.ingest.limits import Limits
from giftgraph.ingest.readers import iter_zip

_spec = importlib.util.spec_from_file_location("ingest_docs", Path(__file__).parent / "fixtures" / "ingest_docs.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

TZ = "America/Los_Angeles"


def _by_subject(res):
    return {(m.sender.name, m.subject): m for m in res.messages}


def test_pdf_text_layer_pages_bates_and_dedup(tmp_path):
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(fx.make_pdf([fx.OUTLOOK_PAGE_1, fx.OUTLOOK_PAGE_2]))
    res = read_paths([pdf], timezone=TZ, known={})
    assert res.problems == []
    assert len(res.messages) == 2  # Bert's email: printed alone on page 2 and quoted on page 1
    reply = next(m for m in res.messages if m.subject == "RE: Cameras for the pilot")
    assert reply.sender.name == "Alice Moreno" and reply.sender.email == "alice.moreno@acme.test"
    assert reply.sent == "2016-03-03T14:20:00-08:00"
    assert [a.name for a in reply.to] == ["Bert Lindqvist"]
    assert [(a.name, a.email) for a in reply.cc] == [("Carla Ng", "carla.ng@acme.test"), ("Dev Patel", "41001@police.test")]
    assert reply.body.startswith("Hi Bert, happy to send")
    assert "Cameras for the pilot" not in reply.body  # quoted history is not the reply's own text
    orig = next(m for m in res.messages if m.subject == "Cameras for the pilot")
    assert sorted((p.page, p.bates, p.quoted) for p in orig.provenance) == [(1, "CITY-000001", True), (2, "CITY-000002", False)]
    assert reply.in_reply_to == orig.id and reply.thread == orig.id
    # furniture is gone from the text
    assert "Page 2 of 3" not in orig.body and "CITY-00000" not in orig.body
    assert res.files[str(pdf)]["messages"] == 3  # readings, before dedup


def test_pdf_image_only_pages_are_reported(tmp_path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(fx.make_pdf([fx.OUTLOOK_PAGE_1, None, None]))
    res = read_paths([pdf], timezone=TZ, known={})
    assert len(res.messages) == 2
    assert res.problems == [(str(pdf), "no text layer on page(s) 2-3; use --ocr (needs tesseract)")]
    only = tmp_path / "only.pdf"
    only.write_bytes(fx.make_pdf([None]))
    res = read_paths([only], timezone=TZ, known={})
    assert res.messages == [] and "image-only PDF: no text layer on page(s) 1" in res.problems[0][1]


@pytest.mark.skipif(not shutil.which("tesseract"), reason="scripts/test installs tesseract-ocr")
def test_pdf_ocr_of_image_only_pages(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1700, 900), 255)
    ImageDraw.Draw(img).multiline_text((60, 60), fx.ORIGINAL_MESSAGE.split("\n\n-----")[0], fill=0,
                                       font=ImageFont.load_default(size=36), spacing=14)
    scan = tmp_path / "scan.pdf"
    img.save(scan, resolution=150)  # a scanned page: an image, no text layer
    res = read_paths([scan], timezone=TZ, known={})
    assert res.messages == [] and "image-only PDF" in res.problems[0][1]
    res = read_paths([scan], timezone=TZ, known={}, ocr=True)
    assert res.problems == []
    [m] = res.messages
    assert (m.sender.name, m.sent, m.subject) == ("Dev Patel", "2016-10-11T13:50:00-07:00", "RE: Church burglaries")
    assert m.provenance[0].page == 1


def test_plain_text_with_form_feeds_and_repeated_titles(tmp_path):
    txt = tmp_path / "release.txt"
    txt.write_text("\f".join([fx.OUTLOOK_PAGE_1, fx.OUTLOOK_PAGE_2, fx.GMAIL_PAGE]), encoding="utf-8")
    res = read_paths([txt], timezone=TZ, known={})
    assert res.problems == []
    subjects = sorted(m.subject for m in res.messages)
    assert subjects == ["Cameras for the pilot", "Promo code for the north side", "Promo code for the north side",
                        "RE: Cameras for the pilot"]
    for m in res.messages:
        assert "TEST CITY RESPONSIVE RECORDS" not in m.body  # a title on every page is furniture


def test_text_encodings(tmp_path):
    text = fx.ORIGINAL_MESSAGE.replace("Sounds good.", "Sounds good \u2013 caf\u00e9.")
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "b.txt").write_bytes(text.encode("utf-8"))
    res = read_paths([tmp_path], timezone=TZ, known={})
    assert res.problems == []
    assert len(res.messages) == 2  # same two emails in both files
    top = next(m for m in res.messages if m.sender.name == "Dev Patel")
    assert "caf\u00e9" in top.body and len(top.provenance) == 2


def test_eml_and_mbox(tmp_path):
    e1 = fx.make_eml(sender="Alice Moreno <alice.moreno@acme.test>", to="Bert Lindqvist <39001@police.test>",
                     cc="'Carla Ng' <carla.ng@acme.test>", subject="Cameras", date="Thu, 3 Mar 2016 14:20:00 -0800",
                     body="Hi Bert\n\n-----Original Message-----\nFrom: Bert Lindqvist\nSent: Wednesday, March 2, 2016 9:12 AM\n"
                          "To: Alice Moreno\nSubject: Cameras\n\nWhat do they cost?\n")
    e2 = fx.make_eml(sender="Bert Lindqvist <39001@police.test>", to="alice.moreno@acme.test", subject="Cameras",
                     date="Wed, 02 Mar 2016 09:12:00 -0800", body="What do they cost?\nFrom the desk of Bert\n")
    (tmp_path / "one.eml").write_bytes(e1)
    (tmp_path / "box.mbox").write_bytes(fx.make_mbox([e2]))
    res = read_paths([tmp_path], timezone=TZ, known={})
    assert res.problems == []
    assert len(res.messages) == 2  # Bert's email quoted in e1 and present in the mbox: one message
    bert = next(m for m in res.messages if m.sender.name == "Bert Lindqvist")
    assert bert.sender.email == "39001@police.test" and bert.body.startswith("What do they cost?")
    assert sorted(p.quoted for p in bert.provenance) == [False, True]
    alice = next(m for m in res.messages if m.sender.name == "Alice Moreno")
    assert alice.body == "Hi Bert" and alice.cc[0].name == "Carla Ng"
    assert alice.in_reply_to == bert.id


def test_mbox_from_lines_in_bodies_are_unescaped(tmp_path):
    e = fx.make_eml(sender="a@x.test", to="b@x.test", subject="s", date="Wed, 02 Mar 2016 09:12:00 -0800",
                    body="From here on\nok\n")
    (tmp_path / "m.mbox").write_bytes(fx.make_mbox([e, e.replace(b"09:12", b"10:12")]))
    res = read_paths([tmp_path / "m.mbox"], timezone=TZ, known={})
    assert len(res.messages) == 2 and res.messages[0].body.startswith("From here on")


def test_outlook_msg(tmp_path):
    body = ("Yes, free of charge.\r\n\r\n-----Original Message-----\r\nFrom: Bert Lindqvist\r\n"
            "Sent: Wednesday, March 2, 2016 9:12 AM\r\nTo: Alice Moreno\r\nSubject: Cameras\r\n\r\nWhat do they cost?\r\n")
    p = tmp_path / "reply.msg"
    p.write_bytes(fx.make_msg(sender_name="Alice Moreno", sender_email="alice.moreno@acme.test", to="Bert Lindqvist",
                              cc="Carla Ng; Dev Patel", subject="RE: Cameras", body=body, date="Thu, 3 Mar 2016 14:20:00 -0800"))
    res = read_paths([p], timezone=TZ, known={})
    assert res.problems == []
    by = {m.sender.name: m for m in res.messages}
    assert set(by) == {"Alice Moreno", "Bert Lindqvist"}
    a = by["Alice Moreno"]
    assert a.sender.email == "alice.moreno@acme.test" and a.subject == "RE: Cameras"
    assert a.sent == "2016-03-03T14:20:00-08:00"
    assert [x.name for x in a.to] == ["Bert Lindqvist"] and [x.name for x in a.cc] == ["Carla Ng", "Dev Patel"]
    assert a.body == "Yes, free of charge."
    assert by["Bert Lindqvist"].provenance[0].quoted is True


def test_msg_that_is_not_ole_is_a_clear_problem(tmp_path):
    p = tmp_path / "fake.msg"
    p.write_bytes(b"this is not a compound file")
    res = read_paths([p, tmp_path], timezone=TZ, known={})
    assert (str(p), "not an Outlook .msg file (not an OLE compound document)") in res.problems


def _zip(entries: dict[str, bytes], **kw) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_zip_is_read_in_memory_and_zip_slip_refused(tmp_path):
    inner = _zip({"nested/one.txt": fx.ORIGINAL_MESSAGE.encode()})
    data = _zip({
        "release/page1.txt": fx.IPHONE.encode(),
        "../../evil.txt": fx.ORIGINAL_MESSAGE.encode(),
        "/abs/evil.txt": b"x",
        "more.zip": inner,
        "scan.pdf": fx.make_pdf([fx.OUTLOOK_PAGE_2]),
    })
    z = tmp_path / "dump.zip"
    z.write_bytes(data)
    res = read_paths([z], timezone=TZ, known={})
    problems = dict(res.problems)
    assert problems[f"{z}!../../evil.txt"].startswith("unsafe path in zip (zip-slip)")
    assert problems[f"{z}!/abs/evil.txt"].startswith("unsafe path in zip (zip-slip)")
    files = {p.file for m in res.messages for p in m.provenance}
    assert f"{z}!release/page1.txt" in files and f"{z}!more.zip!nested/one.txt" in files and f"{z}!scan.pdf" in files
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.zip"]  # nothing extracted to disk


def test_zip_bomb_limits(tmp_path):
    bomb = _zip({"big.txt": b"\0" * (5 << 20), "ok.txt": fx.ORIGINAL_MESSAGE.encode()})
    found = list(iter_zip(bomb, label="b.zip"))
    issues = {name: issue for name, _, issue in found}
    assert issues["b.zip!big.txt"].startswith("zip-ratio limit")  # 5 MiB of zeros: ratio over 100:1
    assert issues["b.zip!ok.txt"] is None

    # past zip-total the rest of the zip is not read; the problem names the zip
    found = list(iter_zip(_zip({"a.txt": b"a" * 80, "b.txt": b"b" * 80}), label="t.zip", limits=Limits(zip_total=100)))
    assert [(name, data, issue) for name, data, issue in found] == [
        ("t.zip!a.txt", b"a" * 80, None),
        ("t.zip", None, "zip-total limit: members expand to more than 100 bytes in all; 1 member(s) not read")]


def test_folder_walk_and_bad_files_do_not_stop_the_rest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text(fx.ORIGINAL_MESSAGE)
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "junk.eml").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    (tmp_path / ".hidden.txt").write_text(fx.IPHONE)
    res = read_paths([tmp_path], timezone=TZ, known={})
    assert len(res.messages) == 2 and res.files_read == 1
    problems = dict(res.problems)
    assert problems[str(tmp_path / "empty.eml")] == "empty file"
    assert problems[str(tmp_path / "junk.eml")] == "binary data, not an email message"
    assert "unsupported file type" in problems[str(tmp_path / "image.png")]
    assert all(".hidden" not in f for f in problems)
    with pytest.raises(IngestError, match="empty.eml: empty file"):
        read_paths([tmp_path], timezone=TZ, known={}, strict=True)


def test_eml_replies_linked_by_in_reply_to_headers(tmp_path):
    first = fx.make_eml(sender="Alice Moreno <alice.moreno@acme.test>", to="erin.walsh@police.test", subject="Code",
                        date="Tue, 21 Jun 2016 13:00:00 -0700", body="Here is your code.")
    reply = fx.make_eml(sender="Erin Walsh <erin.walsh@police.test>", to="alice.moreno@acme.test", subject="Re: Code",
                        date="Tue, 21 Jun 2016 15:26:00 -0700", body="Thanks!")
    first = first.replace(b"Message-ID: <", b"Message-ID: <first-", 1)
    reply = reply.replace(b"Message-ID:", b"In-Reply-To: <first-" + first.split(b"<first-", 1)[1].split(b">", 1)[0] + b">\nMessage-ID:", 1)
    (tmp_path / "a.eml").write_bytes(first)
    (tmp_path / "b.eml").write_bytes(reply)
    res = read_paths([tmp_path], timezone=TZ, known={})
    by = {m.sender.name: m for m in res.messages}
    assert by["Erin Walsh"].in_reply_to == by["Alice Moreno"].id
    assert by["Erin Walsh"].thread == by["Alice Moreno"].id


@pytest.mark.parametrize("name, head, kind", [
    ("export.xlsx", b"PK\x03\x04rest", "xlsx"),
    ("Export.XLSM", b"PK\x03\x04rest", "xlsx"),
    ("bundle.zip", b"PK\x03\x04rest", "zip"),
    ("export.csv", b"a,b\n1,2\n", "csv"),
    ("export", b'"Subject","Body","From: (Name)","From: (Address)"\r\n"Hi","x","A","a@b.test"\r\n', "csv"),
    ("export.txt", "Subject;Body;From: (Name)\r\n".encode("cp1252"), "csv"),
    ("export.txt", "Subject\tBody\tFrom: (Address)\r\n".encode("utf-16"), "csv"),
    ("mail.pst", b"junk", "pst"),
    ("mail.OST", b"junk", "pst"),
    ("mailbox.bin", b"!BDN\x00\x00", "pst"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),
    ("note.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "msg"),
    ("letter.txt", b"Subject: hello\nBody text\n", "text"),
    ("page.htm", b"<p>From: a</p>", "html"),
    ("Export.HTML", b"junk", "html"),
    ("saved", b"\xef\xbb\xbf\n<!DOCTYPE html>\n<html><body>", "html"),
    ("saved", b"<!-- saved from a portal -->\n<HTML lang=en>", "html"),
    ("notes.txt", b"<html> is how the page starts", "text"),  # a text file that speaks of HTML
    ("1234.emlx", b"512\nFrom: a@b.test\n", "eml"),
])
def test_sniff_names_the_new_formats(name, head, kind):
    from giftgraph.ingest.readers import sniff

    assert sniff(name, head) == kind


# An email client's "Save as Web Page" of a thread: the first email's headers in a table, the reply's as
# bold labels and <br> breaks; entities, a non-breaking space, markup line breaks and a script
SAVED_PAGE = """<!DOCTYPE html><html><head><title>Thread export</title><style>p {margin: 0}</style></head><body>
<table><tr><td><b>From:</b></td><td>Ines Falkenrath &lt;ines.falkenrath@ploverlight.test&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Tuesday, March 4, 2025 10:05 AM</td></tr>
<tr><td><b>To:</b></td><td>Tobias Wren &lt;twren@ashmere-pd.test&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>Lamps &amp; mounts</td></tr></table>
<p>Tobias,</p><p>The two porch&nbsp;lamps
   are yours to keep.</p><script>document.write("From: nobody")</script>
<hr><div><b>From:</b> Tobias Wren &lt;twren@ashmere-pd.test&gt;<br><b>Sent:</b> Wednesday, March 5, 2025 8:30 AM<br>
<b>To:</b> Ines Falkenrath &lt;ines.falkenrath@ploverlight.test&gt;<br><b>Subject:</b> RE: Lamps &amp; mounts</div>
<p>Many thanks,<br>Tobias</p></body></html>"""


def test_an_html_page_of_printed_emails(tmp_path):
    page = tmp_path / "thread.htm"
    page.write_text(SAVED_PAGE, encoding="utf-8")
    res = read_paths([page], timezone=TZ, known={})
    assert res.problems == [] and res.formats[str(page)] == "html"
    by = _by_subject(res)
    first = by[("Ines Falkenrath", "Lamps & mounts")]
    assert [(a.name, a.email) for a in first.to] == [("Tobias Wren", "twren@ashmere-pd.test")]
    assert first.sender.email == "ines.falkenrath@ploverlight.test"
    assert first.sent == "2025-03-04T10:05:00-08:00"
    assert first.body == "Tobias,\n\nThe two porch lamps are yours to keep."  # no script, one space
    reply = by[("Tobias Wren", "RE: Lamps & mounts")]
    assert reply.body == "Many thanks,\nTobias" and reply.sent == "2025-03-05T08:30:00-08:00"


def test_html_to_text_lays_out_lines_as_a_browser_does():
    from giftgraph.ingest.html import html_to_text

    assert html_to_text("<div>one<br><br>two</div><div>three</div><p>four</p>five") == "one\n\ntwo\nthree\n\nfour\n\nfive"
    assert html_to_text("<table><tr><td>To:</td><td>A&amp;B</td></tr><tr><td>Cc:</td><td>C</td></tr></table>") == \
        "To: A&B\nCc: C"
    assert html_to_text("<p>kept<!-- a comment --> text</p><style>p{}</style>") == "kept text"
    # bytes: the charset the page declares
    assert html_to_text('<meta charset="windows-1252"><p>caf\xe9</p>'.encode("cp1252")) == "caf\u00e9"


def test_an_apple_mail_emlx_and_an_html_only_email(tmp_path):
    mail = fx.make_eml(sender="Ines Falkenrath <ines.falkenrath@ploverlight.test>", to="twren@ashmere-pd.test",
                       subject="Lamp", date="Thu, 6 Mar 2025 09:00:00 -0800", body="A lamp is on its way.\n")
    plist = b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>flags</key>' \
            b"<integer>8590195713</integer></dict></plist>\n"
    (tmp_path / "77.emlx").write_bytes(b"%d\n" % len(mail) + mail + plist)
    html_only = (b"From: Tobias Wren <twren@ashmere-pd.test>\nTo: ines.falkenrath@ploverlight.test\n"
                 b"Subject: Re: Lamp\nDate: Fri, 7 Mar 2025 09:00:00 -0800\nMessage-ID: <r1@ashmere-pd.test>\n"
                 b"MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
                 b"<html><body><p>Got it &ndash; thanks!</p><p>Tobias<br>Ashmere&nbsp;PD</p></body></html>\n")
    (tmp_path / "reply.eml").write_bytes(html_only)
    res = read_paths([tmp_path], timezone=TZ, known={})
    assert res.problems == []
    by = {m.subject: m for m in res.messages}
    assert by["Lamp"].body == "A lamp is on its way."  # not the property list after the message
    assert by["Re: Lamp"].body == "Got it \u2013 thanks!\n\nTobias\nAshmere PD"


def test_an_html_only_outlook_msg_reads_its_html_body(tmp_path):
    p = tmp_path / "html.msg"
    p.write_bytes(fx.make_msg(sender_name="Ines Falkenrath", sender_email="ines.falkenrath@ploverlight.test",
                              to="Tobias Wren", cc="", subject="Mounts", body="", date="Mon, 10 Mar 2025 09:00:00 -0800",
                              html="<html><body><p>Two mounts ship&nbsp;today.</p><p>Ines</p></body></html>"))
    res = read_paths([p], timezone=TZ, known={})
    assert res.problems == []
    assert [m.body for m in res.messages] == ["Two mounts ship today.\n\nInes"]


def test_an_html_page_over_its_limit_is_one_problem_and_not_read(tmp_path):
    (tmp_path / "big.html").write_text("<p>" + "x" * 3000 + "</p>", encoding="utf-8")
    (tmp_path / "thread.htm").write_text(SAVED_PAGE, encoding="utf-8")
    res = read_paths([tmp_path], timezone=TZ, known={}, limits=Limits.parse("html-page=2K"))
    assert [p for _, p in res.problems] == ["html-page limit: the page is 3,007 bytes, more than 2 KiB; not read"]
    assert {m.subject for m in res.messages} == {"Lamps & mounts", "RE: Lamps & mounts"}
