#!/usr/bin/env python3
"""Scaling on one machine: nested subsets of the Enron inbox, one and two workers, stage by stage.

The subsets are the first mbox files of ``../shared/corpus/enron-inbox`` (sorted by name) up to
~1k, ~4k, ~8k, ~16k messages and the whole inbox (987 / 4,029 / 8,021 / 16,000 / 36,002 messages in
the mbox files), each one containing the smaller ones. For each subset and each ``--workers`` value,
``giftgraph ingest --json`` runs on a new case in a child process, then (``--reextract``, default)
``ingest --extract-only`` on that case (the spaCy analyses are cached: resolution, relations and
the graph again). Printed per run: wall, CPU and peak RSS of each stage (the ``stages`` rows of
``ingest --json``), the CPU of each resolution step (each merge pass, text look-ups, signatures,
timed in the child by wrapping them), the run's peak RSS and the summed PSS of the spaCy workers.
Then the log-log slope of reading and of every resolution step between the smallest subset of at
least 4,000 messages and the largest one run (``slope <= 1.1``: no faster than linear), and, when
both were run, the speed-up of 2 workers over 1 on the spaCy pass.

    .venv/bin/python benchmarks/scale.py --subsets 1k,4k --workers 1,2        # a few minutes
    nice .venv/bin/python benchmarks/scale.py --subsets 4k,8k,16k,all --workers 2 --json out.json
    .venv/bin/python benchmarks/scale.py --report small.json out.json      # slopes over both runs
    # re-extraction memory at several sizes from one spaCy pass: each case reads its messages
    # (--skip-extract), takes a copy of CASE's analyses.sqlite, then runs --extract-only (again, and
    # that is the run reported, when the first had to analyse texts the seed did not hold)
    nice .venv/bin/python benchmarks/scale.py --subsets 4k,8k,all --workers 2 --seed-cache /tmp/all-w2

Skips cleanly (exit 0) without ../shared/corpus/enron-inbox. The machine's load average is printed
with each run: on a shared machine wall times are noisy, CPU seconds much less so.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "enron-inbox"
TARGETS = {"1k": 987, "4k": 4000, "8k": 8000, "16k": 16000, "all": None}


# ------------------------------------------------------------------------------ child
def _install_step_timers(steps: dict) -> None:
    """Accumulate the CPU seconds of each resolution step in ``steps`` (name -> [seconds, calls])."""
    from giftgraph.nlp import extract as ex
    from giftgraph.nlp import resolve as rs

    def timed(owner, attr, name_of):
        real = getattr(owner, attr)

        def wrapper(*a, **kw):
            t = time.process_time()
            try:
                return real(*a, **kw)
            finally:
                row = steps[name_of(a)]
                row[0] += time.process_time() - t
                row[1] += 1
        setattr(owner, attr, wrapper)

    for attr in dir(rs.Resolver):  # the merge passes (the lambdas of resolve.PASSES call these)
        if attr.startswith("merge_") and attr != "merge_headers":
            timed(rs.Resolver, attr, lambda a, attr=attr: "pass " + attr[len("merge_"):])
    timed(rs.Resolver, "add_message", lambda a: "headers (add_message)")
    timed(rs.Resolver, "add_signature", lambda a: "signatures (add_signature)")
    timed(ex, "classify_signature", lambda a: "signatures (classify)")
    timed(rs.Resolver, "find_person", lambda a: "text look-ups (find_person)")
    timed(rs.Resolver, "_name_fits", lambda a: "name checks (_name_fits)")
    # what the resolution and relations stages spend besides the merge passes and look-ups
    from giftgraph.nlp import analysis as an
    from giftgraph.nlp import relations as rel
    from giftgraph.nlp.relations import context as rc

    timed(rs.Resolver, "context_keys", lambda a: "thread people (context_keys)")
    real_decode = an.Analysis.from_json.__func__
    timed_decode = {}

    def decode(cls, text, data):
        t = time.process_time()
        try:
            return real_decode(cls, text, data)
        finally:
            row = timed_decode.setdefault("row", steps["analyses decoded (Analysis.from_json)"])
            row[0] += time.process_time() - t
            row[1] += 1
    an.Analysis.from_json = classmethod(decode)
    timed(rc.ThreadContext, "__init__", lambda a: "relations: context (ThreadContext)")
    timed(rc.SentenceScanner, "scan", lambda a: "relations: sentences cut (SentenceScanner.scan)")
    for fam in ("extract_gifts", "extract_referrals", "extract_promoted"):
        timed(rel, fam, lambda a, fam=fam: "relations: family " + fam[len("extract_"):])


def child(args: list[str]) -> int:
    """Run ``giftgraph ingest ARGS --json`` in this process and print its stages and steps."""
    import contextlib
    import io

    from giftgraph.cli import cli

    steps: dict = defaultdict(lambda: [0.0, 0])
    _install_step_timers(steps)
    out = io.StringIO()
    t = time.perf_counter()
    with contextlib.redirect_stdout(out):
        try:
            cli.main(["ingest", *args, "--json"], standalone_mode=False)
        except SystemExit:
            pass
    wall = time.perf_counter() - t
    report = json.loads(out.getvalue() or "{}")
    case = Path(args[args.index("--case") + 1]) if "--case" in args else None
    ru = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    print("BENCH " + json.dumps({
        "wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime + kids.ru_utime + kids.ru_stime,
        "peak_rss_mb": ru.ru_maxrss / 1024, "stages": report.get("stages", []),
        "messages": report.get("messages_total"), "nodes": report.get("nodes"), "edges": report.get("edges"),
        "graph_sha256": graph_hash(case / "graph.json") if case is not None and "--skip-extract" not in args else None,
        "steps": {k: {"cpu_s": round(v[0], 3), "calls": v[1]} for k, v in sorted(steps.items())}}), flush=True)
    return 0


def _file_names(x):
    """Provenance ``file`` values cut to the file's name: each run reads the subset through a new
    temporary directory of links."""
    if isinstance(x, dict):
        return {k: (Path(v).name if k == "file" and isinstance(v, str) else _file_names(v)) for k, v in x.items()}
    if isinstance(x, list):
        return [_file_names(v) for v in x]
    return x


def graph_hash(path: Path) -> str | None:
    """SHA-256 of the saved node-link graph, nodes sorted by id and links by their JSON (the order
    of either list means nothing) and source files by name, so two runs that made the same graph
    from the same files give the same hash."""
    if not path.exists():
        return None
    data = _file_names(json.loads(path.read_text(encoding="utf-8")))
    data["nodes"] = sorted(data.get("nodes", []), key=lambda n: json.dumps(n, sort_keys=True))
    key = "edges" if "edges" in data else "links"
    data[key] = sorted(data.get(key, []), key=lambda e: json.dumps(e, sort_keys=True))
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def run_child(args: list[str]) -> dict:
    cmd = [sys.executable, __file__, "--child", "--", *args]
    r = subprocess.run(cmd, capture_output=True, text=True)
    for line in r.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise RuntimeError(f"ingest failed ({r.returncode}): {r.stderr[-2000:]}")


# ------------------------------------------------------------------------------ subsets
def mbox_files() -> list[tuple[Path, int]]:
    out = []
    for f in sorted(SHARED.glob("*.inbox")):
        with open(f, "rb") as fh:
            out.append((f, sum(1 for line in fh if line.startswith(b"From "))))
    return out


def subset(files: list[tuple[Path, int]], target: int | None) -> list[Path]:
    """The first files whose messages add up to at least ``target`` (all files for None)."""
    chosen, total = [], 0
    for f, n in files:
        if target is not None and total >= target:
            break
        chosen.append(f)
        total += n
    return chosen


# ------------------------------------------------------------------------------ report
def _analysed(r: dict) -> int:
    """How many texts a run's entities stage analysed (0: every analysis was in the cache)."""
    return sum(int(s.get("analysed") or 0) for s in r["stages"] if s["stage"] == "entities")


def stage_line(r: dict) -> str:
    s = f"{r['stage']:>14}: {r['wall_s']:8.1f} s wall {r['cpu_s']:8.1f} s CPU  peak {r['peak_rss_mb']:7,.0f} MB"
    if r.get("workers_rss_mb"):
        s += f"  workers PSS {r['workers_rss_mb']:7,.0f} MB"
    return s


def slope(x1: float, y1: float, x2: float, y2: float) -> float | None:
    if min(x1, x2, y1, y2) <= 0 or x1 == x2:
        return None
    return math.log(y2 / y1) / math.log(x2 / x1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--subsets", default="1k,4k", help="comma-separated: " + ",".join(TARGETS))
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--no-reextract", dest="reextract", action="store_false",
                    help="skip the --extract-only run on each case")
    ap.add_argument("--json", dest="json_out", default=None, help="also write every figure to this file")
    ap.add_argument("--keep", default=None, help="keep the cases under this directory")
    ap.add_argument("--seed-cache", default=None, metavar="CASE",
                    help="no spaCy pass: read each subset with --skip-extract, copy CASE's analyses.sqlite (a case "
                         "made from a larger subset) into it, then run only the re-extraction")
    ap.add_argument("--report", nargs="+", default=None, metavar="JSON",
                    help="print the comparisons and slopes of runs saved with --json (several runs together)")
    a, rest = ap.parse_known_args()
    if a.child:
        return child([x for x in rest if x != "--"])
    if a.report:
        report([r for f in a.report for r in json.loads(Path(f).read_text())])
        return 0
    if not SHARED.is_dir():
        print(f"skipped: no corpus at {SHARED}")
        return 0
    files = mbox_files()
    workers = [int(w) for w in a.workers.split(",")]
    results = []
    base = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="giftgraph-scale-"))
    print(f"machine: {os.cpu_count()} cores; cases under {base}")
    for name in a.subsets.split(","):
        paths = subset(files, TARGETS[name])
        n_mbox = sum(n for f, n in files if f in paths)
        with tempfile.TemporaryDirectory(prefix="enron-") as d:
            for p in paths:
                os.symlink(p, Path(d) / p.name)
            for w in workers:
                case = base / f"{name}-w{w}"
                runs = [("first ingest", [d, "--case", str(case), "--timezone", "America/Chicago", "-s",
                                          "--workers", str(w)])]
                if a.seed_cache:
                    runs = [("read only", [d, "--case", str(case), "--timezone", "America/Chicago", "-s",
                                           "--skip-extract"])]
                if a.reextract:
                    runs.append(("re-extraction", ["--extract-only", "--case", str(case), "--timezone",
                                                   "America/Chicago", "-s", "--workers", str(w)]))
                for kind, args in runs:
                    if kind == "re-extraction" and a.seed_cache:
                        shutil.copyfile(Path(a.seed_cache) / "analyses.sqlite", case / "analyses.sqlite")
                    load = os.getloadavg()[0]
                    r = run_child(args)
                    filled = _analysed(r) if kind == "re-extraction" and a.seed_cache else 0
                    if filled:
                        # the seed holds no analysis of a few of this subset's texts (for a few messages the larger
                        # subset keeps another copy's body): this run analysed them, so it loaded the spaCy pipeline,
                        # which a re-extraction on cached analyses never loads. Measured again, on the completed cache
                        load = os.getloadavg()[0]
                        r = run_child(args)
                    r.update(subset=name, files=len(paths), mbox_messages=n_mbox, workers=w, kind=kind,
                             load_before=load, load_after=os.getloadavg()[0], seed_filled=filled)
                    results.append(r)
                    print(f"\n{name} ({len(paths)} files, {n_mbox:,} messages in the mbox files, {r['messages']:,} read), "
                          f"workers={w}, {kind}{f' (measured again: {filled:,} texts were not in the seed)' if filled else ''}: "
                          f"{r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU, peak RSS "
                          f"{r['peak_rss_mb']:,.0f} MB; graph {r['nodes'] or 0:,} nodes, {r['edges'] or 0:,} edges "
                          f"(sha256 {(r.get('graph_sha256') or '-')[:12]}); "
                          f"load {load:.1f} -> {r['load_after']:.1f}")
                    for s in r["stages"]:
                        print("   " + stage_line(s))
                    for k, v in r["steps"].items():
                        if v["cpu_s"] >= 0.05:
                            print(f"   {'':>14}  {k}: {v['cpu_s']:.2f} s CPU ({v['calls']:,} calls)")
            sys.stdout.flush()
    report(results)
    if a.json_out:
        Path(a.json_out).write_text(json.dumps(results, indent=1))
    return 0


def report(results: list[dict]) -> None:
    def stage(r, name, key="cpu_s"):
        return sum(s[key] for s in r["stages"] if s["stage"] == name)

    firsts = [r for r in results if r["kind"] == "first ingest"]
    # end to end, with what the machine was doing (CPU seconds over wall: the cores this run had)
    for r in firsts:
        target = "  (target for the whole inbox: <= 480 s)" if r["subset"] == "all" else ""
        print(f"\n{r['subset']}, workers={r['workers']}: end to end {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU "
              f"({r['cpu_s'] / r['wall_s'] if r['wall_s'] else 0:.2f} cores busy), load {r['load_before']:.1f} -> "
              f"{r['load_after']:.1f}; spaCy pass {stage(r, 'entities', 'wall_s'):.1f} s wall, "
              f"{stage(r, 'entities'):.1f} s CPU{target}")
    # 2 workers against 1 on the spaCy pass, per subset
    for name in dict.fromkeys(r["subset"] for r in firsts):
        by_w = {r["workers"]: r for r in firsts if r["subset"] == name}
        if 1 in by_w and 2 in by_w:
            w1, w2 = stage(by_w[1], "entities", "wall_s"), stage(by_w[2], "entities", "wall_s")
            same = (by_w[1]["nodes"], by_w[1]["edges"]) == (by_w[2]["nodes"], by_w[2]["edges"])
            print(f"\n{name}: spaCy pass 1 worker {w1:.1f} s, 2 workers {w2:.1f} s wall: "
                  f"{w1 / w2 if w2 else float('nan'):.2f}x (CPU {stage(by_w[1], 'entities'):.1f} / "
                  f"{stage(by_w[2], 'entities'):.1f} s); same node and edge counts: {same}")
    # slopes from the smallest subset of >= 4,000 messages to the largest, per worker count and run kind
    for kind in ("first ingest", "re-extraction"):
        for w in sorted({r["workers"] for r in results}):
            rs = sorted((r for r in results if r["kind"] == kind and r["workers"] == w and r["messages"] >= 4000),
                        key=lambda r: r["messages"])
            if len(rs) < 2:
                continue
            lo, hi = rs[0], rs[-1]
            print(f"\nlog-log slopes, {kind}, workers={w}, {lo['messages']:,} -> {hi['messages']:,} messages "
                  f"(CPU seconds; <= 1.1 is the target):")
            names = [s["stage"] for s in hi["stages"]]
            for st in dict.fromkeys(names):
                sl = slope(lo["messages"], stage(lo, st), hi["messages"], stage(hi, st))
                if sl is not None and stage(hi, st) >= 0.5:
                    print(f"   stage {st:<32} {stage(lo, st):8.1f} -> {stage(hi, st):8.1f} s  slope {sl:5.2f}")
            for k in hi["steps"]:
                a_, b_ = lo["steps"].get(k, {}).get("cpu_s", 0), hi["steps"][k]["cpu_s"]
                sl = slope(lo["messages"], a_, hi["messages"], b_)
                if sl is not None and b_ >= 0.5:
                    print(f"   step  {k:<32} {a_:8.1f} -> {b_:8.1f} s  slope {sl:5.2f}")
            pk = [(r["messages"], r["peak_rss_mb"]) for r in rs]
            print("   peak RSS: " + ", ".join(f"{n:,} msgs {m:,.0f} MB" for n, m in pk))


if __name__ == "__main__":
    sys.exit(main())
