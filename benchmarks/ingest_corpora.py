"""How many messages ingestion reads from the shared corpora, and how long it takes.

Reads each corpus with `giftgraph.ingest.read_paths` (no extraction) and prints files read,
problems, messages (after dedup), wall time and peak memory. Skips cleanly when ../shared is absent.

    .venv/bin/python benchmarks/ingest_corpora.py                     # enron-inbox, clinton-sample, fauci-dev, ring-dev
    .venv/bin/python benchmarks/ingest_corpora.py clinton-sample
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from giftgraph.ingest import read_paths

CORPORA = {
    "ring-dev": (["ring-dev/binder.pdf"], "America/Los_Angeles"),
    "fauci-dev": (["fauci-dev/release.txt"], "America/New_York"),
    "clinton-sample": (["clinton-sample"], "America/New_York"),
    "enron-inbox": (["enron-inbox"], "America/Chicago"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=list(CORPORA))
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    a = ap.parse_args()
    base = Path(a.shared) / "corpus"
    if not base.is_dir():
        print(f"skipped: no corpora at {base}")
        return 0
    print(f"{'corpus':16} {'files':>6} {'problems':>8} {'messages':>9} {'seconds':>8} {'peak MB':>8}")
    for name in a.corpora:
        paths, tz = CORPORA[name]
        t = time.perf_counter()
        res = read_paths([base / p for p in paths], timezone=tz, known={}, progress=False)
        dt = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{name:16} {res.files_read:6d} {len(res.problems):8d} {len(res.messages):9d} {dt:8.1f} {peak:8.0f}")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
