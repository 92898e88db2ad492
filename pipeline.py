"""One command, the whole pipeline: dump files -> messages -> extractions -> case graph.

``run_ingest`` is what ``giftgraph ingest`` calls. Each stage reads the previous stage's saved
output from the case directory, so a stage can be skipped or re-run on its own.

Nothing is lost when a run is killed: every case file is replaced atomically, the messages and the
manifest are saved before extraction starts, and extraction always rebuilds the whole graph from
the saved messages, so the next run ends with the graph an uninterrupted run would have made.
For the kill tests, ``GIFTGRAPH_TEST_PAUSE_AT=<checkpoint>`` makes a run print
``giftgraph: paused at <checkpoint>`` on stderr and wait there (checkpoints: ``read`` - files read,
nothing saved; ``messages-saved`` - messages and manifest saved; ``graph-built`` - graph made, not saved).
"""
from __future__ import annotations

import os
import re
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from giftgraph.graph.store import Case, CaseError
from giftgraph.nlp.profile import AUTO_PROFILE, DEFAULT_PROFILE, DEFAULT_TIMEZONE, is_auto

__all__ = ["STAGES", "IngestReport", "run_ingest", "rebuild_graph", "problem_reason", "case_lock"]

STAGES = ("read", "extract")


@dataclass
class IngestReport:
    files_read: int = 0
    files_skipped: int = 0  # unchanged since the last run
    messages_new: int = 0
    messages_total: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, what went wrong)
    nodes: int = 0
    edges: int = 0
    files_failed: int = 0  # files that gave nothing (their problems are in `problems`)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (file, kept but worth knowing)
    formats: dict[str, str] = field(default_factory=dict)  # file -> format detected (csv, xlsx, pst, pdf, ...)
    file_messages: dict[str, int] = field(default_factory=dict)  # file -> messages read from it (before dedup)
    limits: dict[str, int] = field(default_factory=dict)  # the limits of the run (giftgraph.ingest.limits keys)
    warnings: list[str] = field(default_factory=list)  # case-level: e.g. the graph shrank (see graph_shrunk)
    graph_shrunk: dict | None = None  # {"nodes_before", "edges_before", "nodes", "edges", "kept_as"} when it did
    # one row per stage run: {"stage", "wall_s", "cpu_s", "peak_rss_mb", "workers_rss_mb", ...} (giftgraph.scale.StageClock)
    stages: list[dict] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def limits_hit(self) -> dict[str, int]:
        """The limits that stopped a file or a part of one ("zip-ratio": 3), most frequent first."""
        from giftgraph.ingest.limits import limit_key

        return dict(Counter(k for k in (limit_key(p) for _, p in self.problems) if k).most_common())

    def reasons(self) -> dict[str, int]:
        """Problems counted by kind ("encrypted PDF": 2, ...), most frequent first."""
        return dict(Counter(problem_reason(p) for _, p in self.problems).most_common())

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["problems"] = [{"file": f, "problem": p} for f, p in self.problems]
        d["notes"] = [{"file": f, "note": p} for f, p in self.notes]
        d["reasons"] = self.reasons()
        d["limits_hit"] = self.limits_hit()
        return d


def problem_reason(text: str) -> str:
    """The kind of a problem line, without its particulars: "encrypted PDF: a password is
    needed" -> "encrypted PDF"; "no text layer on page(s) 2-3; use --ocr" -> "no text layer on page"."""
    m = re.match(r"message \d+: (.*)", text)  # one message of an mbox
    if m:
        return "mbox message: " + problem_reason(m.group(1))
    s = re.sub(r"\s*\([^)]*\)", "", text)
    s = re.split(r"[:;]", s, maxsplit=1)[0]
    return " ".join(re.sub(r"\d[\d,\-]*", " ", s).split()) or text[:40]


def _tty() -> bool:
    """Stage lines are progress for a person at a terminal (stderr); piped or captured runs get the
    figures from ``ingest --json`` ("stages") instead, and their stderr stays problems only."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _checkpoint(name: str) -> None:
    """Test hook: with GIFTGRAPH_TEST_PAUSE_AT=name, announce the checkpoint and wait to be killed."""
    if os.environ.get("GIFTGRAPH_TEST_PAUSE_AT") == name:
        print(f"giftgraph: paused at {name}", file=sys.stderr, flush=True)
        while True:
            time.sleep(1)


def run_ingest(paths: Sequence[str | Path], case: Case, **options) -> IngestReport:
    """Read ``paths`` into ``case`` and (re)build its graph. Returns what was done.

    Options: timezone, profile, model, custodian, ocr, strict, stages, progress, log, workers, executor, scheduler,
    limits (a `giftgraph.ingest.limits.Limits`) (see `_run_ingest`). One run at a time
    writes a case: a second run on the same case directory is refused with a CaseError."""
    from giftgraph.nlp.profile import DEFAULT_PROFILE, DEFAULT_TIMEZONE, load_profile

    if "extract" in options.get("stages", STAGES) and not is_auto(options.get("profile", DEFAULT_PROFILE)):
        load_profile(options.get("profile", DEFAULT_PROFILE))  # a bad --profile is the caller's error, before any file is read
    from giftgraph.ingest.dates import get_zone

    get_zone(options.get("timezone", DEFAULT_TIMEZONE))  # so is a bad --timezone
    with case_lock(case):
        try:
            return _run_ingest(paths, case, **options)
        except OSError as exc:  # e.g. the case cannot be written (disk full, read-only): the old files stand
            raise CaseError(f"{exc.filename or case.path}: {exc.strerror or exc}") from exc


@contextmanager
def case_lock(case: Case):
    """Hold the case directory's lock file for one writing run (released when the process ends,
    killed or not); temporary files a killed run left behind are removed."""
    created = not case.path.exists()
    try:
        case.path.mkdir(parents=True, exist_ok=True)
        fh = open(case.path / ".lock", "a+")
    except OSError as exc:
        raise CaseError(f"{case.path}: cannot write the case directory: {exc.strerror or exc}") from exc
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: runs are not guarded
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise CaseError(f"{case.path}: another giftgraph run is writing this case; try again when it ends")
        for name in (case.manifest_path.name, case.messages_path.name, case.graph_path.name):
            for tmp in case.path.glob(f".{name}.*.tmp"):  # left by a run killed mid-write
                tmp.unlink(missing_ok=True)
        yield
    finally:
        fh.close()
        if created and not case.exists():  # nothing saved (e.g. --strict stopped): leave no empty case behind
            (case.path / ".lock").unlink(missing_ok=True)
            try:
                case.path.rmdir()
            except OSError:
                pass


def _run_ingest(
    paths: Sequence[str | Path],
    case: Case,
    *,
    timezone: str = DEFAULT_TIMEZONE,
    profile: str = DEFAULT_PROFILE,
    model: str | None = None,
    custodian: str = "auto",
    ocr: bool = False,
    strict: bool = False,
    stages: Sequence[str] = STAGES,
    progress: bool = True,
    log: Callable[[str], None] = print,
    workers: int | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    limits=None,
    reread: bool = False,
) -> IngestReport:
    """``workers``: spaCy processes (``nlp.pipe(n_process=...)``); ``executor="dask"`` reads files and
    analyses messages on a Dask cluster (``scheduler`` address, else a LocalCluster): see giftgraph.scale.
    ``limits``: a `giftgraph.ingest.limits.Limits` (default: the defaults). ``reread``: read every file
    again, also those the case has read before; with messages.jsonl lost, the case starts again from
    the files given (without it, a lost messages.jsonl is an error).
    ``workers`` default: the cores this process may use. Each stage's wall time, CPU time and peak
    memory go to ``report.stages`` (and, with ``progress`` and stderr a terminal, one line each to ``log``)."""
    from giftgraph.scale import StageClock, default_workers

    if workers is None:
        workers = default_workers()
    clock = StageClock(log if progress and _tty() else None)
    client = None
    if executor == "dask":
        from giftgraph.scale import get_client

        client = get_client(scheduler, n_workers=max(2, workers))
    try:
        return _run_stages(paths, case, timezone=timezone, profile=profile, model=model, custodian=custodian,
                           ocr=ocr, strict=strict, limits=limits, reread=reread,
                           stages=stages, progress=progress, log=log, workers=workers, client=client, clock=clock)
    finally:
        clock.abandon()  # a stage an error left open: its error is the one line printed
        if client is not None:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None and not scheduler:
                cluster.close()


def _run_stages(paths, case: Case, *, timezone, profile, model, custodian, ocr, strict, stages, progress, log, workers,
                client, limits=None, reread: bool = False, clock=None) -> IngestReport:
    from giftgraph.ingest import read_paths
    from giftgraph.ingest.dedup import merge_messages
    from giftgraph.ingest.limits import Limits
    from giftgraph.scale import StageClock

    clock = clock or StageClock()
    limits = limits or Limits()
    report = IngestReport(limits=limits.to_dict(), stages=clock.rows)
    clock.begin("load case")
    manifest = case.load_manifest()
    manifest.setdefault("files", {})
    manifest.update(timezone=timezone, profile=profile)
    if model:
        manifest["model"] = model
    lost = reread and "read" in stages and not case.messages_path.exists()
    if lost:  # the messages of the files the manifest lists are gone: they are read again, or not at all
        manifest["files"] = {}
        manifest.pop("messages", None)
    # the saved messages are loaded when needed (new messages read, or extraction to run): an
    # unchanged re-run never loads them (see `_unchanged`)
    saved: list = []

    def load_existing() -> list:
        if not saved:
            # (bodies on disk as they are read; lost or cut short: a CaseError, never an empty case)
            saved.append(case.load_messages(missing_ok=lost, bodies_on_disk=True))
        return saved[0]

    # the graph is that of the saved messages, profile, model and code: if the files hold nothing new,
    # there is nothing to do (and the messages are loaded only once reading found something new)
    maybe_unchanged = (not lost and not reread and "read" in stages and "extract" in stages and bool(paths)
                       and _unchanged(case, manifest, profile, model, custodian))
    if not maybe_unchanged:
        existing = load_existing()
    known = None if reread else manifest["files"]
    clock.end()

    if "read" in stages and paths:
        read_row = clock.begin("read")
        if client is not None:
            from giftgraph.scale import read_sharded

            result = read_sharded(paths, client, timezone=timezone, ocr=ocr, strict=strict, known=known,
                                  limits=limits)
        elif workers > 1:
            from giftgraph.scale import read_pooled

            result = read_pooled(paths, workers, timezone=timezone, ocr=ocr, strict=strict, progress=progress,
                                 known=known, limits=limits)
        else:
            result = read_paths(paths, timezone=timezone, ocr=ocr, strict=strict, progress=progress,
                                known=known, log=log, limits=limits)
        report.files_read = result.files_read
        report.files_skipped = result.files_skipped
        report.files_failed = result.files_failed
        report.problems.extend(result.problems)
        report.notes.extend(result.notes)
        report.formats.update(result.formats)
        report.file_messages.update({d.get("name") or f: d.get("messages", 0) for f, d in result.files.items()})
        _checkpoint("read")
        # nothing new: nothing to do, and the messages, the graph and spaCy are never loaded
        unchanged = maybe_unchanged and not result.messages
        if not unchanged:
            existing = load_existing()
            merged = merge_messages(existing, result.messages)
            report.messages_new = len(merged) - len(existing)
            existing = merged
        read_row.update(files=result.files_read, messages=len(result.messages))
        read_any = bool(result.messages)
        result.messages = []  # the readings dedup merged into others are freed (the rest are in `existing`)
        clock.begin("save messages")
        for key, rec in result.files.items():  # files are keyed by resolved path: drop a record under the typed one
            if rec.get("name") and rec["name"] != key:
                manifest["files"].pop(rec["name"], None)
        manifest["files"].update(result.files)
        case.path.mkdir(parents=True, exist_ok=True)
        if not unchanged:
            if read_any or not case.messages_path.exists():  # nothing read: the saved messages stand
                if len(existing) < manifest.get("messages", 0):  # fewer (merged): the count first, so a kill leaves
                    case.save_manifest(dict(manifest, messages=len(existing)))  # no count over the saved file
                case.save_messages(existing)
            manifest["messages"] = len(existing)  # what messages.jsonl holds: a file lost or cut short is seen
        case.save_manifest(manifest)
        clock.end()
        _checkpoint("messages-saved")
        if unchanged:
            report.messages_total = manifest.get("messages", 0)
            report.nodes, report.edges = _saved_graph_size(case) or (0, 0)
            clock.begin("unchanged", messages=report.messages_total)
            clock.end()
            return report
    report.messages_total = len(existing)

    if "extract" in stages:
        if is_auto(profile):  # --profile auto: draft one from the case's messages, keep it in the case
            from giftgraph.nlp.draft_profile import draft_into_case

            with clock.stage("draft profile"):
                profile = str(draft_into_case(case, existing, timezone=timezone, log=log))
                manifest.update(profile=AUTO_PROFILE, profile_path=str(Path(profile).relative_to(case.path)))
                case.save_manifest(manifest)
        G = rebuild_graph(case, existing, profile=profile, model=model or manifest.get("model"), custodian=custodian,
                          progress=progress, log=log, workers=workers, client=client,
                          force="read" not in stages, report=report, clock=clock)  # --extract-only always rebuilds
        report.nodes, report.edges = G.number_of_nodes(), G.number_of_edges()
        if not is_auto(manifest.get("profile", profile)):
            _stamp_unchanged(case, manifest["profile"], model or manifest.get("model"), custodian)
    if not case.exists():
        case.save_manifest(manifest)
    return report


def _unchanged_stamp(case: Case, profile, model: str | None, custodian: str) -> str | None:
    """What the saved graph was made from, without loading anything heavy: the giftgraph version, the
    extraction's code (`giftgraph.scale.rules_fingerprint`), the profile's and the analysis code's fingerprint, the model and custodian settings, the content hash
    of messages.jsonl, and graph.json's size and time (a damaged or replaced graph is extracted
    again). None when a file is missing."""
    import hashlib

    from giftgraph import __version__
    from giftgraph.nlp.analysis import profile_fingerprint
    from giftgraph.scale import rules_fingerprint

    try:
        h = hashlib.sha256(f"{__version__}|{rules_fingerprint()}|{profile_fingerprint(profile, model)}|{model}|{custodian}".encode())
        with open(case.messages_path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        st = case.graph_path.stat()
        h.update(f"|{st.st_size}|{st.st_mtime_ns}".encode())
    except OSError:
        return None
    return h.hexdigest()


def _stamp_unchanged(case: Case, profile, model: str | None, custodian: str) -> None:
    """After a graph was saved (or found up to date) for the saved messages: record its stamp in
    extraction.json (next to the full fingerprint of `giftgraph.scale`), so that the next run with
    nothing new can stop at `_unchanged`."""
    import json

    from giftgraph.graph.store import atomic_write_text
    from giftgraph.scale import EXTRACTION_FILE

    path = case.path / EXTRACTION_FILE
    try:
        done = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    stamp = _unchanged_stamp(case, profile, model, custodian)
    if isinstance(done, dict) and stamp and done.get("unchanged_stamp") != stamp:
        atomic_write_text(path, json.dumps(dict(done, unchanged_stamp=stamp)))


def _unchanged(case: Case, manifest: dict, profile, model: str | None, custodian: str) -> bool:
    """Whether the saved graph is the extraction of the saved messages with this profile, model,
    custodian and code (the stamp `_stamp_unchanged` recorded matches): then a run that read nothing
    new has nothing to do. Never for ``--profile auto`` (its profile is drafted from the messages)."""
    import json

    from giftgraph.scale import EXTRACTION_FILE

    if is_auto(profile) or not isinstance(manifest.get("graph"), dict):
        return False
    try:
        stamp = json.loads((case.path / EXTRACTION_FILE).read_text(encoding="utf-8")).get("unchanged_stamp")
    except (OSError, ValueError, AttributeError):
        return False
    return bool(stamp) and stamp == _unchanged_stamp(case, profile, model or manifest.get("model"), custodian)


def rebuild_graph(case: Case, messages=None, *, profile: str = DEFAULT_PROFILE, model: str | None = None,
                  progress: bool = True, log: Callable[[str], None] = print, workers: int | None = None, client=None,
                  force: bool = False, custodian: str = "auto", report: IngestReport | None = None, clock=None):
    """Run extraction over the case's messages and save the case graph. Skipped when the messages,
    profile, model and code are those of the saved graph; spaCy analyses are cached by content
    hash in the case (see giftgraph.scale). Returns the graph: the saved one (networkx) when skipped,
    else the `giftgraph.graph.ondisk.GraphOnDisk` extraction built and saved (``number_of_nodes()``,
    ``number_of_edges()``, ``to_networkx()``).

    A graph with fewer nodes or edges than the saved one is saved (a profile, a custodian or a fix
    may rightly drop nodes), but never silently: the saved one is kept as ``graph.prev.json``, and
    ``report.warnings`` / ``report.graph_shrunk`` say so (a warning line; ``ingest --json``).
    ``workers``: spaCy processes (default: the cores present); ``clock``: a
    `giftgraph.scale.StageClock` that times each stage."""
    import sqlite3

    from giftgraph.scale import ANALYSES_FILE, StageClock, default_workers, extract_graph, mark_extracted

    if clock is None:
        clock = StageClock(log if progress and _tty() else None)

    if messages is None:
        messages = case.load_messages(bodies_on_disk=True)
    cache = case.path / ANALYSES_FILE
    if cache.exists() and not cache.is_file():
        raise CaseError(f"{cache}: not a file (the analysis cache); remove it, it is rebuilt as needed")
    try:
        G, fingerprint, skipped = extract_graph(case, messages, profile=profile, model=model,
                                                workers=default_workers() if workers is None else workers,
                                                custodian=custodian,
                                                client=client, progress=progress, force=force, clock=clock)
    except sqlite3.Error as exc:  # the disk is full, or the cache file cannot be written: one line, no traceback
        raise CaseError(f"{cache}: cannot write the analysis cache ({type(exc).__name__}: {exc}); free disk "
                        f"space, or remove the file (it is only a cache) and run again") from exc
    if skipped:
        return G
    _checkpoint("graph-built")
    before = _saved_graph_size(case)
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    if before and (nodes < before[0] or edges < before[1]):
        kept = _keep_previous_graph(case)
        text = (f"{case.graph_path}: the new graph is smaller than the one it replaces ({nodes} nodes, {edges} edges; "
                f"before: {before[0]} nodes, {before[1]} edges)"
                + (f"; the previous graph is kept as {kept.name}" if kept else ""))
        if report is not None:
            report.warnings.append(text)
            report.graph_shrunk = {"nodes_before": before[0], "edges_before": before[1], "nodes": nodes, "edges": edges,
                                   "kept_as": str(kept) if kept else None}
        else:
            log(f"warning: {text}")
    with clock.stage("save graph", nodes=nodes, edges=edges):
        case.save_graph(G)
        mark_extracted(case, fingerprint)
        _record_graph_size(case, nodes, edges)
    return G


def _saved_graph_size(case: Case) -> tuple[int, int] | None:
    """(nodes, edges) of the saved graph: from the manifest, else (cases saved before it kept them)
    from graph.json itself; None when there is none or it cannot be read."""
    if not case.graph_path.exists():
        return None
    try:
        size = case.load_manifest().get("graph")
        if isinstance(size, dict) and isinstance(size.get("nodes"), int) and isinstance(size.get("edges"), int):
            return size["nodes"], size["edges"]
        G = case.load_graph()
        return G.number_of_nodes(), G.number_of_edges()
    except CaseError:
        return None


def _record_graph_size(case: Case, nodes: int, edges: int) -> None:
    if case.exists():
        manifest = case.load_manifest()
        manifest["graph"] = {"nodes": nodes, "edges": edges}
        case.save_manifest(manifest)


def _keep_previous_graph(case: Case) -> Path | None:
    """graph.json -> graph.prev.json (a hard link, else a copy), before a smaller graph replaces it."""
    import shutil

    prev = case.path / "graph.prev.json"
    tmp = case.path / ".graph.prev.json.tmp"
    try:
        tmp.unlink(missing_ok=True)
        try:
            os.link(case.graph_path, tmp)
        except OSError:
            shutil.copyfile(case.graph_path, tmp)
        os.replace(tmp, prev)
        return prev
    except OSError:
        tmp.unlink(missing_ok=True)
        return None
