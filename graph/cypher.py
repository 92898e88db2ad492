"""Cypher on the embedded case database (LadybugDB) and on Neo4j, with the same rows from both.

Both back ends see the same data: the flat property maps of :mod:`giftgraph.graph.properties`,
under the same labels (``Person``/``Organization``/... plus ``Entity``) and relationship types.

**Embedded** (:func:`run_embedded`): the case graph loaded into LadybugDB, an embedded graph
database that speaks Cypher (:mod:`giftgraph.graph.embedded_db`: one node table per kind, one
relationship table per type, kept up to date incrementally beside the case). A query written for
Neo4j is translated where the dialects differ and refused, in one line naming the construct, where
they cannot be bridged (:mod:`giftgraph.graph.cypher_dialect`). The database is opened read-only,
so the engine itself refuses writes, and every query has a time limit (``timeout`` seconds, over
the engine's work and the conversion of its rows) and a memory bound (``max_memory`` bytes: the
engine's buffer pool, and as much again for the rows); past either, a one-line :class:`CypherError`.

**Neo4j** (:func:`run_neo4j`): the query and its parameters as given, in a read transaction
(``session.execute_read``, which the server refuses to write in) unless ``write=True``, with a
transaction timeout.

**Named queries** ship in ``graph/queries/*.cypher`` (``giftgraph query --named NAME``). A header of
``// description:``, ``// param: name=default`` (``// param: name`` when there is no default: the
query then refuses to run without it) and ``// entity: name`` lines describes each. An ``entity``
parameter is an entity's name matched as the snapshot's ``--focus`` matches it (id, then exact name,
alias or e-mail address, case-insensitive, then a part of one): the query gets the matched id as
``$<name>_ids``, on both back ends alike.
"""
from __future__ import annotations

import datetime as _dt
import decimal
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from giftgraph.errors import GiftgraphError
from giftgraph.graph.cypher_dialect import DialectError, translate
from giftgraph.graph.embedded_db import DEFAULT_MAX_MEMORY  # bytes, embedded: the buffer pool, and the rows' bound

__all__ = ["CypherError", "Result", "NamedQuery", "run_embedded", "query_case", "run_neo4j", "named_queries",
           "named_query", "run_named", "parse_param", "resolve_entity", "DEFAULT_TIMEOUT", "DEFAULT_MAX_MEMORY",
           "REQUIRED"]

DEFAULT_TIMEOUT = 60.0  # seconds, on both back ends


class CypherError(GiftgraphError):
    """A query that cannot be parsed or run, or a named query that does not exist."""


@dataclass
class Result:
    columns: list[str]
    rows: list[dict] = field(default_factory=list)

    def tuples(self) -> list[tuple]:
        return [tuple(r.get(c) for c in self.columns) for r in self.rows]


# -- the embedded engine ------------------------------------------------------------------------

def _from_engine(value: Any) -> Any:
    """An engine value as Neo4j's driver gives it through :func:`_from_neo4j`: nodes and
    relationships become their property maps (no nulls: Neo4j stores none), a path its nodes."""
    if isinstance(value, dict):
        if "_NODES" in value and "_RELS" in value:
            return [_from_engine(n) for n in value["_NODES"]]
        if "_ID" in value and "_LABEL" in value:
            return {k: _from_engine(v) for k, v in value.items() if not k.startswith("_") and v is not None}
        return {k: _from_engine(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_engine(v) for v in value]
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (_dt.date, _dt.datetime, _dt.time)):
        return value.isoformat()
    return value


_ERRORS = [
    (re.compile(r"Cannot find property (\S+) for (\S+?)\.?$"),
     lambda m: f"no property {m.group(1)!r} on {m.group(2)} in this case graph (the README lists the properties)"),
    (re.compile(r"function (\S+) does not exist", re.I),
     lambda m: f"function {m.group(1).lower()}() is not available in the embedded engine (run it on Neo4j with --neo4j)"),
    (re.compile(r"Table (\S+) does not exist", re.I),
     lambda m: f"no label or relationship type {m.group(1)} in the case graph"),
    (re.compile(r"Variable (\S+) is not in scope", re.I), lambda m: f"variable {m.group(1)} is not defined"),
    (re.compile(r"read-only database", re.I),
     lambda m: "the embedded database is read-only (push to Neo4j and use --neo4j --write)"),
    (re.compile(r"parsed_parameter_expression", re.I),
     lambda m: "a $parameter inside any()/all()/none()/single() is not available embedded: bind it first "
               "(WITH $p AS p MATCH ...)"),
    (re.compile(r"index=(-?\d+) is out of range", re.I),
     lambda m: "list index out of range (Neo4j answers null there; the embedded engine refuses)"),
]


def _engine_error(exc: BaseException, query: str, timeout: float | None, max_memory: int | None = None) -> CypherError:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    if first.strip().rstrip(".") == "Interrupted":
        return CypherError(f"the query ran past the time limit of {timeout:g} s (narrow it, or raise --timeout)")
    if "buffer pool is full" in first.lower():
        bound = f" of {max_memory / (1 << 20):g} MiB" if max_memory else ""
        return CypherError(f"the query needs more memory than the embedded engine's bound{bound} "
                           "(narrow it, add LIMIT, or raise --max-memory)")
    body = re.sub(r"^(Parser|Binder|Catalog|Runtime|Connection|Copy|Conversion|Overflow) exception:\s*", "", first)
    body = re.sub(r"\s*Supported inputs are.*$", "", body)
    for pattern, message in _ERRORS:
        m = pattern.search(body)
        if m:
            return CypherError(message(m))
    m = re.match(r"Invalid input <(.*?)>: expected rule \S+ \(line: (\d+), offset: (\d+)\)", body)
    if m:
        near = m.group(1)[-40:]
        return CypherError(f"the embedded engine cannot read the query near {near!r} (line {m.group(2)}, "
                           f"column {int(m.group(3)) + 1})")
    return CypherError(f"the embedded engine cannot run this query: {body}")


_NO_PROPERTY = re.compile(r"Binder exception: Cannot find property (\w+) for (\w+)\.?$")


def _null_property(text: str, var: str, prop: str) -> str:
    """``var.prop`` -> ``NULL`` (outside strings): the engine says no table has the property."""
    from giftgraph.graph.cypher_dialect import Tok, tokenize

    toks = tokenize(text)
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if (t.kind == "id" and t.text == var and i + 2 < len(toks) and toks[i + 1].text == "."
                and toks[i + 2].kind in ("id", "bq") and toks[i + 2].text.strip("`") == prop
                and not (out and out[-1].text == ".")):
            sig = [x for x in out if x.kind not in ("ws", "comment")]
            in_aggregate = len(sig) >= 2 and sig[-1].text == "(" and sig[-2].text.lower() in (
                "count", "sum", "avg", "min", "max", "collect")
            # an untyped null cannot be aggregated by the engine; a typed one can (and is still null)
            out.append(Tok("id", "CAST(NULL AS INT64)" if in_aggregate else "NULL"))
            i += 3
            continue
        out.append(t)
        i += 1
    return "".join(t.text for t in out)


def run_embedded(G: nx.MultiDiGraph | None, query: str, params: dict | None = None, *, db=None,
                 case_path: str | Path | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                 max_memory: int | None = DEFAULT_MAX_MEMORY, max_rows: int | None = None) -> Result:
    """Run a read query on the embedded database: ``db`` if given (opened with its own memory bound),
    else the case's (``case_path``, brought up to date with ``G`` when given), else an in-memory
    database of ``G``. ``max_rows``: keep only the first rows (the others are never converted)."""
    from giftgraph.graph.embedded_db import EmbeddedDBError, open_case_db, open_graph_db

    try:
        tr = translate(query, params)
    except DialectError as exc:
        raise CypherError(str(exc)) from None
    own = None
    try:
        if db is None:
            if case_path is not None:
                own, _ = open_case_db(Path(case_path), G, max_memory=max_memory)
                db = own
            elif G is not None:
                db = open_graph_db(G, max_memory=max_memory)
            else:
                raise CypherError("run_embedded needs a graph, a case or a database")
        text = tr.text
        while True:
            try:
                columns, rows = db.run(text, tr.params, timeout=timeout, max_rows=max_rows)
                break
            except (RuntimeError, ValueError, TypeError) as exc:
                # a property no node or relationship of the case has: null on Neo4j, so null here
                # (each round removes one var.prop from the text, so this ends)
                m = _NO_PROPERTY.search(str(exc).splitlines()[0] if str(exc) else "")
                new_text = _null_property(text, m.group(2), m.group(1)) if m else text
                if new_text == text:
                    raise _engine_error(exc, text, timeout, getattr(db, "max_memory", max_memory)) from None
                text = new_text
    except EmbeddedDBError as exc:
        raise CypherError(str(exc)) from None
    finally:
        if own is not None:
            own.close()
    names = tr.columns if tr.columns and len(tr.columns) == len(columns) else columns
    return Result(list(names), [{c: _from_engine(v) for c, v in zip(names, row)} for row in rows])


def query_case(G: nx.MultiDiGraph, query: str, params: dict | None = None) -> list[dict]:
    """Rows (dicts) of a read query on the embedded graph; raises :class:`CypherError`."""
    return run_embedded(G, query, params).rows


# -- Neo4j --------------------------------------------------------------------------------------

def _from_neo4j(value: Any) -> Any:
    from neo4j.graph import Node, Relationship
    from neo4j.graph import Path as NeoPath

    if isinstance(value, (Node, Relationship)):
        return dict(value.items())
    if isinstance(value, NeoPath):
        return [dict(n.items()) for n in value.nodes]
    if isinstance(value, list):
        return [_from_neo4j(v) for v in value]
    if isinstance(value, dict):
        return {k: _from_neo4j(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_neo4j(driver, query: str, params: dict | None = None, *, write: bool = False,
              database: str | None = None, timeout: float | None = DEFAULT_TIMEOUT,
              max_rows: int | None = None) -> Result:
    """Run ``query`` with ``params`` on Neo4j: a read transaction unless ``write``, ended by the
    server after ``timeout`` seconds (the rows are read inside it, so the limit covers them too);
    ``max_rows``: keep only the first rows."""
    from neo4j.exceptions import Neo4jError, ServiceUnavailable

    from neo4j import unit_of_work

    @unit_of_work(timeout=timeout)
    def work(tx):
        result = tx.run(query, params or {})
        cols = list(result.keys())
        rows = []
        for rec in result:
            if max_rows is not None and len(rows) >= max_rows:
                break
            rows.append({c: _from_neo4j(rec[c]) for c in cols})
        return cols, rows

    try:
        with (driver.session(database=database) if database else driver.session()) as session:
            cols, rows = (session.execute_write if write else session.execute_read)(work)
    except ServiceUnavailable as exc:
        raise CypherError(f"cannot reach Neo4j: {exc}") from None
    except Neo4jError as exc:
        if "TransactionTimedOut" in (exc.code or ""):
            raise CypherError(f"the query ran past the time limit of {timeout:g} s (narrow it, or raise --timeout)") from None
        hint = " (this is a read transaction: add --write to change the database)" if (
            not write and ("AccessMode" in (exc.code or "") or "read access mode" in (exc.message or ""))) else ""
        message = (exc.message or "").strip().splitlines()[0] if exc.message else ""
        raise CypherError(f"Neo4j: {exc.code}: {message}{hint}") from None
    return Result(cols, rows)


# -- named queries ------------------------------------------------------------------------------

@dataclass
class NamedQuery:
    name: str
    text: str
    description: str = ""
    params: dict = field(default_factory=dict)       # name -> default (REQUIRED when there is none)
    entities: list[str] = field(default_factory=list)  # params matched to entities as --focus is

    def required(self) -> list[str]:
        return [k for k, v in self.params.items() if v is REQUIRED]


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED = _Required()


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
        m = re.match(r"^\s*//\s*(description|param|entity)\s*:\s*(.*)$", line)
        if m:
            key, val = m.group(1), m.group(2).strip()
            if key == "description":
                nq.description = (nq.description + " " + val).strip()
            elif key == "param":
                if "=" in val:
                    k, v = parse_param(val)
                else:
                    k, v = val, REQUIRED
                nq.params[k] = v
            else:
                nq.entities.append(val)
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


# Candidates for an entity name, on either back end; the choice among them is find_nodes's (--focus).
_CANDIDATES = ("WITH $q AS q, $lq AS lq MATCH (n:Entity) WHERE n.id = q OR (n.kind <> 'message' AND (toLower(n.name) CONTAINS lq "
               "OR any(a IN n.aliases WHERE toLower(a) CONTAINS lq) "
               "OR any(e IN n.emails WHERE toLower(e) CONTAINS lq))) "
               "RETURN n.id AS id, n.kind AS kind, n.name AS name, n.aliases AS aliases, n.emails AS emails")


def resolve_entity(param: str, text: str, run) -> str:
    """The id of the entity ``text`` names, matched as the snapshot's ``--focus`` is
    (:func:`giftgraph.graph.html.find_nodes`); ``run(query, params)`` gives rows on either back end."""
    from giftgraph.graph.html import find_nodes

    text = str(text)
    if not text.strip():
        raise CypherError(f"--param {param}: empty")
    H = nx.MultiDiGraph()
    for row in run(_CANDIDATES, {"q": text, "lq": text.strip().lower()}).rows:
        H.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    ids = find_nodes(H, text)
    if not ids:
        raise CypherError(f"--param {param}={text!r}: no entity with that id, name, alias or e-mail")
    if len(ids) > 1:
        names = "; ".join(f"{H.nodes[n].get('name') or n} ({H.nodes[n].get('kind')}, {n})" for n in sorted(ids)[:8])
        raise CypherError(f"--param {param}={text!r} matches {len(ids)} entities: {names}. "
                          "Use a node id or a fuller name.")
    return ids[0]


def run_named(name: str, *, G: nx.MultiDiGraph | None = None, driver=None, db=None, params: dict | None = None,
              database: str | None = None, case_path: str | Path | None = None,
              timeout: float | None = DEFAULT_TIMEOUT, max_memory: int | None = DEFAULT_MAX_MEMORY,
              max_rows: int | None = None) -> Result:
    """Run a named query on Neo4j (``driver``), or embedded (``db``, ``case_path`` or ``G``); read-only."""
    nq = named_query(name)
    merged = dict(nq.params, **(params or {}))
    missing = [k for k, v in merged.items() if v is REQUIRED]
    if missing:
        raise CypherError(f"named query {name} needs " + ", ".join(f"--param {k}=VALUE" for k in missing))
    own = None
    if driver is not None:
        def run(q, p, max_rows=None):
            return run_neo4j(driver, q, p, database=database, timeout=timeout, max_rows=max_rows)
    elif db is not None or G is not None or case_path is not None:
        if db is None and case_path is not None:
            from giftgraph.graph.embedded_db import EmbeddedDBError, open_case_db

            try:
                own, _ = open_case_db(Path(case_path), G, max_memory=max_memory)
            except EmbeddedDBError as exc:
                raise CypherError(str(exc)) from None
            db = own

        def run(q, p, max_rows=None):
            return run_embedded(G, q, p, db=db, timeout=timeout, max_memory=max_memory, max_rows=max_rows)
    else:
        raise CypherError("run_named needs a graph, a case or a driver")
    try:
        for ent in nq.entities:
            merged[f"{ent}_ids"] = [resolve_entity(ent, merged[ent], run)]
        return run(nq.text, merged, max_rows=max_rows)
    finally:
        if own is not None:
            own.close()
