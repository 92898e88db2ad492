"""Cypher on the embedded case graph (grand-cypher) and on Neo4j, with the same rows from both.

Both back ends see the same data: the flat property maps of :mod:`giftgraph.graph.properties`,
under the same labels (``Person``/``Organization``/... plus ``Entity``) and relationship types.

**Embedded** (:func:`run_embedded`): grand-cypher 1.x on a labelled copy of the networkx graph. It
runs a subset of Cypher: ``MATCH`` (several, with ``(n:Label {prop: value})``, ``-[r:GIFT|PROMOTED]->``,
``-[*1..2]->``), ``WHERE`` (comparisons, ``AND``/``OR``/``NOT``, ``IN [...]``, ``STARTS WITH``,
``CONTAINS``, ``IS NULL``), ``RETURN [DISTINCT] … AS …`` with ``count``/``sum``/``avg``/``min``/
``max``/``collect`` grouped by the other columns, ``type()``, ``size()``, ``toLower()``, ``coalesce()``,
``ORDER BY``, ``SKIP``, ``LIMIT``. There is no ``WITH``, ``UNWIND``, ``OPTIONAL MATCH``,
``count(DISTINCT …)`` or writing. Before handing a query over, giftgraph (documented, tested):

* puts ``$name`` parameters in as literals (JSON-quoted, so a value can never become syntax);
* turns ``'single-quoted'`` strings into the double-quoted form grand-cypher reads;
* upper-cases aggregate names (``count(`` -> ``COUNT(``) and rewrites ``x.p IS NOT NULL`` to
  ``NOT x.p IS NULL``;
* gives aggregates Neo4j's null rules (``count``/``avg``/``min``/``max`` skip nulls; ``min``/``max``
  of nothing is null) and returns Neo4j's single row for an aggregate-only ``RETURN`` over no match;
* runs ``RETURN DISTINCT`` without ``DISTINCT``/``SKIP``/``LIMIT`` and applies them in Python
  (grand-cypher 1.2 loses aliased columns under ``DISTINCT``);
* switches off grand-cypher's automatic index hints, which drop rows when ``WHERE`` names two
  nodes (``a.name = "x" AND b.kind = "y"`` gave no rows), and refuses undirected patterns
  ``(a)-[r]-(b)``, which it matches wrongly: an error instead of a wrong answer.

**Neo4j** (:func:`run_neo4j`): the query and its parameters as given, in a read transaction
(``session.execute_read``, which the server refuses to write in) unless ``write=True``.

**Named queries** ship in ``graph/queries/*.cypher`` (``giftgraph query --named NAME``). A header of
``// description:``, ``// param: name=default`` and ``// post: function`` lines describes each; a
``post`` function (from :data:`POSTPROCESSORS`) turns the raw rows of both back ends into the final
rows, for what the embedded subset cannot say (``count(DISTINCT …)``, grouping over two paths).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Callable

import networkx as nx

from giftgraph.errors import GiftgraphError
from giftgraph.graph.properties import COMMON_LABEL, LABELS, REL_TYPES, edge_properties, node_properties

__all__ = ["CypherError", "Result", "NamedQuery", "query_graph", "prepare_embedded", "run_embedded",
           "query_case", "run_neo4j", "named_queries", "named_query", "run_named", "parse_param",
           "POSTPROCESSORS"]


class CypherError(GiftgraphError):
    """A query that cannot be parsed or run, or a named query that does not exist."""


@dataclass
class Result:
    columns: list[str]
    rows: list[dict] = field(default_factory=list)

    def tuples(self) -> list[tuple]:
        return [tuple(r.get(c) for c in self.columns) for r in self.rows]


# -- the embedded engine ------------------------------------------------------------------------

def query_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The labelled, flat copy of ``G`` that grand-cypher queries (same properties as in Neo4j)."""
    H = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        kind = data.get("kind")
        if kind in LABELS:
            H.add_node(n, __labels__={LABELS[kind], COMMON_LABEL}, **node_properties(str(n), data))
    for u, v, k, data in G.edges(keys=True, data=True):
        if data.get("type") in REL_TYPES and u in H and v in H:
            H.add_edges_from([(u, v, k, dict(edge_properties(str(u), str(v), k, data), __labels__={data["type"]}))])
    return H


_TOKEN = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|//[^\n]*|\$[A-Za-z_]\w*|[^'"`$/]+|.""", re.S)
_AGG = re.compile(r"\b(count|sum|avg|min|max|collect)\s*\(", re.I)
_IS_NOT_NULL = re.compile(r"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s+IS\s+NOT\s+NULL\b", re.I)
_WRITE = re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH|CALL)\b", re.I)


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    raise CypherError(f"parameter value {value!r}: only strings, numbers, booleans, null and lists")


def _unquote_single(token: str) -> str:
    body = token[1:-1]
    body = re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)
    return json.dumps(body, ensure_ascii=False)


def prepare_embedded(query: str, params: dict | None = None) -> str:
    """The query text grand-cypher is given (see the module docstring for each rewrite)."""
    params = params or {}
    out = []
    for tok in _TOKEN.findall(query):
        if tok.startswith("$"):
            name = tok[1:]
            if name not in params:
                raise CypherError(f"missing parameter ${name} (give it with --param {name}=VALUE)")
            out.append(_literal(params[name]))
        elif tok.startswith("'"):
            out.append(_unquote_single(tok))
        elif tok.startswith('"') or tok.startswith("//"):
            out.append(tok if tok.startswith('"') else "")
        elif tok.startswith("`"):
            out.append(tok[1:-1])
        else:
            write = _WRITE.search(tok)
            if write:
                raise CypherError(f"the embedded graph is read-only: {write.group(1).upper()} "
                                  "is not available (push to Neo4j and use --neo4j --write)")
            tok = _AGG.sub(lambda m: m.group(1).upper() + "(", tok)
            tok = _IS_NOT_NULL.sub(lambda m: f"NOT {m.group(1)} IS NULL", tok)
            out.append(tok)
    return "".join(out).strip().rstrip(";")


_UNDIRECTED = re.compile(r"\)\s*-\s*(?:\[[^\]]*\])?\s*-\s*\(")


def _check_supported(q: str) -> None:
    """Refuse the query shapes grand-cypher 1.2 answers wrongly (silently no rows), rather than lie."""
    masked = _mask_strings(q)
    if _UNDIRECTED.search(masked):
        raise CypherError("the embedded engine cannot match undirected relationships (a)-[r]-(b): "
                          "give a direction, or run the query on Neo4j (--neo4j)")


def _split_top(text: str, sep: str = ",") -> list[str]:
    parts, depth, cur, quote = [], 0, [], None
    for ch in text:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def _mask_strings(text: str) -> str:
    return re.sub(r'"(?:[^"\\]|\\.)*"', lambda m: '"' + "_" * (len(m.group(0)) - 2) + '"', text)


@dataclass
class _ReturnClause:
    distinct: bool
    items: list[tuple[str, str | None]]  # (expression, alias)
    start: int                           # offset of RETURN in the query
    tail_start: int                      # offset of ORDER BY / SKIP / LIMIT (or len)
    skip: int | None = None
    limit: int | None = None
    skip_limit_start: int | None = None


def _return_clause(q: str) -> _ReturnClause:
    masked = _mask_strings(q)
    m = None
    for m in re.finditer(r"\bRETURN\b", masked, re.I):  # noqa: B007 - keeps the last match
        pass
    if m is None:
        raise CypherError("the query has no RETURN clause")
    rest = masked[m.end():]
    tail = re.search(r"\b(ORDER\s+BY|SKIP|LIMIT)\b", rest, re.I)
    tail_start = m.end() + (tail.start() if tail else len(rest))
    body = q[m.end():tail_start].strip()
    distinct = bool(re.match(r"DISTINCT\b", body, re.I))
    if distinct:
        body = body[len("DISTINCT"):].strip()
    items = []
    for part in _split_top(body):
        am = re.match(r"(.*?)\s+AS\s+([A-Za-z_]\w*)\s*$", part, re.I | re.S)
        items.append((am.group(1).strip(), am.group(2)) if am else (part, None))
    rc = _ReturnClause(distinct, items, m.start(), tail_start)
    sl = re.search(r"\b(SKIP|LIMIT)\b", masked[tail_start:], re.I)
    if sl:
        rc.skip_limit_start = tail_start + sl.start()
        s = re.search(r"\bSKIP\s+(\d+)", masked[tail_start:], re.I)
        li = re.search(r"\bLIMIT\s+(\d+)", masked[tail_start:], re.I)
        rc.skip = int(s.group(1)) if s else None
        rc.limit = int(li.group(1)) if li else None
    return rc


def _norm(expr: str) -> str:
    return re.sub(r"\s+", "", expr).lower()


_AGG_ITEM = re.compile(r"^(COUNT|SUM|AVG|MIN|MAX|COLLECT)\s*\(", re.I)


def _install_null_semantics() -> None:
    """Give grand-cypher's aggregates Neo4j's treatment of null (done once, at first use)."""
    import grandcypher as gc

    if getattr(gc, "_giftgraph_null_semantics", False):
        return

    class Count(gc.Count):
        def aggregate(self, values):
            return sum(1 for v in values if v is not None)

    class Avg(gc.Avg):
        def aggregate(self, values):
            vals = [v for v in values if v is not None]
            return sum(vals) / len(vals) if vals else None

    class Max(gc.Max):
        def aggregate(self, values):
            vals = [v for v in values if v is not None]
            return max(vals) if vals else None

    class Min(gc.Min):
        def aggregate(self, values):
            vals = [v for v in values if v is not None]
            return min(vals) if vals else None

    for cls in (Count, Avg, Max, Min):
        gc._AGGREGATION_FUNCTIONS[cls.name] = cls
    gc._giftgraph_null_semantics = True


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k != "__labels__"}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def run_embedded(G: nx.MultiDiGraph, query: str, params: dict | None = None, *,
                 H: nx.MultiDiGraph | None = None) -> Result:
    """Run a read query on the case graph ``G`` (``H``: a ready :func:`query_graph` of it)."""
    from grandcypher import GrandCypher

    _install_null_semantics()
    q = prepare_embedded(query, params)
    _check_supported(q)
    rc = _return_clause(q)
    run_q = q
    if rc.distinct:  # run plain, then DISTINCT / SKIP / LIMIT here (see module docstring)
        end = rc.skip_limit_start if rc.skip_limit_start is not None else len(q)
        body = re.sub(r"^\s*DISTINCT\b", "", q[rc.start + len("RETURN"):end], flags=re.I)
        run_q = q[:rc.start] + "RETURN" + body
    H = query_graph(G) if H is None else H
    try:
        engine = GrandCypher(H)
        # grand-cypher 1.2's automatic index hints drop rows when the WHERE clause names two nodes
        # ("a.name = x AND b.kind = y" gives none); plain matching is correct, so switch them off.
        engine.auto_where_hints = False
        engine.auto_node_jsondata_hints = False
        raw = engine.run(run_q)
    except Exception as exc:  # noqa: BLE001 - grand-cypher and lark raise many kinds of parse errors
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise CypherError(f"the embedded engine (grand-cypher) cannot run this query: {type(exc).__name__}: {first}") from None
    keys = {str(k): v for k, v in raw.items()}
    by_norm = {_norm(k): k for k in keys}
    columns, values = [], []
    for expr, alias in rc.items:
        name = alias or expr
        key = alias if alias in keys else expr if expr in keys else by_norm.get(_norm(expr))
        if key is None:
            raise CypherError(f"the embedded engine returned no column for {name!r}")
        columns.append(name)
        values.append(keys[key])
    n = max((len(v) for v in values), default=0)
    rows = [{c: _clean(v[i]) if i < len(v) else None for c, v in zip(columns, values)} for i in range(n)]
    if not rows and rc.items and all(_AGG_ITEM.match(e) for e, _ in rc.items):
        rows = [{c: _empty_aggregate(e) for c, (e, _) in zip(columns, rc.items)}]  # Neo4j's one row
    if rc.distinct:
        seen, unique = set(), []
        for r in rows:
            sig = json.dumps([r[c] for c in columns], sort_keys=True, default=str)
            if sig not in seen:
                seen.add(sig)
                unique.append(r)
        rows = unique[rc.skip or 0:]
        if rc.limit is not None:
            rows = rows[:rc.limit]
    return Result(columns, rows)


def _empty_aggregate(expr: str) -> Any:
    agg = _AGG_ITEM.match(expr)
    fn = agg.group(1).upper() if agg else ""
    return {"COUNT": 0, "SUM": 0, "COLLECT": []}.get(fn)


def query_case(G: nx.MultiDiGraph, query: str, params: dict | None = None) -> list[dict]:
    """Rows (dicts) of a read query on the embedded graph; raises :class:`CypherError`."""
    return run_embedded(G, query, params).rows


# -- Neo4j --------------------------------------------------------------------------------------

def _from_neo4j(value: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, (Node, Relationship)):
        return dict(value.items())
    if isinstance(value, Path):
        return [dict(n.items()) for n in value.nodes]
    if isinstance(value, list):
        return [_from_neo4j(v) for v in value]
    if isinstance(value, dict):
        return {k: _from_neo4j(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_neo4j(driver, query: str, params: dict | None = None, *, write: bool = False,
              database: str | None = None) -> Result:
    """Run ``query`` with ``params`` on Neo4j: a read transaction unless ``write``."""
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    def work(tx):
        result = tx.run(query, params or {})
        cols = list(result.keys())
        return cols, [{c: _from_neo4j(rec[c]) for c in cols} for rec in result]

    try:
        with (driver.session(database=database) if database else driver.session()) as session:
            cols, rows = (session.execute_write if write else session.execute_read)(work)
    except ServiceUnavailable as exc:
        raise CypherError(f"cannot reach Neo4j: {exc}") from None
    except Neo4jError as exc:
        hint = " (this is a read transaction: add --write to change the database)" if (
            not write and ("AccessMode" in (exc.code or "") or "read access mode" in (exc.message or ""))) else ""
        raise CypherError(f"Neo4j: {exc.code}: {exc.message}{hint}") from None
    return Result(cols, rows)


# -- named queries ------------------------------------------------------------------------------

@dataclass
class NamedQuery:
    name: str
    text: str
    description: str = ""
    params: dict = field(default_factory=dict)
    post: str | None = None


def parse_param(text: str) -> tuple[str, Any]:
    """``k=v`` from the command line: ``v`` read as JSON when it is (numbers, true, null, lists), else text."""
    if "=" not in text:
        raise CypherError(f"--param {text!r}: expected NAME=VALUE")
    k, v = text.split("=", 1)
    k = k.strip()
    if not re.match(r"^[A-Za-z_]\w*$", k):
        raise CypherError(f"--param {text!r}: {k!r} is not a parameter name")
    try:
        value = json.loads(v)
        if isinstance(value, dict):
            value = v
    except ValueError:
        value = v
    return k, value


def _parse_named(name: str, text: str) -> NamedQuery:
    nq = NamedQuery(name=name, text="")
    body = []
    for line in text.splitlines():
        m = re.match(r"^\s*//\s*(description|param|post)\s*:\s*(.*)$", line)
        if m:
            key, val = m.group(1), m.group(2).strip()
            if key == "description":
                nq.description = (nq.description + " " + val).strip()
            elif key == "param":
                k, v = parse_param(val)
                nq.params[k] = v
            else:
                nq.post = val
        elif not line.strip().startswith("//"):
            body.append(line)
    nq.text = "\n".join(body).strip()
    return nq


def named_queries() -> dict[str, NamedQuery]:
    """The shipped pack (``graph/queries/*.cypher``), by name."""
    folder = resources.files("giftgraph.graph") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            name = entry.name[:-len(".cypher")]
            out[name] = _parse_named(name, entry.read_text(encoding="utf-8"))
    return out


def named_query(name: str) -> NamedQuery:
    pack = named_queries()
    if name not in pack:
        raise CypherError(f"no named query {name!r}; available: {', '.join(pack)}")
    return pack[name]


def run_named(name: str, *, G: nx.MultiDiGraph | None = None, driver=None, params: dict | None = None,
              database: str | None = None) -> Result:
    """Run a named query on the embedded graph ``G`` or, with ``driver``, on Neo4j (read-only)."""
    nq = named_query(name)
    merged = dict(nq.params, **(params or {}))
    if driver is not None:
        result = run_neo4j(driver, nq.text, merged, database=database)
    elif G is not None:
        result = run_embedded(G, nq.text, merged)
    else:
        raise CypherError("run_named needs a graph or a driver")
    if nq.post:
        if nq.post not in POSTPROCESSORS:
            raise CypherError(f"named query {name}: unknown post function {nq.post!r}")
        result = POSTPROCESSORS[nq.post](result, merged)
    return result


# -- post-processing of named queries (same function for both back ends) -------------------------

def _sort_key(row: dict, spec: list[tuple[str, bool]]):
    key: list[tuple[int, Any]] = []
    for col, desc in spec:
        v = row.get(col)
        if isinstance(v, (int, float)):
            key.append((0, -v if desc else v))
        else:
            key.append((0 if v is not None else 1, str(v) if v is not None else ""))
    return key


def _group_gifts(result: Result, params: dict, *, group: str) -> Result:
    """Rows of single gifts (``gift``, ``recipient``, ``group``, ``value_usd``, ``devices``) ->
    one row per ``group``: distinct gifts and recipients, devices, dollars; most dollars first."""
    groups: dict[Any, dict] = {}
    for r in result.rows:
        g = groups.setdefault(r.get(group), {"gifts": set(), "recipients": set(), "value": {}, "devices": {}})
        g["gifts"].add(r.get("gift"))
        g["recipients"].add(r.get("recipient"))
        g["value"][r.get("gift")] = r.get("value_usd") or 0
        g["devices"][r.get("gift")] = r.get("devices") or 0
    rows = [{group: k, "gifts": len(g["gifts"]), "recipients": len(g["recipients"]),
             "devices": sum(g["devices"].values()), "total_usd": float(sum(g["value"].values()))}
            for k, g in groups.items()]
    rows.sort(key=lambda r: _sort_key(r, [("total_usd", True), ("devices", True), (group, False)]))
    limit = params.get("limit")
    if isinstance(limit, int):
        rows = rows[:limit]
    return Result([group, "gifts", "recipients", "devices", "total_usd"], rows)


def _gifts_by_division(result: Result, params: dict) -> Result:
    return _group_gifts(result, params, group="division")


POSTPROCESSORS: dict[str, Callable[[Result, dict], Result]] = {
    "gifts_by_division": _gifts_by_division,
}
