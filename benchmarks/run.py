#!/usr/bin/env python3
"""The performance report: end-to-end throughput, raw spaCy NER, memory, re-runs, Dask, Neo4j, snapshot.

For each corpus (../shared/corpus/fauci-dev, ../shared/corpus/enron-inbox):

1. ``giftgraph ingest`` (read + extraction + graph) into a new case, in a child process: wall time,
   messages/s, tokens/s (tokens spaCy read) and the child's peak RSS;
2. the same command again on the unchanged release: its time as a ratio of the first run;
3. raw spaCy: the same model with only ``ner`` enabled, ``nlp.pipe`` over the same texts extraction
   feeds spaCy (each distinct message's own text, head and tail of huge ones), one process:
   messages/s and tokens/s, and the ratio pipeline / raw. Also the ratio for the extraction stage
   alone (the end-to-end time minus the reading time measured by ``--skip-extract``);
4. fauci-dev only: the Dask run (``--executor dask``, a LocalCluster of 2 worker processes):
   throughput and whether its graph is identical (node ids, edge keys, counts) to the local run's.

Then ``benchmarks/neo4j_push.py`` and ``benchmarks/snapshot_render.py`` (their figures are copied
into the report; each skips or fails on its own without stopping this one).

    .venv/bin/python benchmarks/run.py                 # everything (the whole Enron inbox: long)
    .venv/bin/python benchmarks/run.py --quick         # first 12 Enron mbox files, smaller push/snapshot
    .venv/bin/python benchmarks/run.py --enron-files 40 --workers 2 --skip neo4j,snapshot

Skips cleanly (exit 0) when ../shared/corpus is not there. Ratios are printed on wall clock and on
CPU seconds (on a shared machine the wall clock depends on the neighbours). To measure a fixed
version while others commit, run it from an export: ``git archive HEAD | tar -x -C /tmp/snap/giftgraph``
then ``PYTHONPATH=/tmp/snap .venv/bin/python /tmp/snap/giftgraph/benchmarks/run.py``.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
CORPORA = {
    "fauci-dev": ("fauci-dev/release.txt", "America/New_York"),
    "enron-inbox": ("enron-inbox", "America/Chicago"),
}


# ------------------------------------------------------------------------------ child mode
def child(args: list[str]) -> int:
    """Run ``giftgraph ingest ARGS`` in this process; print wall time and peak RSS as JSON."""
    from giftgraph.cli import cli

    t = time.perf_counter()
    try:
        cli.main(["ingest", *args], standalone_mode=False)
        rc = 0
    except SystemExit as exc:
        rc = exc.code or 0
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # n_process / LocalCluster workers
    cpu = sum(getattr(resource.getrusage(w), f) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    print("BENCH " + json.dumps({"seconds": wall, "cpu": cpu, "peak_mb": peak, "children_peak_mb": kids, "rc": rc}),
          flush=True)
    return 0


def run_ingest_child(paths: list[str], case: Path, extra: list[str]) -> dict:
    cmd = [PY, __file__, "--child", "--", *paths, "--case", str(case), "-s", *extra]
    r = subprocess.run(cmd, capture_output=True, text=True)
    for line in r.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise RuntimeError(f"ingest failed ({r.returncode}): {r.stderr[-2000:]}")


# ------------------------------------------------------------------------------ raw spaCy
def raw_spacy(case: Path, model: str | None) -> dict:
    """Raw ``nlp.pipe`` NER (only the ``ner`` component) over the texts extraction fed spaCy."""
    import spacy

    from giftgraph.graph.store import Case
    from giftgraph.nlp.analysis import own_text_of, spacy_pieces, text_key
    from giftgraph.nlp.components import DEFAULT_MODEL

    messages = Case(case).load_messages()
    seen, texts = set(), []
    for m in messages:
        t = own_text_of(m)
        k = text_key(t)
        if k not in seen:
            seen.add(k)
            texts.extend(p for _, p in spacy_pieces(t))
    name = model or DEFAULT_MODEL
    nlp = spacy.load(name)
    nlp = spacy.load(name, exclude=[p for p in nlp.pipe_names if p != "ner"])
    t, c = time.perf_counter(), time.process_time()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=64):
        tokens += len(doc)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    return {"messages": len(messages), "texts": len(seen), "tokens": tokens, "seconds": dt, "cpu": cpu,
            "msg_per_s": len(messages) / dt, "tok_per_s": tokens / dt}


def graph_signature(case: Path) -> dict:
    from giftgraph.graph.store import Case

    G = Case(case).load_graph()
    return {"nodes": sorted(G.nodes), "edges": sorted((u, v, k) for u, v, k in G.edges(keys=True)),
            "n_nodes": G.number_of_nodes(), "n_edges": G.number_of_edges()}


# ------------------------------------------------------------------------------ report
def machine() -> str:
    mem = ""
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except OSError:
        pass
    la = os.getloadavg()
    return (f"{platform.machine()}, {os.cpu_count()} cores, {mem}, Python {platform.python_version()}, "
            f"load average {la[0]:.1f}/{la[1]:.1f}/{la[2]:.1f} (shared machine)")


def bench_corpus(name: str, paths: list[str], tz: str, a, tmp: Path) -> None:
    extra = ["--timezone", tz, "--workers", str(a.workers)] + (["--model", a.model] if a.model else [])
    print(f"\n== {name}: {len(paths)} path(s), --workers {a.workers}", flush=True)
    read = run_ingest_child(paths, tmp / f"{name}-read", extra + ["--skip-extract"])
    case = tmp / name
    first = run_ingest_child(paths, case, extra)
    # the stage after spaCy alone: extraction again from the analyses the first run cached
    post = run_ingest_child([], case, extra + ["--extract-only"]) if "post" not in a.skip else None
    again = run_ingest_child(paths, case, extra)
    raw = raw_spacy(case, a.model)
    n, tok = raw["messages"], raw["tokens"]
    e2e_mps, e2e_tps = n / first["seconds"], tok / first["seconds"]
    ext_s = max(1e-6, first["seconds"] - read["seconds"])
    sig = graph_signature(case)
    print(f"messages {n:,} ({raw['texts']:,} distinct own texts, {tok:,} spaCy tokens); graph {sig['n_nodes']:,} nodes, "
          f"{sig['n_edges']:,} edges")
    print(f"end to end (read + extract + graph): {first['seconds']:.1f} s = {e2e_mps:,.1f} msg/s, {e2e_tps:,.0f} tok/s; "
          f"peak RSS {max(first['peak_mb'], first['children_peak_mb']):,.0f} MB")
    print(f"  of which reading: {read['seconds']:.1f} s; extraction + graph: {ext_s:.1f} s = {n / ext_s:,.1f} msg/s")
    if post:
        spacy_s = max(0.0, ext_s - post["seconds"])
        print(f"  stages: reading {read['seconds']:.1f} s (CPU {read['cpu']:.1f}); spaCy entity pass ~{spacy_s:.1f} s "
              f"(CPU ~{max(0.0, first['cpu'] - read['cpu'] - post['cpu']):.1f}); resolution + relations + graph "
              f"(--extract-only on the cached analyses) {post['seconds']:.1f} s = {n / post['seconds']:,.1f} msg/s "
              f"(CPU {post['cpu']:.1f}, peak RSS {post['peak_mb']:,.0f} MB)")
    print(f"raw spaCy NER (nlp.pipe, ner only, 1 process): {raw['seconds']:.1f} s = {raw['msg_per_s']:,.1f} msg/s, "
          f"{raw['tok_per_s']:,.0f} tok/s")
    print(f"ratio pipeline / raw spaCy (wall clock): end to end {e2e_mps / raw['msg_per_s']:.2f}; extraction stage "
          f"{(n / ext_s) / raw['msg_per_s']:.2f}")
    # on a shared machine wall clock depends on the neighbours; CPU seconds much less
    print(f"CPU seconds: end to end {first['cpu']:.1f} (reading {read['cpu']:.1f}), raw spaCy NER {raw['cpu']:.1f}; "
          f"ratio pipeline / raw spaCy (CPU): end to end {raw['cpu'] / first['cpu']:.2f}; extraction stage "
          f"{raw['cpu'] / max(1e-6, first['cpu'] - read['cpu']):.2f}")
    print(f"re-run on the unchanged release: {again['seconds']:.1f} s = {again['seconds'] / first['seconds']:.1%} of the first run "
          f"(CPU {again['cpu']:.1f} s = {again['cpu'] / first['cpu']:.1%})")
    if name == "fauci-dev" and "dask" not in a.skip:
        dcase = tmp / f"{name}-dask"
        dextra = [x for x in extra if x not in ("--workers", str(a.workers))] + ["--executor", "dask", "--workers", "2"]
        d = run_ingest_child(paths, dcase, dextra)
        same = graph_signature(dcase) == sig  # (run from a frozen export: both runs use the same code)
        print(f"dask (LocalCluster, 2 worker processes): {d['seconds']:.1f} s = {n / d['seconds']:,.1f} msg/s "
              f"(local: {e2e_mps:,.1f} msg/s); same graph as the local run: {'yes' if same else 'NO'}")
    sys.stdout.flush()


def run_script(label: str, cmd: list[str]) -> None:
    print(f"\n== {label}: {' '.join(Path(c).name if i < 2 else c for i, c in enumerate(cmd))}", flush=True)
    r = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    out = (r.stdout.strip() or r.stderr.strip()[-800:]) or f"(no output, exit {r.returncode})"
    print(out if r.returncode == 0 else f"failed (exit {r.returncode}): {out}", flush=True)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child(sys.argv[3:] if sys.argv[2:3] == ["--"] else sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="first 12 Enron files; smaller Neo4j push and snapshot")
    ap.add_argument("--enron-files", type=int, default=None, help="use the first N Enron mbox files")
    ap.add_argument("--workers", type=int, default=1, help="giftgraph ingest --workers")
    ap.add_argument("--model", default=None)
    ap.add_argument("--corpora", default="fauci-dev,enron-inbox")
    ap.add_argument("--skip", default="", help="comma list of: dask, neo4j, snapshot, post (the --extract-only stage run)")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    a = ap.parse_args()
    a.skip = set(filter(None, a.skip.split(",")))
    base = Path(a.shared) / "corpus"
    if not base.is_dir():
        print(f"skipped: no corpora at {base}")
        return 0
    n_enron = a.enron_files or (12 if a.quick else None)
    print(f"machine: {machine()}")
    print(f"run: {'--quick ' if a.quick else ''}corpora {a.corpora}; enron files: {n_enron or 'all'}; workers {a.workers}")
    with tempfile.TemporaryDirectory(prefix="giftgraph-bench-") as tmp:
        for name in a.corpora.split(","):
            rel, tz = CORPORA[name]
            p = base / rel
            if not p.exists():
                print(f"\n== {name}: skipped (no {p})")
                continue
            paths = [str(p)]
            if name == "enron-inbox" and n_enron:
                files = sorted(f for f in p.rglob("*.inbox") if f.is_file()) or sorted(f for f in p.rglob("*") if f.is_file())
                paths = [str(f) for f in files[:n_enron]]
            bench_corpus(name, paths, tz, a, Path(tmp))
    if "neo4j" not in a.skip:
        run_script("Neo4j push", [PY, str(ROOT / "benchmarks" / "neo4j_push.py")]
                   + (["--relationships", "20000", "--sample", "500"] if a.quick else []))
    if "snapshot" not in a.skip:
        run_script("snapshot render", [PY, str(ROOT / "benchmarks" / "snapshot_render.py")]
                   + (["--runs", "1"] if a.quick else []))
    return 0


if __name__ == "__main__":
    sys.exit(main())
