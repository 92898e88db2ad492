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
3. **Resolution and relations** run on the merged analyses in this process (they need the whole
   release), then the graph is built.

``read_sharded(paths, client, ...)`` reads a release on a Dask cluster, one task per file, and
merges the results as ``giftgraph.ingest.read_paths`` does (one display name per person,
duplicates merged). Workers must see the same paths (a shared file system) and have the same
giftgraph, profile and spaCy model installed.

    from dask.distributed import Client
    client = get_client("tcp://scheduler:8786")      # or get_client(None): a LocalCluster
    G, fingerprint, skipped = extract_graph(Case("exports/case"), messages, client=client)
"""
from __future__ import annotations

import hashlib
import json
from typing import Callable, Sequence

from giftgraph.errors import GiftgraphError
from giftgraph.nlp.profile import DEFAULT_PROFILE, DEFAULT_TIMEZONE

__all__ = ["EXTRACTION_FILE", "ANALYSES_FILE", "extraction_fingerprint", "extract_graph", "read_sharded",
           "get_client", "dask_analyse", "mark_extracted"]

EXTRACTION_FILE = "extraction.json"
ANALYSES_FILE = "analyses.sqlite"
CHUNK = 200  # texts per Dask task

def extraction_fingerprint(messages: Sequence, profile, model: str | None, custodian: str = "auto") -> str:
    """Content hash of what the case graph is made from: the messages, the profile, the model, the
    custodian setting and the giftgraph version (``giftgraph ingest --extract-only`` rebuilds regardless)."""
    from giftgraph import __version__
    from giftgraph.nlp.analysis import profile_fingerprint

    h = hashlib.sha256(f"{__version__}|{profile_fingerprint(profile, model)}|{custodian}".encode())
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
    prof_arg = str(profile) if not hasattr(profile, "path") else str(profile.path)

    def compute(texts: list[str]):
        futures = [client.submit(_analyse_chunk, texts[i:i + chunk], prof_arg, model, pure=False)
                   for i in range(0, len(texts), chunk)]
        for fut in futures:
            yield from fut.result()
            fut.release()

    return compute


def _read_one(path: str, timezone: str, ocr: bool, known: dict | None, limits=None):
    from giftgraph.ingest import read_paths

    return read_paths([path], timezone=timezone, ocr=ocr, strict=False, progress=False, known=known,
                      log=lambda s: None, limits=limits)


def read_sharded(paths, client, *, timezone: str = DEFAULT_TIMEZONE, ocr: bool = False, strict: bool = False,
                 known: dict | None = None, progress: bool = False, limits=None):
    """`read_paths` with one Dask task per file; the same `ReadResult` as a local read."""
    from giftgraph.ingest import (
        IngestError,
        ReadResult,
        finish_read,
        iter_files,
        known_entry,
        known_index,
        manifest_key,
    )
    from giftgraph.ingest.dates import get_zone

    get_zone(timezone)
    files, keys = [], set()
    for f in iter_files(paths):  # each file once, however it is named (see ingest.manifest_key)
        if manifest_key(f) not in keys:
            keys.add(manifest_key(f))
            files.append(str(f))
    index = known_index(known)
    futures = [client.submit(_read_one, f, timezone, ocr, dict([e]) if (e := known_entry(known, f, index)) else None, limits,
                             pure=False)
               for f in files]
    res = ReadResult()
    batch = []
    for _f, fut in zip(files, futures):
        r = fut.result()
        fut.release()
        if strict and r.problems:
            name, text = r.problems[0]
            raise IngestError(f"{name}: {text}")
        batch.extend(r.messages)
        res.files.update(r.files)
        res.formats.update(r.formats)
        res.problems.extend(r.problems)
        res.files_read += r.files_read
        res.files_skipped += r.files_skipped
        res.files_failed += r.files_failed
    return finish_read(res, batch)


# ---------------------------------------------------------------------------------- stage
def extract_graph(case, messages: Sequence, *, profile=DEFAULT_PROFILE, model: str | None = None, workers: int = 1,
                  client=None, progress: bool = False, force: bool = False, custodian: str = "auto"):
    """Extraction for ``case``: returns (graph, fingerprint, skipped). ``skipped`` is True when
    nothing changed since the last extraction (the saved graph is returned). The caller saves a new
    graph, then calls ``mark_extracted(case, fingerprint)``."""
    from giftgraph.graph.build import build_graph
    from giftgraph.nlp.analysis import AnalysisCache, analyse_messages, profile_fingerprint
    from giftgraph.nlp.extract import extract

    # the order of the saved case (messages.jsonl): a first run, a resumed run and a Dask run whose
    # files came back in another order all resolve names in the same order, so give the same graph
    messages = sorted(messages, key=lambda m: (m.sent or "~", m.id))
    fp = extraction_fingerprint(messages, profile, model, custodian)
    done = case.path / EXTRACTION_FILE
    if not force and done.exists() and case.graph_path.exists():
        try:
            if json.loads(done.read_text(encoding="utf-8")).get("fingerprint") == fp:
                return case.load_graph(), fp, True
        except (OSError, ValueError, GiftgraphError):  # a damaged graph.json (CaseError) is extracted again
            pass
    cache = AnalysisCache(case.path / ANALYSES_FILE, profile_fingerprint(profile, model))
    try:
        compute = dask_analyse(client, profile, model) if client is not None else None
        analyses = analyse_messages(messages, profile=profile, model=model, cache=cache, n_process=max(1, workers),
                                    compute=compute, progress=progress)
    finally:
        cache.close()
    extraction = extract(messages, profile=profile, model=model, progress=progress, analyses=analyses,
                         custodian=custodian)
    del analyses
    # the graph is built from the nodes and edges alone: free resolution's clusters, look-up tables
    # and mentions first (hundreds of MB on a release the size of the Enron inbox)
    extraction.index = None
    return build_graph(messages, extraction), fp, False


def mark_extracted(case, fingerprint: str) -> None:
    """Record that ``case``'s saved graph is the extraction of messages with this fingerprint."""
    from giftgraph.graph.store import atomic_write_text

    atomic_write_text(case.path / EXTRACTION_FILE, json.dumps({"fingerprint": fingerprint}))
