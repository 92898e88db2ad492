"""The one graph model shared by every store and exporter (its JSON form: docs/graph-json.md).

The case graph is a networkx ``MultiDiGraph``. Nodes carry ``kind`` and ``name`` (plus
``aliases``, ``emails``, ``role`` for persons, ``sent``/``subject`` for messages, ...).
Edges carry ``type``, ``evidence`` (a list of ``{"message", "quote", "page", "bates", "file"}``)
and ``confidence``; GIFT edges add ``items``, ``value_usd``, ``purpose``, ``date``; REFERRAL edges
``code``, ``discount``, ``uses``; EMAILED edges ``count``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import networkx as nx

from giftgraph.ingest.message import make_id

__all__ = [
    "NODE_KINDS", "EDGE_TYPES", "ROLES", "PURPOSES", "Evidence", "Node", "Edge",
    "new_graph", "add_node", "add_edge", "edge_key", "to_node_link", "from_node_link",
]

NODE_KINDS = ("person", "organization", "division", "product", "code", "message")
EDGE_TYPES = ("GIFT", "REFERRAL", "PROMOTED", "MEMBER_OF", "EMAILED")
ROLES = ("vendor_employee", "officer", "other")
PURPOSES = ("investigation", "referral_reward", "personal", "community", "other")
LIST_ATTRS = ("aliases", "emails")


@dataclass(slots=True)  # slots: one per edge and message it cites (EMAILED: per recipient), all held to the graph
class Evidence:
    """The message and the sentence that support an edge."""

    message: str
    quote: str
    page: int | None = None
    bates: str | None = None
    file: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k in _EVIDENCE_FIELDS if (v := getattr(self, k)) is not None}


_EVIDENCE_FIELDS = ("message", "quote", "page", "bates", "file")


@dataclass(slots=True)  # slots: a release's people and edges are all held until the graph is built
class Node:
    id: str
    kind: str
    name: str
    aliases: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)  # role, unit_price_usd, sent, subject, merge_reasons, ...


@dataclass(slots=True)
class Edge:
    type: str
    source: str
    target: str
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)  # items, value_usd, purpose, date, code, uses, count, ...
    key: str = ""  # stable edge key; derived from type/source/target when empty


def new_graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph()


def add_node(G: nx.MultiDiGraph, node: Node) -> str:
    """Add or merge a node: list attributes are unioned, other attributes filled when missing."""
    if node.id in G:
        merge_node_data(G.nodes[node.id], node)
    else:
        G.add_node(node.id, **node_data(node))
    return node.id


def node_data(node: Node) -> dict:
    """The attributes a new node of the graph gets from ``node`` (`add_node`)."""
    if node.kind not in NODE_KINDS:
        raise ValueError(f"unknown node kind {node.kind!r}")
    return dict(kind=node.kind, name=node.name, aliases=sorted(set(node.aliases)), emails=sorted(set(node.emails)),
                **node.attrs)


def merge_node_data(data: dict, node: Node) -> None:
    """Merge ``node`` into the attributes ``data`` of the graph's node of the same id (`add_node`)."""
    if node.kind not in NODE_KINDS:
        raise ValueError(f"unknown node kind {node.kind!r}")
    for attr, values in (("aliases", node.aliases), ("emails", node.emails)):
        data[attr] = sorted(set(data.get(attr, [])) | set(values))
    for k, v in node.attrs.items():
        if data.get(k) in (None, "", [], {}):
            data[k] = v


def edge_key(edge: Edge) -> str:
    return edge.key or make_id(edge.type.lower(), edge.source, edge.target)


def add_edge(G: nx.MultiDiGraph, edge: Edge, shared: dict | None = None) -> str:
    """Add an edge, or merge its evidence into the edge with the same key. ``shared``: a dict kept
    across the calls of one build, in which equal evidence entries are made once and shared between
    the edges that cite them (a message's header evidence is the same on the edge to each of its
    recipients); the graph's evidence dicts are then never changed in place."""
    if edge.type not in EDGE_TYPES:
        raise ValueError(f"unknown edge type {edge.type!r}")
    for end in (edge.source, edge.target):
        if end not in G:
            raise KeyError(f"edge {edge.type} refers to unknown node {end!r}")
    key = edge_key(edge)
    evidence = edge_evidence(edge, shared)
    if G.has_edge(edge.source, edge.target, key):
        merge_edge_data(G.edges[edge.source, edge.target, key], edge, evidence)
    else:
        G.add_edge(edge.source, edge.target, key=key, **edge_data(edge, evidence))
    return key


def edge_evidence(edge: Edge, shared: dict | None = None) -> list[dict]:
    """The evidence dicts of ``edge`` (made once per equal entry in ``shared``, see `add_edge`)."""
    if shared is None:
        return [e.to_dict() for e in edge.evidence]
    evidence = []
    for e in edge.evidence:
        ek = (e.message, e.quote, e.page, e.bates, e.file)
        d = shared.get(ek)
        if d is None:
            d = shared[ek] = e.to_dict()
        evidence.append(d)
    return evidence


def edge_data(edge: Edge, evidence: list[dict]) -> dict:
    """The attributes a new edge of the graph gets from ``edge`` (`add_edge`)."""
    return dict(type=edge.type, evidence=evidence, confidence=edge.confidence, **edge.attrs)


def merge_edge_data(data: dict, edge: Edge, evidence: list[dict]) -> None:
    """Merge ``edge`` (its ``evidence`` dicts) into the attributes ``data`` of the graph's edge of the
    same ends and key: evidence not cited yet added, the higher confidence, attributes filled when missing."""
    seen = {(e["message"], e["quote"]) for e in data["evidence"]}
    data["evidence"].extend(e for e in evidence if (e["message"], e["quote"]) not in seen)
    data["confidence"] = max(data.get("confidence", 0.0), edge.confidence)
    for k, v in edge.attrs.items():
        if data.get(k) in (None, "", [], {}):
            data[k] = v


def drain(items: list) -> Iterator:
    """The objects of ``items`` in order, each removed from the list as it is given (the list ends
    empty): when nothing else holds them, each is freed once used, not when the list goes (handing a
    release's nodes and edges to a graph)."""
    items.reverse()
    while items:
        yield items.pop()


def to_node_link(G: nx.MultiDiGraph) -> dict:
    """networkx node-link data (edges under "edges"), the JSON export (docs/graph-json.md)."""
    return nx.node_link_data(G, edges="edges")


def node_link_chunks(G: nx.MultiDiGraph) -> Iterator[str]:
    """The text of ``json.dumps(to_node_link(G), ensure_ascii=False, sort_keys=True)``, piece by
    piece: one node or edge object at a time, so neither the node-link copy of the graph nor its
    JSON is ever whole in memory (graph.json of the Enron inbox: 140 MB of text)."""
    head = {"directed": G.is_directed(), "multigraph": G.is_multigraph(), "graph": G.graph}
    edges = (({**d, "source": u, "target": v, "key": k} for u, v, k, d in G.edges(keys=True, data=True))
             if G.is_multigraph() else ({**d, "source": u, "target": v} for u, v, d in G.edges(data=True)))
    return node_link_text(head, ({**G.nodes[n], "id": n} for n in G), edges)


def node_link_text(head: dict, nodes: Iterable[dict], edges: Iterable[dict]) -> Iterator[str]:
    """The node-link JSON text (keys sorted) of a graph given as its head (``directed``,
    ``multigraph``, ``graph``) and its node and edge objects in order, one object at a time
    (`node_link_chunks`; `giftgraph.graph.ondisk.GraphOnDisk`)."""
    def dumps(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, sort_keys=True)

    # the keys of node_link_data(G, edges="edges"), sorted as sort_keys sorts them
    parts = {"edges": edges, "nodes": nodes}
    sep = "{"
    for name in sorted([*head, *parts]):
        yield f"{sep}{dumps(name)}: "
        sep = ", "
        if name in head:
            yield dumps(head[name])
            continue
        first = "["
        for item in parts[name]:
            yield first + dumps(item)
            first = ", "
        yield "[]" if first == "[" else "]"
    yield "}"


def from_node_link(data: dict) -> nx.MultiDiGraph:
    key = "edges" if "edges" in data else "links"
    G = nx.node_link_graph(data, directed=True, multigraph=True, edges=key)
    return G
