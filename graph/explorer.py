"""The local explorer: a small Flask app over one case (`giftgraph serve --case DIR`).

Search an entity, read its ledger (gifts in and out, totals, referral uses), open the evidence
emails (full text, quote highlighted), expand neighbours in a vis-network view, filter by edge
type and date, follow a timeline of gifts and referral uses, run a read-only Cypher query and
save the current view as a self-contained snapshot (:mod:`giftgraph.graph.html`).

It listens on 127.0.0.1 by default and loads nothing from the network: vis-network comes from
the installed pyvis package, the rest from ``graph/static/``. Jinja autoescaping is on for every
template, page data reaches scripts as JSON and is shown with DOM text nodes, and each response
carries a Content-Security-Policy that allows only the app's own scripts.

What another web page open in the same browser can do to it:

* **DNS rebinding** (a name of the attacker's that resolves to 127.0.0.1): every request whose
  ``Host`` header is not one of the names the explorer listens under (``localhost``, ``127.0.0.1``,
  ``[::1]``, and the ``--host`` given) is refused (403), so such a page reads nothing.
* **Cross-site requests**: Cypher runs only on POST (a GET of ``/cypher?q=...`` is refused, 405),
  and every POST must come from the explorer's own pages: its ``Origin`` (else its ``Referer``)
  must be the explorer's own origin (403 otherwise; the pages send it: ``Referrer-Policy:
  same-origin``).
* **Unbounded work**: one Cypher query at a time, with the time limit and memory bound of
  ``giftgraph query`` (``--timeout``, ``--max-memory``), and only the first rows converted.
* A bad parameter (``limit=abc``, ``since=junk``) is a 400 with one line; a damaged case a 503
  naming the file and what to run, never a traceback.

Usage::

    from giftgraph.graph.explorer import create_app
    app = create_app("exports/ring")
    app.run(host="127.0.0.1", port=8765)
"""
from __future__ import annotations

import math
import re
import threading
from collections import Counter
from datetime import date as _date
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
from flask import Flask, Response, abort, jsonify, render_template, request, send_file, url_for

from giftgraph import __version__
from giftgraph.errors import GiftgraphError
from giftgraph.graph import html as snap
from giftgraph.graph.model import EDGE_TYPES
from giftgraph.graph.store import Case, CaseError

__all__ = ["ExplorerError", "create_app", "entity_ledger", "timeline_events", "timeline_svg",
           "highlight", "highlight_terms", "is_header_quote", "message_bars", "run_cypher", "search_entities", "serve", "DEFAULT_HOST", "DEFAULT_PORT"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
MAX_LIMIT = 500  # most hits or rows a request asks for
_WRITE_CLAUSES = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|CALL|FOREACH)\b", re.I)


class ExplorerError(GiftgraphError):
    """A request the explorer cannot answer (bad query, unknown entity)."""


# -- case data ----------------------------------------------------------------------------------

class CaseData:
    """The case graph and messages, reloaded when graph.json or messages.jsonl change."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self._stamp: tuple[float, ...] | None = None
        self.G = nx.MultiDiGraph()
        self.messages: dict[str, dict] = {}
        self.bodies: dict[str, dict] = {}
        self.manifest: dict = {}
        self.mentions: dict | None = None

    def _mtime(self, p: Path) -> float:
        return p.stat().st_mtime if p.exists() else 0.0

    def refresh(self) -> CaseData:
        stamp = (self._mtime(self.case.graph_path), self._mtime(self.case.messages_path), self._mtime(self.case.manifest_path))
        if stamp != self._stamp:
            self.G = self.case.load_graph()
            self.messages = snap.message_index(self.G)
            self.bodies = {}
            for m in self.case.iter_messages():
                self.bodies[m.id] = m.to_dict()
            self.manifest = self.case.load_manifest()
            self.mentions = None
            self._stamp = stamp
        return self

    def message_entities(self) -> dict[str, list[str]]:
        """Message id -> the entities it is evidence for (built on first full-text search)."""
        if self.mentions is None:
            from giftgraph.graph.search import message_entities
            self.mentions = message_entities(self.G)
        return self.mentions

    def message(self, mid: str) -> dict | None:
        """A message as the explorer shows it: graph node attributes, completed from messages.jsonl."""
        node = dict(self.messages.get(mid) or {})
        full = self.bodies.get(mid)
        if not node and not full:
            return None
        if full:
            node.setdefault("subject", full.get("subject"))
            node.setdefault("sent", full.get("sent"))
            if not node.get("body"):
                node["body"] = full.get("body")
            node["from_display"] = _addr(full.get("sender") or {})
            node["to_display"] = [_addr(a) for a in full.get("to") or []]
            node["cc_display"] = [_addr(a) for a in full.get("cc") or []]
            node["provenance"] = full.get("provenance") or node.get("provenance") or []
            node["sent_raw"] = full.get("sent_raw")
        else:
            node["from_display"] = node.get("sender") or ""
            node["to_display"] = node.get("to") or []
            node["cc_display"] = node.get("cc") or []
        node["id"] = mid
        return node


def _addr(a: dict) -> str:
    name, email = a.get("name") or "", a.get("email") or ""
    return f"{name} <{email}>" if name and email else name or email


def _num(v) -> float:
    try:
        return float(v or 0)
    except (TypeError, ValueError):
        return 0.0


def _uses(v) -> int:
    if isinstance(v, (list, tuple)):
        return len(v)
    try:
        return int(v or 0)
    except (TypeError, ValueError):
        return 0


def _label(G, n) -> str:
    return str(G.nodes[n].get("name") or n) if n in G else str(n)


# -- ledger, search, timeline -------------------------------------------------------------------

def search_entities(G: nx.MultiDiGraph, q: str, limit: int = 50) -> list[dict]:
    """Entities whose name, alias, e-mail or id contains `q`; exact matches first, then by degree."""
    q = (q or "").strip().lower()
    if not q:
        return []
    hits = []
    for n, d in G.nodes(data=True):
        if d.get("kind") == "message":
            continue
        names = [str(d.get("name") or "")] + [str(a) for a in d.get("aliases") or []] + [str(e) for e in d.get("emails") or []] + [str(n)]
        low = [x.lower() for x in names if x]
        if any(q in x for x in low):
            exact = q in low
            hits.append((not exact, -G.degree(n), str(d.get("name") or n).lower(), n))
    hits.sort()
    return [{"id": n, "name": _label(G, n), "kind": G.nodes[n].get("kind"), "role": G.nodes[n].get("role") or "",
             "degree": G.degree(n)} for *_, n in hits[:limit]]


def _edge_row(G, u, v, k, d, messages, me=None) -> dict:
    ev = snap.evidence_records(d, messages)
    other = v if u == me else u
    return {
        "key": k, "type": d.get("type"), "source": u, "target": v,
        "source_name": _label(G, u), "target_name": _label(G, v),
        "other": other, "other_name": _label(G, other), "direction": "out" if u == me else "in",
        "date": snap.edge_date(d, messages), "value_usd": d.get("value_usd"), "purpose": d.get("purpose") or "",
        "items": [{"product": _label(G, it.get("product")), "quantity": it.get("quantity")}
                  for it in d.get("items") or [] if isinstance(it, dict)],
        "code": snap.code_name(G, d), "uses": _uses(d.get("uses")), "count": d.get("count"),
        "evidence": ev,
    }


def _keep(d, messages, types, since, until) -> bool:
    if types and d.get("type") not in types:
        return False
    if (since or until) and d.get("type") not in snap.TIMELESS_TYPES:
        dt = snap.edge_date(d, messages)
        if not dt or not snap._in_range(dt, since, until):
            return False
    return True


def entity_ledger(G: nx.MultiDiGraph, n: str, messages: dict | None = None, *, types: Iterable[str] | None = None,
                  since: str | None = None, until: str | None = None) -> dict:
    """Everything an entity gave, received and promoted, with totals and evidence.

    Returns ``{"gifts_out", "gifts_in", "referrals", "other", "totals"}``; each row carries the
    other end, date, value or code, and its evidence (quote, message, page, Bates)."""
    if n not in G:
        raise ExplorerError(f"no entity {n!r} in this case")
    messages = snap.message_index(G) if messages is None else messages
    types = set(types or [])
    out: dict[str, Any] = {"gifts_out": [], "gifts_in": [], "referrals": [], "other": []}
    seen = set()
    for u, v, k, d in list(G.out_edges(n, keys=True, data=True)) + list(G.in_edges(n, keys=True, data=True)):
        if (u, v, k) in seen or not _keep(d, messages, types, since, until):
            continue
        seen.add((u, v, k))
        row = _edge_row(G, u, v, k, d, messages, me=n)
        t = d.get("type")
        if t == "GIFT":
            out["gifts_out" if u == n else "gifts_in"].append(row)
        elif t == "REFERRAL":
            out["referrals"].append(row)
        else:
            out["other"].append(row)
    for rows in out.values():
        rows.sort(key=lambda r: (r["date"] or "~", r["other_name"].lower()))
    out["totals"] = {
        "given_usd": sum(_num(r["value_usd"]) for r in out["gifts_out"]),
        "received_usd": sum(_num(r["value_usd"]) for r in out["gifts_in"]),
        "gifts_given": len(out["gifts_out"]), "gifts_received": len(out["gifts_in"]),
        "referral_uses": sum(r["uses"] for r in out["referrals"]),
        "referral_codes": sorted({r["code"] for r in out["referrals"] if r["code"]}),
        "unknown_value": sum(1 for r in out["gifts_out"] + out["gifts_in"] if r["value_usd"] in (None, "")),
    }
    return out


def timeline_events(G: nx.MultiDiGraph, messages: dict | None = None, *, entity: str | None = None,
                    types: Iterable[str] | None = ("GIFT", "REFERRAL"), since: str | None = None,
                    until: str | None = None) -> list[dict]:
    """Dated gifts and referral uses, oldest first (undated ones last, date "")."""
    messages = snap.message_index(G) if messages is None else messages
    types = set(types or ("GIFT", "REFERRAL"))
    edges = (list(G.out_edges(entity, keys=True, data=True)) + list(G.in_edges(entity, keys=True, data=True))) if entity \
        else list(G.edges(keys=True, data=True))
    events, seen = [], set()
    for u, v, k, d in edges:
        if (u, v, k) in seen or d.get("type") not in types or not _keep(d, messages, types, since, until):
            continue
        seen.add((u, v, k))
        row = _edge_row(G, u, v, k, d, messages, me=entity)
        uses = d.get("uses")
        if d.get("type") == "REFERRAL" and isinstance(uses, list) and uses and all(isinstance(x, dict) for x in uses):
            for use in uses:  # individual uses with their own dates, when the extractor records them
                when = snap._iso(use.get("date")) or row["date"]
                if (since or until) and (not when or not snap._in_range(when, since, until)):
                    continue
                events.append(dict(row, date=when, uses=1, use=use))
        else:
            events.append(row)
    events.sort(key=lambda r: (r["date"] or "~", r["type"], r["source_name"].lower()))
    return events


def _day(s: str) -> _date | None:
    try:
        return _date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def timeline_svg(events: list[dict], width: int = 960) -> dict:
    """Positions for a server-drawn SVG timeline: one lane per type, marks sized by value/uses."""
    dated = [(e, d) for e in events if (d := _day(e["date"])) is not None]
    lanes = {"GIFT": 42, "REFERRAL": 98}
    out: dict[str, Any] = {"width": width, "height": 140, "marks": [], "ticks": [], "lanes": lanes, "undated": len(events) - len(dated)}
    if not dated:
        return out
    lo, hi = min(d for _, d in dated), max(d for _, d in dated)
    span = max((hi - lo).days, 1)
    left, right = 90, width - 34

    def x(d):
        return left + (right - left) * ((d - lo).days / span) if span else (left + right) / 2

    for e, d in dated:
        size = 4 + 2.2 * math.log2(1 + _num(e.get("value_usd")) / 50) if e["type"] == "GIFT" else 4 + 2 * math.log2(1 + e.get("uses", 0))
        title = f"{e['date'][:10]} {e['type']} {e['source_name']} → {e['target_name']}"
        if e["type"] == "GIFT" and e.get("value_usd") not in (None, ""):
            title += f" ${_num(e['value_usd']):,.0f}"
        if e["type"] == "REFERRAL":
            title += f" code {e['code']} ({e['uses']} use{'s' if e['uses'] != 1 else ''})"
        out["marks"].append({"x": round(x(d), 1), "y": lanes.get(e["type"], 70), "r": round(min(size, 16), 1),
                             "type": e["type"], "title": title, "edge": e})
    # month ticks (at most ~12)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = max(1, math.ceil(months / 12))
    y, m = lo.year, lo.month
    for i in range(0, months, step):
        mm = m - 1 + i
        d = _date(y + mm // 12, mm % 12 + 1, 1)
        if lo <= d <= hi or i == 0:
            out["ticks"].append({"x": round(x(max(d, lo)), 1), "label": d.strftime("%b %Y")})
    return out


def highlight(text: str, quote: str) -> list[tuple[str, bool]]:
    """Split `text` into (segment, is_quote) pieces, marking where `quote` occurs.

    Matching ignores case and differences in whitespace/line breaks; no match gives one segment."""
    text = text or ""
    quote = (quote or "").strip()
    if not quote:
        return [(text, False)]
    words = quote.split()
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.I)
    return _split_on(pattern, text)


def _split_on(pattern: re.Pattern, text: str) -> list[tuple[str, bool]]:
    """`text` as (segment, is_hit) pieces, a hit for each match of `pattern`."""
    pieces, pos = [], 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], False))
        pieces.append((m.group(0), True))
        pos = m.end()
    if pos < len(text) or not pieces:
        pieces.append((text[pos:], False))
    return pieces


def highlight_terms(text: str, query: str) -> list[tuple[str, bool]]:
    """Split `text` into (segment, is_hit) pieces marking every word of a full-text `query`
    (quoted phrases as phrases; operators and prefixes as the search understands them)."""
    text = text or ""
    pats = []
    for neg, quoted, bare in re.findall(r'(-?)"([^"]*)"|(\S+)', query or ""):
        if neg or (bare.startswith("-") and len(bare) > 1):
            continue
        words = re.findall(r"\w+", quoted or bare)
        if not words:
            continue
        prefix = bool(bare) and bare.endswith("*")
        pats.append(r"\W+".join(re.escape(w) for w in words) + (r"\w*" if prefix else r"\b"))
    if not pats:
        return [(text, False)]
    words = re.findall(r"\w+", query or "")
    if len(pats) > 1 and not re.search(r'["*]|(^|\s)-', query or ""):
        phrase = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", re.I)
        if phrase.search(text):  # the words side by side: mark the phrase, as the search ranked it
            pats = [phrase.pattern[2:]]
    pattern = re.compile(r"\b(?:" + "|".join(sorted(pats, key=len, reverse=True)) + ")", re.I)
    return _split_on(pattern, text)


def is_header_quote(quote: str) -> bool:
    """Evidence read from a message's headers (From/To/Cc) rather than from its text."""
    return (quote or "").strip().startswith("(header")


# -- Cypher ---------------------------------------------------------------------------------------

def run_cypher(G: nx.MultiDiGraph, query: str, *, case: Case | None = None, limit: int = 500,
               named: str | None = None, param: str | None = None, timeout: float | None = None,
               max_memory: int | None = None) -> dict:
    """Run a read-only Cypher query, or the named query ``named`` (``param``: ``NAME=VALUE``);
    returns ``{"columns": [...], "rows": [[...], ...]}``.

    Runs :func:`giftgraph.graph.cypher.run_embedded` (the case's embedded database; labels ``Person``,
    ``Organization``, ``Division``, ``Product``, ``Code``, ``Message``, ``Entity``; relationship
    types are the edge types). Write clauses are refused before the query reaches the engine; the
    query has ``timeout`` seconds and ``max_memory`` bytes (the defaults of ``giftgraph query``),
    and only the first ``limit`` rows are kept."""
    from giftgraph.graph.cypher import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT

    bounds = {"timeout": DEFAULT_TIMEOUT if timeout is None else timeout,
              "max_memory": DEFAULT_MAX_MEMORY if max_memory is None else max_memory, "max_rows": limit + 1}
    case_path = case.path if case is not None and case.graph_path.exists() else None
    if named:
        from giftgraph.graph.cypher import CypherError, parse_param, run_named

        try:
            params = dict([parse_param(param)]) if param and param.strip() else {}
            res = run_named(named, G=G, case_path=case_path, params=params, **bounds)
        except CypherError as exc:
            raise ExplorerError(str(exc)) from None
        rows = [[_cell(r.get(c)) for c in res.columns] for r in res.rows[:limit]]
        return {"columns": list(res.columns), "rows": rows, "truncated": len(res.rows) > limit}
    query = (query or "").strip()
    if not query:
        raise ExplorerError("empty query")
    stripped = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "''", query)
    bad = _WRITE_CLAUSES.search(stripped)
    if bad:
        raise ExplorerError(f"read-only: {bad.group(1).upper()} is not allowed here")
    from giftgraph.graph.cypher import CypherError, run_embedded  # same labels and rows as on Neo4j

    try:
        res = run_embedded(G, query, case_path=case_path, **bounds)
    except CypherError as exc:
        raise ExplorerError(str(exc)) from None
    rows = [[_cell(r.get(c)) for c in res.columns] for r in res.rows[:limit]]
    return {"columns": list(res.columns), "rows": rows, "truncated": len(res.rows) > limit}


def _cell(v):
    if isinstance(v, dict) and len(v) == 1 and all(isinstance(k, tuple) for k in v):  # multigraph edge attrs
        v = next(iter(v.values()))
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    return repr(v) if not isinstance(v, (list, dict)) else v


# -- the app ----------------------------------------------------------------------------------------

def _filters_from(args) -> dict:
    types = [t.upper() for t in args.getlist("types") for t in t.split(",") if t.strip()]
    types = [t for t in types if t in EDGE_TYPES]
    since = args.get("since") or None
    until = args.get("until") or None
    for label, v in (("since", since), ("until", until)):
        if v and not snap._DATE_RE.match(v):
            raise ExplorerError(f"{label} {v!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    depth = _int_arg(args, "depth", 1, 0, 3)
    min_value = args.get("min_value")
    try:
        min_value = float(min_value) if min_value not in (None, "") else None
    except ValueError:
        raise ExplorerError(f"min_value {min_value!r}: not a number")
    return {"types": types, "since": since, "until": until, "depth": depth, "min_value": min_value}


def _int_arg(args, name: str, default: int, lo: int, hi: int) -> int:
    """An integer request parameter, clamped to [lo, hi]; not a number is an ExplorerError (400)."""
    raw = args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except (TypeError, ValueError):
        raise ExplorerError(f"{name} {str(raw)[:40]!r}: not a whole number") from None
    return max(lo, min(hi, value))


def _host_name(host: str) -> str:
    """The name part of a Host header: ``127.0.0.1:8765`` -> ``127.0.0.1``, ``[::1]:80`` -> ``::1``."""
    host = (host or "").strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_hosts(host: str = DEFAULT_HOST) -> frozenset[str]:
    """The Host names the explorer answers to when it listens on ``host``: the loopback names, the
    address given, and on a wildcard address (0.0.0.0) this machine's names."""
    names = set(LOOPBACK_HOSTS)
    host = _host_name(host)
    if host in WILDCARD_HOSTS:
        import socket

        names.update(n.lower() for n in (socket.gethostname(), socket.getfqdn()) if n)
    else:
        names.add(host)
    return frozenset(names)


def create_app(case_dir: str | Path, *, hosts: Iterable[str] | None = None, timeout: float | None = None,
               max_memory: int | None = None) -> Flask:
    """The explorer app for one case directory (raises CaseError when it is not a case).

    ``hosts``: the Host names it answers to (default: the loopback names, :func:`allowed_hosts`);
    ``timeout`` and ``max_memory``: the bounds of a Cypher query (default: ``giftgraph query``'s)."""
    case = Case(case_dir).require()
    data = CaseData(case).refresh()
    host_names = frozenset(_host_name(h) for h in hosts) if hosts is not None else allowed_hosts()
    one_query = threading.Semaphore(1)  # one Cypher query at a time: each may use max_memory
    app = Flask(__name__, template_folder=str(snap.TEMPLATES), static_folder=None)
    app.jinja_env.autoescape = True  # every template, whatever its name
    app.config["GG_CASE"] = case
    app.config["GG_DATA"] = data

    def D() -> CaseData:
        return data.refresh()

    @app.before_request
    def _guard():
        """DNS rebinding: only the Host names the explorer listens under. Cross-site requests: a
        POST only from the explorer's own pages (Origin, else Referer)."""
        if _host_name(request.host) not in host_names:
            return _refuse(403, f"Host {request.host[:80]!r} is not one this explorer answers to "
                                "(open it at the address it printed when it started)")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            own = f"{request.scheme}://{request.host}".lower()
            origin = request.headers.get("Origin")
            referer = request.headers.get("Referer")
            if origin is not None:
                ok = origin.strip().lower() == own
            else:
                ok = bool(referer) and (referer.lower() == own or referer.lower().startswith(own + "/"))
            if not ok:
                return _refuse(403, "refused: a POST must come from the explorer's own pages "
                                    f"(Origin {origin or '(none)'!r}, Referer {(referer or '(none)')[:80]!r})")
        return None

    def _refuse(status: int, message: str):
        if request.path.startswith("/api/"):
            return jsonify({"error": message}), status
        return render_template("explorer_error.html", error=message), status

    @app.after_request
    def _headers(resp: Response):
        resp.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        # same-origin: the explorer's own POSTs carry their Origin (no-referrer would make it "null"),
        # and no other site learns its addresses
        resp.headers["Referrer-Policy"] = "same-origin"
        return resp

    # globals, so imported macros see them too
    app.jinja_env.globals.update(case_name=case.path.name, version=__version__, edge_types=EDGE_TYPES,
                                 edge_styles=snap.EDGE_STYLES, node_styles=snap.NODE_STYLES, money=_money,
                                 short_date=_short_date)

    @app.errorhandler(ExplorerError)
    def _explorer_error(exc):
        return _refuse(400, str(exc))

    @app.errorhandler(snap.SnapshotError)
    def _snapshot_error(exc):
        return _refuse(400, str(exc))

    @app.errorhandler(CaseError)
    def _case_error(exc):  # a damaged or missing case file: the file and what to run, no traceback
        return _refuse(503, str(exc))

    @app.errorhandler(GiftgraphError)
    def _giftgraph_error(exc):  # any other error giftgraph explains in one line (a search that does not parse...)
        return _refuse(400, str(exc))

    @app.route("/")
    def index():
        d = D()
        G = d.G
        q = request.args.get("q", "")
        results = search_entities(G, q) if q else []
        kinds = Counter(dd.get("kind") for _, dd in G.nodes(data=True))
        types = Counter(dd.get("type") for _, _, dd in G.edges(data=True))
        top_given = [r for r in _ledger_rows(G, "giver") if r.get("value_usd") or r.get("gifts")][:10]
        top_received = [r for r in _ledger_rows(G, "recipient") if r.get("value_usd") or r.get("gifts")][:10]
        prov = snap._provenance(d.manifest, case.path.name)
        connected = [] if (top_given or top_received) else [
            {"id": n, "name": _label(G, n), "kind": G.nodes[n].get("kind"), "role": G.nodes[n].get("role") or "",
             "degree": G.degree(n), "messages": _message_count(G, n)} for n in _most_connected(G, 15)]
        mt = message_bars(snap.message_timeline(G, by="month"))
        return render_template("explorer_index.html", q=q, search_q=q, results=results, kinds=kinds, types=types,
                               top_given=top_given, top_received=top_received, prov=prov, connected=connected, mt=mt)

    @app.route("/ledger")
    def ledger_page():
        d = D()
        f = _filters_from(request.args)
        by = request.args.get("by", "recipient")
        rows = _ledger_rows(d.G, by, since=f["since"], until=f["until"], keep_total=True)
        return render_template("explorer_ledger.html", rows=rows, by=by, f=f)

    @app.route("/entity/<path:node_id>")
    def entity(node_id):
        d = D()
        if node_id not in d.G or d.G.nodes[node_id].get("kind") == "message":
            abort(404)
        f = _filters_from(request.args)
        ledger = entity_ledger(d.G, node_id, d.messages, types=f["types"], since=f["since"], until=f["until"])
        events = timeline_events(d.G, d.messages, entity=node_id, since=f["since"], until=f["until"],
                                 types=[t for t in f["types"] if t in ("GIFT", "REFERRAL")] or None)
        node = dict(d.G.nodes[node_id], id=node_id)
        neighbours = sorted({v for v in nx.all_neighbors(d.G, node_id) if d.G.nodes[v].get("kind") != "message"},
                            key=lambda v: -d.G.degree(v))
        graph_url = url_for("api_graph", focus=node_id, depth=f["depth"], types=",".join(f["types"]) or None,
                            since=f["since"], until=f["until"])
        snap_url = url_for("snapshot", focus=node_id, depth=f["depth"], types=",".join(f["types"]) or None,
                           since=f["since"], until=f["until"])
        return render_template("explorer_entity.html", node=node, ledger=ledger, f=f, tl=timeline_svg(events),
                               events=events, neighbours=[{"id": v, "name": _label(d.G, v), "kind": d.G.nodes[v].get("kind")}
                                                          for v in neighbours[:60]],
                               n_neighbours=len(neighbours), graph_url=graph_url, snap_url=snap_url)

    @app.route("/message/<path:mid>")
    def message(mid):
        d = D()
        m = d.message(mid)
        if m is None:
            abort(404)
        q = request.args.get("q", "")
        terms = request.args.get("terms", "")
        header = is_header_quote(q)
        if terms:
            pieces = highlight_terms(m.get("body") or "", terms)
        else:
            pieces = highlight(m.get("body") or "", "" if header else q)
        found = any(mark for _, mark in pieces) or header
        cited = []
        for u, v, _k, dd in d.G.edges(keys=True, data=True):
            for ev in dd.get("evidence") or []:
                if ev.get("message") == mid:
                    cited.append({"type": dd.get("type"), "source": u, "target": v, "source_name": _label(d.G, u),
                                  "target_name": _label(d.G, v), "quote": ev.get("quote") or ""})
        subject = highlight_terms(m.get("subject") or "", terms) if terms else [(m.get("subject") or "", False)]
        return render_template("explorer_message.html", m=m, q=q, pieces=pieces, found=found, cited=cited,
                               header=header, terms=terms, subject_pieces=subject)

    @app.route("/timeline")
    def timeline():
        d = D()
        f = _filters_from(request.args)
        events = timeline_events(d.G, d.messages, since=f["since"], until=f["until"],
                                 types=[t for t in f["types"] if t in ("GIFT", "REFERRAL")] or None)
        by = request.args.get("by", "month")
        by = by if by in ("month", "week") else "month"
        who = request.args.get("entity") or None
        if who and (who not in d.G or d.G.nodes[who].get("kind") == "message"):
            raise ExplorerError(f"no entity {who!r} in this case")
        mt = snap.message_timeline(d.G, by=by, entity=who)
        of = "links" if request.args.get("of") == "links" else "messages"
        return render_template("explorer_timeline.html", events=events, tl=timeline_svg(events), f=f,
                               mt=message_bars(mt, of=of), by=by, who=who, of=of, who_name=_label(d.G, who) if who else "",
                               people=[{"id": n, "name": _label(d.G, n)} for n in _most_connected(d.G, 40)])

    @app.route("/search")
    def full_text():
        """Full-text search of the emails (graph/search.py), with the entities matching too."""
        from giftgraph.graph.search import SearchError, search, snippet_parts

        d = D()
        q = request.args.get("q", "").strip()
        hits, error, entities = [], None, []
        if q:
            entities = search_entities(d.G, q, limit=10)
            try:
                hits = search(case, q, limit=_int_arg(request.args, "limit", 50, 1, MAX_LIMIT), graph=d.G,
                              entities=d.message_entities())
            except SearchError as exc:
                error = str(exc)
            for h in hits:
                h["snippet_parts"] = snippet_parts(h["snippet"])
                h["subject_parts"] = snippet_parts(h["subject_snippet"] or h["subject"] or "(no subject)")
        return render_template("explorer_search.html", q=q, search_q=q, hits=hits, error=error, entities=entities)

    @app.route("/api/fulltext")
    def api_fulltext():
        from giftgraph.graph.search import SearchError, search

        d = D()
        try:
            return jsonify(search(case, request.args.get("q", ""), limit=_int_arg(request.args, "limit", 20, 1, MAX_LIMIT),
                                  graph=d.G, entities=d.message_entities()))
        except SearchError as exc:
            return jsonify({"error": str(exc)}), 400

    @app.route("/cypher", methods=["GET", "POST"])
    def cypher():
        """The form on GET; a query only on POST (from this page: see ``_guard``), one at a time."""
        from giftgraph.graph.cypher import named_queries

        if request.method == "GET" and any(request.args.get(k) for k in ("q", "named")):
            return _refuse(405, "Cypher runs only from the form of this page (POST); a link cannot run a query")
        d = D()
        form = request.form
        q = form.get("q", "")
        named, param = form.get("named", ""), form.get("param", "")
        result, error, status = None, None, 200
        if request.method == "POST" and (q.strip() or named):
            if not one_query.acquire(timeout=5):
                error, status = "another query is running; try again when it has finished", 503
            else:
                try:
                    result = run_cypher(d.G, q, case=case, named=named or None, param=param or None,
                                        timeout=timeout, max_memory=max_memory)
                except ExplorerError as exc:
                    error, status = str(exc), 400
                finally:
                    one_query.release()
        elif request.method == "POST":
            error, status = "empty query", 400
        return render_template("explorer_cypher.html", q=q, result=result, error=error, named=named, param=param,
                               pack=named_queries()), status

    @app.route("/snapshot", methods=["GET", "POST"])
    def snapshot():
        """The current view as a self-contained file: GET with the view's filters, or POST
        from the entity page with the ids of the nodes on screen (after expansions)."""
        d = D()
        args = request.values
        f = _filters_from(args)
        focus = args.get("focus") or None
        ids = [i for i in (args.get("ids") or "").split(",") if i] or None
        opts = snap.SnapshotOptions(focus=focus, depth=f["depth"], types=f["types"] or None, since=f["since"],
                                    until=f["until"], min_value=f["min_value"], nodes=ids)
        page, report = snap.render_html(d.G, opts, manifest=d.manifest, case_name=case.path.name)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{case.path.name}-{_label(d.G, focus) if focus in d.G else focus or 'all'}").strip("-")
        resp = Response(page, mimetype="text/html")
        resp.headers["Content-Disposition"] = f'attachment; filename="{name}.html"'
        return resp

    @app.route("/favicon.ico")
    def favicon():
        return Response(status=204)

    @app.route("/api/search")
    def api_search():
        return jsonify(search_entities(D().G, request.args.get("q", ""), limit=_int_arg(request.args, "limit", 20, 1, MAX_LIMIT)))

    @app.route("/api/graph")
    def api_graph():
        d = D()
        f = _filters_from(request.args)
        focus = request.args.get("focus") or None
        opts = snap.SnapshotOptions(focus=focus, depth=f["depth"], types=f["types"] or None, since=f["since"],
                                    until=f["until"], min_value=f["min_value"], max_nodes=_int_arg(request.args, "max_nodes", 400, 1, 5000))
        H, omitted = snap.select_subgraph(d.G, opts)
        payload = snap.graph_payload(H, d.G, d.messages, focus=[focus] if focus in d.G else [],
                                     timeline=request.args.get("timeline") != "0")
        payload["omitted"] = omitted.to_dict(hint="Narrow the filters above (depth, relation types, dates, "
                                                  "value) or open a neighbour's page to see them.")
        payload["types"] = [t for t in snap.EDGE_STYLES if any(e["gg"]["type"] == t for e in payload["edges"])]
        return jsonify(payload)

    @app.route("/assets/<name>")
    def assets(name):
        vis = snap.vis_assets()
        files = {"vis-network.min.js": vis["js"], "vis-network.css": vis["css"],
                 "giftgraph.js": snap.STATIC / "giftgraph.js", "giftgraph.css": snap.STATIC / "giftgraph.css",
                 "explorer.js": snap.STATIC / "explorer.js"}
        if name not in files:
            abort(404)
        return send_file(files[name], max_age=3600)

    return app


def _most_connected(G: nx.MultiDiGraph, n: int) -> list[str]:
    ents = [x for x, d in G.nodes(data=True) if d.get("kind") != "message" and G.degree(x)]
    return sorted(ents, key=lambda x: (-G.degree(x), _label(G, x).lower()))[:n]


def _message_count(G: nx.MultiDiGraph, n: str) -> int:
    mids = set()
    for _, _, d in list(G.out_edges(n, data=True)) + list(G.in_edges(n, data=True)):
        mids.update(ev.get("message") for ev in d.get("evidence") or [] if ev.get("message"))
    return len(mids)


def message_bars(mt: dict, width: int = 960, height: int = 120, of: str = "messages") -> dict:
    """Bars for a server-drawn SVG of :func:`giftgraph.graph.html.message_timeline`: messages per
    bucket, or (``of="links"``) the links dated in each bucket stacked by type."""
    B = mt["buckets"]
    left, right, top, bottom = 40, width - 10, 10, height - 22
    out = dict(mt, width=width, height=height, bars=[], ticks=[], top=top, bottom=bottom, left=left, max=0, of=of)
    if not B:
        return out
    bw = (right - left) / len(B)
    value = (lambda b: sum(b["links"].values())) if of == "links" else (lambda b: b["messages"])
    mx = max([value(b) for b in B] + [1])
    out["max"] = mx
    step = max(1, math.ceil(len(B) / 12))
    for i, b in enumerate(B):
        h = (bottom - top) * value(b) / mx
        segs, y = [], bottom
        if of == "links":
            for t in EDGE_TYPES:  # stacked in a fixed order, each with its colour and a title
                if b["links"].get(t):
                    sh = (bottom - top) * b["links"][t] / mx
                    y -= sh
                    segs.append({"type": t, "n": b["links"][t], "y": round(y, 1), "h": round(max(sh, 1), 1),
                                 "color": snap.EDGE_STYLES[t]["color"]})
        out["bars"].append(dict(b, x=round(left + i * bw + 0.5, 1), w=round(max(bw - 1, 0.8), 1), y=round(bottom - h, 1),
                                h=round(h, 1), cx=round(left + (i + 0.5) * bw, 1), value=value(b), segs=segs))
        if i % step == 0 and not b.get("gap"):
            out["ticks"].append({"x": round(left + i * bw, 1), "label": b["label"] if mt["by"] == "month" else b["key"]})
    return out


def _ledger_rows(G: nx.MultiDiGraph, by: str, *, since=None, until=None, keep_total: bool = False) -> list[dict]:
    """Rows of the case ledger (:func:`giftgraph.graph.ledger.ledger`)."""
    from giftgraph.graph.ledger import LedgerError, ledger

    try:
        rows = ledger(G, by=by, since=since, until=until)
    except LedgerError as exc:
        raise ExplorerError(str(exc)) from None
    return [r for r in rows if keep_total or r.get("kind") != "total"]


def _money(v) -> str:
    if v in (None, ""):
        return "value unknown"
    return f"${_num(v):,.0f}" if float(_num(v)).is_integer() else f"${_num(v):,.2f}"


def _short_date(s) -> str:
    s = str(s or "")
    return s[:10] + " " + s[11:16] if len(s) >= 16 and s[10] == "T" else s[:10]


def serve(case_dir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, log=print, *,
          timeout: float | None = None, max_memory: int | None = None) -> None:
    """Run the explorer with werkzeug's threaded server until interrupted; it answers only to the
    Host names of ``host`` (:func:`allowed_hosts`)."""
    from werkzeug.serving import make_server

    app = create_app(case_dir, hosts=allowed_hosts(host), timeout=timeout, max_memory=max_memory)
    server = make_server(host, port, app, threaded=True)
    log(f"giftgraph explorer for {case_dir} on http://{host}:{server.server_port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
