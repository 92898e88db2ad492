"""A web-mail page saved as a web archive (.mht, MHTML): the MIME headers are the saving browser's
("From: <Saved by ...>", the save date, the page title); the mail is printed in the page's HTML."""
import quopri

from giftgraph.ingest.readers import read_bytes, sniff

PAGE = """<html><head><meta charset="utf-8"><title>Loaner drones - City Mail</title></head><body>
<table><tr><td><b>From:</b></td><td>Ravi Sondergaard &lt;ravi@skylattice.com&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Tuesday, May 5, 2026 2:07 PM</td></tr>
<tr><td><b>To:</b></td><td>Mirela Castaign &lt;mcastaign@harwoodtown.gov&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>Loaner drones</td></tr></table><hr>
<p>Hello Mirela,</p><p>The two survey drones ship on Friday.</p><p>Ravi</p>
</body></html>"""


def _mht(first_header: str, saved: str = "Date: Thu, 3 Sep 2026 09:12:44 -0700\n") -> bytes:
    qp = quopri.encodestring(PAGE.encode("utf-8")).decode("ascii")
    text = (f"{first_header}\nSubject: Loaner drones - City Mail\n{saved}MIME-Version: 1.0\n"
            'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="==b0und4ry=="\n\n\n'
            "--==b0und4ry==\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
            "Content-Location: https://mail.harwoodtown.gov/item/77\n\n" + qp + "\n--==b0und4ry==--\n")
    return text.replace("\n", "\r\n").encode("ascii")


def _check(msgs):
    assert len(msgs) == 1
    m = msgs[0]
    assert m.sender.email == "ravi@skylattice.com"
    assert m.sent.startswith("2026-05-05T14:07")
    assert m.subject == "Loaner drones"
    assert "survey drones ship" in m.body


def test_saved_by_browser_reads_the_page_not_the_archive_headers():
    data = _mht("From: <Saved by Windows Internet Explorer 8>")
    _check(read_bytes(data, name="records/0412.mht", timezone="America/Chicago"))


def test_archive_without_from_header_is_read_as_page():
    data = _mht("X-Archive: 1", saved="")  # (as Word saves one: no From, To or Date)
    assert sniff("0412.mhtml", data[:200]) == "eml"
    _check(read_bytes(data, name="0412.mhtml", timezone="America/Chicago"))
