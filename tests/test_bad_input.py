"""Bad input through the CLI: every broken file gives ONE line naming the file and the problem,
the other files are still read, the run ends with a summary (read / skipped / why) and an exit
code that says whether anything failed; ``--strict`` stops at the first problem.

All fixtures are generated here, in tmp_path. Most runs use ``--skip-extract`` (reading is what
is under test); ``test_full_run_over_a_folder_of_bad_files`` runs the whole pipeline once.
Resource limits (zip and PDF bombs) and missing or damaged case files are in
``test_bad_input_limits.py``. A run of either module ends with the count of bad-input cases, each
parametrised case counted ("bad-input cases: N (N passed)", printed by tests/conftest.py).
"""
from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.store import Case
from giftgraph.ingest.printed import MAX_QUOTE_DEPTH

_spec = importlib.util.spec_from_file_location("ingest_docs", Path(__file__).parent / "fixtures" / "ingest_docs.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

HEADER = ("From: Ann Vendor <ann@vendor.example>\n"
          "Sent: Monday, April 4, 2016 9:12 AM\n"
          "To: Bob Officer <bob@pd.example>\n"
          "Subject: {subject}\n")
PRINTED = HEADER + "\nHi Bob, the {subject} ship today.\nAnn\n"


def printed(subject: str = "Doorbells", **repl) -> str:
    text = PRINTED.format(subject=subject)
    for a, b in repl.items():
        text = text.replace(a.replace("_", " "), b)
    return text


def eml(subject: str = "Good news", to: str = "Bob Officer <bob@pd.example>", body: str = "Hi Bob.\n",
        date: str = "Mon, 04 Apr 2016 08:00:00 -0700") -> bytes:
    mid = re.sub(r"\W+", "-", subject)
    return (f"From: Ann Vendor <ann@vendor.example>\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
            f"Message-ID: <{mid}@vendor.example>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}").encode()


# -- PDF fixtures ---------------------------------------------------------------------------------

def make_pdf(pages: list[list[str] | None]) -> bytes:
    """A small PDF: each page a list of text lines (Helvetica), or None for a page that carries
    only an image and a drawn line (no text layer, like a scan)."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    img = add(b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
              b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream")
    pages_id = len(objs) + 1 + 2 * len(pages)
    kids = []
    for lines in pages:
        if lines is None:
            content = b"q 200 0 0 200 100 500 cm /Im1 Do Q 0 0 m 300 300 l S"
        else:
            esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") for ln in lines]
            content = b"BT /F1 10 Tf 14 TL 50 750 Td " + b" ".join(b"(" + e + b") Tj T*" for e in esc) + b" ET"
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources "
                        b"<< /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>" % (pages_id, c, font, img)))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)) == pages_id
    root = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    return fx.pdf_file(objs, root)


def text_pdf(subject: str = "Doorbells") -> bytes:
    return make_pdf([printed(subject).splitlines()])


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf("Secret"))))
    w.encrypt(user_password="open-sesame", owner_password="owner")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def make_zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


# -- running the CLI ------------------------------------------------------------------------------

class Run:
    def __init__(self, result, case: Path):
        self.result = result
        self.code = result.exit_code
        self.case = Case(case)
        # tqdm's bar redraws with \r; keep the lines giftgraph wrote
        self.lines = [ln.strip() for ln in re.split(r"[\r\n]+", result.stderr) if ln.strip()]
        self.errors = [ln for ln in self.lines if ln.startswith("error: ")]
        self.notes = [ln for ln in self.lines if ln.startswith("note: ")]
        self.summary = next((ln for ln in reversed(self.lines) if ln.startswith(f"{case}: ")), "")

    def subjects(self) -> list[str]:
        return sorted(m.subject for m in self.case.iter_messages())

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"Run(code={self.code}, stderr={self.result.stderr!r}, exception={self.result.exception!r})"


def ingest(paths, case: Path, *args: str, extract: bool = False) -> Run:
    argv = ["ingest", *map(str, paths), "--case", str(case), *args]
    if not extract:
        argv.append("--skip-extract")
    result = CliRunner().invoke(cli, argv)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash, never a clean error
    return Run(result, case)


def with_good_file(tmp_path: Path, name: str, data: bytes | str) -> tuple[Path, Path]:
    """A folder holding the bad file and one good .eml; returns (folder, bad file)."""
    folder = tmp_path / "release"
    folder.mkdir(exist_ok=True)
    (folder / "zz-good.eml").write_bytes(eml("Good news"))
    bad = folder / name
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder, bad


# -- one bad file among good ones: exactly one line, the rest read, exit code 1 ---------------------

def _huge_line() -> bytes:
    return b"x" * (4 << 20)  # 4 MiB, no newline


BAD_FILES = [
    # (id, file name, content, the problem as printed: exact text, or a regex when it names a library detail)
    ("truncated-pdf", "release.pdf", lambda: text_pdf()[:300], re.compile(r"truncated or damaged PDF \(\w+: .*\)")),
    ("encrypted-pdf", "locked.pdf", encrypted_pdf, "encrypted PDF: a password is needed to read it"),
    ("image-only-pdf", "scan.pdf", lambda: make_pdf([None, None]),
     "image-only PDF: no text layer on page(s) 1-2; use --ocr (needs tesseract)"),
    ("pdf-every-page-damaged", "damaged.pdf",
     lambda: text_pdf().replace(b"50 750 Td (From:", b"50 750 Td <<<<>>>>]]]] (From:"),
     re.compile(r"not a readable PDF: damaged page\(s\) 1 \(\w+: .+\)")),
    ("pdf-that-is-text", "notes.pdf", lambda: b"Dear diary, this is no PDF at all.\n",
     re.compile(r"(not a readable|truncated or damaged) PDF \(.+\)")),
    ("empty-eml", "empty.eml", lambda: b"", "empty file"),
    ("empty-pdf", "empty.pdf", lambda: b"", "empty file"),
    ("empty-txt", "empty.txt", lambda: b"", "empty file"),
    ("whitespace-eml", "blank.eml", lambda: b"\n\n   \n", "empty file"),
    ("binary-junk-eml", "junk.eml", lambda: bytes(range(256)) * 64, "binary data, not an email message"),
    ("binary-text", "scan.txt", lambda: b"GIF89a\x00\x01\x00\x00" + bytes(range(256)), "binary data, not text"),
    ("malformed-mbox", "archive.mbox", lambda: b"Subject: no envelope line\n\n" + eml(),
     "not an mbox: it does not start with a 'From ' line"),
    ("msg-not-ole", "letter.msg", lambda: b"This is a plain text file, renamed .msg\n",
     "not an Outlook .msg file (not an OLE compound document)"),
    ("msg-damaged-ole", "letter2.msg", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000,
     re.compile(r"cannot read Outlook \.msg \(\w+: .+\)")),
    ("truncated-zip", "dump.zip", lambda: make_zip({"a.eml": eml()})[:40], re.compile(r"not a readable zip archive \(.+\)")),
    ("huge-single-line", "ocr.txt", _huge_line,
     "no email header blocks found (From:/Sent:/To:/Subject:, Gmail or 'On ... wrote:')"),
    ("text-without-headers", "readme.txt", lambda: b"Minutes of the meeting.\nNothing else.\n",
     "no email header blocks found (From:/Sent:/To:/Subject:, Gmail or 'On ... wrote:')"),
    ("eml-without-headers", "note.eml", lambda: b"just a line of text\nand another\n",
     "not an email message: no From, Date or Subject header"),
    ("image-file", "photo.png", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
     "unsupported file type (not PDF, text, HTML, .eml/.emlx, mbox, .msg, .pst/.ost, Outlook .csv/.xlsx export or .zip)"),
    ("html-without-emails", "welcome.html", lambda: b"<html><body><h1>Records portal</h1><p>Nothing here.</p></body></html>",
     "no email header blocks found (From:/Sent:/To:/Subject:, Gmail or 'On ... wrote:')"),
]


@pytest.mark.parametrize("name,make,problem", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_one_bad_file_one_line_and_the_rest_is_read(tmp_path, name, make, problem):
    folder, bad = with_good_file(tmp_path, name, make())
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1, run
    assert len(run.errors) == 1, run
    prefix = f"error: {bad}: "
    assert run.errors[0].startswith(prefix), run
    text = run.errors[0][len(prefix):]
    assert (problem.fullmatch(text) if isinstance(problem, re.Pattern) else text == problem), run
    assert run.subjects() == ["Good news"]  # the other file is read and saved
    assert run.summary.startswith(f"{tmp_path / 'case'}: read 1 file(s): 1 new message(s), 1 in the case;"), run
    assert "could not read 1 file(s) and 0 part(s) of files: " in run.summary, run
    # the failed file is not recorded as read: fixed, it is read next time
    assert str(bad) not in run.case.load_manifest()["files"]


def test_fifo_in_a_folder_is_skipped_not_waited_on(tmp_path):
    folder, _ = with_good_file(tmp_path, "placeholder.txt", printed("Placeholder"))
    os.mkfifo(folder / "pipe.eml")
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert run.errors == [f"error: {folder / 'pipe.eml'}: not a regular file (pipe, socket or device); skipped"]
    assert run.subjects() == ["Good news", "Placeholder"]


def test_symlink_loops_and_dangling_links(tmp_path):
    folder, _ = with_good_file(tmp_path, "a.txt", printed("Linked"))
    (folder / "loop1.eml").symlink_to(folder / "loop2.eml")
    (folder / "loop2.eml").symlink_to(folder / "loop1.eml")
    (folder / "gone.eml").symlink_to(tmp_path / "nowhere.eml")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a directory loop: not followed
    (folder / "sub" / "b.txt").write_text(printed("Below"))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert run.errors == [f"error: {folder / 'gone.eml'}: cannot open: No such file or directory",
                          f"error: {folder / 'loop1.eml'}: cannot open: Too many levels of symbolic links",
                          f"error: {folder / 'loop2.eml'}: cannot open: Too many levels of symbolic links"]
    assert run.subjects() == ["Below", "Good news", "Linked"]
    assert "cannot open (3)" in run.summary


def test_unreadable_file(tmp_path, monkeypatch):
    folder, bad = with_good_file(tmp_path, "secret.eml", eml("Secret"))
    bad.chmod(0)
    if os.geteuid() == 0:  # root reads whatever the permissions say: refuse the open as the kernel would
        import builtins

        import giftgraph.ingest as ingest_module

        def deny(file, *args, **kwargs):
            if Path(file) == bad:
                raise PermissionError(13, "Permission denied", str(file))
            return builtins.open(file, *args, **kwargs)

        monkeypatch.setattr(ingest_module, "open", deny, raising=False)
    try:
        run = ingest([folder], tmp_path / "case")
    finally:
        bad.chmod(0o600)
    assert run.code == 1 and run.errors == [f"error: {bad}: cannot open: Permission denied"]
    assert run.subjects() == ["Good news"]


def test_file_names_that_are_not_utf8_or_hold_a_newline(tmp_path):
    """A name from an old latin-1 disk, a name with a newline, a zip member with a newline: read
    (or reported) under an escaped name, so every problem stays one line and the case stays JSON."""
    folder, _ = with_good_file(tmp_path, "placeholder.txt", printed("Placeholder"))
    latin1 = os.path.join(os.fsencode(folder), b"caf\xe9.eml")
    with open(latin1, "wb") as fh:
        fh.write(eml("From a latin-1 name"))
    with open(os.path.join(os.fsencode(folder), b"two\nlines.eml"), "wb") as fh:
        fh.write(b"")
    (folder / "members.zip").write_bytes(make_zip({"bad\nname.eml": b"", "ok.eml": eml("Member")}))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1, run
    assert run.errors == [f"error: {folder}/members.zip!bad\\x0aname.eml: empty file",
                          f"error: {folder}/two\\x0alines.eml: empty file"]
    assert run.subjects() == ["From a latin-1 name", "Good news", "Member", "Placeholder"]
    assert f"{folder}/caf\\xe9.eml" in run.case.load_manifest()["files"]
    files = {p.file for m in run.case.iter_messages() for p in m.provenance}
    assert f"{folder}/caf\\xe9.eml" in files


def test_directory_named_eml_is_walked(tmp_path):
    d = tmp_path / "inbox.eml"
    d.mkdir()
    (d / "one.eml").write_bytes(eml("Inside a folder"))
    run = ingest([d], tmp_path / "case")
    assert run.code == 0 and run.errors == []
    assert run.subjects() == ["Inside a folder"]


# -- part of a file refused: one line naming the part; the rest of the file is read -----------------

def test_zip_slip_member_refused_and_nothing_written_outside(tmp_path):
    data = make_zip({"../evil.eml": eml("Evil"), "release/../../evil2.eml": eml("Evil 2"), "/etc/evil3.eml": eml("Evil 3"),
                     "ok.eml": eml("Zip member")})
    folder, z = with_good_file(tmp_path, "dump.zip", data)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert run.errors == [
        f"error: {z}!../evil.eml: unsafe path in zip (zip-slip): '../evil.eml'; skipped",
        f"error: {z}!release/../../evil2.eml: unsafe path in zip (zip-slip): 'release/../../evil2.eml'; skipped",
        f"error: {z}!/etc/evil3.eml: unsafe path in zip (zip-slip): '/etc/evil3.eml'; skipped",
    ]
    assert run.subjects() == ["Good news", "Zip member"]
    assert "could not read 0 file(s) and 3 part(s) of files: unsafe path in zip (3)" in run.summary
    assert not (tmp_path / "evil.eml").exists() and not (folder / "evil.eml").exists()
    assert sorted(p.name for p in folder.iterdir()) == ["dump.zip", "zz-good.eml"]  # nothing extracted


def test_zip_bomb_ratio_limit(tmp_path):
    data = make_zip({"bomb.txt": b"\0" * (5 << 20), "ok.eml": eml("Beside the bomb")})
    assert len(data) < 100_000
    folder, z = with_good_file(tmp_path, "bomb.zip", data)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1 and len(run.errors) == 1
    assert re.fullmatch(rf"error: {re.escape(str(z))}!bomb\.txt: zip-ratio limit: member expands \d+:1 to 5,242,880 bytes "
                        r"\(limit 100:1\); skipped", run.errors[0]), run
    assert run.subjects() == ["Beside the bomb", "Good news"]


WORDS = ["Apples", "Lanterns", "Kettles", "Pebbles"]  # subjects nothing would take for one another


def test_zip_bomb_size_limits(tmp_path):
    stored = zipfile.ZIP_STORED  # ratio 1:1, only the size limits apply
    folder, big = with_good_file(tmp_path, "big.zip", make_zip({"big.txt": b"a" * 5000, "ok.eml": eml("Small")}, stored))
    many = folder / "many.zip"
    many.write_bytes(make_zip({f"m{i}.eml": eml(w) + b"x" * 2500 for i, w in enumerate(WORDS)}, stored))
    run = ingest([folder], tmp_path / "case", "--limits", "zip-member=4000,zip-total=6000")
    assert run.code == 1, run
    assert run.errors[0] == f"error: {big}!big.txt: zip-member limit: member expands to 5,000 bytes (limit 4,000 bytes); skipped"
    # the members read before the total was reached are kept; the zip's line says how many were not read
    assert run.errors[1] == f"error: {many}: zip-total limit: members expand to more than 6,000 bytes in all; 2 member(s) not read"
    assert len(run.errors) == 2
    assert run.subjects() == ["Apples", "Good news", "Lanterns", "Small"]
    assert "limits hit: zip-member (1), zip-total (1)" in run.summary


def test_encrypted_zip_member_and_too_many_members(tmp_path):
    data = bytearray(make_zip({"secret.eml": eml("Secret"), "ok.eml": eml("Beside the secret")}, zipfile.ZIP_STORED))
    data[data.find(b"PK\x03\x04") + 6] |= 1  # mark the first member encrypted, as a password-protected zip does
    data[data.find(b"PK\x01\x02") + 8] |= 1
    folder, z = with_good_file(tmp_path, "locked.zip", bytes(data))
    many = folder / "many.zip"
    many.write_bytes(make_zip({f"m{i}.eml": eml(w) for i, w in enumerate(WORDS)}))
    run = ingest([folder], tmp_path / "case", "--limits", "zip-members=3")
    assert run.code == 1
    assert run.errors == [f"error: {z}!secret.eml: encrypted zip member; skipped",
                          f"error: {many}: zip-members limit: zip has 4 members (limit 3); the last 1 not read"]
    assert run.subjects() == ["Apples", "Beside the secret", "Good news", "Kettles", "Lanterns"]


def test_nested_zip_depth_limit(tmp_path):
    inner = make_zip({"deepest.eml": eml("Too deep")})
    middle = make_zip({"level2.zip": inner, "b.eml": eml("Middle letter", date="Tue, 05 Apr 2016 10:00:00 -0700")})
    outer = make_zip({"level1.zip": middle, "a.eml": eml("Outer letter", date="Wed, 06 Apr 2016 11:00:00 -0700")})
    folder, z = with_good_file(tmp_path, "nested.zip", outer)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert run.errors == [f"error: {z}!level1.zip!level2.zip: zip-depth limit: zip nested more than 2 deep; skipped"]
    assert run.subjects() == ["Good news", "Middle letter", "Outer letter"]


def test_pdf_with_one_image_only_page(tmp_path):
    folder, pdf = with_good_file(tmp_path, "mixed.pdf", make_pdf([printed("Page one").splitlines(), None]))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert run.errors == [f"error: {pdf}: no text layer on page(s) 2; use --ocr (needs tesseract)"]
    assert run.subjects() == ["Good news", "Page one"]
    assert "could not read 0 file(s) and 1 part(s) of files: no text layer on page (1)" in run.summary
    # a file read only in part is read again next time (e.g. with --ocr), and adds nothing twice
    again = ingest([folder], tmp_path / "case")
    assert again.errors == run.errors and "0 new message(s), 2 in the case" in again.summary


def test_pdf_with_a_damaged_page(tmp_path):
    pages = [printed("Page one").splitlines(), printed("Page two").replace("9:12", "10:12").splitlines()]
    broken = make_pdf(pages).replace(b"50 750 Td (From: Ann Vendor", b"50 750 Td <<<<>>>>]]]] (From: Ann Vendor", 1)
    folder, pdf = with_good_file(tmp_path, "damaged.pdf", broken)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert len(run.errors) == 1 and re.fullmatch(
        rf"error: {re.escape(str(pdf))}: damaged page\(s\) 1 \(\w+: .+\); the other pages were read", run.errors[0]), run
    assert run.subjects() == ["Good news", "Page two"]
    assert not any("MediaBox" in ln or "FontBBox" in ln for ln in run.lines)  # no library noise on stderr


def test_mbox_with_a_broken_message_keeps_the_others(tmp_path):
    env = b"From ann@vendor.example Mon Apr  4 09:12:00 2016\n"
    data = (env + eml("First") + b"\n" + env + b"\x00\x01\x02 garbage \xff\xfe" * 50 + b"\n\n"
            + env + b"X-Nothing: here\n\nno headers that make an email\n\n" + env + eml("Fourth"))
    folder, mbox = with_good_file(tmp_path, "inbox.mbox", data)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert run.errors == [
        f"error: {mbox}: message 2: binary data, not an email message; skipped",
        f"error: {mbox}: message 3: not an email message (no From, Date or Subject header); skipped",
    ]
    assert run.subjects() == ["First", "Fourth", "Good news"]


# -- odd but readable: read, exit code 0 (a note where something is missing) ------------------------

def test_unparseable_date_is_a_note_and_the_message_is_kept(tmp_path):
    folder, f = with_good_file(tmp_path, "odd.txt", printed("Odd date").replace("Monday, April 4, 2016 9:12 AM",
                                                                                 "Blursday, Smarch 45th, 20l6 at noonish"))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == []
    m = next(m for m in run.case.iter_messages() if m.subject == "Odd date")
    assert m.sent == "" and m.sent_raw == "Blursday, Smarch 45th, 20l6 at noonish"
    assert run.notes == [f"note: {f} p.1: date not understood: 'Blursday, Smarch 45th, 20l6 at noonish'; "
                         f"message {m.id} kept undated"]
    assert "1 note(s): messages kept with something missing (undated)" in run.summary


def test_out_of_range_dates_are_notes(tmp_path):
    folder, _ = with_good_file(tmp_path, "y.txt", printed("Far future").replace("2016", "99999"))
    (folder / "e.eml").write_bytes(eml("Epoch", date="Thu, 01 Jan 1601 00:00:00 +0000"))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and len(run.notes) == 2, run
    sent = {m.subject: m.sent for m in run.case.iter_messages()}
    assert sent == {"Far future": "", "Epoch": "", "Good news": "2016-04-04T08:00:00-07:00"}


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_non_utf8_text(tmp_path, encoding):
    text = printed("Caf\u00e9 visit").replace("Ann Vendor", "Zo\u00eb Vend\u00f4r")
    if encoding == "cp1252":
        text = text.replace("ship today.", "ship today \u2014 \u201cfree\u201d.")
    folder, _ = with_good_file(tmp_path, "release.txt", text.encode(encoding))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == [], run
    m = next(m for m in run.case.iter_messages() if m.subject == "Caf\u00e9 visit")
    assert m.sender.name == "Zo\u00eb Vend\u00f4r"
    if encoding == "cp1252":
        assert "ship today \u2014 \u201cfree\u201d." in m.body


def test_mixed_encodings_in_one_file(tmp_path):
    part1 = printed("Jos\u00e9 writes").replace("Ann Vendor", "Jos\u00e9 N\u00fa\u00f1ez").encode("utf-8")
    part2 = printed("Zo\u00eb writes").replace("Ann Vendor", "Zo\u00eb Vend\u00f4r").replace("9:12", "10:30").encode("cp1252")
    folder, _ = with_good_file(tmp_path, "pasted.txt", part1 + b"\n" + part2)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == []
    senders = {m.subject: m.sender.name for m in run.case.iter_messages()}
    assert senders == {"Jos\u00e9 writes": "Jos\u00e9 N\u00fa\u00f1ez", "Zo\u00eb writes": "Zo\u00eb Vend\u00f4r",
                       "Good news": "Ann Vendor"}


def test_header_block_with_no_body(tmp_path):
    folder, _ = with_good_file(tmp_path, "headers-only.txt", HEADER.format(subject="Nothing follows"))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == []
    m = next(m for m in run.case.iter_messages() if m.subject == "Nothing follows")
    assert m.body == "" and m.sender.name == "Ann Vendor" and [a.email for a in m.to] == ["bob@pd.example"]


def test_ten_thousand_recipients(tmp_path):
    many = ", ".join(f"Person {i} <p{i}@pd.example>" for i in range(10_000))
    folder, _ = with_good_file(tmp_path, "blast.eml", eml("Blast", to=many))
    printed_many = printed("Printed notice").replace("Bob Officer <bob@pd.example>",
                                                    "; ".join(f"p{i}@pd.example" for i in range(10_000)))
    (folder / "blast.txt").write_text(printed_many)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == []
    to = {m.subject: len(m.to) for m in run.case.iter_messages()}
    assert to == {"Blast": 10_000, "Printed notice": 10_000, "Good news": 1}


def test_thread_quoting_itself_in_a_loop(tmp_path):
    # the same message printed again and again as its own quoted history
    loop = printed("Loop") + "".join("\n-----Original Message-----\n" + printed("Loop") for _ in range(300))
    folder, _ = with_good_file(tmp_path, "loop.txt", loop)
    # two messages that quote each other (each one's history is the other)
    a = printed("Ping", Monday_April_4="Tuesday, April 5")
    b = printed("RE: Ping").replace("Ann Vendor <ann@vendor.example>", "Bob Officer <bob@pd.example>", 1)
    (folder / "pingpong.txt").write_text(a + "\n-----Original Message-----\n" + b + "\n\n\f" + b
                                         + "\n-----Original Message-----\n" + a)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == [], run
    msgs = run.case.load_messages()
    assert sorted(m.subject for m in msgs) == ["Good news", "Loop", "Ping", "RE: Ping"]
    loop_msg = next(m for m in msgs if m.subject == "Loop")
    assert loop_msg.in_reply_to != loop_msg.id  # never its own parent


def test_quoting_nested_deeper_than_the_limit(tmp_path):
    body = "Last word.\n"
    for k in range(400):  # 400 levels of "On ..., X wrote:" with '>' quoting
        who = f"Person {k % 7}"
        body = (f"Reply number {k}\n\nOn Mon, Apr 4, 2016 at 9:{k % 60:02d} AM, {who} <p{k % 7}@x.example> wrote:\n"
                + "".join("> " + ln + "\n" for ln in body.splitlines()))
    folder, _ = with_good_file(tmp_path, "deep.eml", eml("Deep thread", body=body))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == [], run
    n = sum(1 for m in run.case.iter_messages() if m.subject == "Deep thread")
    assert 1 < n <= MAX_QUOTE_DEPTH + 1


def test_very_long_header_lines(tmp_path):
    long_from = printed("Long sender").replace("Ann Vendor <ann@vendor.example>", "a" * 300_000 + " <ann@vendor.example>")
    long_to = printed("Long to").replace("Bob Officer <bob@pd.example>", "b." * 150_000 + " <bob@pd.example>")
    folder, _ = with_good_file(tmp_path, "long.txt", long_from + "\n\f" + long_to)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == []
    assert run.subjects() == ["Good news", "Long sender", "Long to"]
    assert {m.sender.email for m in run.case.iter_messages()} == {"ann@vendor.example"}


def test_eml_with_bad_charset_bad_base64_and_deep_mime(tmp_path):
    bad_charset = eml("Bad charset").replace(b"charset=utf-8", b"charset=x-no-such-charset")
    bad_b64 = (b"From: Ann Vendor <ann@vendor.example>\nSubject: Bad base64\nDate: Mon, 04 Apr 2016 09:12:00 -0700\n"
               b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nSGVsbG8gQm9i!!!not*base64\n")
    deep = EmailMessage()
    deep["From"], deep["Subject"], deep["Date"] = "Ann Vendor <ann@vendor.example>", "Deep MIME", "Mon, 04 Apr 2016 09:12:00 -0700"
    raw = deep.as_bytes().split(b"\n\n")[0] + b"\n"
    nest = 300
    raw += b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (k, k) for k in range(nest))
    raw += b"Content-Type: text/plain\n\ndeep down\n" + b"".join(b"--b%d--\n" % k for k in reversed(range(nest)))
    folder, _ = with_good_file(tmp_path, "charset.eml", bad_charset)
    (folder / "b64.eml").write_bytes(bad_b64)
    (folder / "deep.eml").write_bytes(raw)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == [], run
    assert run.subjects() == ["Bad base64", "Bad charset", "Deep MIME", "Good news"]


# -- the run as a whole ---------------------------------------------------------------------------

def test_all_good_exits_zero_with_a_summary(tmp_path):
    folder, _ = with_good_file(tmp_path, "b.txt", printed("Printed"))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0 and run.errors == [] and run.notes == []
    assert run.summary == f"{tmp_path / 'case'}: read 2 file(s): 2 new message(s), 2 in the case"
    again = ingest([folder], tmp_path / "case")
    assert again.code == 0
    assert again.summary == (f"{tmp_path / 'case'}: read 0 file(s): 0 new message(s), 2 in the case; "
                             "skipped 2 file(s) read before and unchanged")


def test_strict_stops_at_the_first_problem_and_changes_nothing(tmp_path):
    folder, _ = with_good_file(tmp_path, "a-empty.eml", b"")
    (folder / "b-junk.eml").write_bytes(bytes(range(256)))
    case = tmp_path / "case"
    run = ingest([folder], case, "--strict")
    assert run.code == 1
    assert run.result.stderr.strip().splitlines()[-1] == (
        f"Error: {folder / 'a-empty.eml'}: empty file (--strict: stopped at the first problem; the case was not changed)")
    assert "b-junk.eml" not in run.result.stderr
    assert not case.exists()
    # an existing case is left exactly as it was
    (folder / "a-empty.eml").unlink()
    ok = ingest([folder / "zz-good.eml"], case)
    before = {p.name: p.read_bytes() for p in case.iterdir()}
    (folder / "c.txt").write_text(printed("Would be new"))
    run = ingest([folder], case, "--strict")
    assert ok.code == 0 and run.code == 1 and "b-junk.eml: binary data" in run.result.stderr
    assert {p.name: p.read_bytes() for p in case.iterdir()} == before  # .lock included


def test_json_summary_lists_problems_notes_and_reasons(tmp_path):
    folder, empty = with_good_file(tmp_path, "empty.eml", b"")
    (folder / "enc.pdf").write_bytes(encrypted_pdf())
    (folder / "odd.txt").write_text(printed("Odd").replace("2016 9:12 AM", "2O16 9:1Z AM"))
    run = ingest([folder], tmp_path / "case", "--json")
    assert run.code == 1
    report = json.loads(run.result.stdout)
    assert report["files_read"] == 2 and report["files_failed"] == 2 and report["messages_total"] == 2
    assert report["problems"] == [{"file": str(folder / "empty.eml"), "problem": "empty file"},
                                  {"file": str(folder / "enc.pdf"), "problem": "encrypted PDF: a password is needed to read it"}]
    assert report["reasons"] == {"empty file": 1, "encrypted PDF": 1}
    assert [n["file"] for n in report["notes"]] == [f"{folder / 'odd.txt'} p.1"]


@pytest.mark.parametrize("args,message", [
    (["--timezone", "Mars/Olympus_Mons"], "Error: unknown time zone 'Mars/Olympus_Mons'"),
    (["--profile", "no_such_profile"], "Error: profile 'no_such_profile': no such directory"),
])
def test_bad_options_are_one_clear_error(tmp_path, args, message):
    folder, _ = with_good_file(tmp_path, "a.txt", printed())
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--case", str(tmp_path / "case"), *args])
    assert result.exit_code == 1 and not isinstance(result.exception, (AttributeError, TypeError, KeyError))
    assert result.stderr.startswith(message) and "Traceback" not in result.stderr
    assert not (tmp_path / "case").exists()  # checked before anything is read or written


@pytest.mark.parametrize("argv,message", [
    (["ledger", "--since", "garbage"], "Error: --since 'garbage': expected a date YYYY, YYYY-MM or YYYY-MM-DD"),
    (["ledger", "--until", "2016-13-45"], "Error: --until '2016-13-45': expected a date YYYY, YYYY-MM or YYYY-MM-DD"),
    (["export", "html", "-o", "-", "--max-nodes", "-1"], "Error: --max-nodes must be 0 (no budget) or more"),
    (["neo4j", "push", "--batch-size", "0", "--password", "x"], "Error: Invalid value for '--batch-size': 0 is not in the range x>=1."),
    (["query", "--param", "no-equals-sign", "MATCH (n) RETURN n"], "Error: --param 'no-equals-sign': expected NAME=VALUE"),
])
def test_bad_values_for_other_commands(tmp_path, argv, message):
    from synthetic import small_case_graph

    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(small_case_graph())
    result = CliRunner().invoke(cli, [*argv, "--case", str(case.path)])
    assert result.exit_code in (1, 2) and message in result.stderr, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_case_directory_that_cannot_be_written(tmp_path):
    folder, _ = with_good_file(tmp_path, "a.txt", printed())
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the case's parent folder should be")
    run = ingest([folder], blocker / "case")
    assert run.code == 1
    assert run.result.stderr.strip().splitlines()[-1] == f"Error: {blocker / 'case'}: cannot write the case directory: Not a directory"


def test_damaged_case_directory_is_a_clear_error(tmp_path):
    folder, _ = with_good_file(tmp_path, "a.txt", printed())
    case = tmp_path / "case"
    assert ingest([folder], case).code == 0
    (case / "messages.jsonl").write_text('{"id": "msg-1", "sender": {}}\n{not json\n')
    run = ingest([folder], case)
    assert run.code == 1 and re.match(rf"Error: {re.escape(str(case))}/messages\.jsonl:2: bad message record: ",
                                      run.result.stderr.strip().splitlines()[-1])
    result = CliRunner().invoke(cli, ["messages", "--case", str(case)])
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {case}/messages.jsonl:2: bad message record")
    (case / "graph.json").write_text('{"nodes": [')
    for argv in (["export", "json", "-o", "-"], ["ledger"], ["query", "MATCH (n) RETURN n"]):
        result = CliRunner().invoke(cli, [*argv, "--case", str(case)])
        assert result.exit_code == 1 and result.stderr.startswith(f"Error: {case}/graph.json: cannot read the case graph"), argv
    (case / "case.json").write_text("\x00\x01")
    run = ingest([folder], case)
    assert run.code == 1 and run.result.stderr.startswith(f"Error: {case}/case.json: cannot read the case manifest")


@pytest.mark.parametrize("name,content,argv,message", [
    ("graph.json", '{"nodes": 5, "links": []}', ["ledger"], "graph.json: cannot read the case graph"),
    ("graph.json", "[]", ["export", "json", "-o", "-"], "graph.json: cannot read the case graph"),
    ("case.json", "[]", ["ingest", "{folder}", "--skip-extract"], "case.json: cannot read the case manifest"),
    ("case.json", '{"files": {"a.txt": 5}}', ["ingest", "{folder}", "--skip-extract"], "case.json: cannot read the case manifest"),
    ("messages.jsonl", '{"sender": "not an object"}\n', ["messages"], "messages.jsonl:1: bad message record"),
    ("messages.jsonl", "null\n", ["ingest", "{folder}", "--skip-extract"], "messages.jsonl:1: bad message record"),
])
def test_tampered_case_files_are_a_clear_error(tmp_path, name, content, argv, message):
    """Case files edited by hand (valid JSON of the wrong shape): one clear error, no traceback."""
    folder, _ = with_good_file(tmp_path, "a.txt", printed())
    case = tmp_path / "case"
    assert ingest([folder], case).code == 0
    assert CliRunner().invoke(cli, ["ingest", str(folder), "--case", str(case), "--extract-only", "-s"]).exit_code == 0
    (case / name).write_text(content)
    result = CliRunner().invoke(cli, [a.replace("{folder}", str(folder)) for a in argv] + ["--case", str(case)])
    assert result.exit_code == 1 and (result.exception is None or isinstance(result.exception, SystemExit)), result.exception
    assert result.stderr.startswith(f"Error: {case}/{message}"), result.output


def test_message_longer_than_spacy_accepts(tmp_path, monkeypatch):
    """spaCy refuses a text over nlp.max_length (1,000,000 characters; E088). A message body that
    long (a pasted log, a decoded attachment) is still extracted. The limit is lowered here so the
    test stays small: the body is one 'sentence' of twice the limit."""
    import giftgraph.nlp.components as components
    from giftgraph.nlp import relations

    real = components.load_pipeline

    def small_limit(*args, **kwargs):
        nlp = real(*args, **kwargs)
        nlp.max_length = 16_000
        return nlp

    monkeypatch.setattr(components, "load_pipeline", small_limit)
    monkeypatch.setattr(relations._nlp_blank(), "max_length", 16_000)
    body = "Hi Bob, I am sending you a free Video Doorbell Pro. " + "lorem ipsum dolor sit amet " * 1200 + "doorbell\n"
    folder, _ = with_good_file(tmp_path, "long.eml", eml("Long one", body=body))
    run = ingest([folder], tmp_path / "case", extract=True)
    assert run.code == 0 and run.errors == [], run
    assert run.subjects() == ["Good news", "Long one"]
    assert any(d.get("kind") == "message" for _, d in run.case.load_graph().nodes(data=True))


@pytest.mark.slow
def test_full_run_over_a_folder_of_bad_files(tmp_path):
    """The whole pipeline (extraction too) over good and bad files together: the graph is built
    from what could be read, every bad file has its line, the exit code is 1."""
    folder = tmp_path / "release"
    folder.mkdir()
    (folder / "a.eml").write_bytes(eml("Doorbells for the team", body="Hi Bob, I am sending you 5 free doorbells.\nAnn\n"))
    (folder / "b.txt").write_text(printed("Loop") * 3)
    (folder / "blast.eml").write_bytes(eml("Blast", to=", ".join(f"p{i}@pd.example" for i in range(10_000))))
    (folder / "c.pdf").write_bytes(text_pdf("Cameras"))
    bad = {"enc.pdf": encrypted_pdf(), "trunc.pdf": text_pdf()[:200], "scan.pdf": make_pdf([None]), "empty.eml": b"",
           "junk.eml": bytes(range(256)) * 8, "x.msg": b"not ole", "slip.zip": make_zip({"../x.eml": eml("x")}),
           "odd.txt": printed("Undated").replace("Monday, April 4, 2016 9:12 AM", "sometime").encode()}
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    run = ingest([folder], tmp_path / "case", extract=True)
    assert run.code == 1, run
    assert sorted(e[len(f"error: {folder}/"):].split(": ")[0] for e in run.errors) == [
        "empty.eml", "enc.pdf", "junk.eml", "scan.pdf", "slip.zip!../x.eml", "trunc.pdf", "x.msg"]
    assert len(run.notes) == 1 and "odd.txt" in run.notes[0]
    G = run.case.load_graph()
    kinds = [d.get("kind") for _, d in G.nodes(data=True)]
    assert kinds.count("message") == len(run.case.load_messages()) == 5
    assert kinds.count("person") >= 10_000  # the 10,000 recipients of the blast
    assert re.search(r"graph: \d+ nodes, \d+ edges$", run.summary)


def test_custodian_option_names_a_person_of_the_release_or_is_one_clear_error(tmp_path):
    folder, _ = with_good_file(tmp_path, "a.txt", printed())
    case = tmp_path / "case"
    assert ingest([folder], case, extract=True).code == 0
    before = (case / "graph.json").read_text()
    r = CliRunner().invoke(cli, ["ingest", "--extract-only", "--case", str(case), "-s", "--custodian", "Zed Nobody"])
    assert r.exit_code == 1 and "Traceback" not in r.stderr
    assert r.stderr.startswith("Error: --custodian 'Zed Nobody': no person of that name or address in the release")
    assert (case / "graph.json").read_text() == before  # the saved graph stands
    for who in ("Ann Vendor", "ann@vendor.example", "none"):
        r = CliRunner().invoke(cli, ["ingest", "--extract-only", "--case", str(case), "-s", "--custodian", who])
        assert r.exit_code == 0, (who, r.output)
    graph = json.loads((case / "graph.json").read_text())
    assert not any(n.get("custodian") for n in graph["nodes"])  # "none" was the last word


def test_extract_only_needs_no_files_but_a_case(tmp_path):
    folder, _ = with_good_file(tmp_path, "a.txt", printed())
    case = tmp_path / "case"
    assert ingest([folder], case, extract=True).code == 0
    before = (case / "graph.json").read_text()
    r = CliRunner().invoke(cli, ["ingest", "--extract-only", "--case", str(case), "-s"])
    assert r.exit_code == 0, r.output
    assert (case / "graph.json").read_text() == before
    r = CliRunner().invoke(cli, ["ingest", "--extract-only", "--case", str(tmp_path / "none"), "-s"])
    assert r.exit_code == 1 and "not a giftgraph case" in r.stderr and not (tmp_path / "none").exists()
    r = CliRunner().invoke(cli, ["ingest", "--case", str(case)])
    assert r.exit_code == 2 and "give at least one release file" in r.stderr


# -- #19: messages neither lost nor mangled on reading (dedup helper) -----------------------------

def test_same_minute_emails_and_a_non_latin_one_are_all_kept(tmp_path):
    block = ("From: Ann Vendor <ann@vendor.example>\nSent: Monday, April 4, 2016 9:12 AM\nTo: Bob Officer\n"
             "Subject: {s}\n\n{b}\n")
    pages = [block.format(s="Order 1001", b="Ship order 1001, the cameras are free."),
             block.format(s="Order 1002", b="Ship order 1002, the cameras are free."),
             block.format(s="Заказ камер", b="Камеры бесплатно."),
             block.format(s="订单确认", b="已发货。"),
             block.format(s="Order 1001", b="Ship order 1001, the cameras are free.")]  # printed again
    folder, _ = with_good_file(tmp_path, "orders.txt", "\f".join(pages))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0, run
    assert run.subjects() == sorted(["Good news", "Order 1001", "Order 1002", "Заказ камер", "订单确认"])
    again = next(m for m in run.case.iter_messages() if m.subject == "Order 1001")
    assert [p.page for p in again.provenance] == [1, 5] and again.provenance[1].dedup["evidence"].startswith("same content")


def test_raw_8bit_headers_keep_their_letters_and_the_sender_his_name(tmp_path):
    raw = ("From: Jörg Müller <jm@vendor.example>\nTo: Bob Officer <bob@pd.example>\nSubject: Geräte für die Wache\n"
           "Date: Mon, 04 Apr 2016 08:00:00 -0700\n\nHallo Bob.\n")
    folder, _ = with_good_file(tmp_path, "utf8.eml", raw.encode("utf-8"))
    (folder / "latin1.eml").write_bytes(raw.replace("08:00", "09:00").encode("latin-1"))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 0, run
    got = sorted((m.sender.name, m.subject) for m in run.case.iter_messages() if m.sender.email == "jm@vendor.example")
    assert got == [("Jörg Müller", "Geräte für die Wache")] * 2


def test_pdf_with_a_broken_xref_is_read_and_a_release_named_twice_is_read_once(tmp_path, monkeypatch):
    pdf = text_pdf("Doorbells")
    shifted = re.sub(rb"(\d{10}) 00000 n", lambda m: b"%010d 00000 n" % (int(m.group(1)) + 7), pdf)
    folder, bad = with_good_file(tmp_path, "broken-xref.pdf", shifted)
    monkeypatch.chdir(folder)
    run = ingest(["broken-xref.pdf", bad, folder], tmp_path / "case")
    assert run.code == 0 and run.errors == [], run
    assert run.subjects() == ["Doorbells", "Good news"]
    assert sorted(Path(k).name for k in run.case.load_manifest()["files"]) == ["broken-xref.pdf", "zz-good.eml"]
    (m,) = [m for m in run.case.iter_messages() if m.subject == "Doorbells"]
    assert [p.file for p in m.provenance] == ["broken-xref.pdf"]
