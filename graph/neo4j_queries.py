"""Every Cypher statement giftgraph sends to Neo4j, in one place.

Values always travel as parameters (``$rows``); the only names formatted into query text are
labels and relationship types from the fixed whitelists of :mod:`giftgraph.graph.properties`,
checked again here, so no text from a release can ever become Cypher.
"""
from __future__ import annotations

import re

from giftgraph.graph.properties import COMMON_LABEL, LABELS, REL_TYPES

__all__ = ["CONSTRAINTS", "MERGE_NODES", "MERGE_RELATIONSHIPS", "MERGE_ONE_RELATIONSHIP", "COUNT_NODES",
           "COUNT_RELATIONSHIPS", "LIST_NODE_IDS", "LIST_RELATIONSHIP_KEYS", "DELETE_RELATIONSHIPS",
           "DELETE_OTHER_RELATIONSHIPS", "DELETE_NODES", "DELETE_ALL"]

_NAME = re.compile(r"^[A-Za-z][A-Za-z_]*$")


def _checked(name: str, allowed) -> str:
    if name not in allowed or not _NAME.match(name):
        raise ValueError(f"{name!r} is not a whitelisted label or relationship type")
    return name


# Uniqueness constraints first: MERGE on (:Entity {id}) then uses their index, and the database
# itself refuses a second node with the same id or a second relationship with the same key.
CONSTRAINTS: list[str] = [
    f"CREATE CONSTRAINT giftgraph_entity_id IF NOT EXISTS FOR (n:{COMMON_LABEL}) REQUIRE n.id IS UNIQUE",
    *(f"CREATE CONSTRAINT giftgraph_{_checked(label, LABELS.values()).lower()}_id IF NOT EXISTS "
      f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" for label in LABELS.values()),
    *(f"CREATE CONSTRAINT giftgraph_{_checked(t, REL_TYPES).lower()}_key IF NOT EXISTS "
      f"FOR ()-[r:{t}]-() REQUIRE r.key IS UNIQUE" for t in REL_TYPES),
]

# One statement per label: rows are {id, props}. SET n += props keeps properties a later
# installment does not mention, and replaces the ones it does (lists of evidence grow).
MERGE_NODES: dict[str, str] = {
    label: (f"UNWIND $rows AS row MERGE (n:{COMMON_LABEL} {{id: row.id}}) "
            f"SET n:{_checked(label, LABELS.values())} SET n += row.props"
            # a kind that changed between runs (organization -> division) keeps one label
            + "".join(f" REMOVE n:{other}" for other in LABELS.values() if other != label))
    for label in LABELS.values()
}

# One statement per relationship type: rows are {source, target, key, props}. MERGE on the stable
# key, so pushing twice creates nothing new and a new installment adds only new relationships.
MERGE_RELATIONSHIPS: dict[str, str] = {
    t: (f"UNWIND $rows AS row "
        f"MATCH (a:{COMMON_LABEL} {{id: row.source}}) MATCH (b:{COMMON_LABEL} {{id: row.target}}) "
        f"MERGE (a)-[r:{_checked(t, REL_TYPES)} {{key: row.key}}]->(b) SET r += row.props")
    for t in REL_TYPES
}

# The same write, one relationship per statement (the benchmark's baseline).
MERGE_ONE_RELATIONSHIP: dict[str, str] = {
    t: (f"MATCH (a:{COMMON_LABEL} {{id: $source}}) MATCH (b:{COMMON_LABEL} {{id: $target}}) "
        f"MERGE (a)-[r:{_checked(t, REL_TYPES)} {{key: $key}}]->(b) SET r += $props")
    for t in REL_TYPES
}

COUNT_NODES = f"MATCH (n:{COMMON_LABEL}) RETURN count(n) AS n"
COUNT_RELATIONSHIPS = f"MATCH (:{COMMON_LABEL})-[r]->(:{COMMON_LABEL}) RETURN count(r) AS n"

# `neo4j push --prune`: list giftgraph's part of the database (:Entity nodes, keyed relationships
# between them), and delete what the pushed case no longer holds in batches of `UNWIND $rows`, each
# batch a transaction of its own, merged on the same ids and keys (and the same uniqueness indexes)
# as the push: running it twice deletes nothing the second time. Other data is never touched.
LIST_NODE_IDS = f"MATCH (n:{COMMON_LABEL}) RETURN n.id AS id"
LIST_RELATIONSHIP_KEYS = (f"MATCH (:{COMMON_LABEL})-[r]->(:{COMMON_LABEL}) WHERE r.key IS NOT NULL "
                          "RETURN type(r) AS type, r.key AS key")
DELETE_RELATIONSHIPS: dict[str, str] = {
    t: f"UNWIND $rows AS k MATCH (:{COMMON_LABEL})-[r:{_checked(t, REL_TYPES)} {{key: k}}]->(:{COMMON_LABEL}) DELETE r"
    for t in REL_TYPES
}
# a type giftgraph no longer writes (renamed in a later version): matched by key alone
DELETE_OTHER_RELATIONSHIPS = (f"UNWIND $rows AS k MATCH (:{COMMON_LABEL})-[r {{key: k}}]->(:{COMMON_LABEL}) "
                              "WHERE NOT type(r) IN $types DELETE r")
DELETE_NODES = f"UNWIND $rows AS id MATCH (n:{COMMON_LABEL} {{id: id}}) DETACH DELETE n"

# Used by tests and the benchmark to start from an empty database (never by `neo4j push`).
DELETE_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
