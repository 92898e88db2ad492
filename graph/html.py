"""Self-contained HTML snapshots of a case graph (pyvis + vis-network, no network access).

A snapshot is ONE file: vis-network's JavaScript and CSS (from the installed ``pyvis``
package), giftgraph's own script and stylesheet (``graph/static/``) and the graph data are all
inlined, so the page opens offline, from a USB stick, years later. A Content-Security-Policy
(``default-src 'none'``, scripts allowed only by their SHA-256 hash) makes that a guarantee
rather than a hope: the browser refuses any fetch and any injected inline handler.

pyvis builds the vis.js node and edge records and the options; the page itself is rendered from
``graph/templates/snapshot.html`` (pyvis 0.3.2's own template pulls Bootstrap and tom-select from
a CDN even with ``cdn_resources="in_line"``).

Every piece of case text (names, subjects, quotes) reaches the page only as JSON data and is
put on screen with DOM text nodes (``textContent``), never as HTML: a subject such as
an ``img`` tag with an ``onerror`` handler shows as text.

Usage::

    from giftgraph.graph.html import SnapshotOptions, write_snapshot
    report = write_snapshot(Case("exports/ring"), "exports/ring.html",
                            SnapshotOptions(focus="Alvarez", depth=2, types=["GIFT", "REFERRAL"]))

The selection logic (:func:`select_subgraph`) and the vis.js styling (:func:`vis_node`,
:func:`vis_edge`) are shared with the local explorer (:mod:`giftgraph.graph.explorer`).
"""
from __future__ import annotations

import base64
import hashlib
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from giftgraph import __version__
from giftgraph.errors import GiftgraphError
from giftgraph.graph.model import EDGE_TYPES

__all__ = [
    "SnapshotError", "SnapshotOptions", "Omitted", "SnapshotReport",
    "NODE_STYLES", "EDGE_STYLES", "node_style", "gift_width",
    "edge_date", "message_index", "evidence_records", "find_nodes", "code_name",
    "select_subgraph", "vis_node", "vis_edge", "vis_data", "render_html", "write_snapshot",
    "communities", "community_layout", "message_timeline", "graph_payload",
    "vis_assets", "static_text", "DEFAULT_MAX_NODES",
]

DEFAULT_MAX_NODES = 2000
_HERE = Path(__file__).resolve().parent
TEMPLATES = _HERE / "templates"
STATIC = _HERE / "static"

# Colour and shape per node kind (and per role for persons). Shapes with the label underneath,
# so `size` scales them.
NODE_STYLES: dict[str, dict] = {
    "person:vendor_employee": {"label": "Vendor employee", "color": "#f28e2b", "shape": "star"},
    "person:officer": {"label": "Officer / agency staff", "color": "#4e79a7", "shape": "dot"},
    "person:other": {"label": "Other person", "color": "#9d9d9d", "shape": "dot", "dashed": True},
    "organization": {"label": "Organisation", "color": "#59a14f", "shape": "square"},
    "division": {"label": "Division / unit", "color": "#76b7b2", "shape": "triangle"},
    "product": {"label": "Product", "color": "#edc948", "shape": "diamond"},
    "code": {"label": "Promo code", "color": "#b07aa1", "shape": "hexagon"},
    "message": {"label": "Message", "color": "#bab0ac", "shape": "dot"},
}
EDGE_STYLES: dict[str, dict] = {
    "GIFT": {"label": "Gift (width = value)", "color": "#d62728", "dashes": False},
    "REFERRAL": {"label": "Referral (promo code)", "color": "#8e44ad", "dashes": [12, 3]},
    "PROMOTED": {"label": "Promoted / endorsed", "color": "#e39c0b", "dashes": [10, 3, 2, 3]},
    "MEMBER_OF": {"label": "Member of", "color": "#7f8c8d", "dashes": [2, 4]},
    "EMAILED": {"label": "Emailed", "color": "#9aa5b0", "dashes": [5, 5]},
    # drawn only: a promo code node linked to its owner (the code's `owner` attribute)
    "OWNS_CODE": {"label": "Owns promo code", "color": "#b07aa1", "dashes": [1, 3]},
}
# Structural edges carry no date of their own; date filters keep them.
TIMELESS_TYPES = ("MEMBER_OF",)
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class SnapshotError(GiftgraphError):
    """A snapshot request that cannot be met (unknown focus, bad date, unknown edge type)."""


@dataclass
class SnapshotOptions:
    """What to put in a snapshot. All filters are optional."""

    focus: str | None = None          # a node id, name, alias or e-mail address
    depth: int = 1                    # hops around the focus (edges in either direction)
    types: list[str] | None = None    # edge types to keep (default: all)
    since: str | None = None          # YYYY, YYYY-MM or YYYY-MM-DD (inclusive)
    until: str | None = None          # idem, inclusive
    min_value: float | None = None    # drop GIFT edges worth less (or of unknown value)
    max_nodes: int = DEFAULT_MAX_NODES  # node budget: above it keep the most connected
    title: str | None = None
    nodes: list[str] | None = None    # exactly these entities (a view saved from the explorer)
    labels: int = 60                  # most labels drawn at once (placed where they have room)
    cluster_above: int = 150          # collapse communities into clusters above this many entities (0: never)

    def describe(self) -> list[str]:
        out = []
        if self.focus:
            out.append(f"focus {self.focus!s} (depth {self.depth})")
        if self.types:
            out.append("types " + ",".join(self.types))
        if self.since:
            out.append(f"since {self.since}")
        if self.until:
            out.append(f"until {self.until}")
        if self.min_value is not None:
            out.append(f"gifts ≥ ${self.min_value:,.0f}")
        return out


@dataclass
class Omitted:
    """What the node budget left out of a snapshot."""

    nodes: int = 0
    edges: int = 0
    kinds: dict = field(default_factory=dict)
    edge_types: dict = field(default_factory=dict)
    gift_value: float = 0.0
    budget: int = 0
    unlinked: int = 0  # entities with no link at all (not drawn, not counted in `nodes`)

    def note(self, hint: str = "Export with --focus or a larger --max-nodes to see them.") -> str:
        if not self.nodes:
            return ""
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.kinds.items(), key=lambda kv: -kv[1]))
        types = ", ".join(f"{n} {t}" for t, n in sorted(self.edge_types.items(), key=lambda kv: -kv[1]))
        text = (f"Node budget {self.budget:,}: left out the {self.nodes:,} least connected entities ({kinds})"
                f" and {self.edges:,} edges ({types or 'none'})")
        if self.gift_value:
            text += f", including gifts worth ${self.gift_value:,.0f}"
        return f"{text}. {hint}"

    def to_dict(self, hint: str | None = None) -> dict:
        return dict(self.__dict__, note=self.note(hint) if hint else self.note())


@dataclass
class SnapshotReport:
    path: str | None
    nodes: int
    edges: int
    omitted: Omitted
    bytes: int = 0

    def to_dict(self) -> dict:
        return {"path": self.path, "nodes": self.nodes, "edges": self.edges, "bytes": self.bytes,
                "omitted": self.omitted.to_dict()}


# -- small helpers ------------------------------------------------------------------------------

def node_style(data: dict) -> dict:
    kind = data.get("kind", "")
    if kind == "person":
        role = data.get("role") if data.get("role") in ("vendor_employee", "officer") else "other"
        return NODE_STYLES[f"person:{role}"]
    return NODE_STYLES.get(kind, NODE_STYLES["person:other"])


def gift_width(value) -> float:
    """Edge width of a GIFT worth `value` dollars: grows with the log of the value."""
    try:
        v = float(value or 0)
    except (TypeError, ValueError):
        v = 0.0
    return round(min(14.0, 2.0 + 1.6 * math.log2(1 + max(v, 0.0) / 50.0)), 2)


def _num(v) -> float:
    try:
        return float(v or 0)
    except (TypeError, ValueError):
        return 0.0


def message_index(G: nx.MultiDiGraph) -> dict[str, dict]:
    """Message node id -> its attributes (sent, subject, sender, file, page, bates, body)."""
    return {n: d for n, d in G.nodes(data=True) if d.get("kind") == "message"}


def _iso(s) -> str:
    s = str(s or "").strip()
    return s if re.match(r"^\d{4}-\d{2}", s) else ""


def edge_date(data: dict, messages: dict[str, dict]) -> str:
    """The date an edge happened: a GIFT's own `date`, else the earliest evidence message's."""
    own = _iso(data.get("date"))
    if own:
        return own
    dates = sorted(d for d in (_iso(messages.get(e.get("message"), {}).get("sent"))
                               for e in data.get("evidence") or []) if d)
    return dates[0] if dates else ""


def evidence_records(data: dict, messages: dict[str, dict]) -> list[dict]:
    """An edge's evidence joined with its messages: quote, date, subject, sender, page, Bates."""
    out = []
    for ev in data.get("evidence") or []:
        m = messages.get(ev.get("message"), {})
        out.append({
            "message": ev.get("message"),
            "quote": ev.get("quote") or "",
            "date": m.get("sent") or "",
            "subject": m.get("subject") or m.get("name") or "",
            "sender": m.get("sender") or "",
            "page": ev.get("page") if ev.get("page") is not None else m.get("page"),
            "bates": ev.get("bates") or m.get("bates") or "",
            "file": Path(str(ev.get("file") or m.get("file") or "")).name,
        })
    out.sort(key=lambda r: (r["date"] or "~"))
    return out


def _check_date(label: str, value: str | None) -> str | None:
    if value in (None, ""):
        return None
    value = str(value).strip()
    if not _DATE_RE.match(value):
        raise SnapshotError(f"--{label} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _in_range(date: str, since: str | None, until: str | None) -> bool:
    """Inclusive comparison at the precision the user gave (until 2016-03 keeps 2016-03-31)."""
    if since and date[:len(since)] < since:
        return False
    if until and date[:len(until)] > until:
        return False
    return True


def find_nodes(G: nx.MultiDiGraph, name: str, *, include_messages: bool = False) -> list[str]:
    """Nodes matching `name`: exact id, then exact name/alias/e-mail (case-insensitive),
    then substring of those. Message nodes only when asked."""
    q = name.strip().lower()
    if not q:
        return []
    if name in G:
        return [name]
    exact, partial = [], []
    for n, d in G.nodes(data=True):
        if d.get("kind") == "message" and not include_messages:
            continue
        names = [str(d.get("name") or "")] + [str(a) for a in d.get("aliases") or []] + [str(e) for e in d.get("emails") or []]
        low = [x.lower() for x in names if x]
        if q in low:
            exact.append(n)
        elif any(q in x for x in low):
            partial.append(n)
    return exact or partial


def _add_code_owner_links(H: nx.MultiDiGraph, G: nx.MultiDiGraph, types: list[str]) -> None:
    """Draw each promo code next to its owner: an OWNS_CODE link (display only) carrying the
    evidence of the REFERRAL edges that name the code. Shown with REFERRAL links."""
    if types and "REFERRAL" not in types:
        return
    evidence: dict[str, list] = {}
    for _, _, d in H.edges(data=True):
        if d.get("type") == "REFERRAL" and d.get("code") in H:
            evidence.setdefault(d["code"], []).extend(d.get("evidence") or [])
    for c, d in list(H.nodes(data=True)):
        owner = d.get("owner")
        if d.get("kind") != "code" or owner not in H or owner == c:
            continue
        H.add_edge(owner, c, key=f"owns-{c}", type="OWNS_CODE", evidence=evidence.get(c, []), uses=d.get("uses"))


def code_name(G: nx.MultiDiGraph, d: dict) -> str:
    """The text of a REFERRAL edge's code (`code` may be the code node's id)."""
    code = d.get("code")
    if d.get("code_name"):
        return str(d["code_name"])
    if isinstance(code, str) and code in G:
        return str(G.nodes[code].get("name") or code)
    return str(code or "")


def _node_label(G, n) -> str:
    return str(G.nodes[n].get("name") or n)


# -- selection ----------------------------------------------------------------------------------

def select_subgraph(G: nx.MultiDiGraph, opts: SnapshotOptions | None = None) -> tuple[nx.MultiDiGraph, Omitted]:
    """The part of the case graph a snapshot shows, and what the node budget left out.

    Order: edge filters (types, dates, gift value) -> focus neighbourhood -> node budget.
    Message nodes are left out (their text is the links' evidence), and so are entities left
    without any link (counted in ``Omitted.unlinked``); the focus is always kept. Promo codes are
    linked to their owner by a display-only OWNS_CODE link."""
    opts = opts or SnapshotOptions()
    since, until = _check_date("since", opts.since), _check_date("until", opts.until)
    types = [t.strip().upper() for t in (opts.types or []) if t.strip()]
    unknown = [t for t in types if t not in EDGE_TYPES]
    if unknown:
        raise SnapshotError(f"--types: unknown edge type(s) {', '.join(unknown)}; known: {', '.join(EDGE_TYPES)}")
    if opts.depth < 0:
        raise SnapshotError("--depth must be 0 or more")
    if opts.max_nodes is not None and opts.max_nodes < 0:
        raise SnapshotError("--max-nodes must be 0 (no budget) or more")
    messages = message_index(G)

    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    for n, d in G.nodes(data=True):
        if d.get("kind") == "message":
            continue
        H.add_node(n, **d)
    for u, v, k, d in G.edges(keys=True, data=True):
        if u not in H or v not in H:
            continue
        t = d.get("type")
        if types and t not in types:
            continue
        if (since or until) and t not in TIMELESS_TYPES:
            date = edge_date(d, messages)
            if not date or not _in_range(date, since, until):
                continue
        if opts.min_value is not None and t == "GIFT" and _num(d.get("value_usd")) < opts.min_value:
            continue
        H.add_edge(u, v, key=k, **d)

    _add_code_owner_links(H, G, types)

    keep: set[str] | None = None
    focus_ids: list[str] = []
    if opts.focus:
        focus_ids = find_nodes(G, opts.focus)
        if not focus_ids:
            raise SnapshotError(f"--focus {opts.focus!r}: no entity with that id, name, alias or e-mail")
        if len(focus_ids) > 1:
            names = "; ".join(f"{_node_label(G, n)} ({G.nodes[n].get('kind')}, {n})" for n in focus_ids[:8])
            raise SnapshotError(f"--focus {opts.focus!r} matches {len(focus_ids)} entities: {names}. Use a node id or a fuller name.")
        focus = focus_ids[0]
        if focus not in H:
            H.add_node(focus, **G.nodes[focus])
        keep = set(nx.single_source_shortest_path_length(H.to_undirected(as_view=True), focus, cutoff=opts.depth))
    if opts.nodes is not None:
        keep = {n for n in opts.nodes if n in H}
    # entities without any link say nothing in a graph (profile products never mentioned, ...)
    connected = {n for n in H if H.degree(n) > 0} | set(focus_ids)
    unlinked = H.number_of_nodes() - len(connected)
    keep = connected if keep is None else keep & connected
    H = H.subgraph(keep).copy()

    omitted = Omitted(budget=opts.max_nodes, unlinked=unlinked)
    if opts.max_nodes and H.number_of_nodes() > opts.max_nodes:
        gift: defaultdict[str, float] = defaultdict(float)
        for u, v, d in H.edges(data=True):
            if d.get("type") == "GIFT":
                gift[u] += _num(d.get("value_usd"))
                gift[v] += _num(d.get("value_usd"))
        score = {n: math.log1p(gift[n]) + math.log1p(H.degree(n)) for n in H}
        for f in focus_ids:
            score[f] = float("inf")
        ranked = sorted(H, key=lambda n: (-score[n], _node_label(H, n).lower(), n))
        # every kind keeps its most connected few (organisations and divisions have fewer links
        # than people and would all be left out), then the rest by score
        share = max(1, opts.max_nodes // 20)
        by_kind: dict[str, list[str]] = {}
        for n in ranked:
            by_kind.setdefault(H.nodes[n].get("kind", ""), []).append(n)
        reserved = [n for k, ns in sorted(by_kind.items()) for n in ns[:share]][:opts.max_nodes]
        kept = set(reserved) | set(focus_ids)
        for n in ranked:
            if len(kept) >= opts.max_nodes:
                break
            kept.add(n)
        dropped = [n for n in ranked if n not in kept]
        omitted.nodes = len(dropped)
        omitted.kinds = dict(Counter(H.nodes[n].get("kind", "?") for n in dropped))
        lost = [d for u, v, d in H.edges(data=True) if u not in kept or v not in kept]
        omitted.edges = len(lost)
        omitted.edge_types = dict(Counter(d.get("type", "?") for d in lost))
        omitted.gift_value = sum(_num(d.get("value_usd")) for d in lost if d.get("type") == "GIFT")
        H = H.subgraph(kept).copy()
    return H, omitted


# -- vis.js records -----------------------------------------------------------------------------

def _gift_totals(H: nx.MultiDiGraph) -> tuple[defaultdict[str, float], defaultdict[str, float]]:
    given: defaultdict[str, float] = defaultdict(float)
    received: defaultdict[str, float] = defaultdict(float)
    for u, v, d in H.edges(data=True):
        if d.get("type") == "GIFT":
            given[u] += _num(d.get("value_usd"))
            received[v] += _num(d.get("value_usd"))
    return given, received


def vis_node(H: nx.MultiDiGraph, n: str, *, given: float = 0.0, received: float = 0.0) -> dict:
    """The vis.js record of a node: style by kind/role, size by degree and gift value, plus
    the plain data the page's script turns into a tooltip (never HTML)."""
    d = H.nodes[n]
    st = node_style(d)
    kind = d.get("kind", "")
    deg = H.degree(n)
    size = 10 + 3.0 * math.sqrt(deg) + 2.0 * math.log1p((given + received) / 50.0)
    group = f"person:{d.get('role') if d.get('role') in ('vendor_employee', 'officer') else 'other'}" if kind == "person" else kind
    rec = {
        "id": n,
        "label": str(d.get("name") or n),
        "shape": st["shape"],
        "color": {"background": st["color"], "border": "#333333",
                  "highlight": {"background": st["color"], "border": "#000000"},
                  "hover": {"background": st["color"], "border": "#000000"}},
        "size": round(min(size, 48.0), 1),
        "shapeProperties": {"borderDashes": [3, 2]} if st.get("dashed") else {},
        "gg": {
            "kind": kind, "group": group, "role": d.get("role") or "",
            "name": str(d.get("name") or n),
            "aliases": [str(a) for a in d.get("aliases") or []][:12],
            "emails": [str(e) for e in d.get("emails") or []][:12],
            "degree": deg, "given": given, "received": received,
        },
    }
    for extra in ("unit_price_usd", "title", "rank", "serial"):
        if d.get(extra) not in (None, "", []):
            rec["gg"][extra] = d[extra] if isinstance(d[extra], (int, float)) else str(d[extra])
    if kind == "message":
        rec["gg"].update(sent=d.get("sent") or "", subject=d.get("subject") or "")
    return rec


def vis_edge(H: nx.MultiDiGraph, u: str, v: str, k: str, d: dict, messages: dict[str, dict],
             *, parallel_index: int = 0, max_evidence: int = 20, full: nx.MultiDiGraph | None = None) -> dict:
    """The vis.js record of an edge: colour by type, GIFT width by value, evidence as data.
    `full` (the whole case graph) names products and codes that the selection left out."""
    full = H if full is None else full
    t = d.get("type", "")
    st = EDGE_STYLES.get(t, {"color": "#999999", "dashes": False})
    ev = evidence_records(d, messages)
    rec = {
        "id": f"{u}|{v}|{k}",
        "from": u, "to": v,
        "color": {"color": st["color"], "highlight": st["color"], "hover": st["color"], "opacity": 0.85},
        "dashes": st["dashes"],
        "width": gift_width(d.get("value_usd")) if t == "GIFT" else (1.0 if t == "EMAILED" else 1.6),
        "gg": {
            "type": t, "date": edge_date(d, messages),
            "source": _node_label(H, u), "target": _node_label(H, v),
            "evidence": ev[:max_evidence], "evidence_total": len(ev),
            "confidence": d.get("confidence"),
        },
    }
    if t == "GIFT":
        value = d.get("value_usd")
        rec["gg"].update(value_usd=value, purpose=d.get("purpose") or "",
                         items=[{"product": _node_label(full, it.get("product")) if it.get("product") in full else str(it.get("product") or ""),
                                 "quantity": it.get("quantity")} for it in d.get("items") or [] if isinstance(it, dict)])
        if value not in (None, ""):
            rec["label"] = f"${_num(value):,.0f}"
    elif t == "REFERRAL":
        code = code_name(full, d)
        rec["gg"].update(code=code, uses=d.get("uses"), discount=d.get("discount"))
        if code:
            rec["label"] = code
    elif t == "OWNS_CODE":
        rec["gg"]["uses"] = d.get("uses")
    elif t == "EMAILED":
        rec["gg"]["count"] = d.get("count")
    if parallel_index:
        rec["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.12 * parallel_index, 2)}
    return rec


def vis_data(H: nx.MultiDiGraph, messages: dict[str, dict], *, max_evidence: int = 20,
             full: nx.MultiDiGraph | None = None) -> tuple[list[dict], list[dict]]:
    """vis.js node and edge records for a (selected) graph, built through pyvis."""
    from pyvis.edge import Edge as PyvisEdge
    from pyvis.network import Network

    given, received = _gift_totals(H)
    net = Network(directed=True, cdn_resources="in_line")
    for n in H.nodes:
        rec = vis_node(H, n, given=given[n], received=received[n])
        net.add_node(rec.pop("id"), **rec)
    pair_count: Counter = Counter()
    node_map = net.node_map
    for u, v, k, d in sorted(H.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        pair = tuple(sorted((u, v)))
        rec = vis_edge(H, u, v, k, d, messages, parallel_index=pair_count[pair], max_evidence=max_evidence, full=full)
        pair_count[pair] += 1
        # pyvis's add_edge checks both ends with a linear scan; they are known to exist here.
        assert rec["from"] in node_map and rec["to"] in node_map
        net.edges.append(PyvisEdge(rec.pop("from"), rec.pop("to"), directed=True, **rec).options)
    nodes, edges, *_ = net.get_network_data()
    return nodes, edges


# -- communities, layout, timeline -------------------------------------------------------------

_STRONG = ("GIFT", "REFERRAL", "OWNS_CODE")


def _undirected(H: nx.MultiDiGraph) -> nx.Graph:
    """A weighted simple graph of `H` (gift and referral links count three times)."""
    U = nx.Graph()
    U.add_nodes_from(H)
    for u, v, d in H.edges(data=True):
        if u == v:
            continue
        w = 3.0 if d.get("type") in _STRONG else 1.0
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


def communities(H: nx.MultiDiGraph, *, seed: int = 7) -> tuple[dict[str, int], list[dict]]:
    """Louvain communities of the drawn graph (networkx, fixed seed): node -> community index,
    and per community its size, its hubs (most connected members, which name it) and kinds."""
    U = _undirected(H)
    if U.number_of_edges():
        parts = nx.community.louvain_communities(U, weight="weight", seed=seed)
    else:
        parts = [{n} for n in U]
    deg = dict(H.degree())
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    comm, clusters = {}, []
    for i, c in enumerate(parts):
        hubs = sorted(c, key=lambda n: (-deg[n], _node_label(H, n).lower(), n))
        for n in c:
            comm[n] = i
        clusters.append({"id": i, "size": len(c), "hubs": [_node_label(H, n) for n in hubs[:3]],
                         "hub_ids": hubs[:3], "kinds": dict(Counter(H.nodes[n].get("kind", "") for n in c)),
                         "gift_links": sum(1 for u, v, d in H.subgraph(c).edges(data=True) if d.get("type") == "GIFT")})
    return comm, clusters


def community_layout(H: nx.MultiDiGraph, comm: dict[str, int], clusters: list[dict], *, seed: int = 7,
                     spacing: float = 55.0) -> dict[str, tuple[float, float]]:
    """Positions that keep each community together: every community is laid out on its own
    (force-directed, networkx) in a disc whose area grows with its size, and the discs are
    placed by a force layout of the community graph, then pushed apart until none overlap.
    Computed once at export, so the page opens laid out (no physics wait)."""
    import numpy as np

    U = _undirected(H)
    k = len(clusters)
    if not k:
        return {}
    radius = np.array([spacing * math.sqrt(c["size"]) * 0.75 + 12 for c in clusters])
    C = nx.Graph()
    C.add_nodes_from(range(k))
    for u, v, d in U.edges(data=True):
        cu, cv = comm[u], comm[v]
        if cu != cv:
            C.add_edge(cu, cv, weight=C[cu][cv]["weight"] + d["weight"] if C.has_edge(cu, cv) else d["weight"])
    if k > 1:
        p0 = nx.spring_layout(C, weight="weight", seed=seed, iterations=80)
        centres = np.array([p0[i] for i in range(k)], dtype=float)
    else:
        centres = np.zeros((1, 2))
    centres *= math.sqrt(float((radius ** 2).sum())) * 1.1
    gap = spacing * 0.6
    r = radius + gap / 2
    for it in range(400):
        diff = centres[:, None, :] - centres[None, :, :]
        dist = np.sqrt((diff ** 2).sum(-1)) + 1e-9
        over = np.clip(r[:, None] + r[None, :] - dist, 0, None)
        np.fill_diagonal(over, 0)
        if over.max() < 0.5:
            break
        if it < 300:  # a little pull to the middle keeps the packing tight
            centres *= 0.985
        centres += ((diff / dist[..., None]) * over[..., None] * 0.5).sum(1)
    pos: dict[str, tuple[float, float]] = {}
    members: dict[int, list[str]] = {}
    for n, c in comm.items():
        members.setdefault(c, []).append(n)
    for c, nodes in members.items():
        cx, cy = centres[c]
        R = radius[c]
        if len(nodes) == 1:
            local = {nodes[0]: (0.0, 0.0)}
        elif len(nodes) == 2:
            local = {nodes[0]: (-0.5, 0.0), nodes[1]: (0.5, 0.0)}
        else:
            sub = U.subgraph(nodes)
            local = nx.spring_layout(sub, seed=seed, iterations=60 if len(nodes) <= 400 else 30,
                                     k=1.6 / math.sqrt(len(nodes)))
        for n, (x, y) in local.items():
            pos[n] = (round(float(cx + x * R), 1), round(float(cy + y * R), 1))
    return pos


def _bucket(day: str, by: str) -> str:
    if by == "week":
        from datetime import date, timedelta
        try:
            d = date.fromisoformat(day[:10])
        except ValueError:
            return ""
        return (d - timedelta(days=d.weekday())).isoformat()
    return day[:7]


def message_timeline(G: nx.MultiDiGraph, *, by: str = "auto", entity: str | None = None,
                     edges: nx.MultiDiGraph | None = None) -> dict:
    """Messages per month (or week: Monday's date) from the case's message nodes, with the links
    dated in each bucket counted per type. `entity`: only messages that are evidence for one of
    its links. `by="auto"` picks weeks when the messages span less than about four months.
    Works on a release without a single gift."""
    msgs = message_index(G)
    if entity is not None:
        mine = set()
        for _u, _v, d in list(G.out_edges(entity, data=True)) + list(G.in_edges(entity, data=True)):
            mine.update(ev.get("message") for ev in d.get("evidence") or [])
        msgs = {m: d for m, d in msgs.items() if m in mine}
    days = sorted(d for d in (_iso(m.get("sent"))[:10] for m in msgs.values()) if d)
    undated = len(msgs) - len(days)
    if by == "auto":
        by = "month"
        if days:
            from datetime import date
            try:
                span = (date.fromisoformat(days[-1]) - date.fromisoformat(days[0])).days
                by = "week" if span < 120 else "month"
            except ValueError:
                pass
    counts = Counter(_bucket(d, by) for d in days)
    links: dict[str, Counter] = {}
    for _u, _v, d in (edges if edges is not None else G).edges(data=True):
        dt = edge_date(d, msgs if entity is None else message_index(G))
        if dt and d.get("type") in EDGE_TYPES:
            links.setdefault(_bucket(dt[:10], by), Counter())[d["type"]] += 1
    keys = sorted(k for k in set(counts) | set(links) if k)
    buckets = []
    if keys:
        from datetime import date, timedelta
        if by == "week":
            cur, last = date.fromisoformat(keys[0]), date.fromisoformat(keys[-1])
            while cur <= last:
                buckets.append(cur.isoformat())
                cur += timedelta(days=7)
        else:
            y, m = map(int, keys[0].split("-"))
            ly, lm = map(int, keys[-1].split("-"))
            while (y, m) <= (ly, lm) and len(buckets) < 1200:
                buckets.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    rows = []
    for k in buckets:
        if by == "week":
            from datetime import date, timedelta
            end = (date.fromisoformat(k) + timedelta(days=6)).isoformat()
            label = k
        else:
            import calendar
            y, m = map(int, k.split("-"))
            end = f"{k}-{calendar.monthrange(y, m)[1]:02d}"
            label = datetime(y, m, 1).strftime("%b %Y")
        rows.append({"key": k, "label": label, "start": k if by == "week" else f"{k}-01", "end": end,
                     "messages": counts.get(k, 0), "links": dict(links.get(k, {}))})
    # long empty stretches (three buckets or more) become one narrow gap, so a release whose
    # messages cluster in a few months is not drawn as a flat line with a few stray early ones
    packed, i = [], 0
    while i < len(rows):
        j = i
        while j < len(rows) and not rows[j]["messages"] and not rows[j]["links"]:
            j += 1
        if j - i >= 3:
            packed.append({"gap": True, "key": rows[i]["key"], "label": f"{rows[i]['label']} – {rows[j - 1]['label']}",
                           "start": rows[i]["start"], "end": rows[j - 1]["end"], "messages": 0, "links": {},
                           "buckets": j - i})
            i = j
        else:
            packed.append(rows[i])
            i += 1
    return {"by": by, "buckets": packed, "messages": len(msgs), "undated": undated, "entity": entity}


def vis_options(n_nodes: int, n_edges: int) -> dict:
    """Physics that settles quickly: bounded stabilization, then the page turns physics off."""
    if n_nodes <= 150:
        iterations = 400
    elif n_nodes <= 600:
        iterations = 200
    elif n_nodes <= 1200:
        iterations = 100
    else:
        iterations = 60
    big = n_nodes > 600
    return {
        "autoResize": True,
        "nodes": {"font": {"size": 13, "face": "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "borderWidth": 1.5},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "font": {"size": 11, "align": "middle", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "hoverWidth": 1.5, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False,
                        "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "multiselect": True},
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.008, "springLength": 110,
                                 "springConstant": 0.06, "damping": 0.6, "avoidOverlap": 0.2,
                                 "theta": 0.9 if big else 0.5},
            "minVelocity": 1.0 if big else 0.75,
            "maxVelocity": 60,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 20, "fit": True},
        },
    }


def graph_payload(H: nx.MultiDiGraph, G: nx.MultiDiGraph, messages: dict[str, dict] | None = None, *,
                  focus: list[str] | None = None, timeline: bool = True, max_evidence: int = 20) -> dict:
    """What the page script draws (snapshots and the explorer alike): vis.js nodes laid out by
    community (``x``, ``y``, ``gg.community``), edges, options (above 150 nodes physics is off:
    the layout is done; the page turns it on only to re-lay a filtered graph), the communities (``clusters``,
    named by their hubs) and the timeline of the case's messages."""
    messages = message_index(G) if messages is None else messages
    nodes, edges = vis_data(H, messages, max_evidence=max_evidence, full=G)
    comm, clusters = communities(H)
    pos = community_layout(H, comm, clusters)
    focus = [f for f in (focus or []) if f in H]
    for n in nodes:
        n["x"], n["y"] = pos.get(n["id"], (0.0, 0.0))
        n["gg"]["community"] = comm.get(n["id"], -1)
        if n["id"] in focus:
            n["gg"]["focus"] = True
            n["borderWidth"] = 5
            n["color"]["border"] = "#000000"
    for c in clusters:
        c.pop("hub_ids", None)
    options = vis_options(len(nodes), len(edges))
    options["interaction"]["keyboard"] = False
    if len(nodes) > 150:  # big: drawn as laid out here (the force layout would take seconds)
        options["physics"]["enabled"] = False
        options["physics"]["stabilization"]["enabled"] = False
    # small: vis's force layout starts from these positions and settles in a moment (big
    # nodes and labels need the room it makes), then the page turns physics off
    out = {"nodes": nodes, "edges": edges, "options": options, "clusters": clusters, "focus": focus}
    if timeline:
        out["timeline"] = message_timeline(G, edges=H, entity=focus[0] if len(focus) == 1 and len(H) < len(G) else None)
    return out


# -- assets and rendering -----------------------------------------------------------------------

def vis_assets() -> dict[str, Path]:
    """Paths of the vis-network JS and CSS bundled in the installed pyvis package."""
    base = Path(str(resources.files("pyvis"))) / "lib" / "vis-9.1.2"
    paths = {"js": base / "vis-network.min.js", "css": base / "vis-network.css"}
    for p in paths.values():
        if not p.exists():
            raise SnapshotError(f"{p}: vis-network asset missing from the installed pyvis package (pyvis==0.3.2 ships it)")
    return paths


def static_text(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


_SCRIPT_RE = re.compile(r"<script>(.*?)</script>", re.S)


def _with_csp(html: str) -> str:
    """Add a Content-Security-Policy allowing exactly the page's own inline scripts (by hash),
    inline styles and data: images, and nothing from the network."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode() + "'"
        for m in _SCRIPT_RE.finditer(html))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    return html.replace("<!--CSP-->", f'<meta http-equiv="Content-Security-Policy" content="{csp}">', 1)


def _provenance(manifest: dict | None, case_name: str) -> dict:
    manifest = manifest or {}
    files = []
    raw = manifest.get("files") or {}
    items = raw.items() if isinstance(raw, dict) else ((f, None) for f in raw)
    for path, info in items:
        sha = info if isinstance(info, str) else (info or {}).get("sha256") if isinstance(info, dict) else None
        files.append({"name": Path(str(path)).name, "path": str(path), "sha256": (sha or "")[:12]})
    return {
        "case": case_name,
        "files": sorted(files, key=lambda f: f["name"].lower()),
        "built": datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "version": __version__,
        "case_version": manifest.get("giftgraph_version") or "",
        "profile": manifest.get("profile") or "",
        "timezone": manifest.get("timezone") or "",
    }


def render_html(G: nx.MultiDiGraph, opts: SnapshotOptions | None = None, *, manifest: dict | None = None,
                case_name: str = "case") -> tuple[str, SnapshotReport]:
    """Render a self-contained snapshot page for `G` (the whole case graph; `opts` selects)."""
    opts = opts or SnapshotOptions()
    H, omitted = select_subgraph(G, opts)
    messages = message_index(G)
    focus_ids = find_nodes(G, opts.focus) if opts.focus else []
    payload = graph_payload(H, G, messages, focus=focus_ids[:1])
    nodes, edges = payload["nodes"], payload["edges"]
    kinds_present = sorted({n["gg"]["group"] for n in nodes}, key=list(NODE_STYLES).index)
    types_present = [t for t in EDGE_STYLES if any(e["gg"]["type"] == t for e in edges)]
    prov = _provenance(manifest, case_name)
    title = opts.title or f"giftgraph: {case_name}" + (f" — {opts.focus}" if opts.focus else "")
    if opts.labels < 0 or opts.cluster_above < 0:
        raise SnapshotError("--labels and --cluster-above must be 0 or more")
    data = dict(payload, **{
        "display": {"labels": opts.labels, "clusterAbove": opts.cluster_above},
        "nodeStyles": NODE_STYLES, "edgeStyles": EDGE_STYLES,
        "kinds": kinds_present, "types": types_present,
        "omitted": omitted.to_dict(), "provenance": prov, "title": title,
    })
    assets = vis_assets()
    page = _env().get_template("snapshot.html").render(
        title=title, prov=prov, filters=opts.describe(), omitted_note=omitted.note(), unlinked=omitted.unlinked,
        node_styles=NODE_STYLES, edge_styles=EDGE_STYLES, kinds=kinds_present, types=types_present,
        widths=[(v, gift_width(v)) for v in (25, 250, 2500)],
        n_nodes=len(nodes), n_edges=len(edges), data=data,
        vis_js=assets["js"].read_text(encoding="utf-8"), vis_css=assets["css"].read_text(encoding="utf-8"),
        gg_js=static_text("giftgraph.js"), gg_css=static_text("giftgraph.css"),
    )
    page = _with_csp(page)
    report = SnapshotReport(path=None, nodes=len(nodes), edges=len(edges), omitted=omitted,
                            bytes=len(page.encode("utf-8")))
    return page, report


def write_snapshot(case, output: str | Path, opts: SnapshotOptions | None = None) -> SnapshotReport:
    """Write the snapshot of a :class:`~giftgraph.graph.store.Case` to `output` (atomically; only
    to a new path or a regular file: :func:`giftgraph.graph.exporters.write_output`)."""
    from giftgraph.graph.exporters import check_output, write_output

    check_output(output)
    case.require()
    G = case.load_graph()
    page, report = render_html(G, opts, manifest=case.load_manifest(), case_name=Path(case.path).name)
    write_output(output, page)
    report.path = str(output)
    return report
