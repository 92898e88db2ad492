#!/usr/bin/env python3
"""Cypher engines side by side: every named query (plus "messages per month") on the embedded
database (LadybugDB) and on Neo4j, on the same case, in one run.

Loads once, then times each query (one warm-up run, then the median of --runs runs) on both, checks
that both give the same rows, and prints a table. Also times the embedded load: a full build, an
incremental update by a last installment (the newest 10% of the messages and what they brought),
and an open of an up-to-date database.

The case: --case DIR (a giftgraph case). By default the fauci-dev release of ../shared is ingested
into a temporary case first (`giftgraph ingest release.txt --timezone America/New_York`, about
40 s); without ../shared and without --case the benchmark says so and exits 0.

Neo4j: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or, when NEO4J_URI is unset, a server started here with
neo4j/start.sh (and stopped at the end). The database is emptied first: never point this at data
you want to keep.

    .venv/bin/python benchmarks/cypher_engines.py [--case DIR] [--runs 5] [--synthetic 20000]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RELEASE = ROOT.parent / "shared" / "corpus" / "fauci-dev" / "release.txt"
MONTHS = "MATCH (m:Message) RETURN substring(m.sent, 0, 7) AS month, count(*) AS messages ORDER BY month"


def _timed(fn, runs: int):
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def _norm(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 6)
    if isinstance(v, list):
        return [_norm(x) for x in v]
    if isinstance(v, dict):
        return {k: _norm(x) for k, x in v.items()}
    return v


def _same(a, b) -> bool:
    if a.columns != b.columns:
        return False
    key = lambda r: json.dumps([_norm(r[c]) for c in a.columns], sort_keys=True)
    return sorted(map(key, a.rows)) == sorted(map(key, b.rows))


def _without(G, newest: set):
    """``G`` as it was before the installment that brought the ``newest`` messages: those messages,
    the evidence they gave (and links only they gave) and entities only they linked, left out."""
    H = G.copy()
    H.remove_nodes_from(newest)
    for u, v, k, d in list(H.edges(keys=True, data=True)):
        ev = [e for e in d.get("evidence") or [] if e.get("message") not in newest]
        if d.get("evidence") and not ev:
            H.remove_edge(u, v, k)
        elif len(ev) != len(d.get("evidence") or []):
            d["evidence"] = ev
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and G.degree(n) > 0])
    return H


def _query_table(db, driver, runs: int) -> None:
    from giftgraph.graph.cypher import named_queries, run_embedded, run_named, run_neo4j

    # a name for evidence-for: the busiest correspondent of this case (not a fixed name)
    top = run_named("top-correspondents", db=db, params={"limit": 1}).rows
    name = top[0]["sender"] if top else "nobody"
    params = {"evidence-for": {"name": name}}
    queries = [(n, None) for n in named_queries()] + [("messages per month", MONTHS)]
    print(f"\nmedian of {runs} runs after one warm-up; evidence-for --param name={name!r}\n")
    print(f"{'query':<22} {'rows':>6} {'embedded ms':>12} {'neo4j ms':>10} {'same rows':>10}")
    for qname, text in queries:
        if text is None:
            emb_s, emb = _timed(lambda: run_named(qname, db=db, params=params.get(qname)), runs)
            neo_s, neo = _timed(lambda: run_named(qname, driver=driver, params=params.get(qname)), runs)
        else:
            emb_s, emb = _timed(lambda: run_embedded(None, text, db=db), runs)
            neo_s, neo = _timed(lambda: run_neo4j(driver, text), runs)
        print(f"{qname:<22} {len(emb.rows):>6} {emb_s * 1000:>12.1f} {neo_s * 1000:>10.1f} "
              f"{'yes' if _same(emb, neo) else 'NO':>10}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", default=None, help="a giftgraph case directory (default: ingest fauci-dev from ../shared)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--synthetic", type=int, default=0, metavar="N",
                    help="also a generated graph of about N relationships (it has gifts, codes, endorsements)")
    args = ap.parse_args()

    from giftgraph.graph.embedded_db import DB_FILE, STATE_FILE, EmbeddedDB, sync_case_db
    from giftgraph.graph.neo4j_store import Neo4jWriter, clear_database, connect
    from giftgraph.graph.store import Case
    from giftgraph.graph.synthetic import generate_graph

    tmp = Path(tempfile.mkdtemp(prefix="gg-cypher-bench-"))
    started = False
    try:
        if args.case:
            case = Case(args.case).require()
        elif RELEASE.exists():
            case = Case(tmp / "fauci-dev")
            t = time.perf_counter()
            subprocess.run([str(Path(sys.executable).parent / "giftgraph"), "ingest", str(RELEASE), "--timezone",
                            "America/New_York", "--case", str(case.path)], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            print(f"ingested {RELEASE.parent.name} in {time.perf_counter() - t:.0f}s", file=sys.stderr)
        else:
            print(f"skipped: no --case and no {RELEASE} (the shared corpus is not here)")
            return 0
        G = case.load_graph()
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        print(f"case {case.path.name}: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} relationships")

        # -- embedded: load (full, incremental, up to date) -------------------------------------------
        work = Case(tmp / "embedded")
        work.path.mkdir(parents=True)
        shutil.copy(case.graph_path, work.graph_path)
        msgs = sorted((d.get("sent") or "", n) for n, d in G.nodes(data=True) if d.get("kind") == "message")
        newest = {n for _, n in msgs[int(len(msgs) * 0.9):]}
        before = _without(G, newest)
        work.save_graph(before)
        t = time.perf_counter()
        sync_case_db(work.path, before)
        full_s = time.perf_counter() - t
        work.save_graph(G)
        inc = sync_case_db(work.path, G)
        (work.path / DB_FILE).unlink()
        (work.path / STATE_FILE).unlink()
        t = time.perf_counter()
        rebuilt = sync_case_db(work.path, G)
        rebuild_s = time.perf_counter() - t
        t = time.perf_counter()
        unchanged = sync_case_db(work.path)
        db = EmbeddedDB(work.path / DB_FILE)
        open_s = time.perf_counter() - t
        print(f"embedded load: full build {rebuild_s:.2f}s ({rebuilt.nodes_written:,} nodes, "
              f"{rebuilt.relationships_written:,} relationships; without the last installment {full_s:.2f}s); "
              f"incremental update by the last installment ({len(newest)} messages: {inc.nodes_written:,} nodes, "
              f"{inc.relationships_written:,} relationships written, {inc.relationships_deleted:,} replaced) "
              f"{inc.seconds:.2f}s; open when up to date ({unchanged.mode}) {open_s * 1000:.0f}ms; "
              f"database file {(work.path / DB_FILE).stat().st_size / 1e6:.1f} MB")

        # -- Neo4j ------------------------------------------------------------------------------------
        env = {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD") if k in os.environ}
        if "NEO4J_URI" not in env:
            t = time.perf_counter()
            run_env = dict(os.environ, NEO4J_RUN_DIR=str(tmp / "neo4j-run"))
            out = subprocess.run([str(ROOT / "neo4j" / "start.sh")], capture_output=True, text=True, check=True,
                                 env=run_env).stdout
            env = dict(re.findall(r"(NEO4J_\w+)=(\S+)", out))
            started = True
            print(f"started Neo4j with neo4j/start.sh in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        driver = connect(env["NEO4J_URI"], env.get("NEO4J_USER", "neo4j"), env["NEO4J_PASSWORD"])
        try:
            clear_database(driver)
            t = time.perf_counter()
            Neo4jWriter(driver).push(G)
            print(f"neo4j load: push {time.perf_counter() - t:.2f}s")

            _query_table(db, driver, args.runs)
            if args.synthetic:
                S = generate_graph(args.synthetic, seed=11)
                syn = Case(tmp / "synthetic")
                syn.path.mkdir(parents=True)
                syn.save_graph(S)
                t = time.perf_counter()
                sync_case_db(syn.path, S)
                build_s = time.perf_counter() - t
                sdb = EmbeddedDB(syn.path / DB_FILE)
                clear_database(driver)
                t = time.perf_counter()
                Neo4jWriter(driver).push(S)
                push_s = time.perf_counter() - t
                print(f"\nsynthetic graph (giftgraph.graph.synthetic.generate_graph): {S.number_of_nodes():,} nodes, "
                      f"{S.number_of_edges():,} relationships; embedded build {build_s:.1f}s, Neo4j push {push_s:.1f}s")
                try:
                    _query_table(sdb, driver, args.runs)
                finally:
                    sdb.close()
        finally:
            driver.close()
            db.close()
    finally:
        if started:
            subprocess.run([str(ROOT / "neo4j" / "stop.sh")], capture_output=True, timeout=120,
                           env=dict(os.environ, NEO4J_RUN_DIR=str(tmp / "neo4j-run")))
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
