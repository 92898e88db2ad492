"""Push a case graph to Neo4j: constraints first, then batched ``UNWIND $rows MERGE`` writes.

The writer is handed a driver (neo4j-graphrag style); it never creates one. :func:`connect` is
the one place that does, for the command line. Nodes get the label of their kind (``Person``,
``Organization``, ``Division``, ``Product``, ``Code``, ``Message``) plus ``Entity``, and are merged
on ``id``; relationships are merged on their stable ``key``, so pushing twice leaves the same counts
and a new installment adds only what is new. Evidence stays queryable: message nodes are pushed
too, and each relationship carries ``evidence_messages`` (message ids) and ``evidence_quotes``
(parallel lists, since a Neo4j property cannot hold a map) plus ``evidence_json``::

    MATCH (a)-[r:GIFT]->(b) UNWIND range(0, size(r.evidence_messages) - 1) AS i
    MATCH (m:Message {id: r.evidence_messages[i]})
    RETURN a.name, b.name, m.subject, m.sent, r.evidence_quotes[i]

All query text is in :mod:`giftgraph.graph.neo4j_queries`.
"""
from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable

import networkx as nx

from giftgraph.errors import GiftgraphError
from giftgraph.graph import neo4j_queries as Q
from giftgraph.graph.properties import iter_edge_records, iter_node_records

__all__ = ["Neo4jStoreError", "PushReport", "Neo4jWriter", "connect", "counts", "clear_database", "safe_uri"]

DEFAULT_BATCH_SIZE = 1000


class Neo4jStoreError(GiftgraphError):
    """Neo4j cannot be reached, refuses the credentials, or refuses a write."""


@dataclass
class PushReport:
    nodes: int = 0                 # nodes sent
    relationships: int = 0         # relationships sent
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    labels_added: int = 0
    nodes_deleted: int = 0         # with prune: giftgraph nodes the case no longer holds
    relationships_deleted: int = 0
    batches: int = 0
    seconds: float = 0.0
    totals: dict = field(default_factory=dict)  # nodes / relationships in the database afterwards

    def to_dict(self) -> dict:
        return asdict(self)


def safe_uri(uri: str) -> str:
    """``uri`` fit to print: a password written into it (``bolt://user:secret@host``) is masked."""
    return re.sub(r"(?<=://)([^/@:]*):[^/]*@", r"\1:***@", uri or "")


def _masked(text: str, uri: str, password: str) -> str:
    text = text.replace(uri, safe_uri(uri)) if uri else text
    return text.replace(password, "***") if password else text


def connect(uri: str, user: str, password: str):
    """A verified driver for ``uri`` (bolt://, neo4j://, neo4j+s:// for Aura). Errors never show the
    password, whether it was given apart or written into the URI."""
    from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

    import neo4j

    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
        driver.verify_connectivity()
    except AuthError:
        raise Neo4jStoreError(f"{safe_uri(uri)}: Neo4j refused the credentials of user {user!r}") from None
    except (ServiceUnavailable, ConfigurationError, ValueError, OSError) as exc:
        raise Neo4jStoreError(_masked(f"{uri}: cannot reach Neo4j: {exc}", uri, password)) from None
    return driver


def _batches(rows: Iterable, size: int):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Neo4jWriter:
    """Writes case graphs through a driver it is handed."""

    def __init__(self, driver, *, database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.driver = driver
        self.database = database
        self.batch_size = max(1, int(batch_size))

    def _session(self):
        return self.driver.session(database=self.database) if self.database else self.driver.session()

    def create_constraints(self) -> None:
        with self._session() as session:
            for statement in Q.CONSTRAINTS:
                session.run(statement).consume()

    def _write(self, query: str, rows: list, report: PushReport) -> None:
        def work(tx):
            return tx.run(query, rows=rows).consume().counters

        with self._session() as session:
            c = session.execute_write(work)
        report.nodes_created += c.nodes_created
        report.relationships_created += c.relationships_created
        report.properties_set += c.properties_set
        report.labels_added += c.labels_added
        report.batches += 1

    def push(self, G: nx.MultiDiGraph, *, progress: Callable[[str], None] | None = None,
             prune: bool = False) -> PushReport:
        """Constraints, then every node (batched by label), then every relationship (by type).
        ``prune``: then delete the giftgraph nodes and relationships the case no longer holds (a
        person merged away by a later extraction, an edge a better rule dropped), so the database
        holds exactly this case."""
        from neo4j.exceptions import Neo4jError, ServiceUnavailable

        report = PushReport()
        t0 = time.perf_counter()
        try:
            self.create_constraints()
            self.push_nodes(G, report, progress=progress)
            self.push_relationships(G, report, progress=progress)
            if prune:
                self.prune(G, report, progress=progress)
            report.totals = counts(self.driver, database=self.database)
        except ServiceUnavailable as exc:
            raise Neo4jStoreError(f"Neo4j went away during the push: {exc}") from None
        except Neo4jError as exc:
            raise Neo4jStoreError(f"Neo4j refused the push: {exc.code}: {exc.message}") from None
        report.seconds = time.perf_counter() - t0
        return report

    def push_nodes(self, G: nx.MultiDiGraph, report: PushReport, *, progress=None) -> None:
        by_label: dict[str, list] = {}
        for label, props in iter_node_records(G):
            # the merge key stays out of props: setting it again makes the planner add an Eager step
            by_label.setdefault(label, []).append({"id": props.pop("id"), "props": props})
        for label, rows in by_label.items():
            for batch in _batches(rows, self.batch_size):
                self._write(Q.MERGE_NODES[label], batch, report)
            report.nodes += len(rows)
            if progress:
                progress(f"{label}: {len(rows)} node(s)")

    def push_relationships(self, G: nx.MultiDiGraph, report: PushReport, *, progress=None) -> None:
        by_type: dict[str, list] = {}
        for rtype, props in iter_edge_records(G):
            by_type.setdefault(rtype, []).append(
                {"source": props["source"], "target": props["target"], "key": props.pop("key"), "props": props})
        for rtype, rows in by_type.items():
            for batch in _batches(rows, self.batch_size):
                self._write(Q.MERGE_RELATIONSHIPS[rtype], batch, report)
            report.relationships += len(rows)
            if progress:
                progress(f"{rtype}: {len(rows)} relationship(s)")

    def _delete(self, query: str, rows: list, report: PushReport, **params) -> None:
        def work(tx):
            return tx.run(query, rows=rows, **params).consume().counters

        with self._session() as session:
            c = session.execute_write(work)
        report.nodes_deleted += c.nodes_deleted
        report.relationships_deleted += c.relationships_deleted
        report.batches += 1

    def prune(self, G: nx.MultiDiGraph, report: PushReport, *, progress=None) -> None:
        """Delete the giftgraph nodes and relationships the case no longer holds: listed, compared
        with the case here, then deleted in batches (relationships first, by type and key; then
        nodes by id), each batch its own transaction. Idempotent: a second run finds nothing."""
        ids = {str(n) for n in G.nodes}
        keys = {str(k) for _, _, k in G.edges(keys=True)}

        def listing(tx):
            nodes = [r["id"] for r in tx.run(Q.LIST_NODE_IDS)]
            rels = [(r["type"], r["key"]) for r in tx.run(Q.LIST_RELATIONSHIP_KEYS)]
            return nodes, rels

        with self._session() as session:
            db_ids, db_rels = session.execute_read(listing)
        stale_rels: dict[str, list] = {}
        for rtype, key in db_rels:
            if str(key) not in keys:
                stale_rels.setdefault(rtype, []).append(key)
        stale_nodes = [i for i in db_ids if i is not None and str(i) not in ids]
        for rtype, rows in sorted(stale_rels.items()):
            for batch in _batches(rows, self.batch_size):
                if rtype in Q.DELETE_RELATIONSHIPS:
                    self._delete(Q.DELETE_RELATIONSHIPS[rtype], batch, report)
                else:
                    self._delete(Q.DELETE_OTHER_RELATIONSHIPS, batch, report, types=list(Q.DELETE_RELATIONSHIPS))
        for batch in _batches(stale_nodes, self.batch_size):
            self._delete(Q.DELETE_NODES, batch, report)
        if progress:
            progress(f"pruned {report.nodes_deleted} node(s) and {report.relationships_deleted} relationship(s) "
                     "the case no longer holds")

    def push_relationships_one_by_one(self, records: Iterable[tuple[str, dict]]) -> int:
        """The slow baseline (one auto-commit statement per relationship); returns how many were sent."""
        n = 0
        with self._session() as session:
            for rtype, props in records:
                session.run(Q.MERGE_ONE_RELATIONSHIP[rtype], source=props["source"], target=props["target"],
                            key=props["key"], props=props).consume()
                n += 1
        return n


def counts(driver, *, database: str | None = None) -> dict:
    """``{"nodes": N, "relationships": M}`` of giftgraph's (``Entity``) part of the database."""
    def work(tx):
        n = tx.run(Q.COUNT_NODES).single()["n"]
        r = tx.run(Q.COUNT_RELATIONSHIPS).single()["n"]
        return {"nodes": n, "relationships": r}

    with (driver.session(database=database) if database else driver.session()) as session:
        return session.execute_read(work)


def clear_database(driver, *, database: str | None = None) -> None:
    """Delete every node and relationship (tests and benchmarks only; `neo4j push` never does)."""
    with (driver.session(database=database) if database else driver.session()) as session:
        session.run(Q.DELETE_ALL).consume()
