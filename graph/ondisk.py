"""The case graph built on disk as extraction hands over its nodes and edges.

`GraphOnDisk` merges nodes by id and edges by (source, target, key) exactly as `model.add_node` and
`model.add_edge` merge them into a networkx graph (attributes are JSON values, as graph.json needs them to
be), but keeps each node's and edge's attributes as JSON
in a private temporary SQLite database (SQLite's own: in ``SQLITE_TMPDIR`` / ``TMPDIR``, removed when
closed), not in memory. ``chunks()`` is the text `model.node_link_chunks` gives of the networkx graph
the same calls make: nodes in the order they were first added, edges in networkx's order (by source
node, then by the first edge to each target, then by key). ``giftgraph ingest`` builds its graph this
way (`build.build_graph_on_disk`), so a release's graph is never whole in memory between extraction and
graph.json; ``to_networkx()`` makes the in-memory graph of it.
"""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import weakref
from contextlib import contextmanager
from typing import Iterator

import networkx as nx

from giftgraph.graph.model import (
    EDGE_TYPES,
    Edge,
    Node,
    edge_data,
    edge_evidence,
    edge_key,
    from_node_link,
    merge_edge_data,
    merge_node_data,
    node_data,
    node_link_text,
)
from giftgraph.spill import SpillError

__all__ = ["GraphOnDisk"]

_SCHEMA = """
CREATE TABLE nodes (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE edges (seq INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, key TEXT NOT NULL,
                    data TEXT NOT NULL, UNIQUE (source, target, key));
"""


def _dumps(obj) -> str:
    # json's defaults (its one encoder, made once: a third faster than new options each call); ASCII: a lone
    # surrogate (a byte a release's text could not decode) is kept as its escape, which SQLite's UTF-8 text
    # could not hold, and json.loads gives back the same string
    return json.dumps(obj)


def _sqlite_temp_dir() -> str:
    """The directory SQLite keeps a temporary database in on Unix: the first of ``SQLITE_TMPDIR``,
    ``TMPDIR``, /var/tmp, /usr/tmp, /tmp and . that is a directory this process can write."""
    for d in (os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp", "."):
        if d and os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
            return d
    return os.environ.get("SQLITE_TMPDIR") or os.environ.get("TMPDIR") or tempfile.gettempdir()


@contextmanager
def _disk_errors() -> Iterator[None]:
    """An SQLite error of the temporary database (a full disk, a temporary directory not there or not
    writable) as a `SpillError` that names the directory, one line for the user."""
    try:
        yield
    except sqlite3.Error as exc:
        where = _sqlite_temp_dir()
        raise SpillError(f"{where}: cannot keep the graph being built in a temporary database there ({exc}); free "
                         f"disk space, or set TMPDIR to a writable directory with room") from exc


class GraphOnDisk:
    """A case graph held in a temporary SQLite database (see the module docstring). Read it with
    ``chunks()`` (node-link JSON text) or ``to_networkx()``; ``close()`` removes it (so does losing
    the last reference to it)."""

    def __init__(self) -> None:
        with _disk_errors():
            self._db = sqlite3.connect("")  # "": a private temporary database on disk, deleted when closed
            self._db.execute("PRAGMA journal_mode=OFF")  # scratch: nothing to roll back, nothing to recover
            self._db.execute("PRAGMA synchronous=OFF")
            self._db.execute("PRAGMA cache_size=-1024")  # 1 MB of pages in memory, the rest on disk
            self._db.executescript(_SCHEMA)
        self._nodes = self._edges = 0
        self._ends_later = False  # an edge was added before its ends could be checked (`check_ends`)
        self._finalizer = weakref.finalize(self, self._db.close)

    # -- building ------------------------------------------------------------------------------
    def add_node(self, node: Node) -> str:
        """`model.add_node`: a new node, or ``node`` merged into the node of its id."""
        with _disk_errors():
            return self._add_node(node)

    def _add_node(self, node: Node) -> str:
        data = node_data(node)
        if self._db.execute("INSERT OR IGNORE INTO nodes (id, data) VALUES (?, ?)", (node.id, _dumps(data))).rowcount:
            self._nodes += 1
        else:  # there is one: merge (a statement more, for the few ids given twice)
            seq, have = self._db.execute("SELECT seq, data FROM nodes WHERE id = ?", (node.id,)).fetchone()
            have = json.loads(have)
            merge_node_data(have, node)
            self._db.execute("UPDATE nodes SET data = ? WHERE seq = ?", (_dumps(have), seq))
        return node.id

    def add_edge(self, edge: Edge, *, ends_later: bool = False) -> str:
        """`model.add_edge`: a new edge, or ``edge``'s evidence and attributes merged into the edge of
        its ends and key. ``ends_later``: its ends may not be nodes yet (`check_ends` checks them once
        they are); an edge's place in graph.json depends on its source's place among the nodes, which
        is read when the graph is written, so only the order of the edges among themselves matters."""
        with _disk_errors():
            return self._add_edge(edge, ends_later)

    def _add_edge(self, edge: Edge, ends_later: bool) -> str:
        if edge.type not in EDGE_TYPES:
            raise ValueError(f"unknown edge type {edge.type!r}")
        ends = {edge.source, edge.target}
        self._ends_later |= ends_later
        if not ends_later and self._db.execute(f"SELECT COUNT(*) FROM nodes WHERE id IN ({','.join('?' * len(ends))})",
                                               tuple(ends)).fetchone()[0] < len(ends):
            missing = next(end for end in (edge.source, edge.target) if end not in self)
            raise KeyError(f"edge {edge.type} refers to unknown node {missing!r}")
        key = edge_key(edge)
        evidence = edge_evidence(edge)
        if self._db.execute("INSERT OR IGNORE INTO edges (source, target, key, data) VALUES (?, ?, ?, ?)",
                            (edge.source, edge.target, key, _dumps(edge_data(edge, evidence)))).rowcount:
            self._edges += 1
        else:  # there is one: merge
            seq, have = self._db.execute("SELECT seq, data FROM edges WHERE source = ? AND target = ? AND key = ?",
                                         (edge.source, edge.target, key)).fetchone()
            have = json.loads(have)
            merge_edge_data(have, edge, evidence)
            self._db.execute("UPDATE edges SET data = ? WHERE seq = ?", (_dumps(have), seq))
        return key

    def check_ends(self) -> None:
        """A KeyError, as `add_edge` gives, for an edge (added with ``ends_later``) whose source or target
        is not a node (nothing to read when every edge was checked as it came)."""
        if not self._ends_later:
            return
        with _disk_errors():
            row = self._db.execute(
                "SELECT e.data, CASE WHEN s.id IS NULL THEN e.source ELSE e.target END FROM edges e "
                "LEFT JOIN nodes s ON s.id = e.source LEFT JOIN nodes t ON t.id = e.target "
                "WHERE s.id IS NULL OR t.id IS NULL ORDER BY e.seq LIMIT 1").fetchone()
        if row is not None:
            raise KeyError(f"edge {json.loads(row[0])['type']} refers to unknown node {row[1]!r}")

    # -- reading -------------------------------------------------------------------------------
    def __contains__(self, node_id: object) -> bool:
        with _disk_errors():
            return self._db.execute("SELECT 1 FROM nodes WHERE id = ?", (node_id,)).fetchone() is not None

    def node(self, node_id: str) -> dict | None:
        """The attributes of a node (a copy), None when there is no such node."""
        with _disk_errors():
            row = self._db.execute("SELECT data FROM nodes WHERE id = ?", (node_id,)).fetchone()
        return None if row is None else json.loads(row[0])

    def number_of_nodes(self) -> int:
        return self._nodes

    def number_of_edges(self) -> int:
        return self._edges

    def chunks(self) -> Iterator[str]:
        """The node-link JSON text of the graph (`model.node_link_chunks` of the same graph in networkx),
        a node or an edge at a time."""
        head = {"directed": True, "multigraph": True, "graph": {}}
        return node_link_text(head, self._node_objects(), self._edge_objects())

    def _node_objects(self) -> Iterator[dict]:
        with _disk_errors():
            for node_id, data in self._db.execute("SELECT id, data FROM nodes ORDER BY seq"):
                d = json.loads(data)
                d["id"] = node_id
                yield d

    def _edge_objects(self) -> Iterator[dict]:
        # networkx's order: by the source's place among the nodes, then the targets in the order of the
        # first edge from this source to each, then the keys in the order they came
        with _disk_errors():
            rows = self._db.execute(
                "SELECT e.source, e.target, e.key, e.data FROM edges e JOIN nodes n ON n.id = e.source "
                "ORDER BY n.seq, MIN(e.seq) OVER (PARTITION BY e.source, e.target), e.seq")
            for source, target, key, data in rows:
                d = json.loads(data)
                d.update(source=source, target=target, key=key)
                yield d

    def to_networkx(self) -> nx.MultiDiGraph:
        """The graph in memory (what `build.build_graph` makes of the same nodes and edges)."""
        return from_node_link(json.loads("".join(self.chunks())))

    def close(self) -> None:
        """Remove the database (the graph is gone)."""
        self._finalizer()
