"""Flat property maps of the case graph: what every store and flat exporter sees.

The case graph (:mod:`giftgraph.graph.model`) keeps rich attributes: ``evidence`` and ``items`` are
lists of dicts. Neo4j properties, GraphML and GEXF attributes and CSV columns cannot hold those,
so this module turns each node and edge into one flat map of scalars and lists of scalars, the
same for Neo4j and for the embedded Cypher engine (so both answer a query with the same rows):

* nodes: ``id``, ``kind``, ``name``, ``aliases``, ``emails``, ``role``, ``sent``, ``subject``, ...;
  any dict or list-of-dicts attribute (``provenance``, ``merge_reasons``) becomes a JSON string
  under ``<attr>_json``.
* edges: ``key`` (the stable edge key, what Neo4j MERGEs on), ``type``, ``confidence``,
  ``value_usd``, ``purpose``, ``date``, ``code``, ``uses``, ``count``, ...; ``evidence`` becomes
  ``evidence_messages`` / ``evidence_quotes`` / ``evidence_refs`` (parallel lists: message id,
  quote, "file p.N BATES") plus ``evidence_json``; ``items`` becomes ``item_products`` /
  ``item_quantities`` plus ``devices`` (the total quantity, services marked ``device: false`` left
  out) and ``items_json``.

Labels and relationship types come from fixed whitelists (:data:`LABELS`, :data:`REL_TYPES`), never
from text found in a release.
"""
from __future__ import annotations

import json
import math
from typing import Any

import networkx as nx

from giftgraph.graph.model import EDGE_TYPES, NODE_KINDS

__all__ = ["LABELS", "COMMON_LABEL", "REL_TYPES", "label_for", "node_properties", "edge_properties",
           "flat_value", "iter_node_records", "iter_edge_records"]

LABELS = {
    "person": "Person",
    "organization": "Organization",
    "division": "Division",
    "product": "Product",
    "code": "Code",
    "message": "Message",
}
assert set(LABELS) == set(NODE_KINDS)
COMMON_LABEL = "Entity"
REL_TYPES = tuple(EDGE_TYPES)

# Edge attributes already flattened into dedicated properties.
_EDGE_FLATTENED = {"evidence", "items"}


def label_for(kind: str) -> str:
    """The Neo4j label of a node kind (whitelisted: raises ``ValueError`` for anything else)."""
    try:
        return LABELS[kind]
    except KeyError:
        raise ValueError(f"unknown node kind {kind!r}") from None


def flat_value(value: Any) -> tuple[bool, Any]:
    """``(as_json, value)``: a scalar or a homogeneous list of scalars as is, anything else as JSON.

    ``None`` items are dropped from lists (Neo4j lists cannot hold null); NaN becomes ``None``.
    """
    if value is None or isinstance(value, (str, bool, int)):
        return False, value
    if isinstance(value, float):
        return False, None if math.isnan(value) else value
    if isinstance(value, (list, tuple, set)):
        items = [v for v in value if v is not None]
        if isinstance(value, set):
            items = sorted(items, key=str)
        kinds = {_scalar_kind(v) for v in items}
        if kinds == {"number"} and any(isinstance(v, float) for v in items):
            return False, [float(v) for v in items]  # Neo4j arrays hold one type
        if not items or (len(kinds) == 1 and None not in kinds):
            return False, items
    return True, json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _scalar_kind(v: Any) -> str | None:
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number" if not isinstance(v, bool) else "bool"
    if isinstance(v, str):
        return "str"
    return None


def node_properties(node_id: str, data: dict) -> dict:
    """The flat property map of one node (``id`` first; ``None`` values left out)."""
    props: dict[str, Any] = {"id": node_id}
    for k, v in data.items():
        if k in ("id", "__labels__"):
            continue
        as_json, flat = flat_value(v)
        if flat is None:
            continue
        props[f"{k}_json" if as_json else k] = flat
    props.setdefault("aliases", [])
    props.setdefault("emails", [])
    return props


def edge_properties(u: str, v: str, key: str, data: dict) -> dict:
    """The flat property map of one edge (``key`` and ``type`` first; ``None`` values left out)."""
    props: dict[str, Any] = {"key": str(key), "type": data.get("type"), "source": u, "target": v}
    evidence = [e for e in data.get("evidence") or [] if isinstance(e, dict)]
    props["evidence_messages"] = [str(e.get("message", "")) for e in evidence]
    props["evidence_quotes"] = [str(e.get("quote", "")) for e in evidence]
    props["evidence_refs"] = [_ref(e) for e in evidence]
    props["evidence_json"] = json.dumps(evidence, ensure_ascii=False, sort_keys=True, default=str)
    if data.get("type") == "GIFT" or data.get("items"):
        items = [i for i in data.get("items") or [] if isinstance(i, dict)]
        props["item_products"] = [str(i.get("product", "")) for i in items]
        props["item_quantities"] = [_int(i.get("quantity")) for i in items]
        props["devices"] = sum(_int(i.get("quantity")) for i in items if i.get("device", True) is not False)
        props["items_json"] = json.dumps(items, ensure_ascii=False, sort_keys=True, default=str)
    for k, val in data.items():
        if k in _EDGE_FLATTENED or k in props or k == "__labels__":
            continue
        as_json, flat = flat_value(val)
        if flat is None:
            continue
        props[f"{k}_json" if as_json else k] = flat
    if isinstance(props.get("value_usd"), int):
        props["value_usd"] = float(props["value_usd"])
    return props


def _int(v: Any) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return 0


def _ref(e: dict) -> str:
    parts = []
    if e.get("file"):
        parts.append(str(e["file"]).rsplit("/", 1)[-1])
    if e.get("page") is not None:
        parts.append(f"p.{e['page']}")
    if e.get("bates"):
        parts.append(str(e["bates"]))
    return " ".join(parts)


def iter_node_records(G: nx.MultiDiGraph):
    """``(label, properties)`` for every node whose kind is known (others are skipped)."""
    for n, data in G.nodes(data=True):
        kind = data.get("kind")
        if kind in LABELS:
            yield LABELS[kind], node_properties(str(n), data)


def iter_edge_records(G: nx.MultiDiGraph):
    """``(type, properties)`` for every edge of a known type between known nodes."""
    for u, v, k, data in G.edges(keys=True, data=True):
        if data.get("type") in REL_TYPES and G.nodes[u].get("kind") in LABELS and G.nodes[v].get("kind") in LABELS:
            yield data["type"], edge_properties(str(u), str(v), k, data)
