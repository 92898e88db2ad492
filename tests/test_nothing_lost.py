"""Nothing lost: ``giftgraph ingest`` killed with SIGKILL at each stage leaves the previous case
intact (valid files, the previous graph loadable), and the next run ends with exactly the graph an
uninterrupted run makes. Re-ingesting adds nothing. One run at a time writes a case.

The kill points are deterministic: the pipeline's test hook ``GIFTGRAPH_TEST_PAUSE_AT`` (see
pipeline.py) makes a run announce a checkpoint on stderr and wait there; the kill in the middle of
writing graph.json pauses the subprocess inside the store's ``os.fsync`` of the temporary file.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.store import Case

pytestmark = pytest.mark.slow

PRINTED_THREAD = """\
From:    Nadia Frost <nadia.frost@doorco.example>
Sent:    Tuesday, May 3, 2016 10:05 AM
To:      Omar Reyes <51234@pd.example>
Subject: RE: Cameras for the Maple Avenue thefts

Hi Officer Reyes,

I'll send you 4 Video Doorbells free of charge for the Maple Avenue investigation. They ship today.

Nadia

________________________________
From: Omar Reyes <51234@pd.example>
Sent: Monday, May 2, 2016 4:40 PM
To: Nadia Frost <nadia.frost@doorco.example>
Subject: Cameras for the Maple Avenue thefts

Hi Nadia, we have a run of package thefts on Maple Avenue. Could DoorCo help with a few cameras?

Omar Reyes
Officer II, North Division
"""

THANKS = """\
From: Omar Reyes <51234@pd.example>
To: Nadia Frost <nadia.frost@doorco.example>
Subject: RE: Cameras for the Maple Avenue thefts
Date: Fri, 06 May 2016 09:00:00 -0700
Message-ID: <thanks-1@pd.example>

Nadia - the 4 Video Doorbells arrived, thank you! Everyone at the station should get a DoorCo doorbell.

Omar
"""

CODE = """\
From: Nadia Frost <nadia.frost@doorco.example>
To: Lena Park <52001@pd.example>
Cc: Omar Reyes <51234@pd.example>
Subject: Your personal DoorCo code
Date: Tue, 14 Jun 2016 11:30:00 -0700
Message-ID: <code-1@doorco.example>

Hi Officer Park,

Here is your personal code: PARK25. It takes $25 off any DoorCo doorbell. Share it with your residents!

Nadia
"""

REWARD = """\
From: Nadia Frost <nadia.frost@doorco.example>
To: Lena Park <52001@pd.example>
Subject: RE: Your personal DoorCo code
Date: Mon, 11 Jul 2016 15:00:00 -0700
Message-ID: <code-2@doorco.example>

Lena, your code PARK25 has been used 30 times! As a thank you we are sending you a free Floodlight Cam.

Nadia
"""


@pytest.fixture
def release(tmp_path):
    one, two = tmp_path / "installment-1", tmp_path / "installment-2"
    one.mkdir()
    two.mkdir()
    (one / "binder.txt").write_text(PRINTED_THREAD)
    (one / "thanks.eml").write_text(THANKS)
    (two / "code.eml").write_text(CODE)
    (two / "reward.eml").write_text(REWARD)
    (two / "binder-reprint.txt").write_text(PRINTED_THREAD)  # the same thread printed again: adds nothing
    return one, two


# -- subprocess helpers ---------------------------------------------------------------------------

PAUSE_IN_GRAPH_WRITE = """
import os, sys, time
_fsync = os.fsync
def _paused_fsync(fd):
    if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(".graph.json."):
        print("giftgraph: paused writing graph.json", file=sys.stderr, flush=True)
        while True:
            time.sleep(1)
    _fsync(fd)
os.fsync = _paused_fsync
"""
MAIN = "from giftgraph.cli import cli; cli()"


class Ingest:
    """`giftgraph ingest` in a subprocess whose stderr is collected as it comes."""

    def __init__(self, paths, case: Path, *, pause: str | None = None, prelude: str = ""):
        env = {k: v for k, v in os.environ.items() if k != "GIFTGRAPH_TEST_PAUSE_AT"}
        if pause:
            env["GIFTGRAPH_TEST_PAUSE_AT"] = pause
        argv = [sys.executable, "-c", prelude + MAIN, "ingest", *map(str, paths), "--case", str(case)]
        self.proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        self.err = b""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for chunk in iter(lambda: self.proc.stderr.read1(4096), b""):
            self.err += chunk

    def kill_when(self, marker: str, patience: float = 900) -> None:
        """SIGKILL the run once it has printed `marker` (patience only guards against a hang)."""
        end = time.monotonic() + patience
        while marker.encode() not in self.err:
            assert self.proc.poll() is None, f"the run ended before {marker!r}: {self.err.decode(errors='replace')}"
            assert time.monotonic() < end, f"no {marker!r} on stderr: {self.err.decode(errors='replace')}"
            time.sleep(0.05)
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait() == -signal.SIGKILL

    def finish(self) -> int:
        code = self.proc.wait(timeout=900)
        self._reader.join()
        return code


def run(paths, case: Path) -> str:
    ing = Ingest(paths, case)
    code = ing.finish()
    assert code == 0, ing.err.decode(errors="replace")
    return ing.err.decode(errors="replace")


def snapshot(case: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(case.iterdir()) if p.name != ".lock"}


def assert_intact(case: Path, previous: dict[str, bytes]) -> None:
    """Every case file parses; the messages, graph and manifest are the previous run's, or (for the
    messages and manifest, saved before extraction) complete new versions."""
    c = Case(case)
    manifest = c.load_manifest()
    messages = c.load_messages()  # every line valid JSON, every record a message
    G = c.load_graph()
    assert manifest["files"] and messages and G.number_of_nodes()
    assert snapshot(case)["graph.json"] == previous["graph.json"]  # the previous graph, byte for byte
    for name in ("messages.jsonl", "case.json"):
        data = snapshot(case)[name]
        assert data == previous[name] or data.endswith(b"\n") or data.endswith(b"}")


def graph_signature(case: Path) -> dict:
    G = Case(case).load_graph()
    return {
        "nodes": sorted(G.nodes),
        "edges": sorted((u, v, k) for u, v, k in G.edges(keys=True)),
        "counts": (G.number_of_nodes(), G.number_of_edges()),
        "edge_types": sorted(d.get("type", "") for _, _, d in G.edges(data=True)),
    }


def node_link(case: Path) -> dict:
    """graph.json with its node and link lists in id order (the order of the lists follows the order
    the messages were handed to extraction, which is no property of the graph)."""
    d = json.loads((case / "graph.json").read_text())
    d["nodes"] = sorted(d["nodes"], key=lambda n: n["id"])
    links = "links" if "links" in d else "edges"
    d[links] = sorted(d[links], key=lambda e: (e["source"], e["target"], str(e.get("key"))))
    return d


# -- the tests ------------------------------------------------------------------------------------

def test_sigkill_at_every_stage_loses_nothing_and_the_next_run_resumes(tmp_path, release):
    one, two = release
    # the uninterrupted reference: installment 1, then installments 1 and 2
    ref = tmp_path / "reference"
    run([one], ref)
    run([one, two], ref)
    assert graph_signature(ref)["counts"][1] > 0

    case = tmp_path / "case"
    run([one], case)
    previous = snapshot(case)

    # 1. killed after reading, before anything is saved
    ing = Ingest([one, two], case, pause="read")
    ing.kill_when("paused at read")
    assert snapshot(case) == previous

    # while a run holds the case, a second run is refused (and changes nothing)
    holder = Ingest([one, two], case, pause="read")
    try:
        holder_marker = "paused at read"
        end = time.monotonic() + 900
        while holder_marker.encode() not in holder.err and time.monotonic() < end and holder.proc.poll() is None:
            time.sleep(0.05)
        r = CliRunner().invoke(cli, ["ingest", str(two), "--case", str(case), "--skip-extract"])
        assert r.exit_code == 1
        assert r.stderr.strip() == f"Error: {case}: another giftgraph run is writing this case; try again when it ends"
    finally:
        holder.kill_when("paused at read")
    assert snapshot(case) == previous

    # 2. killed after the messages and manifest are saved, before extraction
    ing = Ingest([one, two], case, pause="messages-saved")
    ing.kill_when("paused at messages-saved")
    assert_intact(case, previous)
    assert snapshot(case)["messages.jsonl"] != previous["messages.jsonl"]  # the new messages are kept

    # 3. killed after extraction, before the graph is saved (a second installment-2 run: nothing new to read)
    ing = Ingest([one, two], case, pause="graph-built")
    ing.kill_when("paused at graph-built")
    assert_intact(case, previous)

    # 4. killed in the middle of writing graph.json (temporary file written, not yet moved into place)
    ing = Ingest([one, two], case, prelude=PAUSE_IN_GRAPH_WRITE)
    ing.kill_when("paused writing graph.json")
    assert_intact(case, previous)
    assert list(case.glob(".graph.json.*.tmp"))  # the half-done write is there, graph.json untouched

    # the next run resumes and ends with the uninterrupted run's graph
    run([one, two], case)
    assert graph_signature(case) == graph_signature(ref)
    assert node_link(case) == node_link(ref)
    assert (case / "messages.jsonl").read_bytes() == (ref / "messages.jsonl").read_bytes()
    assert not list(case.glob(".*.tmp"))  # what the killed write left is cleaned up

    # re-ingesting is idempotent: same ids, same counts, nothing new
    out = run([one, two], case)
    assert "0 new message(s)" in out and "skipped 5 file(s) read before and unchanged" in out
    assert graph_signature(case) == graph_signature(ref)
    assert node_link(case) == node_link(ref)


def test_reingesting_after_a_kill_of_a_first_run_starts_clean(tmp_path, release):
    """A first run killed before it saved anything leaves no case behind; the next run is a normal first run."""
    one, _ = release
    case = tmp_path / "case"
    ing = Ingest([one], case, pause="read")
    ing.kill_when("paused at read")
    assert not Case(case).exists()
    run([one], case)
    ref = tmp_path / "reference"
    run([one], ref)
    assert node_link(case) == node_link(ref)


def test_a_full_disk_while_saving_leaves_the_previous_case(tmp_path, release, monkeypatch):
    """The disk fills up while the messages are written: one clear error, and the case is the one
    before the run (the store removes its temporary file; nothing is half-written)."""
    import errno

    one, two = release
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(one), "--case", str(case), "--skip-extract", "-s"])
    assert r.exit_code == 0, r.output
    previous = snapshot(case)
    real_fsync = os.fsync

    def fsync(fd):
        if os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(".messages.jsonl."):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    r = CliRunner().invoke(cli, ["ingest", str(one), str(two), "--case", str(case), "--skip-extract", "-s"])
    assert r.exit_code == 1
    assert r.stderr.strip() == f"Error: {case / 'messages.jsonl'}: No space left on device"  # the file it was writing
    assert snapshot(case) == previous
    assert not list(case.glob(".*.tmp"))


def test_damaged_extraction_caches_are_rebuilt(tmp_path, release):
    """extraction.json and analyses.sqlite are caches: damaged, they are rebuilt, and the graph is
    the one a clean run makes."""
    one, _ = release
    case, ref = tmp_path / "case", tmp_path / "reference"
    run([one], ref)
    run([one], case)
    (case / "analyses.sqlite").write_bytes(b"this is not an SQLite database\n" * 10)
    (case / "extraction.json").write_text('{"fingerprint": ')
    (case / "graph.json").unlink()  # so extraction runs again
    run([one], case)
    assert node_link(case) == node_link(ref)
