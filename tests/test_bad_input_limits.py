"""Bad input, part two: resource limits and damaged cases, through the CLI.

* Zip bombs: members of exactly 1 MiB (each under the old 1 MiB ratio floor), many small members
  that inflate together, zips nested in zips sharing one budget, too many members, nesting depth.
* PDF bombs: a stream that inflates past ``pdf-stream`` (one realistic 1 MB -> 1 GiB stream with the
  default limits), the streams of a file past ``pdf-total``, a page that prints past ``page-chars``.
  Each hit is one line that starts with the limit's key, the summary and ``--json`` count it, the
  rest of the run is read and saved.
* Missing and damaged case files: messages.jsonl gone or cut short, graph.json gone (also after an
  ingest killed in its first run), a manifest record of the wrong type, a link to a missing node:
  one error naming the file and what to run, never an empty result; a smaller graph is saved only
  with a warning (and the previous one kept).
* A full disk (sqlite) during extraction and a MemoryError while reading one file.

Fixtures are made here, small: most limits are lowered with ``--limits`` so that a few kilobytes
exercise them. ``tests/conftest.py`` prints the count of the bad-input cases (this module and
test_bad_input.py) at the end of a run.
"""
from __future__ import annotations

import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import ingest_docs as fx  # tests/fixtures, on sys.path by conftest
import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.store import Case
from giftgraph.ingest.limits import Limits, LimitsError

MIB = 1 << 20


# -- fixtures: invented letters, zips and PDFs ------------------------------------------------------

def eml(subject: str, *, day: int = 4, body: str = "Dear Ivo, the lanterns are on their way.\nPia\n") -> bytes:
    mid = re.sub(r"\W+", "-", subject)
    return (f"From: Pia Lorentz <pia@lampworks.example>\nTo: Ivo Sand <ivo@harbor.example>\nSubject: {subject}\n"
            f"Date: Mon, {day:02d} Apr 2016 08:00:00 -0700\nMessage-ID: <{mid}@lampworks.example>\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}").encode()


PRINTED = ("From: Pia Lorentz <pia@lampworks.example>\nSent: Tuesday, April 5, 2016 10:{minute:02d} AM\n"
           "To: Ivo Sand <ivo@harbor.example>\nSubject: {subject}\n\nIvo, the {subject} leave the dock today.\nPia\n")


def printed(subject: str, minute: int = 15) -> str:
    return PRINTED.format(subject=subject, minute=minute)


def printed_member(subject: str, size: int, minute: int = 15) -> bytes:
    """A printed letter padded with dots to exactly `size` bytes (it compresses ~1000:1)."""
    head = printed(subject, minute).encode()
    return head + b"." * (size - len(head) - 1) + b"\n"


def make_zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def text_ops(lines: list[str]) -> bytes:
    esc = [ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") for ln in lines]
    return b"BT /F1 10 Tf 14 TL 50 750 Td " + b" ".join(b"(" + e + b") Tj T*" for e in esc) + b" ET"


def flate_pdf(pages: list[bytes | tuple[bytes, int]]) -> bytes:
    """A PDF whose pages are FlateDecode content streams: bytes (compressed as they are), or
    (bytes, n): the bytes followed by n spaces, compressed chunk by chunk (a stream that inflates to
    a gigabyte is made in a few megabytes of memory)."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    contents = []
    for page in pages:
        data, pad = page if isinstance(page, tuple) else (page, 0)
        c = zlib.compressobj(9)
        z = c.compress(data + b"\n")
        chunk = b" " * MIB
        for _ in range(pad // MIB):
            z += c.compress(chunk)
        z += c.compress(b" " * (pad % MIB)) + c.flush()
        contents.append(add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"))
    pages_id = len(objs) + len(contents) + 1
    kids = [add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id, c, font)) for c in contents]
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)) == pages_id
    return fx.pdf_file(objs, add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id))


def letter_page(subject: str) -> bytes:
    return text_ops(printed(subject).splitlines())


# -- running the CLI --------------------------------------------------------------------------------

class Run:
    def __init__(self, result, case: Path):
        self.result, self.code, self.case = result, result.exit_code, Case(case)
        self.lines = [ln.strip() for ln in re.split(r"[\r\n]+", result.stderr) if ln.strip()]
        self.errors = [ln for ln in self.lines if ln.startswith("error: ")]
        self.warnings = [ln for ln in self.lines if ln.startswith("warning: ")]
        self.summary = next((ln for ln in reversed(self.lines) if ln.startswith(f"{case}: ")), "")

    def subjects(self) -> list[str]:
        return sorted(m.subject for m in self.case.iter_messages())

    def __repr__(self) -> str:
        return f"Run(code={self.code}, stderr={self.result.stderr!r}, exception={self.result.exception!r})"


def invoke(argv: list[str]):
    result = CliRunner().invoke(cli, [str(a) for a in argv])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception  # a crash, never a clean error
    return result


def ingest(paths, case: Path, *args: str, extract: bool = False) -> Run:
    return Run(invoke(["ingest", *paths, "--case", case, *args, *([] if extract else ["--skip-extract"])]), case)


def release(tmp_path: Path, name: str, data: bytes) -> tuple[Path, Path]:
    """A folder holding the file under test and one good letter; returns (folder, file)."""
    folder = tmp_path / "release"
    folder.mkdir(exist_ok=True)
    (folder / "zz-good.eml").write_bytes(eml("Good lanterns", day=1))
    (folder / name).write_bytes(data)
    return folder, folder / name


def one_error(run: Run) -> str:
    assert len(run.errors) == 1, run
    return run.errors[0]


# -- zips -------------------------------------------------------------------------------------------

def test_members_of_exactly_one_mib_are_refused_by_their_ratio(tmp_path):
    """The report's bomb: members of exactly 1 MiB slipped under a ratio check made for members
    over 1 MiB. Twelve of them (a 12 MiB release in a zip of ~20 KB) are refused one by one; the
    letter beside them is read and the case stays small."""
    members = {f"part{i:02d}.txt": printed_member(f"Crates {i}", MIB, minute=i) for i in range(12)}
    members["letter.eml"] = eml("Beside the crates")
    data = make_zip(members)
    assert len(data) < 100_000
    folder, z = release(tmp_path, "parts.zip", data)
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert len(run.errors) == 12
    assert all(re.fullmatch(rf"error: {re.escape(str(z))}!part\d\d\.txt: zip-ratio limit: member expands \d+:1 "
                            r"to 1,048,576 bytes \(limit 100:1\); skipped", e) for e in run.errors), run
    assert run.subjects() == ["Beside the crates", "Good lanterns"]
    assert run.case.messages_path.stat().st_size < 10_000
    assert "limits hit: zip-ratio (12)" in run.summary


def test_total_limit_whatever_the_member_size(tmp_path):
    """With the ratio check off, the total still bounds the zip: members are read until the next
    one would pass zip-total; those read are kept, the zip's own line says how many were not."""
    members = {f"part{i:02d}.txt": printed_member(f"Crates {i}", MIB, minute=i) for i in range(12)}
    folder, z = release(tmp_path, "parts.zip", make_zip(members))
    run = ingest([folder], tmp_path / "case", "--limits", "zip-ratio=0,zip-total=3M")
    assert run.code == 1
    assert one_error(run) == f"error: {z}: zip-total limit: members expand to more than 3 MiB in all; 9 member(s) not read"
    assert run.subjects() == ["Crates 0", "Crates 1", "Crates 2", "Good lanterns"]
    assert "limits hit: zip-total (1)" in run.summary


def test_small_members_that_inflate_together(tmp_path):
    """Members under the per-member floor (60 KiB each) are judged together once they pass 1 MiB."""
    members = {f"note{i:02d}.txt": printed_member(f"Crates {i}", 60 << 10, minute=i) for i in range(40)}
    folder, z = release(tmp_path, "notes.zip", make_zip(members))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert re.fullmatch(rf"error: {re.escape(str(z))}: zip-ratio limit: members expand \d+:1 in all \(limit 100:1\); "
                        r"\d+ member\(s\) not read", one_error(run)), run
    read = [s for s in run.subjects() if s.startswith("Crates")]
    assert 10 <= len(read) < 40  # those read before the ratio of all of them passed the limit


def test_nested_zips_share_one_budget(tmp_path):
    """A zip of zips: the members of every level count against the same zip-total (each inner zip
    of ~600 bytes holds two letters of ~1,800)."""
    inner = {f"box{k}.zip": make_zip({f"m{k}{i}.eml": eml(w, day=3 + i) + b" " * 1500 for i, w in enumerate(words)})
             for k, words in enumerate([["Anchors", "Buoys"], ["Compasses", "Dinghies"]])}
    folder, z = release(tmp_path, "boxes.zip", make_zip(inner, zipfile.ZIP_STORED))
    run = ingest([folder], tmp_path / "case", "--limits", "zip-total=6000")
    assert run.code == 1
    assert one_error(run) == (f"error: {z}!box1.zip: zip-total limit: members expand to more than 6,000 bytes in all; "
                              f"1 member(s) not read")
    assert run.subjects() == ["Anchors", "Buoys", "Compasses", "Good lanterns"]


def test_depth_and_member_count_are_options(tmp_path):
    level3 = make_zip({"deep.eml": eml("Deep letter", day=7)})
    level2 = make_zip({"level3.zip": level3})
    folder, z = release(tmp_path, "nest.zip", make_zip({"level2.zip": level2}))
    run = ingest([folder], tmp_path / "case")
    assert one_error(run) == f"error: {z}!level2.zip!level3.zip: zip-depth limit: zip nested more than 2 deep; skipped"
    run = ingest([folder], tmp_path / "case3", "--limits", "zip-depth=3")
    assert run.code == 0 and run.subjects() == ["Deep letter", "Good lanterns"], run

    many = tmp_path / "many.zip"
    many.write_bytes(make_zip({f"{w}.eml": eml(w, day=2 + i) for i, w in enumerate(["Oars", "Sails", "Ropes"])}))
    run = ingest([many], tmp_path / "case-many", "--limits", "zip-members=2")
    assert one_error(run) == f"error: {many}: zip-members limit: zip has 3 members (limit 2); the last 1 not read"
    assert run.subjects() == ["Oars", "Sails"]


def test_limits_in_json_summary(tmp_path):
    members = {"huge.txt": printed_member("Crates", 2 * MIB), "ok.eml": eml("Beside the crates")}
    folder, z = release(tmp_path, "bomb.zip", make_zip(members))
    result = invoke(["ingest", folder, "--case", tmp_path / "case", "--skip-extract", "--json", "--limits", "zip-member=1M"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["limits_hit"] == {"zip-member": 1}
    assert report["limits"]["zip-member"] == MIB and report["limits"]["zip-total"] == Limits().zip_total
    assert report["problems"] == [{"file": f"{z}!huge.txt", "problem": "zip-member limit: member expands to "
                                   "2,097,152 bytes (limit 1 MiB); skipped"}]


@pytest.mark.parametrize("spec,message", [
    ("zip-total", "expected KEY=VALUE"),
    ("zip-everything=1G", "expected KEY=VALUE with KEY one of zip-members, zip-member"),
    ("page-chars=lots", "'lots' is not a number"),
])
def test_bad_limits_option_is_one_line(tmp_path, spec, message):
    folder, _ = release(tmp_path, "a.eml", eml("Oars"))
    result = invoke(["ingest", folder, "--case", tmp_path / "case", "--limits", spec])
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: --limits {spec!r}: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "case").exists()


def test_limits_are_documented_in_help():
    out = re.sub(r"-\s+", "-", invoke(["ingest", "--help"]).output)  # click wraps lines after a hyphen
    for key in Limits().to_dict():
        assert key in out
    assert Limits.parse("zip-total=1.5G,page-chars=0").zip_total == 3 << 29
    assert Limits.parse("page-chars=0").page_chars == 0  # 0: no limit
    with pytest.raises(LimitsError):
        Limits.parse("zip-ratio=-1")


# -- PDFs -------------------------------------------------------------------------------------------

def test_pdf_stream_over_the_limit_skips_its_page(tmp_path):
    pdf = flate_pdf([letter_page("Ropes"), (letter_page("Bomb"), 2 * MIB), letter_page("Sails")])
    folder, f = release(tmp_path, "binder.pdf", pdf)
    run = ingest([folder], tmp_path / "case", "--limits", "pdf-stream=1M")
    assert run.code == 1
    assert one_error(run) == f"error: {f}: pdf-stream limit: a stream inflates to more than 1 MiB: page(s) 2 not read"
    assert run.subjects() == ["Good lanterns", "Ropes", "Sails"]
    assert "limits hit: pdf-stream (1)" in run.summary


def test_pdf_total_over_the_limit(tmp_path):
    pdf = flate_pdf([(letter_page(w), 400 << 10) for w in ("Ropes", "Sails", "Oars", "Masts")])
    folder, f = release(tmp_path, "binder.pdf", pdf)
    run = ingest([folder], tmp_path / "case", "--limits", "pdf-total=1M")
    assert one_error(run) == (f"error: {f}: pdf-total limit: the streams of this PDF inflate to more than 1 MiB: "
                              f"page(s) 3-4 not read")
    assert run.subjects() == ["Good lanterns", "Ropes", "Sails"]


def test_pdf_stream_bomb_with_the_default_limits(tmp_path):
    """The report's case at its real size: a stream of ~1 MB that inflates to 1 GiB. The default
    pdf-stream limit (75 MB, pypdf's) stops it; the other page and file are read."""
    pdf = flate_pdf([letter_page("Ropes"), (letter_page("Bomb"), 1 << 30)])
    assert len(pdf) < 2 * MIB
    folder, f = release(tmp_path, "bomb.pdf", pdf)
    run = ingest([folder], tmp_path / "case")
    assert one_error(run) == f"error: {f}: pdf-stream limit: a stream inflates to more than 75,000,000 bytes: page(s) 2 not read"
    assert run.subjects() == ["Good lanterns", "Ropes"]


def test_pdf_whose_only_page_is_over_the_limit_is_not_read(tmp_path):
    folder, f = release(tmp_path, "bomb.pdf", flate_pdf([(letter_page("Bomb"), 2 * MIB)]))
    run = ingest([folder], tmp_path / "case", "--limits", "pdf-stream=1M")
    assert one_error(run) == f"error: {f}: pdf-stream limit: a stream inflates to more than 1 MiB: page(s) 1 not read"
    assert "could not read 1 file(s)" in run.summary and run.subjects() == ["Good lanterns"]


def test_page_with_one_endless_line_is_cut_at_page_chars(tmp_path):
    """One line of 30,000 characters after a header block: the page is cut at page-chars, the
    letter is still read (its header and the start of its body)."""
    lines = printed("Ropes").splitlines() + ["rope " * 6000]
    folder, f = release(tmp_path, "long.pdf", flate_pdf([text_ops(lines)]))
    run = ingest([folder], tmp_path / "case", "--limits", "page-chars=2000")
    assert one_error(run) == f"error: {f}: page-chars limit: page(s) 1 print more than 2000 characters; cut there"
    assert run.subjects() == ["Good lanterns", "Ropes"]
    body = next(m.body for m in run.case.iter_messages() if m.subject == "Ropes")
    assert "rope rope" in body and len(body) < 2000
    assert "limits hit: page-chars (1)" in run.summary


def test_page_of_a_one_mib_line_under_a_2gb_memory_limit(tmp_path):
    """The report's case at its real size: a page printing one line of 1 MiB, read by a process
    that may use 2 GB (it took 2.4 GB and ended in a MemoryError traceback, nothing of the run
    after it saved). With the default page-chars the page is cut and the run ends normally."""
    import resource

    lines = printed("Ropes").splitlines() + ["x" * MIB]
    folder, f = release(tmp_path, "line.pdf", flate_pdf([text_ops(lines)]))
    case = tmp_path / "case"

    def two_gb():
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    r = subprocess.run([sys.executable, "-c", "from giftgraph.cli import cli; cli()", "ingest", str(folder),
                        "--case", str(case), "--skip-extract", "-s"], capture_output=True, text=True, preexec_fn=two_gb)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.strip().splitlines() == [f"error: {f}: page-chars limit: page(s) 1 print more than 50000 characters; "
                                             f"cut there"]
    assert sorted(m.subject for m in Case(case).iter_messages()) == ["Good lanterns", "Ropes"]


def test_pdf_limits_apply_to_a_pdf_inside_a_zip(tmp_path):
    pdf = flate_pdf([letter_page("Ropes"), (letter_page("Bomb"), 2 * MIB)])
    folder, z = release(tmp_path, "pdfs.zip", make_zip({"binder.pdf": pdf}, zipfile.ZIP_STORED))
    run = ingest([folder], tmp_path / "case", "--limits", "pdf-stream=1M")
    assert one_error(run) == f"error: {z}!binder.pdf: pdf-stream limit: a stream inflates to more than 1 MiB: page(s) 2 not read"
    assert run.subjects() == ["Good lanterns", "Ropes"]


def test_pypdf_reads_within_the_same_limits():
    """pypdf (a fallback reader may use it) has its own per-stream limits; while giftgraph reads a
    PDF they are set to pdf-stream."""
    import pypdf
    from pypdf.errors import LimitReachedError

    from giftgraph.ingest.limits import pdf_budget

    pdf = flate_pdf([(letter_page("Bomb"), 2 * MIB)])
    with pdf_budget(Limits(pdf_stream=MIB)), pytest.raises(LimitReachedError):
        pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Bomb" in pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()  # outside: pypdf's own 75 MB


# -- missing and damaged case files -----------------------------------------------------------------

LETTERS = {
    "a.eml": eml("Lanterns for the harbor", day=4,
                 body="Dear Ivo, I am sending you 6 free lanterns for the harbor watch.\nPia\n"),
    "b.eml": eml("RE: Lanterns for the harbor", day=6, body="Pia, the lanterns arrived, thank you!\nIvo\n"),
}


@pytest.fixture
def built(tmp_path):
    """A case built from two letters, with its graph."""
    folder = tmp_path / "letters"
    folder.mkdir()
    for name, data in LETTERS.items():
        (folder / name).write_bytes(data)
    case = tmp_path / "case"
    run = ingest([folder], case, "-s", extract=True)
    assert run.code == 0, run
    return folder, case


def graph_size(case: Path) -> tuple[int, int]:
    data = json.loads((case / "graph.json").read_text())
    return len(data["nodes"]), len(data["edges"])


def test_messages_jsonl_gone_is_an_error_not_an_empty_graph(built):
    folder, case = built
    size = graph_size(case)
    assert size[0] >= 4
    (case / "messages.jsonl").unlink()
    for argv in (["ingest", folder], ["ingest", "--extract-only"], ["messages"]):
        result = invoke([*argv, "--case", case])
        assert result.exit_code == 1, (argv, result.output)
        assert result.stderr.strip() == (f"Error: {case}/messages.jsonl: missing, but case.json records messages read "
                                         f"into this case; restore the file, or read the release again with "
                                         f"`giftgraph ingest RELEASE --case {case} --reread`"), argv
        assert graph_size(case) == size  # the graph is not touched
    run = ingest([folder], case, "--reread", extract=True)
    assert run.code == 0 and run.warnings == [], run
    assert run.subjects() == ["Lanterns for the harbor", "RE: Lanterns for the harbor"]
    assert graph_size(case) == size


def test_messages_jsonl_cut_short_is_an_error(built):
    folder, case = built
    path = case / "messages.jsonl"
    path.write_text(path.read_text().splitlines(keepends=True)[0])
    result = invoke(["ingest", folder, "--case", case])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {path}: holds 1 message(s), case.json records 2: the file was cut short "
                                    "or replaced; restore it, or read the release again with ")
    path.write_text("")  # emptied
    assert "holds 0 message(s)" in invoke(["messages", "--case", case]).stderr


@pytest.mark.parametrize("argv", [["ledger"], ["export", "json", "-o", "-"], ["export", "html", "-o", "{tmp}/x.html"],
                                  ["query", "MATCH (n) RETURN count(n)"]])
def test_graph_json_gone_is_an_error_that_says_what_to_run(built, tmp_path, argv):
    _, case = built
    (case / "graph.json").unlink()
    result = invoke([*(a.replace("{tmp}", str(tmp_path)) for a in argv), "--case", case])
    assert result.exit_code == 1 and "TOTAL" not in result.stdout
    assert result.stderr.strip() == (f"Error: {case}/graph.json: missing: the case's graph was not built (an ingest "
                                     f"stopped before extraction ended, or ran with --skip-extract); run "
                                     f"`giftgraph ingest --extract-only --case {case}`")


def test_ledger_after_skip_extract_and_search_without_a_graph(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.eml").write_bytes(LETTERS["a.eml"])
    case = tmp_path / "case"
    assert ingest([folder], case).code == 0
    result = invoke(["ledger", "--case", case])
    assert result.exit_code == 1 and "graph.json: missing" in result.stderr and "TOTAL" not in result.stdout
    result = invoke(["search", "lanterns", "--case", case, "--json"])  # full-text search needs only the messages
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 1, result.output


def test_ledger_after_an_ingest_killed_in_its_first_run(tmp_path):
    """SIGKILL after the messages are saved, before the graph is: ledger says what to run, and
    running it gives the graph."""
    folder = tmp_path / "letters"
    folder.mkdir()
    for name, data in LETTERS.items():
        (folder / name).write_bytes(data)
    case = tmp_path / "case"
    env = dict(os.environ, GIFTGRAPH_TEST_PAUSE_AT="messages-saved")
    proc = subprocess.Popen([sys.executable, "-c", "from giftgraph.cli import cli; cli()", "ingest", str(folder),
                             "--case", str(case), "-s"], stderr=subprocess.PIPE, env=env)
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            if b"paused at messages-saved" in line:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert (case / "messages.jsonl").exists() and not (case / "graph.json").exists()
    result = invoke(["ledger", "--case", case])
    assert result.exit_code == 1 and "TOTAL" not in result.stdout
    assert f"run `giftgraph ingest --extract-only --case {case}`" in result.stderr
    assert invoke(["ingest", "--extract-only", "--case", case, "-s"]).exit_code == 0
    result = invoke(["ledger", "--case", case])
    assert result.exit_code == 0 and "TOTAL" in result.stdout


def test_smaller_graph_is_saved_with_a_warning_and_the_old_one_kept(built):
    folder, case = built
    before = graph_size(case)
    old = (case / "graph.json").read_text()
    # a message removed by hand (the count in case.json with it): the next extraction makes a smaller graph
    path = case / "messages.jsonl"
    path.write_text(next(ln for ln in path.read_text().splitlines(keepends=True) if "free lanterns" not in ln))
    manifest = json.loads((case / "case.json").read_text())
    (case / "case.json").write_text(json.dumps(dict(manifest, messages=1)))
    result = invoke(["ingest", "--extract-only", "--case", case, "--json"])
    assert result.exit_code == 0, result.output
    after = graph_size(case)
    assert after[0] < before[0]
    report = json.loads(result.stdout)
    assert report["graph_shrunk"] == {"nodes_before": before[0], "edges_before": before[1], "nodes": after[0],
                                      "edges": after[1], "kept_as": str(case / "graph.prev.json")}
    warning = (f"warning: {case}/graph.json: the new graph is smaller than the one it replaces ({after[0]} nodes, "
               f"{after[1]} edges; before: {before[0]} nodes, {before[1]} edges); the previous graph is kept as "
               f"graph.prev.json")
    assert result.stderr.strip().splitlines() == [warning]
    assert (case / "graph.prev.json").read_text() == old
    # the same graph again: no warning
    result = invoke(["ingest", "--extract-only", "--case", case])
    assert result.exit_code == 0 and "warning:" not in result.stderr


@pytest.mark.parametrize("edit,argv,message", [
    (lambda m, g: m["files"][next(iter(m["files"]))].update(sha256=12345), ["export", "html", "-o", "{folder}/x.html"],
     "case.json: cannot read the case manifest: the record of "),
    (lambda m, g: m["files"][next(iter(m["files"]))].update(messages="two"), ["ingest", "{folder}"],
     "case.json: cannot read the case manifest: the record of "),
    (lambda m, g: g["edges"].append(dict(g["edges"][0], target="person:nobody-at-all")), ["ledger"],
     "graph.json: cannot read the case graph: a link whose target 'person:nobody-at-all' is not a node of the graph"),
    (lambda m, g: g["edges"].append(dict(g["edges"][0], source="message:gone")), ["export", "html", "-o", "{folder}/x.html"],
     "graph.json: cannot read the case graph: a link whose source 'message:gone' is not a node of the graph"),
])
def test_damaged_case_files_are_one_line(built, edit, argv, message):
    folder, case = built
    manifest = json.loads((case / "case.json").read_text())
    graph = json.loads((case / "graph.json").read_text())
    edit(manifest, graph)
    (case / "case.json").write_text(json.dumps(manifest))
    (case / "graph.json").write_text(json.dumps(graph))
    result = invoke([*(a.replace("{folder}", str(folder)) for a in argv), "--case", case])
    assert result.exit_code == 1 and result.stderr.startswith(f"Error: {case}/{message}"), result.output
    assert len(result.stderr.strip().splitlines()) == 1


# -- a full disk, a MemoryError -----------------------------------------------------------------------

def test_full_disk_in_the_analysis_cache_is_one_line(built, monkeypatch):
    from giftgraph.nlp.analysis import AnalysisCache

    folder, case = built
    old = (case / "graph.json").read_text()
    (folder / "c.eml").write_bytes(eml("Lanterns again", day=9, body="Ivo, two more lanterns are on the way.\nPia\n"))

    def full(self, rows):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(AnalysisCache, "put_many", full)
    result = invoke(["ingest", folder, "--case", case, "-s"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: {case}/analyses.sqlite: cannot write the analysis cache (OperationalError: "
                                     f"database or disk is full); free disk space, or remove the file (it is only a "
                                     f"cache) and run again")
    assert (case / "graph.json").read_text() == old  # the saved graph stands
    assert len(Case(case).load_messages()) == 3  # the messages read are saved
    monkeypatch.undo()
    assert invoke(["ingest", folder, "--case", case, "-s"]).exit_code == 0  # disk freed: the next run ends the work


def test_analysis_cache_that_is_a_directory(built):
    folder, case = built
    (case / "analyses.sqlite").unlink()
    (case / "analyses.sqlite").mkdir()
    result = invoke(["ingest", "--extract-only", "--case", case])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"Error: {case}/analyses.sqlite: not a file (the analysis cache); remove it, it "
                                     f"is rebuilt as needed")


def _huge_eml_runs_out_of_memory(monkeypatch):
    """The eml reader raises MemoryError on any file named huge.eml."""
    from giftgraph.ingest import readers

    real = readers.read_eml

    def greedy(data, *, file, timezone):
        if file.endswith("huge.eml"):
            raise MemoryError
        return real(data, file=file, timezone=timezone)

    monkeypatch.setattr(readers, "read_eml", greedy)


def test_memory_error_in_one_file_is_that_files_problem(tmp_path, monkeypatch):
    _huge_eml_runs_out_of_memory(monkeypatch)
    folder, f = release(tmp_path, "huge.eml", eml("Too big to read"))
    (folder / "other.eml").write_bytes(eml("Oars", day=2))
    run = ingest([folder], tmp_path / "case")
    assert run.code == 1
    assert one_error(run) == f"error: {f}: cannot read (MemoryError: out of memory while reading it; see --limits)"
    assert run.subjects() == ["Good lanterns", "Oars"]


def test_memory_error_in_a_zip_member(tmp_path, monkeypatch):
    _huge_eml_runs_out_of_memory(monkeypatch)
    folder, z = release(tmp_path, "box.zip", make_zip({"huge.eml": eml("Too big"), "ok.eml": eml("Oars", day=2)}))
    run = ingest([folder], tmp_path / "case")
    assert one_error(run).startswith(f"error: {z}!huge.eml: cannot read (MemoryError")
    assert run.subjects() == ["Good lanterns", "Oars"]


# -- the suite's count ---------------------------------------------------------------------------------

def test_the_bad_input_suite_reports_its_count():
    """tests/conftest.py ends a run with "bad-input cases: N": N is every case of the two modules,
    each parametrised case counted (here under --collect-only, in a separate pytest)."""
    tests = Path(__file__).parent
    r = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                        str(tests / "test_bad_input.py"), str(tests / "test_bad_input_limits.py")],
                       capture_output=True, text=True, cwd=tests.parent)
    assert r.returncode == 0, r.stdout + r.stderr
    ids = [ln for ln in r.stdout.splitlines() if "::" in ln]
    assert len(ids) > 90 and sum("[" in i for i in ids) > 20  # parametrised cases count one each
    assert f"bad-input cases: {len(ids)}" in r.stdout.splitlines()


@pytest.mark.parametrize("zone", ["../x", "/etc/passwd", "..\\..\\zone", ""])
def test_timezone_that_is_a_path_is_one_line(tmp_path, zone):
    """dateutil reads any file a zone "name" points to (and raises on one that is no zone file)."""
    folder, _ = release(tmp_path, "a.eml", eml("Oars"))
    result = invoke(["ingest", folder, "--case", tmp_path / "case", "--timezone", zone, "--skip-extract"])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"Error: unknown time zone {zone!r} (use an IANA name such as America/New_York)"
