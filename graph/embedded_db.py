"""The embedded graph database behind ``giftgraph query``: LadybugDB (the continuation of Kùzu).

The case graph is loaded into a Ladybug database with the same labels, relationship types and flat
properties as Neo4j gets (:mod:`giftgraph.graph.properties`):

* one **node table** per node kind (``Person``, ``Organization``, ``Division``, ``Product``, ``Code``,
  ``Message``), primary key ``id``. Every node table has the same columns (the union of the node
  properties of the case), and every relationship table the union of the relationship properties,
  so ``n.role`` on a message is null, as in Neo4j, instead of an error;
* one **relationship table** per edge type (``GIFT``, ``REFERRAL``, ``PROMOTED``, ``MEMBER_OF``,
  ``EMAILED``), declared between every pair of node tables (a pattern between any two labels is
  valid and simply matches nothing where there are no such edges, as in Neo4j);
* list properties stay lists (``STRING[]``, ``INT64[]``, ...). A property holding values of
  different kinds (an integer here and a float there: ``DOUBLE``; anything else: the value's JSON
  text as ``STRING``) gets one column type; giftgraph's own properties never do.

**Where it lives.** For a case, ``cypher.lbug`` in the case directory, with ``cypher.lbug.json``
beside it: the SHA-256 of the ``graph.json`` it was loaded from, the column types, and a short hash
of every node and relationship record. Opening it (:func:`open_case_db`):

* same ``graph.json`` hash: used as it is (no graph is read);
* the case grew or changed and the column types are the same: **incremental** — the records whose
  hash changed or that are new are written, the ones the case no longer holds are deleted, in one
  transaction (a new installment of a release touches a few hundred records of thousands);
* the column types changed (a new property appeared), the state file is missing or unreadable, the
  database was written by another format version, or the incremental update fails: **rebuilt**
  into a temporary file that replaces the old one, so a crash leaves the old database or the new.

Why the per-record diff rather than a rebuild each time: a rebuild of a case of a few thousand
messages takes seconds, an incremental load of an installment a fraction of that, and the state
file makes "is it current?" a hash of one file. Without a case (tests, a graph in memory) the
database is in memory (:func:`open_graph_db`), built once per graph object and content.

Queries run on a **read-only** database (the engine itself refuses writes) with two bounds:

* a **time limit** (``Connection.set_query_timeout``, and the same deadline while the rows are
  turned into Python values): past it, :class:`QueryLimitError`;
* a **memory bound** (``max_memory`` bytes, :data:`DEFAULT_MAX_MEMORY` by default): the engine's
  buffer pool of a database opened to be queried is that size (a query that needs more fails in
  the engine, "buffer pool is full"), and the rows it gives back may grow the process by at most
  as much again. A variable-length pattern over a dense case ends in a one-line error, not in a
  machine out of memory.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from giftgraph.errors import GiftgraphError
from giftgraph.graph.properties import LABELS, REL_TYPES, iter_edge_records, iter_node_records

__all__ = ["EmbeddedDBError", "QueryLimitError", "SyncReport", "EmbeddedDB", "open_case_db", "open_graph_db",
           "graph_records", "DB_FILE", "STATE_FILE", "DEFAULT_TIMEOUT", "DEFAULT_MAX_MEMORY", "MIN_MAX_MEMORY"]

DB_FILE = "cypher.lbug"
STATE_FILE = "cypher.lbug.json"
FORMAT = 1                       # bump when the layout of the database changes
DEFAULT_TIMEOUT = 60.0           # seconds per query
DEFAULT_MAX_MEMORY = 4 << 30     # bytes: the buffer pool of a database opened for queries, and the rows' bound;
                                 # the engine reserves about 100 MiB per hop of a variable-length pattern, and an
                                 # unbounded one ([*]) is up to 30 hops: about 3 GiB
MIN_MAX_MEMORY = 64 << 20        # below this the engine cannot even hold a small case in memory
BATCH = 2000                     # rows per UNWIND statement while loading
MAX_DB_SIZE = 1 << 38            # 256 GiB of address space per database
MEMORY_CACHE = 4                 # in-memory databases kept open (the most recently used graphs)

NODE_TABLES = tuple(LABELS.values())

# Columns every database has, whether or not this case uses them (the properties giftgraph's model
# writes: graph/model.py and graph/properties.py), so the named queries run on a case without gifts
# or codes and answer null there, as Neo4j does. The case's own properties are added to these.
BASE_NODE_COLUMNS = {
    "id": "STRING", "kind": "STRING", "name": "STRING", "aliases": "STRING[]", "emails": "STRING[]",
    "role": "STRING", "sent": "STRING", "subject": "STRING", "file": "STRING", "page": "INT64", "bates": "STRING",
    "owner": "STRING", "uses": "INT64", "unit_price_usd": "DOUBLE",
}
BASE_REL_COLUMNS = {
    "key": "STRING", "type": "STRING", "source": "STRING", "target": "STRING", "confidence": "DOUBLE",
    "evidence_messages": "STRING[]", "evidence_quotes": "STRING[]", "evidence_refs": "STRING[]",
    "evidence_json": "STRING", "item_products": "STRING[]", "item_quantities": "INT64[]", "devices": "INT64",
    "items_json": "STRING", "value_usd": "DOUBLE", "purpose": "STRING", "date": "STRING", "code": "STRING",
    "code_name": "STRING", "uses": "INT64", "count": "INT64", "discount": "STRING",
}


class EmbeddedDBError(GiftgraphError):
    """The embedded database cannot be built, opened or queried."""


class QueryLimitError(EmbeddedDBError):
    """A query that ran past its time limit or needed more memory than its bound."""


def mib(n: int | float) -> str:
    """``n`` bytes as the options give them (``1024 MiB``)."""
    return f"{n / (1 << 20):g} MiB"


def _rss() -> int | None:
    """This process's resident memory in bytes (Linux), else None."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


@dataclass
class SyncReport:
    mode: str = "unchanged"      # unchanged | incremental | rebuilt | memory
    nodes_written: int = 0
    nodes_deleted: int = 0
    relationships_written: int = 0
    relationships_deleted: int = 0
    seconds: float = 0.0


# -- records and schema -----------------------------------------------------------------------------

def graph_records(G: nx.MultiDiGraph) -> tuple[dict[str, tuple[str, dict]], dict[str, tuple[str, dict]]]:
    """``({node id: (label, props)}, {edge key: (type, props)})`` — the flat records Neo4j gets too."""
    nodes = {props["id"]: (label, props) for label, props in iter_node_records(G)}
    edges: dict[str, tuple[str, dict]] = {}
    for rtype, props in iter_edge_records(G):
        key = props["key"]
        if key in edges:  # keys are unique per type in Neo4j; keep both here under distinct names
            key = f"{rtype}:{key}"
        edges[key] = (rtype, props)
    return nodes, edges


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        return "BOOLEAN"
    if isinstance(v, int):
        return "INT64"
    if isinstance(v, float):
        return "DOUBLE"
    if isinstance(v, str):
        return "STRING"
    if isinstance(v, list):
        inner = {_kind(x) for x in v}
        if not inner:
            return "[]"
        if inner == {"INT64", "DOUBLE"}:
            return "DOUBLE[]"
        if len(inner) == 1 and "[" not in next(iter(inner)):
            return next(iter(inner)) + "[]"
        return "STRING"
    return "STRING"


def _merge_kind(a: str | None, b: str) -> str:
    if a is None or a == b:
        return b
    if b == "[]":
        return a if a.endswith("[]") or a == "[]" else "STRING"
    if a == "[]":
        return b if b.endswith("[]") else "STRING"
    if {a, b} == {"INT64", "DOUBLE"}:
        return "DOUBLE"
    if {a, b} == {"INT64[]", "DOUBLE[]"}:
        return "DOUBLE[]"
    return "STRING"


def _schema(records: Iterable[tuple[str, dict]], base: dict[str, str] | None = None) -> dict[str, str]:
    cols: dict[str, str] = dict(base or {})
    for _, props in records:
        for k, v in props.items():
            if v is None:
                continue
            cols[k] = _merge_kind(cols.get(k), _kind(v))
    return {k: ("STRING[]" if t == "[]" else t) for k, t in sorted(cols.items())}


def _coerce(v: Any, t: str) -> Any:
    if v is None:
        return None
    if t == "DOUBLE" and isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v)
    if t == "DOUBLE[]" and isinstance(v, list):
        return [float(x) for x in v]
    if t == "STRING" and not isinstance(v, str):
        return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
    return v


def _digest(obj: Any) -> str:
    return hashlib.sha1(json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


def _q(name: str) -> str:
    """A backticked identifier (property names come from the case; a backtick cannot close it)."""
    return "`" + name.replace("`", "``") + "`"


# -- the database ---------------------------------------------------------------------------------

class EmbeddedDB:
    """An open Ladybug database: ``run(query, params)`` gives ``(columns, rows)`` of raw values."""

    def __init__(self, path: Path | None, *, read_only: bool = True, max_memory: int | None = None) -> None:
        """``max_memory``: the engine's buffer pool in bytes (None: the engine's default, most of the
        machine's memory; a database being built gets that, one opened for queries a bound)."""
        import ladybug

        self.path = path
        self.max_memory = max_memory
        try:
            # the engine reserves (virtual memory only) max_db_size per database: 8 TiB by default, which
            # runs out of address space when a process opens a few dozen; a case graph needs far less
            self._db = ladybug.Database(str(path) if path else ":memory:", read_only=read_only and path is not None,
                                        max_db_size=MAX_DB_SIZE, buffer_pool_size=int(max_memory or 0))
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise EmbeddedDBError(f"{path}: cannot open the embedded database: {_first_line(exc)}") from None
        self.read_only = read_only
        self._lock = threading.Lock()

    def run(self, query: str, params: dict | None = None, *, timeout: float | None = DEFAULT_TIMEOUT,
            max_rows: int | None = None):
        """``(columns, rows)`` of ``query``: at most ``max_rows`` rows when given; the time limit covers
        the engine's work and the conversion of its rows, and the rows may grow the process by at
        most ``max_memory`` bytes (:class:`QueryLimitError` past either)."""
        deadline = time.monotonic() + timeout if timeout else None
        with self._lock:
            if timeout:
                self._conn.set_query_timeout(max(1, int(timeout * 1000)))
            result = self._conn.execute(query, params or {})
            assert not isinstance(result, list), "one statement at a time"
            try:
                columns = result.get_column_names()
                rows = self._fetch(result, deadline, timeout, max_rows)
            finally:
                result.close()
        return columns, rows

    def _fetch(self, result, deadline: float | None, timeout: float | None, max_rows: int | None) -> list:
        rows: list = []
        base = _rss() if self.max_memory else None
        try:
            while result.has_next() and (max_rows is None or len(rows) < max_rows):
                rows.append(result.get_next())
                if len(rows) % 1000 == 0:
                    if deadline is not None and time.monotonic() > deadline:
                        raise QueryLimitError(f"the query ran past the time limit of {timeout:g} s "
                                              "(narrow it, or raise --timeout)")
                    if base is not None and self.max_memory and (_rss() or 0) - base > self.max_memory:
                        raise QueryLimitError(f"the rows of the query need more than the memory bound of "
                                              f"{mib(self.max_memory)} ({len(rows):,} rows so far): narrow it, "
                                              "add LIMIT, or raise --max-memory")
        except MemoryError:
            n = len(rows)
            rows.clear()
            raise QueryLimitError(f"the machine ran out of memory after {n:,} rows of the query: narrow it or "
                                  "add LIMIT") from None
        return rows

    def execute(self, query: str, params: dict | None = None) -> None:
        result = self._conn.execute(query, params or {})
        for r in result if isinstance(result, list) else [result]:
            r.close()

    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            self._db.close()

    # -- loading ----------------------------------------------------------------------------------
    def create_schema(self, node_cols: dict[str, str], rel_cols: dict[str, str]) -> None:
        cols = ", ".join(f"{_q(k)} {t}" for k, t in node_cols.items() if k != "id")
        for label in NODE_TABLES:
            self.execute(f"CREATE NODE TABLE {label}(id STRING PRIMARY KEY{', ' + cols if cols else ''})")
        pairs = ", ".join(f"FROM {a} TO {b}" for a in NODE_TABLES for b in NODE_TABLES)
        rcols = ", ".join(f"{_q(k)} {t}" for k, t in rel_cols.items())
        for rtype in REL_TYPES:
            self.execute(f"CREATE REL TABLE {rtype}({pairs}{', ' + rcols if rcols else ''})")

    def insert_nodes(self, records: list[tuple[str, dict]], node_cols: dict[str, str]) -> None:
        by_label: dict[str, list] = {}
        for label, props in records:
            by_label.setdefault(label, []).append({k: _coerce(props.get(k), t) for k, t in node_cols.items()})
        for label, rows in by_label.items():
            for i in range(0, len(rows), BATCH):
                batch, cols = _used(rows[i:i + BATCH], node_cols, keep=("id",))
                sets = ", ".join(f"{_q(k)}: {_cast(k, t)}" for k, t in cols.items())
                self.execute(f"UNWIND $rows AS row CREATE (n:{label} {{{sets}}})", {"rows": batch})

    def update_nodes(self, records: list[tuple[str, dict]], node_cols: dict[str, str]) -> None:
        by_label: dict[str, list] = {}
        for label, props in records:
            by_label.setdefault(label, []).append({k: _coerce(props.get(k), t) for k, t in node_cols.items()})
        sets = ", ".join(f"n.{_q(k)} = {_cast(k, t)}" for k, t in node_cols.items() if k != "id")
        for label, rows in by_label.items():
            for i in range(0, len(rows), BATCH):
                self.execute(f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET {sets}", {"rows": rows[i:i + BATCH]})

    def delete_nodes(self, records: list[tuple[str, str]]) -> None:
        by_label: dict[str, list] = {}
        for label, nid in records:
            by_label.setdefault(label, []).append(nid)
        for label, ids in by_label.items():
            for i in range(0, len(ids), BATCH):
                self.execute(f"MATCH (n:{label}) WHERE n.id IN $ids DETACH DELETE n", {"ids": ids[i:i + BATCH]})

    def insert_relationships(self, records: list[tuple[str, dict]], labels: dict[str, str],
                             rel_cols: dict[str, str]) -> None:
        groups: dict[tuple, list] = {}
        for rtype, props in records:
            a, b = labels.get(props["source"]), labels.get(props["target"])
            if a and b:
                row = {k: _coerce(props.get(k), t) for k, t in rel_cols.items()}
                row["__s"], row["__t"] = props["source"], props["target"]
                groups.setdefault((rtype, a, b), []).append(row)
        for (rtype, a, b), rows in groups.items():
            for i in range(0, len(rows), BATCH):
                batch, cols = _used(rows[i:i + BATCH], rel_cols, keep=("__s", "__t"))
                sets = ", ".join(f"{_q(k)}: {_cast(k, t)}" for k, t in cols.items() if k not in ("__s", "__t"))
                self.execute(f"UNWIND $rows AS row MATCH (a:{a} {{id: row.__s}}), (b:{b} {{id: row.__t}}) "
                             f"CREATE (a)-[:{rtype} {{{sets}}}]->(b)", {"rows": batch})

    def delete_relationships(self, records: list[tuple[str, str]]) -> None:
        by_type: dict[str, list] = {}
        for rtype, key in records:
            by_type.setdefault(rtype, []).append(key)
        for rtype, keys in by_type.items():
            for i in range(0, len(keys), BATCH):
                self.execute(f"MATCH ()-[r:{rtype}]->() WHERE r.key IN $keys DELETE r", {"keys": keys[i:i + BATCH]})


def _used(rows: list[dict], cols: dict[str, str], keep: tuple[str, ...] = ()) -> tuple[list[dict], dict[str, str]]:
    """The rows cut to the columns some row of the batch has a value for (the others stay null:
    fewer parameters to convert and fewer casts to plan; a message batch and a person batch use
    different columns)."""
    used = {k: t for k, t in cols.items() if k in keep or any(r.get(k) is not None for r in rows)}
    names = list(used) + [k for k in keep if k not in used]
    return [{k: r.get(k) for k in names} for r in rows], used


def _cast(name: str, type_: str) -> str:
    """``row.name`` cast to its column type (a field that is null in every row of a batch would
    otherwise be typed STRING by the engine)."""
    return f"CAST(row.{_q(name)} AS {type_})"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


# -- one database per case -------------------------------------------------------------------------

_CASE_LOCK = threading.Lock()


@contextlib.contextmanager
def _file_lock(path: Path):
    """One process at a time brings a case database up to date (readers need no lock: the engine
    lets them read while it is written, each seeing a consistent state)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _state(nodes, edges) -> dict:
    return {"nodes": {nid: [label, _digest(props)] for nid, (label, props) in nodes.items()},
            "edges": {key: [rtype, _digest(props)] for key, (rtype, props) in edges.items()}}


def _remove_db(path: Path) -> None:
    for p in (path, Path(str(path) + ".wal"), Path(str(path) + ".shadow")):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        elif p.exists():
            p.unlink()


def _build(path: Path, nodes, edges, node_cols, rel_cols) -> None:
    db = EmbeddedDB(path, read_only=False)
    try:
        db.create_schema(node_cols, rel_cols)
        db.insert_nodes(list(nodes.values()), node_cols)
        labels = {nid: label for nid, (label, _) in nodes.items()}
        db.insert_relationships(list(edges.values()), labels, rel_cols)
    finally:
        db.close()


def sync_case_db(case_path: Path, G: nx.MultiDiGraph | None = None, *, load_graph=None) -> SyncReport:
    """Bring ``case_path/cypher.lbug`` up to date with ``case_path/graph.json`` (see the module
    docstring); ``G`` is the case graph when the caller has it, else ``load_graph()`` reads it."""
    t0 = time.perf_counter()
    case_path = Path(case_path)
    db_path, state_path = case_path / DB_FILE, case_path / STATE_FILE
    graph_file = case_path / "graph.json"
    sha = _file_sha(graph_file) if graph_file.exists() else "empty"
    with _CASE_LOCK, _file_lock(case_path / (DB_FILE + ".lock")):
        old = None
        if state_path.exists() and db_path.exists():
            try:
                old = json.loads(state_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                old = None
        if old and old.get("format") == FORMAT and old.get("graph_sha256") == sha:
            return SyncReport("unchanged", seconds=time.perf_counter() - t0)
        if G is None:
            G = load_graph() if load_graph else nx.MultiDiGraph()
        nodes, edges = graph_records(G)
        node_cols = _schema(nodes.values(), BASE_NODE_COLUMNS)
        rel_cols = _schema(edges.values(), BASE_REL_COLUMNS)
        new_state = dict(_state(nodes, edges), format=FORMAT, graph_sha256=sha, node_columns=node_cols,
                         rel_columns=rel_cols)
        report = SyncReport()
        done = False
        if old and old.get("format") == FORMAT and old.get("node_columns") == node_cols and \
                old.get("rel_columns") == rel_cols:
            try:
                _incremental(db_path, old, new_state, nodes, edges, node_cols, rel_cols, report)
                report.mode = "incremental"
                done = True
            except Exception:  # noqa: BLE001 - any failure of the incremental path: fall back to a clean rebuild
                report = SyncReport()
        if not done:
            tmp = case_path / (DB_FILE + ".tmp")
            _remove_db(tmp)
            _build(tmp, nodes, edges, node_cols, rel_cols)
            _remove_db(db_path)
            os.replace(tmp, db_path)
            for suffix in (".wal", ".shadow"):
                if Path(str(tmp) + suffix).exists():
                    os.replace(Path(str(tmp) + suffix), Path(str(db_path) + suffix))
            report.mode = "rebuilt"
            report.nodes_written, report.relationships_written = len(nodes), len(edges)
        tmp_state = state_path.with_suffix(".json.tmp")
        tmp_state.write_text(json.dumps(new_state, sort_keys=True), encoding="utf-8")
        os.replace(tmp_state, state_path)
    report.seconds = time.perf_counter() - t0
    return report


def _incremental(db_path, old, new, nodes, edges, node_cols, rel_cols, report: SyncReport) -> None:
    on, nn = old["nodes"], new["nodes"]
    oe, ne = old["edges"], new["edges"]
    gone_nodes = [(on[i][0], i) for i in on if i not in nn or nn[i][0] != on[i][0]]
    relabelled = {i for i in on if i in nn and nn[i][0] != on[i][0]}
    added_nodes = [nodes[i] for i in nn if i not in on or i in relabelled]
    changed_nodes = [nodes[i] for i in nn if i in on and i not in relabelled and nn[i][1] != on[i][1]]
    touched = relabelled | {i for _, i in gone_nodes}
    gone_edges = [(oe[k][0], k.split(":", 1)[1] if k.startswith(f"{oe[k][0]}:") else k)
                  for k in oe if k not in ne or ne[k] != oe[k]]
    added_edges = [edges[k] for k in ne if k not in oe or ne[k] != oe[k]
                   or edges[k][1]["source"] in touched or edges[k][1]["target"] in touched]
    # edges re-added because an endpoint was relabelled are deleted with it (DETACH) first
    db = EmbeddedDB(db_path, read_only=False)
    try:
        db.execute("BEGIN TRANSACTION")
        try:
            db.delete_relationships(gone_edges)
            db.delete_nodes(gone_nodes)
            db.insert_nodes(added_nodes, node_cols)
            db.update_nodes(changed_nodes, node_cols)
            labels = {nid: label for nid, (label, _) in nodes.items()}
            db.insert_relationships(added_edges, labels, rel_cols)
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            raise
    finally:
        db.close()
    report.nodes_written = len(added_nodes) + len(changed_nodes)
    report.nodes_deleted = len([x for x in gone_nodes if x[1] not in relabelled])
    report.relationships_written = len(added_edges)
    report.relationships_deleted = len(gone_edges)


def open_case_db(case_path: Path, G: nx.MultiDiGraph | None = None, *, load_graph=None,
                 max_memory: int | None = DEFAULT_MAX_MEMORY) -> tuple[EmbeddedDB, SyncReport]:
    """The case's database, brought up to date, opened read-only with a buffer pool of ``max_memory`` bytes."""
    report = sync_case_db(case_path, G, load_graph=load_graph)
    return EmbeddedDB(Path(case_path) / DB_FILE, read_only=True, max_memory=max_memory), report


# -- a graph in memory -----------------------------------------------------------------------------

_ORDER: list = []
_MEMORY: "weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[str, EmbeddedDB]]" = weakref.WeakKeyDictionary()


def open_graph_db(G: nx.MultiDiGraph, *, max_memory: int | None = DEFAULT_MAX_MEMORY) -> EmbeddedDB:
    """An in-memory database of ``G`` (its data and its queries within ``max_memory`` bytes): built on
    first use and again only when ``G``'s content or the bound changes."""
    nodes, edges = graph_records(G)
    digest = _digest([sorted((k, v[0], v[1]) for k, v in nodes.items()),
                      sorted((k, v[0], v[1]) for k, v in edges.items()), max_memory])
    with _CASE_LOCK:
        cached = _MEMORY.get(G)
        if cached and cached[0] == digest:
            return cached[1]
        node_cols = _schema(nodes.values(), BASE_NODE_COLUMNS)
        rel_cols = _schema(edges.values(), BASE_REL_COLUMNS)
        db = EmbeddedDB(None, read_only=False, max_memory=max_memory)
        try:
            db.create_schema(node_cols, rel_cols)
            db.insert_nodes(list(nodes.values()), node_cols)
            db.insert_relationships(list(edges.values()), {nid: label for nid, (label, _) in nodes.items()}, rel_cols)
        except RuntimeError as exc:
            db.close()
            if "buffer pool is full" in str(exc).lower():
                raise QueryLimitError(f"the graph does not fit in the memory bound of {mib(max_memory or 0)} "
                                      "(raise --max-memory)") from None
            raise EmbeddedDBError(f"cannot load the graph into the embedded database: {_first_line(exc)}") from None
        if cached:
            cached[1].close()
        _MEMORY[G] = (digest, db)
        _ORDER[:] = [r for r in _ORDER if r() is not None and r() is not G] + [weakref.ref(G)]
        while len(_ORDER) > MEMORY_CACHE:
            old = _ORDER.pop(0)()
            if old is not None and old in _MEMORY:
                _MEMORY.pop(old)[1].close()
        return db
