"""Extraction stage entry point: messages -> Extraction (nodes and edges with evidence).

PLACEHOLDER: header correspondents and EMAILED edges only, keyed naively; the entities work
(profile, spaCy, resolution) and the relations work replace the inside of `extract`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from giftgraph.graph.model import Edge, Evidence, Node
from giftgraph.ingest.message import make_id

__all__ = ["Extraction", "extract"]


@dataclass
class Extraction:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def _person_key(a) -> str:
    return a.email.lower() if a.email else " ".join(re.sub(r"[^a-z]+", " ", a.name.lower()).split())


def extract(messages, *, profile: str = "ring_lapd", model: str | None = None, progress: bool = False) -> Extraction:
    persons: dict[str, Node] = {}
    counts: dict[tuple[str, str], list[str]] = defaultdict(list)

    def person(a) -> str | None:
        key = _person_key(a)
        if not key:
            return None
        if key not in persons:
            persons[key] = Node(id=make_id("person", key), kind="person", name=a.name or a.email,
                                emails=[a.email.lower()] if a.email else [], attrs={"role": "other"})
        return persons[key].id

    for m in messages:
        s = person(m.sender)
        for a in m.to + m.cc:
            t = person(a)
            if s and t and s != t:
                counts[(s, t)].append(m.id)
    edges = [
        Edge(type="EMAILED", source=s, target=t, attrs={"count": len(ms)},
             evidence=[Evidence(message=mid, quote="(header)") for mid in ms[:20]])
        for (s, t), ms in counts.items()
    ]
    return Extraction(nodes=list(persons.values()), edges=edges)
