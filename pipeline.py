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
    # one row per stage run: {"stage", "wall_s", "cpu_s", "peak_rss_mb", "workers_rss_mb", ...} (giftgraph.scale.StageClock)
    stages: list[dict] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def reasons(self) -> dict[str, int]:
        """Problems counted by kind ("encrypted PDF": 2, ...), most frequent first."""
        return dict(Counter(problem_reason(p) for _, p in self.problems).most_common())

    def to_dict(self) -> dict:
        d = dict(self.__dict__)
        d["problems"] = [{"file": f, "problem": p} for f, p in self.problems]
        d["notes"] = [{"file": f, "note": p} for f, p in self.notes]
        d["reasons"] = self.reasons()
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


def _checkpoint(name: str) -> None:
    """Test hook: with GIFTGRAPH_TEST_PAUSE_AT=name, announce the checkpoint and wait to be killed."""
    if os.environ.get("GIFTGRAPH_TEST_PAUSE_AT") == name:
        print(f"giftgraph: paused at {name}", file=sys.stderr, flush=True)
        while True:
            time.sleep(1)


def run_ingest(paths: Sequence[str | Path], case: Case, **options) -> IngestReport:
    """Read ``paths`` into ``case`` and (re)build its graph. Returns what was done.

    Options: timezone, profile, model, custodian, ocr, strict, stages, progress, log, workers, executor, scheduler
    (see `_run_ingest`). One run at a time
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
) -> IngestReport:
    """``workers``: spaCy processes (``nlp.pipe(n_process=...)``; default: the cores this process may
    use); ``executor="dask"`` reads files and
    analyses messages on a Dask cluster (``scheduler`` address, else a LocalCluster): see giftgraph.scale.
    Each stage's wall time, CPU time and peak memory go to ``report.stages`` (and, with ``progress``,
    one line each to ``log``)."""
    from giftgraph.scale import StageClock, default_workers

    if workers is None:
        workers = default_workers()
    clock = StageClock(log if progress else None)
    client = None
    if executor == "dask":
        from giftgraph.scale import get_client

        client = get_client(scheduler, n_workers=max(2, workers))
    try:
        return _run_stages(paths, case, timezone=timezone, profile=profile, model=model, custodian=custodian,
                           ocr=ocr, strict=strict,
                           stages=stages, progress=progress, log=log, workers=workers, client=client, clock=clock)
    finally:
        if client is not None:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None and not scheduler:
                cluster.close()


def _run_stages(paths, case: Case, *, timezone, profile, model, custodian, ocr, strict, stages, progress, log, workers,
                client, clock) -> IngestReport:
    from giftgraph.ingest import read_paths
    from giftgraph.ingest.dedup import merge_messages

    report = IngestReport(stages=clock.rows)
    with clock.stage("load case"):
        manifest = case.load_manifest()
        manifest.setdefault("files", {})
        manifest.update(timezone=timezone, profile=profile)
        if model:
            manifest["model"] = model
        existing = case.load_messages()

    if "read" in stages and paths:
        with clock.stage("read") as read_row:
            if client is not None:
                from giftgraph.scale import read_sharded

                result = read_sharded(paths, client, timezone=timezone, ocr=ocr, strict=strict, known=manifest["files"])
            else:
                result = read_paths(paths, timezone=timezone, ocr=ocr, strict=strict, progress=progress,
                                    known=manifest["files"], log=log)
            report.files_read = result.files_read
            report.files_skipped = result.files_skipped
            report.files_failed = result.files_failed
            report.problems.extend(result.problems)
            report.notes.extend(result.notes)
            report.formats.update(result.formats)
            report.file_messages.update({f: d.get("messages", 0) for f, d in result.files.items()})
            _checkpoint("read")
            merged = merge_messages(existing, result.messages)
            report.messages_new = len(merged) - len(existing)
            read_row.update(files=result.files_read, messages=len(result.messages))
        existing = merged
        manifest["files"].update(result.files)
        case.path.mkdir(parents=True, exist_ok=True)
        with clock.stage("save messages"):
            if result.messages or not case.messages_path.exists():  # nothing read: the saved messages stand
                case.save_messages(existing)
            case.save_manifest(manifest)
        _checkpoint("messages-saved")
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
                          force="read" not in stages, clock=clock)  # --extract-only always rebuilds
        report.nodes, report.edges = G.number_of_nodes(), G.number_of_edges()
    if not case.exists():
        case.save_manifest(manifest)
    return report


def rebuild_graph(case: Case, messages=None, *, profile: str = DEFAULT_PROFILE, model: str | None = None,
                  progress: bool = True, log: Callable[[str], None] = print, workers: int | None = None, client=None,
                  force: bool = False, custodian: str = "auto", clock=None):
    """Run extraction over the case's messages and save the case graph. Skipped when the messages,
    profile, model and code are those of the saved graph; spaCy analyses are cached by content
    hash in the case (see giftgraph.scale). ``workers``: spaCy processes (default: the cores
    present); ``clock``: a `giftgraph.scale.StageClock` that times each stage."""
    from giftgraph.scale import StageClock, default_workers, extract_graph, mark_extracted

    if clock is None:
        clock = StageClock(log if progress else None)
    if messages is None:
        messages = case.load_messages()
    G, fingerprint, skipped = extract_graph(case, messages, profile=profile, model=model,
                                            workers=default_workers() if workers is None else workers,
                                            custodian=custodian,
                                            client=client, progress=progress, force=force, clock=clock)
    if skipped:
        return G
    _checkpoint("graph-built")
    with clock.stage("save graph", nodes=G.number_of_nodes(), edges=G.number_of_edges()):
        case.save_graph(G)
        mark_extracted(case, fingerprint)
    return G
