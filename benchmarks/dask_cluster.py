#!/usr/bin/env python3
"""How an ingest divides on a Dask cluster: a LocalCluster run beside the local path, stage by stage.

For each corpus (an Enron subset of ~``--enron`` messages, nested as in ``benchmarks/scale.py``,
and/or ``fauci-dev``):

1. the local path: ``giftgraph ingest --workers W --json`` on a new case in a child process (wall,
   its stage rows);
2. the Dask path: a ``LocalCluster`` of W single-threaded worker processes is started here, then
   ``run_ingest(..., executor="dask", scheduler=<its address>)`` runs in this process (the client),
   inside dask.distributed's ``get_task_stream``. Printed: tasks per stage (by task function:
   ``_read_one`` one file, ``_analyse_chunk`` spaCy over 200 texts, ``_facts_chunk`` the
   per-message part of resolution and relations over 200 messages, ``_sentences_chunk`` the
   relations stage's sentence scan of up to 50 relevant messages), tasks and busy (compute)
   seconds per worker, bytes sent with the tasks (``dask.sizeof`` of their arguments, counted at
   ``Client.submit``) and bytes of their results (the task stream's ``nbytes``), the workers'
   memory at the end (scheduler metrics), the client's wall and CPU seconds per stage (the
   ``stages`` rows: the client waits on the cluster in ``read``, ``entities`` and ``message
   facts``, works alone in ``resolution`` and ``graph``, and both in ``relations``), and the wall
   against the local path;
3. whether both cases hold the same graph (node-link JSON, byte for byte).

    .venv/bin/python benchmarks/dask_cluster.py --enron 4000               # ~4k Enron messages
    .venv/bin/python benchmarks/dask_cluster.py --fauci --no-enron
    .venv/bin/python benchmarks/dask_cluster.py --enron 1000 --json out.json

Skips cleanly (exit 0) without ../shared/corpus and without dask.distributed (the ``dask`` extra).
Cases go to a temporary directory under /tmp (``dask-bench-*``), removed at the end (``--keep`` to
keep them). On a shared machine wall times follow the neighbours' load: the load average is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
STAGE_OF_TASK = {"read_one": "read", "analyse_chunk": "entities", "facts_chunk": "message facts",
                 "sentences_chunk": "relations"}  # dask.utils.key_split drops the leading _


def _mb(n: float) -> str:
    return f"{n / 2**20:,.1f} MB"


def local_run(paths: list[str], case: Path, tz: str, workers: int) -> dict:
    """``giftgraph ingest --json`` in a child process: wall seconds and the report."""
    cmd = [sys.executable, "-c", "from giftgraph.cli import cli; cli()", "ingest", *paths, "--case", str(case),
           "--timezone", tz, "-s", "--workers", str(workers), "--json"]
    t = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        raise RuntimeError(f"local ingest failed ({r.returncode}): {r.stderr[-2000:]}")
    return {"wall_s": wall, "report": json.loads(r.stdout)}


def dask_run(paths: list[str], case: Path, tz: str, workers: int) -> dict:
    """The Dask path on a new LocalCluster, in this process, with the task stream recorded."""
    import distributed
    from dask.sizeof import sizeof
    from dask.utils import key_split
    from distributed import Client, LocalCluster, get_task_stream

    from giftgraph.graph.store import Case
    from giftgraph.pipeline import run_ingest

    sent: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # task function -> [tasks, bytes of arguments]
    real_submit = distributed.Client.submit

    def counting_submit(self, func, *args, **kwargs):
        row = sent[getattr(func, "__name__", str(func)).lstrip("_")]
        row[0] += 1
        row[1] += sizeof(args)
        return real_submit(self, func, *args, **kwargs)

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        started = time.perf_counter() - t0
        client.get_task_stream()  # the scheduler's task-stream plugin exists before the first task (dask#9253)
        distributed.Client.submit = counting_submit  # type: ignore[method-assign]
        try:
            with get_task_stream(client) as ts:
                t = time.perf_counter()
                report = run_ingest(paths, Case(case), timezone=tz, executor="dask", scheduler=cluster.scheduler_address,
                                    workers=workers, progress=False, log=lambda s: None)
                wall = time.perf_counter() - t
        finally:
            distributed.Client.submit = real_submit  # type: ignore[method-assign]
        info = client.scheduler_info()["workers"]
        memory = {addr: w["metrics"]["memory"] for addr, w in info.items()}
        outgoing = client.run(lambda dask_worker: dask_worker.transfer_outgoing_bytes_total)
    names = {addr: f"worker {i + 1}" for i, addr in enumerate(sorted(memory))}
    tasks = []
    for rec in ts.data:
        busy = sum(s["stop"] - s["start"] for s in rec["startstops"] if s["action"] == "compute")
        first = min(s["start"] for s in rec["startstops"])
        last = max(s["stop"] for s in rec["startstops"])
        tasks.append({"func": key_split(rec["key"]), "worker": names.get(rec["worker"], rec["worker"]),
                      "busy_s": busy, "nbytes": rec.get("nbytes", 0), "start": first, "stop": last,
                      "status": rec.get("status")})
    return {"wall_s": wall, "cluster_start_s": started, "report": report.to_dict(), "tasks": tasks,
            "sent": {k: {"tasks": v[0], "bytes": v[1]} for k, v in sent.items()},
            "worker_memory": {names[a]: m for a, m in memory.items()},
            "worker_outgoing_bytes": {names.get(a, a): b for a, b in outgoing.items()}}


def same_graph(a: Path, b: Path) -> bool:
    from giftgraph.graph.model import to_node_link
    from giftgraph.graph.store import Case

    dump = lambda p: json.dumps(to_node_link(Case(p).load_graph()), sort_keys=True)  # noqa: E731
    return dump(a) == dump(b)


def print_division(name: str, n_messages: int, local: dict, d: dict, same: bool) -> None:
    print(f"\n== {name}: {n_messages:,} messages; graph {d['report']['nodes']:,} nodes, {d['report']['edges']:,} edges")
    print(f"local path (--workers {d['workers']}, one machine): {local['wall_s']:.1f} s wall")
    print(f"dask path (LocalCluster, {d['workers']} worker processes x 1 thread): {d['wall_s']:.1f} s wall "
          f"= {d['wall_s'] / local['wall_s']:.2f}x the local path (+ {d['cluster_start_s']:.1f} s to start the cluster); "
          f"same graph: {'yes' if same else 'NO'}")
    by_func: dict[str, list[dict]] = defaultdict(list)
    for t in d["tasks"]:
        by_func[t["func"]].append(t)
    print("tasks per stage (function: tasks, busy s on the workers, span s first start -> last stop, "
          "bytes sent with the tasks, bytes of results):")
    for func, ts in sorted(by_func.items(), key=lambda kv: min(t["start"] for t in kv[1])):
        span = max(t["stop"] for t in ts) - min(t["start"] for t in ts)
        sent = d["sent"].get(func, {}).get("bytes", 0)
        print(f"   {STAGE_OF_TASK.get(func, func):>14} ({func}): {len(ts):4d} tasks, {sum(t['busy_s'] for t in ts):7.1f} s busy, "
              f"span {span:6.1f} s, sent {_mb(sent)}, results {_mb(sum(t['nbytes'] for t in ts))}")
    print("per worker (tasks by stage, busy s, share of the cluster's busy time, memory at the end):")
    total_busy = sum(t["busy_s"] for t in d["tasks"]) or 1.0
    for w in sorted({t["worker"] for t in d["tasks"]} | set(d["worker_memory"])):
        ts = [t for t in d["tasks"] if t["worker"] == w]
        counts = ", ".join(f"{STAGE_OF_TASK.get(f, f)} {sum(1 for t in ts if t['func'] == f)}"
                           for f in by_func if any(t["func"] == f for t in ts))
        busy = sum(t["busy_s"] for t in ts)
        print(f"   {w}: {len(ts):4d} tasks ({counts}), {busy:7.1f} s busy = {busy / total_busy:.0%}, "
              f"memory {_mb(d['worker_memory'].get(w, 0))}, sent to the client {_mb(d['worker_outgoing_bytes'].get(w, 0))}")
    print("client side, per stage (wall s / CPU s of this process; dask stages wait on the cluster) vs the local path:")
    lrows = {r["stage"]: r for r in local["report"]["stages"]}
    for r in d["report"]["stages"]:
        lr = lrows.get(r["stage"])
        other = f"   local {lr['wall_s']:7.1f} / {lr['cpu_s']:7.1f}" if lr else "   (no local stage)"
        print(f"   {r['stage']:>14}: {r['wall_s']:7.1f} / {r['cpu_s']:7.1f}{other}")
    cluster_stages = {STAGE_OF_TASK.get(f, f) for f in by_func}
    on_cluster = sum(r["wall_s"] for r in d["report"]["stages"] if r["stage"] in cluster_stages)
    alone = sum(r["wall_s"] for r in d["report"]["stages"] if r["stage"] not in cluster_stages)
    print(f"client wall in stages with tasks on the cluster {on_cluster:.1f} s, in stages the client runs alone "
          f"{alone:.1f} s ({alone / max(1e-9, on_cluster + alone):.0%}); cluster busy "
          f"{total_busy:.1f} s of {d['workers']} x {d['wall_s']:.1f} s wall = {total_busy / (d['workers'] * d['wall_s']):.0%}")
    sys.stdout.flush()


def enron_subset(target: int, into: Path) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import scale  # benchmarks/scale.py: the nested subsets

    into.mkdir(parents=True, exist_ok=True)
    for p in scale.subset(scale.mbox_files(), target):
        os.symlink(p, into / p.name)
    return [str(into)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--enron", type=int, default=4000, help="Enron subset of at least this many messages (mbox count)")
    ap.add_argument("--no-enron", dest="use_enron", action="store_false")
    ap.add_argument("--fauci", action="store_true", help="also the fauci-dev release")
    ap.add_argument("--workers", type=int, default=2, help="worker processes (local --workers and LocalCluster)")
    ap.add_argument("--json", dest="json_out", default=None, help="also write every figure to this file")
    ap.add_argument("--keep", action="store_true", help="keep the cases")
    a = ap.parse_args()
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("skipped: dask.distributed is not installed (pip install 'giftgraph[dask]')")
        return 0
    runs = []
    if a.use_enron and (CORPUS / "enron-inbox").is_dir():
        runs.append((f"enron-inbox, first files to {a.enron:,} messages", "enron", "America/Chicago"))
    if a.fauci and (CORPUS / "fauci-dev" / "release.txt").is_file():
        runs.append(("fauci-dev", str(CORPUS / "fauci-dev" / "release.txt"), "America/New_York"))
    if not runs:
        print(f"skipped: no corpora at {CORPUS}")
        return 0
    la = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {la[0]:.1f}/{la[1]:.1f}/{la[2]:.1f} (shared)")
    base = Path(tempfile.mkdtemp(prefix="dask-bench-", dir="/tmp"))
    out = []
    try:
        for name, src, tz in runs:
            paths = enron_subset(a.enron, base / "enron-in") if src == "enron" else [src]
            slug = name.split(",")[0]
            local = local_run(paths, base / f"{slug}-local", tz, a.workers)
            d = dask_run(paths, base / f"{slug}-dask", tz, a.workers)
            d["workers"] = a.workers
            same = same_graph(base / f"{slug}-local", base / f"{slug}-dask")
            print_division(name, d["report"]["messages_total"], local, d, same)
            out.append({"corpus": name, "local": local, "dask": d, "same_graph": same,
                        "load_after": os.getloadavg()[0]})
    finally:
        if not a.keep:
            shutil.rmtree(base, ignore_errors=True)
        else:
            print(f"cases kept under {base}")
    if a.json_out:
        Path(a.json_out).write_text(json.dumps(out, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
