"""Throughput of the relations stage alone (GIFT/REFERRAL/PROMOTED rules), on real messages.

Reads N messages of a shared corpus, then times `extract_relations` with a minimal entity index
(people keyed by address, no products found by NER), so the figure is the cost of the relation
rules themselves: thread grouping, the anchor test, sentence cutting and the spaCy matchers.
Skips cleanly when ../shared is absent.

    .venv/bin/python benchmarks/relations_stage.py                    # 8,000 enron-inbox messages
    .venv/bin/python benchmarks/relations_stage.py --corpus ring-dev/binder.pdf --limit 0
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="enron-inbox", help="path under ../shared/corpus")
    ap.add_argument("--limit", type=int, default=8000, help="messages to use (0: all)")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    a = ap.parse_args()
    src = Path(a.shared) / "corpus" / a.corpus
    if not src.exists():
        print(f"skipped: {src} not found")
        return 0

    from giftgraph.ingest import read_paths
    from giftgraph.nlp.entities import EntityIndex
    from giftgraph.nlp.relations import RelationRules, extract_relations

    paths = sorted(src.glob("*.inbox")) if src.is_dir() and any(src.glob("*.inbox")) else [src]
    messages = []
    for p in paths:
        messages.extend(read_paths([p], progress=False, log=lambda s: None).messages)
        if a.limit and len(messages) >= a.limit:
            break
    messages = messages[:a.limit] if a.limit else messages

    class AddressIndex(EntityIndex):
        def person_for_address(self, addr):
            return (addr.email or addr.name).lower() or None

        def find(self, text, **kw):
            return None

    rules = RelationRules.from_profile("ring_lapd")
    t0 = time.perf_counter()
    nodes, edges = extract_relations(messages, {}, AddressIndex(), "ring_lapd", rules=rules)
    dt = time.perf_counter() - t0
    words = sum(len(m.body.split()) for m in messages)
    print(f"corpus {a.corpus}: {len(messages)} messages, {words} words")
    print(f"relations stage: {dt:.2f} s, {len(messages) / dt:.0f} messages/s, {words / dt:.0f} words/s, "
          f"{len(edges)} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
