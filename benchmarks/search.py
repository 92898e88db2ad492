"""How fast full-text search answers on a real case, and whether it finds every message that
holds the phrase.

Builds the case's FTS5 index into a temporary file (cold build time), then runs each query
`--repeat` times and prints the median time per query (index warm, the case graph loaded for
the entities each hit mentions, as the explorer does), the number of hits, and a brute-force
check: how many messages hold the phrase in their subject or body (case and line breaks
ignored), and how many of those the search returned.

    .venv/bin/python benchmarks/search.py --case /tmp/fauci
    .venv/bin/python benchmarks/search.py --case exports/ring "promo code" "free of charge"
"""
from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path

from giftgraph.graph.search import ensure_index, message_entities, search
from giftgraph.graph.store import Case

DEFAULT_QUERIES = ["free of charge", "thank you", "conference call", "press release", "next week", "as soon as possible"]


class _TmpIndexCase(Case):
    """The case, with its index written elsewhere (the benchmark leaves the case untouched)."""

    def __init__(self, path, index: Path):
        super().__init__(path)
        self._index = index

    @property
    def search_path(self) -> Path:
        return self._index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("queries", nargs="*")
    ap.add_argument("--case", required=True)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--limit", type=int, default=50)
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="gg-search-"))
    case = _TmpIndexCase(a.case, tmp / "search.sqlite")
    case.require()
    messages = case.load_messages()
    t = time.perf_counter()
    ensure_index(case)
    build = time.perf_counter() - t
    print(f"{a.case}: {len(messages)} messages; index built in {build:.2f} s "
          f"({case.search_path.stat().st_size / 1e6:.1f} MB)")
    G = case.load_graph()
    mentions = message_entities(G)
    bates = next((p.bates for m in messages for p in m.provenance if p.bates), None)
    queries = a.queries or DEFAULT_QUERIES + ([bates] if bates else [])
    norm = lambda s: " ".join(re.findall(r"\w+", s.lower()))
    worst = 0.0
    for q in queries:
        times = []
        for _ in range(a.repeat):
            t = time.perf_counter()
            hits = search(case, q, limit=a.limit, graph=G, entities=mentions)
            times.append(time.perf_counter() - t)
        med = statistics.median(times) * 1000
        worst = max(worst, med)
        phrase = f" {norm(q)} "
        holding = {m.id for m in messages if phrase in f" {norm(m.subject)} " or phrase in f" {norm(m.body)} "
                   or any(phrase in f" {norm(p.bates or '')} " for p in m.provenance)}
        found = {h["id"] for h in hits if h["match"] == "phrase"} if len(q.split()) > 1 else {h["id"] for h in hits}
        top = min(len(holding), a.limit)
        print(f"{q!r:26} {med:7.2f} ms median ({min(times) * 1000:.2f}-{max(times) * 1000:.2f}), {len(hits):3} hits; "
              f"{len(holding)} messages hold the phrase, {len(found & holding)} of them returned"
              + (f" (limit {a.limit})" if len(holding) > a.limit else "")
              + ("" if len(found & holding) >= top else "  <-- MISSED"))
    print(f"slowest median: {worst:.2f} ms per query")
    case.search_path.unlink(missing_ok=True)
    tmp.rmdir()


if __name__ == "__main__":
    main()
