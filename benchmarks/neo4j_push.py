#!/usr/bin/env python3
"""Neo4j push rate: batched ``UNWIND $rows MERGE`` versus one statement per relationship.

Generates a graph of >= 100,000 relationships (tests/fixtures/synthetic.py: generate_graph), pushes its
nodes, then times pushing every relationship in batches. Then it deletes the relationships and times
one auto-commit MERGE statement per relationship on a random SAMPLE (--sample, default 2,000) and
EXTRAPOLATES that rate to the whole graph (running 100,000 single statements takes many minutes).
Prints both rates and their ratio in one run.

Neo4j: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or, when NEO4J_URI is unset, a server started here with
neo4j/start.sh (and stopped at the end). The database is emptied first: never point this at data
you want to keep.

    .venv/bin/python benchmarks/neo4j_push.py [--relationships 100000] [--batch-size 1000] [--sample 2000]
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--relationships", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--sample", type=int, default=2000, help="relationships pushed one statement each (then extrapolated)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    from giftgraph.graph.neo4j_store import Neo4jWriter, PushReport, clear_database, connect, counts
    from giftgraph.graph.properties import iter_edge_records
    sys.path.insert(0, str(ROOT / "tests" / "fixtures"))  # the test-only graph generator
    from synthetic import generate_graph

    started = False
    env = {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD") if k in os.environ}
    if "NEO4J_URI" not in env:
        t = time.perf_counter()
        out = subprocess.run([str(ROOT / "neo4j" / "start.sh")], capture_output=True, text=True, check=True).stdout
        env = dict(re.findall(r"(NEO4J_\w+)=(\S+)", out))
        started = True
        print(f"started Neo4j with neo4j/start.sh in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    driver = connect(env["NEO4J_URI"], env.get("NEO4J_USER", "neo4j"), env["NEO4J_PASSWORD"])
    try:
        t = time.perf_counter()
        G = generate_graph(args.relationships, seed=args.seed)
        gen_s = time.perf_counter() - t
        n_rel = G.number_of_edges()
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
              f"Neo4j at {env['NEO4J_URI']}")
        print(f"generated graph: {G.number_of_nodes():,} nodes, {n_rel:,} relationships in {gen_s:.1f}s")

        clear_database(driver)
        writer = Neo4jWriter(driver, batch_size=args.batch_size)
        writer.create_constraints()
        rep = PushReport()
        t = time.perf_counter()
        writer.push_nodes(G, rep)
        nodes_s = time.perf_counter() - t
        print(f"nodes, batched: {rep.nodes:,} in {nodes_s:.1f}s = {rep.nodes / nodes_s:,.0f} nodes/s")

        rep = PushReport()
        t = time.perf_counter()
        writer.push_relationships(G, rep)
        batched_s = time.perf_counter() - t
        batched_rate = rep.relationships / batched_s
        assert counts(driver)["relationships"] == n_rel, "batched push lost relationships"
        print(f"relationships, batched (UNWIND $rows MERGE, {args.batch_size}/batch): {rep.relationships:,} in "
              f"{batched_s:.1f}s = {batched_rate:,.0f} rel/s")

        with driver.session() as s:
            s.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        records = list(iter_edge_records(G))
        sample = random.Random(args.seed).sample(records, min(args.sample, len(records)))
        t = time.perf_counter()
        sent = writer.push_relationships_one_by_one(sample)
        single_s = time.perf_counter() - t
        single_rate = sent / single_s
        print(f"relationships, one statement each: {sent:,} (a random sample) in {single_s:.1f}s = "
              f"{single_rate:,.0f} rel/s; extrapolated to all {n_rel:,}: {n_rel / single_rate:,.0f}s")
        print(f"ratio batched / one-by-one: {batched_rate / single_rate:.1f}x")
    finally:
        driver.close()
        if started:
            subprocess.run([str(ROOT / "neo4j" / "stop.sh")], capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
