"""Build the case graph from messages and extractions."""
from __future__ import annotations

from typing import Callable

import networkx as nx

from giftgraph.graph.model import Edge, Node, add_edge, add_node, drain, new_graph
from giftgraph.graph.ondisk import GraphOnDisk

__all__ = ["message_node", "build_graph", "build_graph_on_disk"]


def message_node(m) -> Node:
    provenance = m.provenance  # (read once: it may be on disk, `giftgraph.ingest.message.spill_bodies`)
    first = provenance[0] if provenance else None
    attrs = {
        "sent": m.sent,
        "subject": m.subject,
        "sender": m.sender.email or m.sender.name,
        "to": [a.email or a.name for a in m.to],
        "cc": [a.email or a.name for a in m.cc],
        "file": first.file if first else None,
        "page": first.page if first else None,
        "bates": first.bates if first else None,
        "provenance": [p.__dict__ for p in provenance],
        "body": m.body,
        "redactions": m.redactions,
    }
    return Node(id=m.id, kind="message", name=m.subject or "(no subject)", attrs=attrs)


def build_graph(messages, extraction, *, consume: bool = False) -> nx.MultiDiGraph:
    """Message nodes first, then the extracted entities and relations. ``consume``: empty
    ``extraction.nodes`` and ``extraction.edges`` as they go into the graph, so that each node and
    edge object (and its evidence) is freed once the graph holds it, not at the end (the same graph)."""
    G = new_graph()
    shared: dict = {}  # equal evidence entries made once (see add_edge)
    _fill(messages, extraction, consume, lambda n: add_node(G, n), lambda e: add_edge(G, e, shared),
          lambda nid: G.nodes.get(nid) or {})
    return G


def build_graph_on_disk(messages, extraction, *, consume: bool = False, into: GraphOnDisk | None = None) -> GraphOnDisk:
    """`build_graph` into a `GraphOnDisk`: the same graph (the same graph.json), held on disk, not in
    memory (``consume``: as in `build_graph`). ``into``: a graph on disk that holds edges already (resolution's,
    handed over before the relations stage: ``extract(resolution_edges=...)``): they come before the extraction's
    edges, as they would in its list, and their ends are checked once the nodes are in."""
    D = GraphOnDisk() if into is None else into
    _fill(messages, extraction, consume, D.add_node, D.add_edge, lambda nid: D.node(nid) or {})
    D.check_ends()
    return D


def _fill(messages, extraction, consume: bool, add_node_: Callable[[Node], object], add_edge_: Callable[[Edge], object],
          node: Callable[[str], dict]) -> None:
    for m in messages:
        add_node_(message_node(m))
    for n in _items(extraction, "nodes", consume):
        add_node_(n)
    for edge in _items(extraction, "edges", consume):
        if edge.type == "GIFT":
            # a service (the profile's `device: false`: a recording plan, a licence) keeps its value but
            # is marked on the item, so every store and export counts the same devices
            items = edge.attrs.get("items") or []
            for item in items:
                if node(item.get("product")).get("device") is False:
                    item["device"] = False
            if "devices" in edge.attrs:
                edge.attrs["devices"] = sum(int(i.get("quantity") or 0) for i in items if i.get("device", True) is not False)
        add_edge_(edge)


def _items(extraction, attr: str, consume: bool):
    """The objects of ``extraction.<attr>`` in order; with ``consume``, each dropped from it once
    given (the list is emptied: nothing else holds them, so each is freed when used)."""
    items = getattr(extraction, attr)
    if not consume:
        yield from items
        return
    setattr(extraction, attr, [])
    yield from drain(items)
