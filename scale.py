"""Extraction at scale: cached per-message analyses, skipped re-runs, ``n_process`` and Dask.

``extract_graph(case, messages, ...)`` is the extraction stage of ``giftgraph ingest``:

1. **Skip.** A content hash of the messages, the profile, the model and the giftgraph version is
   kept in the case (``extraction.json``). When it matches and the graph is there, nothing runs
   (``--extract-only`` always rebuilds).
2. **Analyses.** Each message's own text is analysed by spaCy once (`giftgraph.nlp.analysis`):
   analyses are cached by content hash in ``analyses.sqlite``, so an installment only analyses
   its new messages. The missing ones are computed with ``nlp.pipe`` (``workers`` > 1 uses
   ``n_process``) or on a Dask cluster (``client``): chunks of texts go to the workers, each
   worker loads the pipeline once and returns JSON analyses.
3. **Message facts.** On a Dask cluster, the per-message work of resolution and relations that
   needs nothing resolved (header addresses parsed, signature blocks, each message's share of the not-a-person evidence,
   the relations stage's own text and skip reason: `giftgraph.nlp.extract.message_facts`) runs as
   tasks over batches of messages (``dask_facts``); locally it runs inside extraction. Same facts
   either way: they are a function of the message, its analysis and the profile.
4. **Resolution and relations** (the merge passes, look-ups, relation rules) run on the merged
   analyses and facts in this process (they need the whole release), then the graph is built, on disk
   (`giftgraph.graph.ondisk.GraphOnDisk`: resolution's edges go there as they are made). On a
   cluster, the relations stage's sentence scan (the relevant messages' sentences cut and matched
   against the cue, product and code patterns: `giftgraph.nlp.relations.SentenceScanner`) runs as
   tasks too (``dask_sentences``); the client rebuilds the sentences from the compact rows.

``read_sharded(paths, client, ...)`` reads a release on a Dask cluster, one task per file, and
merges the results as ``giftgraph.ingest.read_paths`` does (one display name per person,
duplicates merged). Workers must see the same paths (a shared file system) and have the same
giftgraph, profile and spaCy model installed.

    from dask.distributed import Client
    client = get_client("tcp://scheduler:8786")      # or get_client(None): a LocalCluster
    G, fingerprint, skipped = extract_graph(Case("exports/case"), messages, client=client)
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import resource
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, Sequence

from giftgraph.errors import GiftgraphError
from giftgraph.nlp.profile import DEFAULT_PROFILE, DEFAULT_TIMEZONE

__all__ = ["EXTRACTION_FILE", "ANALYSES_FILE", "extraction_fingerprint", "extract_graph", "read_sharded", "read_pooled",
           "get_client", "dask_analyse", "dask_facts", "dask_sentences", "pooled_sentences", "forked", "mark_extracted", "StageClock", "default_workers"]

EXTRACTION_FILE = "extraction.json"
ANALYSES_FILE = "analyses.sqlite"
CHUNK = 200  # texts per Dask task


def default_workers() -> int:
    """The cores this process may run on (``os.sched_getaffinity``; ``os.cpu_count`` elsewhere)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------- stage timings
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _rss(pid: int | str = "self") -> int:
    """Resident set size of a process in bytes (0 when it cannot be read: not Linux, or gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes (pages shared with others divided among them):
    a forked worker shares most of its pages with this process. Its RSS when PSS cannot be read."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return _rss(pid)


def _children(pid: int | str = "self") -> list[int]:
    """The live child processes of ``pid`` and their children (spaCy ``n_process`` workers)."""
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                kids = [int(x) for x in fh.read().split()]
        except (OSError, ValueError):
            continue
        for k in kids:
            out.append(k)
            out.extend(_children(k))
    return out


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for f in ("ru_utime", "ru_stime"))


def _maxrss() -> int:
    """This process's peak RSS so far, in bytes (``ru_maxrss`` is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class _Sampler(threading.Thread):
    """Samples this process's RSS and the summed RSS of its child processes every ``interval`` s."""

    def __init__(self, interval: float):
        super().__init__(name="giftgraph-rss", daemon=True)
        self.interval = interval
        self.peak = _rss()
        self.kids_peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        n = 0
        while not self._stop_event.wait(self.interval):
            n += 1
            # the workers: at 50 ms, every 500 ms for 2 s, then every 2 s (reading a large worker costs ~15 ms CPU)
            self.sample(kids=n % 40 == 1 or n < 40 and n % 10 == 1)

    def sample(self, kids: bool = True) -> None:
        """This process's RSS; with ``kids``, the workers' PSS too (every 40th sample: reading
        ``smaps_rollup`` of large processes costs CPU the workers would use)."""
        self.peak = max(self.peak, _rss())
        pids = _children() if kids else []
        if pids:
            self.kids_peak = max(self.kids_peak, sum(_pss(k) for k in pids))

    def stop(self) -> None:
        self._stop_event.set()
        self.join()
        self.sample()


class StageClock:
    """Wall time, CPU time and peak memory of each stage of a run.

    ``with clock.stage("entities", texts=n): ...`` adds a row ``{"stage", "wall_s", "cpu_s",
    "peak_rss_mb", "workers_rss_mb", ...info}`` to ``clock.rows`` and, with a ``log``, prints it
    as one progress line. CPU is user + system time of this process and of the worker processes
    that ended during the stage (``getrusage``). ``peak_rss_mb`` is this process's peak resident
    memory during the stage: exact (``ru_maxrss``) when the stage set a new peak for the run, else
    the highest of samples taken every ``interval`` seconds by a thread reading ``/proc``.
    ``workers_rss_mb`` is the highest sampled sum of the proportional set size (PSS: resident
    memory, pages shared between processes divided among them) of the child processes (spaCy
    workers, sampled every ``40 * interval``), so this process's peak plus it bounds the run's
    memory. Off Linux memory reads 0.
    """

    def __init__(self, log: Callable[[str], None] | None = None, *, interval: float = 0.05):
        self.rows: list[dict] = []
        self.log = log
        self.interval = interval
        self._open: tuple | None = None

    @contextmanager
    def stage(self, name: str, **info) -> Iterator[dict]:
        """Time the block as stage ``name``; the row (yielded) can take more keys inside the block."""
        row = self.begin(name, **info)
        try:
            yield row
        finally:
            self.end()

    def begin(self, name: str, **info) -> dict:
        """Start stage ``name`` (ending any stage still open); returns its row. `end` ends it."""
        self.end()
        row: dict = {"stage": name}
        row.update(info)
        sampler = _Sampler(self.interval)
        sampler.start()
        self._open = (row, sampler, _maxrss(), time.perf_counter(), _cpu())
        return row

    def abandon(self) -> None:
        """Stop the open stage (if any) without recording or printing it (a run that failed in it)."""
        opened, self._open = self._open, None
        if opened is not None:
            opened[1].stop()

    def end(self) -> None:
        """End the open stage (if any): record its row and, with a ``log``, print it."""
        opened, self._open = self._open, None
        if opened is None:
            return
        row, sampler, before_peak, wall, cpu = opened
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
        sampler.stop()
        after_peak = _maxrss()
        peak = after_peak if after_peak > before_peak else sampler.peak
        row.update(wall_s=round(wall, 3), cpu_s=round(cpu, 3), peak_rss_mb=round(peak / 2**20, 1),
                   workers_rss_mb=round(sampler.kids_peak / 2**20, 1))
        self.rows.append(row)
        if self.log is not None:
            self.log(self.line(row))

    @staticmethod
    def line(row: dict) -> str:
        """``stage entities: 12.3 s wall, 22.9 s CPU, peak 812 MB (workers 1,430 MB)``"""
        s = (f"stage {row['stage']}: {row['wall_s']:.1f} s wall, {row['cpu_s']:.1f} s CPU, "
             f"peak {row['peak_rss_mb']:,.0f} MB")
        if row.get("workers_rss_mb"):
            s += f" (workers {row['workers_rss_mb']:,.0f} MB)"
        extra = [f"{k} {v:,}" if isinstance(v, int) else f"{k} {v}" for k, v in row.items()
                 if k not in ("stage", "wall_s", "cpu_s", "peak_rss_mb", "workers_rss_mb")]
        return s + ("; " + ", ".join(extra) if extra else "")

    def totals(self) -> dict:
        """The whole run: summed wall and CPU seconds, the highest peaks."""
        return {"wall_s": round(sum(r["wall_s"] for r in self.rows), 3),
                "cpu_s": round(sum(r["cpu_s"] for r in self.rows), 3),
                "peak_rss_mb": max((r["peak_rss_mb"] for r in self.rows), default=0.0),
                "workers_rss_mb": max((r["workers_rss_mb"] for r in self.rows), default=0.0)}


@contextmanager
def _no_stage(name: str, **info) -> Iterator[dict]:
    yield {}


def _collector_paused_in(stage: Callable, paused: str) -> Callable:
    """``stage`` (a context manager factory, `StageClock.stage`) with no automatic garbage collection
    inside the stage named ``paused``. Resolution makes many long-lived objects (clusters, look-up
    indexes, mentions, the graph's nodes and edges), so each full collection walked more of them
    (the peaks with and without the pause were the same; collector time of a 5,256-message Enron
    re-extraction 6.8 -> 4.7 s); the relations stage is left alone: the sentences it drops are
    cycles only the collector frees (paused there too, the 16k subset's peak grew 17 MB). A threshold
    of 0, not ``gc.disable()``, which srsly's msgpack reader undoes (``gc.enable()``, spaCy loading a
    model); the thresholds are given back when the stage ends, however it ends."""
    @contextmanager
    def wrapped(name: str, **info) -> Iterator[dict]:
        with stage(name, **info) as row:
            if name != paused:
                yield row
                return
            thresholds = gc.get_threshold()
            gc.set_threshold(0)
            try:
                yield row
            finally:
                gc.set_threshold(*thresholds)
    return wrapped


_RULES_CODE: list[str] = []


def rules_fingerprint() -> str:
    """Content hash of the extraction's own code and rule files (``nlp/``: entities, resolution, the relation rules
    and their lexicons), so that a graph made by other rules is made again even when the version number did not move
    (an install from a checkout, a patched rule). Computed once a process: ~1 MB read."""
    if not _RULES_CODE:
        from pathlib import Path

        base = Path(__file__).resolve().parent / "nlp"
        h = hashlib.sha256()
        for f in sorted(base.rglob("*")):
            if f.is_file() and f.suffix in (".py", ".yaml", ".yml", ".json", ".txt") and "__pycache__" not in f.parts:
                h.update(f.relative_to(base).as_posix().encode())
                h.update(f.read_bytes())
        _RULES_CODE.append(h.hexdigest())
    return _RULES_CODE[0]


def extraction_fingerprint(messages: Sequence, profile, model: str | None, custodian: str = "auto") -> str:
    """Content hash of what the case graph is made from: the messages, the profile, the model, the
    custodian setting, the giftgraph version and the extraction's code (`rules_fingerprint`; ``giftgraph ingest
    --extract-only`` rebuilds regardless)."""
    from giftgraph import __version__
    from giftgraph.nlp.analysis import profile_fingerprint

    h = hashlib.sha256(f"{__version__}|{rules_fingerprint()}|{profile_fingerprint(profile, model)}|{custodian}".encode())
    for m in sorted(messages, key=lambda m: m.id):
        h.update(json.dumps(m.to_dict(), ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# ---------------------------------------------------------------------------------- Dask
def get_client(scheduler: str | None = None, *, n_workers: int = 2):
    """A ``dask.distributed.Client``: connected to ``scheduler`` (``tcp://host:8786``), or to a new
    ``LocalCluster`` of ``n_workers`` single-threaded worker processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - the dask extra is not installed
        raise RuntimeError("--executor dask needs dask.distributed: pip install 'giftgraph[dask]'") from exc
    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


_WORKER_NLP: dict = {}


def _analyse_chunk(texts: list[str], profile, model: str | None) -> list[str]:
    """Dask task: JSON analyses of ``texts`` (the worker keeps its pipeline between tasks)."""
    from giftgraph.nlp.analysis import analyse_texts
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    key = (str(profile), model)
    if key not in _WORKER_NLP:
        _WORKER_NLP[key] = load_pipeline(Profile.load(profile), model)
    return [a.to_json() for a in analyse_texts(_WORKER_NLP[key], texts)]


def dask_analyse(client, profile, model: str | None, *, chunk: int = CHUNK) -> Callable[[list[str]], object]:
    """A ``compute`` function for `analyse_messages`: texts -> JSON analyses, in order, on ``client``."""
    prof_arg = _profile_arg(profile)

    def compute(texts: list[str]):
        futures = [client.submit(_analyse_chunk, texts[i:i + chunk], prof_arg, model, pure=False)
                   for i in range(0, len(texts), chunk)]
        for fut in futures:
            yield from fut.result()
            fut.release()

    return compute


_WORKER_RULES: dict = {}


def _worker_rules(profile: str):
    """(Profile, RelationRules) of ``profile``, loaded once per worker process."""
    from giftgraph.nlp.profile import Profile
    from giftgraph.nlp.relations import RelationRules

    if profile not in _WORKER_RULES:
        prof = Profile.load(profile)
        _WORKER_RULES[profile] = (prof, RelationRules.from_profile(prof))
    return _WORKER_RULES[profile]


def _facts_chunk(messages: list, analyses: list[str], profile):
    """Dask task: the `giftgraph.nlp.extract.MessageFacts` of a batch of messages, from their JSON
    analyses (the worker keeps the relation rules between tasks)."""
    from giftgraph.nlp.analysis import Analysis, own_text_of
    from giftgraph.nlp.extract import message_facts
    from giftgraph.nlp.resolve import Resolver

    prof, rules = _worker_rules(profile)
    resolver = Resolver(prof)  # for its parser of printed addresses (a fresh memo per batch)
    docs = {m.id: Analysis.from_json(own_text_of(m), a) for m, a in zip(messages, analyses)}
    return message_facts(messages, docs, rules=rules, resolver=resolver)


def _profile_arg(profile) -> str:
    return str(profile) if not hasattr(profile, "path") else str(profile.path)


def dask_facts(client, messages: Sequence, analyses: dict, profile, *, chunk: int = CHUNK,
               stats: dict | None = None):
    """The per-message work of resolution and relations that needs nothing resolved (header
    addresses parsed, signature blocks, the release-wide not-a-person evidence, the relations
    stage's own text and skip reason: `giftgraph.nlp.extract.message_facts`) as Dask tasks over batches of ``chunk``
    messages (each batch sums its not-a-person evidence); returns the batches' facts merged, for
    `extract`. ``stats`` gets ``tasks``."""
    prof_arg = _profile_arg(profile)
    futures = []
    for i in range(0, len(messages), chunk):
        batch = list(messages[i:i + chunk])
        futures.append(client.submit(_facts_chunk, batch, [analyses[m.id].to_json() for m in batch], prof_arg,
                                     pure=False))
    if stats is not None:
        stats["tasks"] = len(futures)
    from giftgraph.nlp.extract import MessageFacts

    out = MessageFacts()
    for fut in futures:
        out.update(fut.result())
        fut.release()
    return out


def _sentences_chunk(items: list[tuple[str, str]], profile, spec: tuple[dict, dict]) -> list[tuple]:
    """Dask task: `giftgraph.nlp.relations.SentenceScanner.scan` rows of a batch of own texts, compact
    (`giftgraph.nlp.relations.context.compact_rows`)."""
    from giftgraph.nlp.relations import SentenceScanner
    from giftgraph.nlp.relations.context import compact_rows

    scanner = SentenceScanner(_worker_rules(profile)[1], *spec)
    return [compact_rows(scanner.scan(text)[0]) for _, text in items]


def dask_sentences(client, profile, *, max_chars: int = 100_000, max_texts: int = 50) -> Callable:
    """A ``scan`` function for `giftgraph.nlp.relations.extract_relations`: the relevant messages'
    sentences cut and scanned for cues, products and codes as Dask tasks over batches of at most
    ``max_texts`` texts and ``max_chars`` characters; the rows come back ((message id, rows) pairs, a
    batch at a time), the client rebuilds the sentences from the tokens in them
    (`giftgraph.nlp.relations.context.doc_of_marks`)."""
    prof_arg = _profile_arg(profile)

    def scan(scanner, items: list[tuple[str, str]]) -> Iterator[tuple[str, tuple]]:
        batches = _batches(items, max_texts, max_chars)
        futures = [client.submit(_sentences_chunk, b, prof_arg, scanner.spec(), pure=False) for b in batches]
        for b, fut in zip(batches, futures):
            yield from ((mid, rows) for (mid, _), rows in zip(b, fut.result()))
            fut.release()

    return scan


def _fork_pool(workers: int):
    """A pool of ``workers`` forked processes that end with this one: they see this process's memory as it
    is when the first task is submitted (module globals set then are how a task gets its scanner or function)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from giftgraph.nlp.analysis import _die_with_parent

    return ProcessPoolExecutor(workers, mp_context=mp.get_context("fork"), initializer=_die_with_parent)


def _batches(items: list[tuple[str, str]], max_texts: int, max_chars: int) -> list[list[tuple[str, str]]]:
    """``items`` ((message id, text)) in batches of at most ``max_texts`` texts and ``max_chars``
    characters (a longer text alone), in order."""
    batches: list[list[tuple[str, str]]] = [[]]
    size = 0
    for item in items:
        if batches[-1] and (len(batches[-1]) >= max_texts or size + len(item[1]) > max_chars):
            batches.append([])
            size = 0
        batches[-1].append(item)
        size += len(item[1])
    return batches if batches[0] else []


_POOL_SCANNER = None  # the scanner a forked `pooled_sentences` worker inherits


def _scan_batch(batch: list[tuple[str, str]]) -> list[tuple]:
    from giftgraph.nlp.relations.context import compact_rows

    scanner = _POOL_SCANNER
    assert scanner is not None, "a pooled_sentences worker is a fork of the process that set the scanner"
    # compact in the worker: smaller to send, and the parent never holds the dicts
    return [compact_rows(scanner.scan(text)[0]) for _, text in batch]


def pooled_sentences(workers: int, *, min_chars: int = 200_000, max_chars: int = 50_000,
                     max_texts: int = 20) -> Callable:
    """A ``scan`` function for `giftgraph.nlp.relations.extract_relations` on this machine: the
    relevant messages' sentences cut and matched (`SentenceScanner.scan`) by ``workers`` forked
    processes, batches of at most ``max_texts`` texts and ``max_chars`` characters; the rows come back
    in order ((message id, rows) pairs, a batch at a time), compact (`compact_rows`), and the sentences
    are rebuilt from the tokens in them (no second tokenizing). Below ``min_chars`` of text, or with one
    worker, nothing is scanned: the scan stays in this process, message by message as the families read
    them (a pool costs more than it saves). A worker that dies (killed for memory) leaves the batches not
    yet returned to this process. The rows are those of a scan here: the same graph whatever ``workers``."""
    def scan(scanner, items: list[tuple[str, str]]) -> Iterator[tuple[str, tuple]]:
        from collections import deque
        from concurrent.futures.process import BrokenProcessPool

        from giftgraph.nlp.relations.context import compact_rows

        global _POOL_SCANNER
        if workers <= 1 or sum(len(t) for _, t in items) < min_chars:
            return
        batches = _batches(items, max_texts, max_chars)
        _POOL_SCANNER = scanner
        pool = _fork_pool(workers)
        finished = False
        pending: deque = deque()
        try:
            done = 0  # batches[:done] are in ``out``
            try:
                while done < len(batches):
                    # a few batches in flight (a wake-up per submission: Python 3.11's pool hangs on shutdown
                    # when many were submitted to a pool that broke)
                    while len(pending) < 2 * workers and done + len(pending) < len(batches):
                        pending.append(pool.submit(_scan_batch, batches[done + len(pending)]))
                    yield from ((mid, rows) for (mid, _), rows in zip(batches[done], pending[0].result()))
                    pending.popleft()
                    done += 1
                finished = True
            except BrokenProcessPool:  # the rest here
                for b in batches[done:]:
                    for (mid, text) in b:
                        yield mid, compact_rows(scanner.scan(text)[0])
        finally:
            pool.shutdown(wait=finished, cancel_futures=True)  # (waiting on a broken pool can hang)
            _POOL_SCANNER = None

    return scan


_FORKED: Callable | None = None  # what a `forked` worker computes (it inherits it)


def _run_forked():
    fn = _FORKED
    assert fn is not None, "a forked worker is a fork of the process that set the function"
    return fn()


def forked(workers: int, *, min_chars: int = 200_000) -> Callable:
    """A ``beside`` function for `giftgraph.nlp.relations.extract_relations`: ``beside(fn, size)``
    forks a process that computes ``fn()`` (it sees this process's memory as it is now, so nothing is
    sent to it) and returns a function that waits for the result; None (run it here) with one worker
    or below ``min_chars``. If the process dies (killed for memory), ``fn()`` runs here."""
    def beside(fn: Callable, size: int) -> Callable | None:
        from concurrent.futures.process import BrokenProcessPool

        global _FORKED
        if workers <= 1 or size < min_chars:
            return None
        _FORKED = fn
        pool = _fork_pool(1)
        try:
            fut = pool.submit(_run_forked)  # forks now: the worker has ``fn`` and what it reads as they are
        finally:
            _FORKED = None

        def result():
            finished = False
            try:
                out = fut.result()
                finished = True
                return out
            except BrokenProcessPool:
                return fn()
            finally:
                pool.shutdown(wait=finished)

        return result

    return beside


def _read_one(path: str, timezone: str, ocr: bool, known: dict | None, limits=None):
    from giftgraph.ingest import read_paths

    # the messages as read: the client finishes the whole release's once (unify_initials, merge, replies),
    # as a local read does; finishing each file first changed some names (a second unify_initials)
    return read_paths([path], timezone=timezone, ocr=ocr, strict=False, progress=False, known=known,
                      log=lambda s: None, limits=limits, finish=False)


def read_sharded(paths, client, *, timezone: str = DEFAULT_TIMEZONE, ocr: bool = False, strict: bool = False,
                 known: dict | None = None, progress: bool = False, limits=None):
    """`read_paths` with one Dask task per file; the same `ReadResult` as a local read."""
    from giftgraph.ingest import iter_files

    def results(files, entry):
        futures = [client.submit(_read_one, f, timezone, ocr, entry(f), limits, pure=False) for f in files]
        for fut in futures:
            yield fut.result()
            fut.release()

    return _read_files(iter_files(paths), results, timezone=timezone, strict=strict, known=known)


READ_POOL_MIN_BYTES = 8 << 20  # a release smaller than this is read in this process: forking costs more


def read_pooled(paths, workers: int, *, timezone: str = DEFAULT_TIMEZONE, ocr: bool = False, strict: bool = False,
                known: dict | None = None, progress: bool = False, limits=None, min_bytes: int = READ_POOL_MIN_BYTES):
    """`read_paths` with the files read by ``workers`` forked processes, a file per task; the same
    `ReadResult` as a read in this process (the release-wide `finish_read` runs here, on the messages in
    the order of the files). Used for releases of several files and at least ``min_bytes``; if a worker
    dies (killed for memory), the files not yet returned are read in this process."""
    from concurrent.futures.process import BrokenProcessPool
    from pathlib import Path

    from giftgraph.ingest import _size, iter_files, read_paths

    files = list(iter_files(paths))
    total = sum(_size(f) for f in files)
    if workers <= 1 or len(files) < 2 or total < min_bytes:
        return read_paths(paths, timezone=timezone, ocr=ocr, strict=strict, progress=progress, known=known,
                          limits=limits)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="B", unit_scale=True, desc=f"reading ({workers} workers)", leave=False)

    def results(files, entry):
        from collections import deque

        pool = _fork_pool(workers)
        pending: deque = deque()
        returned = 0  # files[:returned] have been yielded, in order
        try:
            try:
                while returned < len(files):
                    while len(pending) < 2 * workers and returned + len(pending) < len(files):
                        f = files[returned + len(pending)]  # a few files in flight: the parent holds what is returned
                        pending.append((f, pool.submit(_read_one, f, timezone, ocr, entry(f), limits)))
                    f, fut = pending[0]
                    r = fut.result()
                    pending.popleft()
                    if bar is not None:
                        bar.update(_size(Path(f)))
                    returned += 1
                    yield r
            except BrokenProcessPool:  # a worker died (killed for memory): the rest is read here, in order
                for f in files[returned:]:
                    yield _read_one(f, timezone, ocr, entry(f), limits)
                    if bar is not None:
                        bar.update(_size(Path(f)))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
            if bar is not None:
                bar.close()

    return _read_files(files, results, timezone=timezone, strict=strict, known=known)


def _read_files(found, results: Callable, *, timezone: str, strict: bool, known: dict | None):
    """The `ReadResult` of reading each file ``found`` (the files under the paths given, `iter_files`) once
    (however it is named) by ``results(files,
    entry)``, which yields each file's unfinished `ReadResult` in the order of ``files`` (``entry(f)`` is
    the file's manifest entry, or None); then the release-wide `finish_read`."""
    from giftgraph.ingest import (
        IngestError,
        ReadResult,
        finish_read,
        known_entry,
        known_index,
        manifest_key,
    )
    from giftgraph.ingest.dates import get_zone

    get_zone(timezone)
    files, keys = [], set()
    for f in found:  # each file once, however it is named (see ingest.manifest_key)
        if manifest_key(f) not in keys:
            keys.add(manifest_key(f))
            files.append(str(f))
    index = known_index(known)

    def entry(f):
        e = known_entry(known, f, index)
        return dict([e]) if e else None

    res = ReadResult()
    batch = []
    for r in results(files, entry):
        if strict and r.problems:
            name, text = r.problems[0]
            raise IngestError(f"{name}: {text}")
        batch.extend(r.messages)
        res.files.update(r.files)
        res.formats.update(r.formats)
        res.problems.extend(r.problems)
        res.notes.extend(r.notes)
        res.files_read += r.files_read
        res.files_skipped += r.files_skipped
        res.files_failed += r.files_failed
    return finish_read(res, batch)


# ---------------------------------------------------------------------------------- stage
def extract_graph(case, messages: Sequence, *, profile=DEFAULT_PROFILE, model: str | None = None, workers: int = 1,
                  client=None, progress: bool = False, force: bool = False, custodian: str = "auto",
                  clock: StageClock | None = None):
    """Extraction for ``case``: returns (graph, fingerprint, skipped). ``skipped`` is True when
    nothing changed since the last extraction (the saved graph is returned, a networkx graph); else the
    graph is a new `giftgraph.graph.ondisk.GraphOnDisk` (never whole in memory; ``to_networkx()``). The
    caller saves a new graph (``case.save_graph``), then calls ``mark_extracted(case, fingerprint)``. ``clock`` times the stages
    ("fingerprint", "entities", "resolution", "relations", "graph")."""
    from giftgraph.graph.build import build_graph_on_disk
    from giftgraph.graph.ondisk import GraphOnDisk
    from giftgraph.ingest.message import share_addresses, share_ids, spill_bodies
    from giftgraph.nlp.analysis import AnalysisCache, CachedAnalyses, analyse_messages, profile_fingerprint
    from giftgraph.nlp.extract import extract

    stage = clock.stage if clock is not None else _no_stage
    with stage("fingerprint", messages=len(messages)):
        # the order of the saved case (messages.jsonl): a first run, a resumed run and a Dask run whose
        # files came back in another order all resolve names in the same order, so give the same graph
        messages = sorted(messages, key=lambda m: (m.sent or "~", m.id))
        fp = extraction_fingerprint(messages, profile, model, custodian)
        done = case.path / EXTRACTION_FILE
        unchanged = False
        if not force and done.exists() and case.graph_path.exists():
            try:
                unchanged = json.loads(done.read_text(encoding="utf-8")).get("fingerprint") == fp
            except (OSError, ValueError):
                pass
    if unchanged:
        try:
            with stage("load graph"):
                return case.load_graph(), fp, True
        except GiftgraphError:  # a damaged graph.json (CaseError) is extracted again
            pass
    share_addresses(messages)  # read, never changed, from here on: one object per distinct header address
    share_ids(messages)  # and one string per message id the threads name
    spill_bodies(messages)  # the bodies on disk (and the fields read once or never), read back as extraction asks
    cache = AnalysisCache(case.path / ANALYSES_FILE, profile_fingerprint(profile, model))
    try:
        with stage("entities", workers=max(1, workers) if client is None else "dask") as row:
            compute = dask_analyse(client, profile, model) if client is not None else None
            # into the cache only: the stages below read each message's analysis from it as they need it
            analyse_messages(messages, profile=profile, model=model, cache=cache, n_process=max(1, workers),
                             compute=compute, progress=progress, stats=row, keep=False)
            analyses = CachedAnalyses(messages, cache)
        # the messages, the pipeline and the modules stay to the end: out of the cyclic collector's way, so
        # the many short-lived objects of the stages below (analyses decoded per message, sentences) do
        # not make it walk them again and again
        facts = None
        if client is not None:  # the per-message part of resolution and relations, on the cluster
            with stage("message facts", workers="dask") as row:
                facts = dask_facts(client, messages, analyses, profile, stats=row)
        # the graph, on disk: resolution's edges go there as they are made, the rest when relations ends
        G = GraphOnDisk()
        gc.freeze()
        try:
            extraction = extract(messages, profile=profile, model=model, progress=progress, analyses=analyses,
                                 custodian=custodian, stage=_collector_paused_in(stage, "resolution"), facts=facts,
                                 scan_sentences=dask_sentences(client, profile) if client is not None
                                 else pooled_sentences(workers), beside=None if client is not None else forked(workers),
                                 resolution_edges=lambda e: G.add_edge(e, ends_later=True))
        finally:
            gc.unfreeze()
        del facts
        del analyses
    finally:
        cache.close()
    with stage("graph"):
        # the graph is built from the nodes and edges alone: free resolution's clusters, look-up tables
        # and mentions first (hundreds of MB on a release the size of the Enron inbox)
        extraction.index = None
        gc.collect()  # what of them only cycles hold (the resolver's, the relation context's) is freed now, not later
        # on disk, each node and edge object freed once written: the graph is never whole in memory
        build_graph_on_disk(messages, extraction, consume=True, into=G)
        del extraction
    return G, fp, False


def mark_extracted(case, fingerprint: str) -> None:
    """Record that ``case``'s saved graph is the extraction of messages with this fingerprint."""
    from giftgraph.graph.store import atomic_write_text

    atomic_write_text(case.path / EXTRACTION_FILE, json.dumps({"fingerprint": fingerprint}))
