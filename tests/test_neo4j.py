"""Neo4j: unit tests of the writer's query building on a fake driver, and integration tests
against a real Neo4j Community server (marker ``neo4j``).

The integration fixture uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set (scripts/test sets them
from ``neo4j/start.sh``); otherwise it starts the server itself with ``neo4j/start.sh``, so these
tests never skip silently. They empty the database, so they refuse to run against a server that
``neo4j/start.sh`` did not start unless GIFTGRAPH_TEST_NEO4J_WIPE=1.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic import generate_graph, installment_two, small_case_graph

from giftgraph.cli import cli
from giftgraph.graph import neo4j_queries as Q
from giftgraph.graph.cypher import CypherError, named_queries, run_embedded, run_named, run_neo4j
from giftgraph.graph.model import Node, add_node
from giftgraph.graph.neo4j_store import Neo4jWriter, clear_database, connect, counts
from giftgraph.graph.store import Case

ROOT = Path(__file__).resolve().parents[1]
NEO4J_DIR = ROOT / "neo4j"


# -- unit tests: a fake driver records what the writer sends ---------------------------------------

class _Counters:
    nodes_created = relationships_created = properties_set = labels_added = nodes_deleted = relationships_deleted = 0


class _Result:
    def __init__(self, rows=None):
        self._rows = rows or []

    def consume(self):
        return type("Summary", (), {"counters": _Counters()})()

    def single(self):
        return {"n": 0}

    def keys(self):
        return []

    def __iter__(self):
        return iter(self._rows)


class _Tx:
    def __init__(self, log):
        self.log = log

    def run(self, query, parameters=None, **kw):
        self.log.append((query, dict(parameters or {}, **kw)))
        return _Result()


class _Session:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False

    def run(self, query, parameters=None, **kw):
        self.log.append((query, dict(parameters or {}, **kw)))
        return _Result()

    def execute_write(self, fn):
        return fn(_Tx(self.log))

    execute_read = execute_write


class FakeDriver:
    def __init__(self):
        self.log = []

    def session(self, **kw):
        return _Session(self.log)


def test_writer_sends_constraints_first_then_parameterised_batches():
    G = small_case_graph()
    evil = '"}) DETACH DELETE n //'
    add_node(G, Node(id="p-evil", kind="person", name=evil, attrs={"role": "other"}))
    driver = FakeDriver()
    Neo4jWriter(driver, batch_size=2).push(G)
    queries = [q for q, _ in driver.log]
    allowed = set(Q.CONSTRAINTS) | set(Q.MERGE_NODES.values()) | set(Q.MERGE_RELATIONSHIPS.values()) | {
        Q.COUNT_NODES, Q.COUNT_RELATIONSHIPS}
    assert set(queries) <= allowed  # every statement comes from the one query module
    assert queries[:len(Q.CONSTRAINTS)] == Q.CONSTRAINTS
    first_merge = min(i for i, q in enumerate(queries) if q.startswith("UNWIND"))
    assert first_merge == len(Q.CONSTRAINTS)
    assert not any(evil in q for q in queries)  # release text never reaches the query text
    sent = [p["rows"] for q, p in driver.log if q.startswith("UNWIND")]
    assert all(1 <= len(rows) <= 2 for rows in sent)
    persons = [r for q, p in driver.log if q == Q.MERGE_NODES["Person"] for r in p["rows"]]
    assert {r["id"] for r in persons} == {"p-ann", "p-ben", "p-cruz", "p-diaz", "p-eve", "p-fay", "p-evil"}
    assert any(r["props"]["name"] == evil for r in persons)
    gifts = [r for q, p in driver.log if q == Q.MERGE_RELATIONSHIPS["GIFT"] for r in p["rows"]]
    assert len(gifts) == 5 and all(r["key"] and "key" not in r["props"] for r in gifts)
    # properties Neo4j can store: scalars and flat lists only
    for _q, p in driver.log:
        for row in p.get("rows", []):
            for v in row["props"].values():
                assert isinstance(v, (str, int, float, bool)) or (
                    isinstance(v, list) and all(isinstance(x, (str, int, float, bool)) for x in v)), v


def test_query_module_only_formats_whitelisted_names():
    with pytest.raises(ValueError):
        Q._checked("Person) DETACH DELETE (n", Q.LABELS.values())
    for q in list(Q.MERGE_NODES.values()) + list(Q.MERGE_RELATIONSHIPS.values()):
        assert "$rows" in q and "UNWIND" in q


def test_run_neo4j_uses_a_read_transaction_unless_write():
    calls = []

    class S(_Session):
        def execute_read(self, fn):
            calls.append("read")
            return fn(_Tx(self.log))

        def execute_write(self, fn):
            calls.append("write")
            return fn(_Tx(self.log))

    class D(FakeDriver):
        def session(self, **kw):
            return S(self.log)

    d = D()
    run_neo4j(d, "MATCH (n) RETURN n.name AS name", {"x": 1})
    run_neo4j(d, "CREATE (n:X)", write=True)
    assert calls == ["read", "write"]
    assert d.log[0] == ("MATCH (n) RETURN n.name AS name", {"x": 1})


# -- integration: a real Neo4j ------------------------------------------------------------------

@pytest.fixture(scope="session")
def neo4j_env(tmp_path_factory):
    started = False
    if not os.environ.get("NEO4J_URI"):
        # a server of this test session's own, in its own run directory
        run_env = dict(os.environ, NEO4J_RUN_DIR=str(tmp_path_factory.mktemp("neo4j-run")))
        proc = subprocess.run([str(NEO4J_DIR / "start.sh")], capture_output=True, text=True, timeout=900, env=run_env)
        if proc.returncode != 0:
            pytest.fail(f"neo4j/start.sh failed:\n{proc.stderr[-3000:]}")
        env = dict(re.findall(r"(NEO4J_\w+)=(\S+)", proc.stdout))
        started = True
    else:
        env = {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD") if k in os.environ}
        ours = Path(os.environ.get("NEO4J_RUN_DIR") or NEO4J_DIR / "run") / "port"
        if not (ours.exists() and env["NEO4J_URI"].endswith(f":{ours.read_text().strip()}")) and \
                os.environ.get("GIFTGRAPH_TEST_NEO4J_WIPE") != "1":
            pytest.fail(f"NEO4J_URI={env['NEO4J_URI']} was not started by neo4j/start.sh; these tests empty the "
                        "database, so set GIFTGRAPH_TEST_NEO4J_WIPE=1 to allow it")
    yield env
    if started:
        subprocess.run([str(NEO4J_DIR / "stop.sh")], capture_output=True, timeout=120, env=run_env)


@pytest.fixture
def driver(neo4j_env):
    d = connect(neo4j_env["NEO4J_URI"], neo4j_env.get("NEO4J_USER", "neo4j"), neo4j_env["NEO4J_PASSWORD"])
    clear_database(d)
    yield d
    d.close()


@pytest.mark.neo4j
def test_push_twice_leaves_the_same_counts(driver):
    G = small_case_graph()
    first = Neo4jWriter(driver).push(G)
    assert first.nodes_created == G.number_of_nodes() == 18
    assert first.relationships_created == G.number_of_edges() == 20
    assert first.totals == {"nodes": 18, "relationships": 20}
    second = Neo4jWriter(driver, batch_size=3).push(G)
    assert second.nodes_created == 0 and second.relationships_created == 0
    assert counts(driver) == {"nodes": 18, "relationships": 20}
    labels = run_neo4j(driver, "MATCH (n:Entity) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l").tuples()
    assert dict(labels) == {"Code": 1, "Division": 2, "Entity": 18, "Message": 5, "Organization": 2, "Person": 6,
                            "Product": 2}


@pytest.mark.neo4j
def test_new_installment_adds_only_what_is_new(driver):
    G = small_case_graph()
    Neo4jWriter(driver).push(G)
    report = Neo4jWriter(driver).push(installment_two(G))
    assert report.nodes_created == 2          # message m6 and Gus Green
    assert report.relationships_created == 1  # the new gift; the PROMOTED edge only gains evidence
    assert counts(driver) == {"nodes": 20, "relationships": 21}
    rows = run_neo4j(driver, "MATCH (:Person {id: 'p-cruz'})-[r:PROMOTED]->() RETURN r.evidence_messages AS m").rows
    assert rows == [{"m": ["m4", "m6"]}]


@pytest.mark.neo4j
def test_prune_removes_what_a_re_extraction_dropped(driver):
    G = small_case_graph()
    Neo4jWriter(driver).push(G)
    H = G.copy()
    person = next(n for n, d in H.nodes(data=True) if d.get("kind") == "person" and H.degree(n) == min(
        H.degree(p) for p, e in H.nodes(data=True) if e.get("kind") == "person"))
    H.remove_node(person)  # merged into someone else by a better rule
    u, v, k = next(iter(H.edges(keys=True)))
    H.remove_edge(u, v, k)  # a relation a better rule no longer finds
    kept = Neo4jWriter(driver).push(H)  # without --prune nothing goes
    assert kept.totals == {"nodes": 18, "relationships": 20} and kept.nodes_deleted == 0
    pruned = Neo4jWriter(driver, batch_size=1).push(H, prune=True)  # one deletion per batch
    assert pruned.totals == {"nodes": H.number_of_nodes(), "relationships": H.number_of_edges()}
    assert pruned.nodes_deleted == 1 and pruned.relationships_deleted == G.number_of_edges() - H.number_of_edges()
    again = Neo4jWriter(driver).push(H, prune=True)  # idempotent: nothing left to prune
    assert (again.nodes_deleted, again.relationships_deleted) == (0, 0) and again.totals == pruned.totals
    assert run_neo4j(driver, "MATCH (n:Entity {id: $id}) RETURN n", {"id": person}).rows == []
    # other data in the database is not giftgraph's: never touched
    run_neo4j(driver, "CREATE (:Note {text: 'analyst note'})", write=True)
    Neo4jWriter(driver).push(H, prune=True)
    assert run_neo4j(driver, "MATCH (n:Note) RETURN count(n) AS n").rows == [{"n": 1}]


@pytest.mark.neo4j
def test_evidence_is_queryable(driver):
    Neo4jWriter(driver).push(small_case_graph())
    q = ("MATCH (a:Person)-[r:GIFT]->(b:Person {name: $name}) "
         "UNWIND range(0, size(r.evidence_messages) - 1) AS i "
         "MATCH (m:Message {id: r.evidence_messages[i]}) "
         "RETURN a.name AS giver, m.subject AS subject, m.sent AS sent, r.evidence_quotes[i] AS quote, r.evidence_refs[i] AS ref "
         "ORDER BY sent")
    rows = run_neo4j(driver, q, {"name": "Det. Carla Cruz"}).rows
    assert rows == [
        {"giver": "Ann Vendor", "subject": "Doorbells for the task force", "sent": "2016-03-01T09:00:00-08:00",
         "quote": "I'm sending you a dozen Video Doorbell Pros; close to $3,000.", "ref": "release.pdf p.1 REL-00001"},
        {"giver": "Ben Sales", "subject": "Your referral code", "sent": "2016-04-11T08:15:00-07:00",
         "quote": "For the 10 uses of your code, a free doorbell.", "ref": "release.pdf p.3 REL-00003"},
    ]
    items = run_neo4j(driver, "MATCH ()-[r:GIFT {key: $k}]->() RETURN r.items_json AS j, r.devices AS d",
                      {"k": next(k for u, v, k in small_case_graph().edges(keys=True) if (u, v) == ("p-ann", "p-cruz"))}).rows
    assert json.loads(items[0]["j"]) == [{"product": "pr-bell", "quantity": 12}] and items[0]["d"] == 12


@pytest.mark.neo4j
def test_read_only_query_refuses_a_write(driver):
    Neo4jWriter(driver).push(small_case_graph())
    with pytest.raises(CypherError, match="read"):
        run_neo4j(driver, "MATCH (p:Person) SET p.name = 'x' RETURN p")
    with pytest.raises(CypherError):
        run_neo4j(driver, "CREATE (n:Entity {id: 'intruder'}) RETURN n")
    assert counts(driver) == {"nodes": 18, "relationships": 20}
    assert run_neo4j(driver, "MATCH (p:Person {id: 'p-ann'}) RETURN p.name AS n").rows == [{"n": "Ann Vendor"}]
    run_neo4j(driver, "MATCH (p:Person {id: 'p-ann'}) SET p.checked = true", write=True)
    assert run_neo4j(driver, "MATCH (p:Person {checked: true}) RETURN count(p) AS n").rows == [{"n": 1}]


@pytest.mark.neo4j
def test_cli_push_and_query_take_credentials_from_the_environment(driver, neo4j_env, tmp_path):
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(small_case_graph())
    env = {"NEO4J_URI": neo4j_env["NEO4J_URI"], "NEO4J_USER": neo4j_env.get("NEO4J_USER", "neo4j"),
           "NEO4J_PASSWORD": neo4j_env["NEO4J_PASSWORD"]}
    runner = CliRunner()
    for _ in range(2):
        r = runner.invoke(cli, ["neo4j", "push", "--case", str(case.path), "--json"], env=env)
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout)["totals"] == {"nodes": 18, "relationships": 20}
        assert env["NEO4J_PASSWORD"] not in r.output
    # a re-extraction merged a person away: --prune removes it (and its links), a second --prune nothing
    H = small_case_graph()
    H.remove_node("p-fay")
    case.save_graph(H)
    for deleted in (1, 0):
        r = runner.invoke(cli, ["neo4j", "push", "--case", str(case.path), "--prune", "--json"], env=env)
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout)["nodes_deleted"] == deleted
        assert json.loads(r.stdout)["totals"] == {"nodes": H.number_of_nodes(), "relationships": H.number_of_edges()}
    case.save_graph(small_case_graph())
    r = runner.invoke(cli, ["neo4j", "push", "--case", str(case.path), "--json"], env=env)
    assert r.exit_code == 0 and json.loads(r.stdout)["totals"] == {"nodes": 18, "relationships": 20}
    r = runner.invoke(cli, ["query", "--neo4j", "--named", "referral-leaderboard", "--json"], env=env)
    assert r.exit_code == 0, r.output
    assert [row["code"] for row in json.loads(r.stdout)] == ["CRUZ10", "DIAZ5"]
    r = runner.invoke(cli, ["query", "--neo4j", "MATCH (n:Person) DETACH DELETE n"], env=env)
    assert r.exit_code == 1 and "read" in r.output
    bad = dict(env, NEO4J_PASSWORD="wrong-password-123")
    r = runner.invoke(cli, ["neo4j", "push", "--case", str(case.path)], env=bad)
    assert r.exit_code == 1 and "refused the credentials" in r.output and "wrong-password-123" not in r.output
    # no password anywhere: prompted, hidden
    r = runner.invoke(cli, ["neo4j", "push", "--case", str(case.path), "-s"],
                      env={"NEO4J_URI": env["NEO4J_URI"], "NEO4J_PASSWORD": None}, input=env["NEO4J_PASSWORD"] + "\n")
    assert r.exit_code == 0, r.output
    assert "Neo4j password" in r.output and env["NEO4J_PASSWORD"] not in r.output


# -- conformance: the same rows on the embedded graph and on Neo4j ----------------------------------

AD_HOC = [
    ("MATCH (p:Person) RETURN p.name AS name, p.role AS role", {}),
    ("MATCH (a:Person)-[r:GIFT]->(b) WHERE r.value_usd >= $min RETURN a.name, b.name, r.value_usd", {"min": 300}),
    ("MATCH (a)-[r:REFERRAL]->(v:Organization) RETURN a.name AS promoter, r.code AS code, r.uses AS uses ORDER BY uses DESC", {}),
    ("MATCH (p:Person)-[:MEMBER_OF]->(d:Division) RETURN d.name AS division, count(p) AS members ORDER BY division", {}),
    ("MATCH (a)-[r]->(b) RETURN type(r) AS t, count(r) AS n ORDER BY t", {}),
    ("MATCH (g)-[r:GIFT]->(x) RETURN count(r.value_usd) AS valued, avg(r.value_usd) AS mean, min(r.value_usd) AS lo, "
     "max(r.value_usd) AS hi, sum(r.devices) AS devices", {}),
    ("MATCH (a:Person {role: 'officer'})-[r:PROMOTED]->(x) RETURN a.name, x.name", {}),
    ("MATCH (m:Message) WHERE m.subject CONTAINS 'Doorbells' RETURN m.id AS id, m.subject AS subject ORDER BY id", {}),
    ("MATCH (a)-[r:GIFT]->(b) WHERE a.name = 'Ben Sales' AND b.kind = 'division' RETURN b.name", {}),
    ("MATCH (a)-[r:GIFT]->(b) WHERE a.name = $a OR b.name = $b RETURN a.name, b.name", {"a": "Ben Sales", "b": "Officer Eve Early"}),
    ("MATCH (p:Person) WHERE p.name STARTS WITH 'S' OR p.role = 'vendor_employee' RETURN p.name ORDER BY p.name SKIP 1 LIMIT 2", {}),
    ("MATCH (a)-[r:GIFT]->(b) WHERE r.value_usd IS NULL RETURN b.name, r.devices", {}),
    ("MATCH (a)-[r:GIFT]->(b) WHERE r.date IS NOT NULL AND r.purpose <> 'personal' RETURN r.date AS d ORDER BY d", {}),
    ("MATCH (a)-[r:EMAILED]->(b) WHERE a.name IN ['Ann Vendor', 'Ben Sales'] RETURN a.name AS a, sum(r.count) AS n ORDER BY n DESC", {}),
    ("MATCH (a:Code)-[r:GIFT]->(b) RETURN count(r) AS n, sum(r.value_usd) AS total", {}),
    ("MATCH (a)-[r:GIFT]->(b) RETURN toLower(b.name) AS lname, size(r.evidence_quotes) AS quotes ORDER BY lname", {}),
    ("MATCH (a)-[r:GIFT]->(b) RETURN r.evidence_messages AS m, r.evidence_quotes AS q", {}),
    ("MATCH (a:Person)-[r:GIFT]->(b) RETURN DISTINCT a.name AS giver ORDER BY giver", {}),
    ("MATCH (a:Person {name: 'Ann Vendor'})-[:GIFT|MEMBER_OF*1..2]->(b) RETURN DISTINCT b.name AS reached ORDER BY reached", {}),
    ("MATCH (a:Person)-[r:GIFT]->(b:Person)-[:MEMBER_OF]->(d:Division) RETURN d.name AS division, count(r) AS gifts, "
     "sum(r.value_usd) AS usd ORDER BY usd DESC", {}),
    # -- what grand-cypher could not run: WITH, UNWIND, OPTIONAL MATCH, count(DISTINCT), pattern predicates,
    # comma-separated patterns, shortestPath, =~, substring, undirected patterns, messages per month ...
    # WITH
    ("MATCH (p:Person)-[r:GIFT]->() WITH p, count(r) AS gifts WHERE gifts > 1 RETURN p.name AS giver, gifts ORDER BY giver", {}),
    ("MATCH (a)-[r:EMAILED]->(b) WITH a, sum(r.count) AS n WHERE n >= 2 RETURN a.name AS who, n ORDER BY n DESC, who", {}),
    ("MATCH (p:Person) WITH p ORDER BY p.name LIMIT 3 RETURN collect(p.name) AS first3", {}),
    # UNWIND (the README's evidence example among them)
    ("MATCH (a:Person)-[r:GIFT]->(b:Person {name: $name}) UNWIND range(0, size(r.evidence_messages) - 1) AS i "
     "MATCH (m:Message {id: r.evidence_messages[i]}) RETURN a.name AS giver, m.subject AS subject, m.sent AS sent, "
     "r.evidence_quotes[i] AS quote, r.evidence_refs[i] AS ref ORDER BY sent", {"name": "Det. Carla Cruz"}),
    ("UNWIND $names AS n MATCH (p:Person {name: n}) RETURN n, p.role AS role", {"names": ["Ann Vendor", "Sgt. Dan Diaz"]}),
    ("MATCH (p:Person) UNWIND p.aliases AS alias RETURN alias, p.name AS name ORDER BY alias", {}),
    # OPTIONAL MATCH
    ("MATCH (p:Person) OPTIONAL MATCH (p)-[r:GIFT]->(x) RETURN p.name AS person, count(r) AS gifts_given ORDER BY person", {}),
    ("MATCH (p:Person) OPTIONAL MATCH (p)-[:MEMBER_OF]->(d:Division) RETURN p.name AS person, d.name AS division ORDER BY person", {}),
    # count(DISTINCT ...), collect(DISTINCT ...)
    ("MATCH (g)-[r:GIFT]->(x) RETURN count(DISTINCT g) AS givers, count(DISTINCT x) AS recipients, "
     "count(DISTINCT r.purpose) AS purposes", {}),
    ("MATCH (a:Person)-[r:EMAILED]->(b) RETURN a.name AS sender, size(collect(DISTINCT b.name)) AS n ORDER BY sender", {}),
    # pattern predicates in WHERE, EXISTS and COUNT subqueries
    ("MATCH (p:Person) WHERE (p)-[:MEMBER_OF]->(:Division) RETURN p.name AS name ORDER BY name", {}),
    ("MATCH (p:Person) WHERE NOT (p)-[:GIFT]->() AND NOT ()-[:GIFT]->(p) RETURN p.name AS name ORDER BY name", {}),
    ("MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:PROMOTED]->(:Product) } RETURN p.name AS name ORDER BY name", {}),
    ("MATCH (p:Person) RETURN p.name AS person, COUNT { MATCH (p)-[:EMAILED]->() } AS wrote ORDER BY wrote DESC, person", {}),
    # comma-separated patterns
    ("MATCH (a:Person)-[:MEMBER_OF]->(d:Division), (b:Person)-[:MEMBER_OF]->(d) WHERE a.name < b.name "
     "RETURN d.name AS division, a.name AS a, b.name AS b", {}),
    ("MATCH (v:Organization {name: 'Acme Doorbells'}), (c:Code) RETURN v.name AS vendor, c.name AS code", {}),
    # shortestPath
    ("MATCH p = shortestPath((a:Person {id: 'p-fay'})-[*..6]-(b:Person {id: 'p-eve'})) RETURN length(p) AS hops", {}),
    ("MATCH p = shortestPath((a:Person {name: 'Ann Vendor'})-[:EMAILED|MEMBER_OF*..4]-(d:Division {name: 'Harbor Division'})) "
     "RETURN length(p) AS hops", {}),
    # regular expressions
    ("MATCH (p:Person) WHERE p.name =~ '(?i).*cruz.*' RETURN p.name AS name", {}),
    ("MATCH (m:Message) WHERE m.subject =~ '[A-Z].*[a-z]' RETURN m.id AS id ORDER BY id", {}),
    # substring (0-based in Neo4j), messages and gifts per month
    ("MATCH (m:Message) RETURN substring(m.sent, 0, 7) AS month, count(*) AS messages ORDER BY month", {}),
    ("MATCH (g)-[r:GIFT]->(x) RETURN substring(r.date, 0, 7) AS month, count(*) AS gifts ORDER BY month", {}),
    ("MATCH (c:Code) RETURN substring(c.name, 4) AS rest, substring(c.name, 1, 2) AS mid", {}),
    # undirected patterns (trail semantics: no relationship twice)
    ("MATCH (a:Person {name: 'Det. Carla Cruz'})-[r]-(b) RETURN type(r) AS t, b.name AS other ORDER BY t, other", {}),
    ("MATCH (a:Person)-[r:EMAILED]-(b:Person) RETURN count(*) AS n", {}),
    ("MATCH (a:Person {name: 'Ann Vendor'})-[:EMAILED*1..2]-(b:Person) RETURN b.name AS reached, count(*) AS walks "
     "ORDER BY reached", {}),
    ("MATCH (a:Person)-[:GIFT]->(x)<-[:GIFT]-(b:Person) RETURN a.name AS a, b.name AS b, x.name AS x", {}),
    # labels, types, list indexes and slices (0-based in Neo4j)
    ("MATCH (n {id: 'p-ann'}) RETURN labels(n) AS l", {}),
    ("MATCH (n) WHERE n:Person AND n.role = 'officer' RETURN n.name AS name ORDER BY name", {}),
    ("MATCH (n:Division|Organization) RETURN n.name AS name ORDER BY name", {}),
    ("MATCH ()-[r:PROMOTED]->() RETURN r.evidence_messages[0] AS first, r.evidence_messages[-1] AS last ORDER BY first", {}),
    ("MATCH (p:Person {id: 'p-cruz'}) RETURN p.aliases[0..1] AS a, p.aliases[1] AS b", {}),
    ("MATCH (p:Person) RETURN split(p.name, ' ')[0] AS first ORDER BY first", {}),
    # expressions
    ("MATCH (g)-[r:GIFT]->(x) RETURN CASE WHEN r.value_usd IS NULL THEN 'unknown' WHEN r.value_usd >= 300 THEN 'large' "
     "ELSE 'small' END AS size, count(*) AS n ORDER BY size", {}),
    ("MATCH (p:Person) WHERE any(e IN p.emails WHERE e ENDS WITH '@pd.example') RETURN p.name AS name ORDER BY name", {}),
    ("MATCH (o:Organization) WHERE toLower(o.name) CONTAINS 'police' RETURN o.name AS name", {}),
    ("MATCH (p:Person) RETURN p.name + ' (' + p.role + ')' AS label ORDER BY label", {}),
    ("MATCH (a:Person)-[r:EMAILED]->(b) RETURN a.name AS who, sum(r.count) / count(r) AS per_contact ORDER BY who", {}),
    ("RETURN toInteger('42') AS n, toFloat('2.5') AS f", {}),
    ("MATCH (m:Message) WHERE m.sent >= '2016-04' AND m.sent < '2016-06' RETURN m.subject AS subject ORDER BY subject", {}),
    ("MATCH (n) RETURN n.kind AS kind, count(*) AS n ORDER BY kind", {}),
    ("MATCH (p:Person {name: 'Nobody'}) RETURN count(*) AS n", {}),
    # UNION, list parameters, whole nodes, variable length
    ("MATCH (p:Person {role: 'officer'}) RETURN p.name AS name UNION MATCH (d:Division) RETURN d.name AS name", {}),
    ("MATCH (g)-[r:GIFT]->(x) WHERE r.purpose IN $purposes RETURN x.name AS who, r.purpose AS purpose",
     {"purposes": ["personal", "investigation"]}),
    ("MATCH ()-[r]->() WHERE size(r.evidence_messages) > 1 RETURN type(r) AS t, r.evidence_messages AS m", {}),
    ("MATCH (c:Code) RETURN c", {}),
    ("MATCH (a:Person {name: 'Ben Sales'})-[:GIFT|MEMBER_OF*1..2]->(b) RETURN b.name AS reached, count(*) AS paths ORDER BY reached", {}),
    ("MATCH (a:Entity)-[:REFERRAL]->(v:Entity) RETURN a.name AS promoter, v.name AS vendor", {}),
    ("MATCH (g)-[r:GIFT]->(x) RETURN x.name AS who, r.value_usd AS usd ORDER BY usd DESC, who", {}),
    ("MATCH (p:Person) WHERE p.name STARTS WITH $prefix OR p.name ENDS WITH $suffix RETURN p.name AS name ORDER BY name",
     {"prefix": "Ann", "suffix": "Diaz"}),
    ("MATCH (p:Person) RETURN p.name AS name, p.badge AS badge ORDER BY name", {}),  # no such property: null
    ("MATCH (a:Person {name: 'Ann Vendor'})-[*]->(b) RETURN b.name AS reached, count(*) AS trails ORDER BY reached", {}),
    ("MATCH (p:Person) RETURN p.name AS name, [a IN p.aliases WHERE a STARTS WITH 'C'] AS c, "
     "[a IN p.aliases | size(a)] AS sizes, [e IN p.emails WHERE e CONTAINS 'pd' | toUpper(e)] AS pd, "
     "tail(p.aliases) AS rest ORDER BY name", {}),
    ("MATCH p = allShortestPaths((a:Person {id: 'p-fay'})-[*..6]-(b:Person {id: 'p-eve'})) "
     "RETURN count(p) AS paths, min(length(p)) AS hops", {}),
    ("MATCH (a:Person)-[r:EMAILED]->(b) RETURN a.name AS who, size(collect(b.name)) AS whom ORDER BY who", {}),
    ("MATCH (n:Person) RETURN n.name AS name, size(n.emails) > 0 AS has_email ORDER BY name", {}),
    ("MATCH (a)-[r]->(b) WITH type(r) AS t, count(*) AS n RETURN t, n ORDER BY n DESC, t LIMIT 3", {}),
    ("MATCH (a:Person)-->(x)<--(b:Person) RETURN a.name AS a, b.name AS b, x.name AS x", {}),  # arrows without []
    ("MATCH (a:Person)<--(b) RETURN a.name AS a, count(*) AS n ORDER BY a", {}),
    ("MATCH (a:Person)-[r:EMAILED]->(b)-[:EMAILED*1..2]-(c:Person) RETURN a.name AS a, c.name AS c, count(*) AS n "
     "ORDER BY a, c", {}),
]

# Refused embedded, in one line naming the construct (README: "What the embedded engine refuses"); the
# last field is what Neo4j does with the same query: answers (True) or refuses too (False).
REFUSED = [
    ("MATCH (n:Person) RETURN id(n) AS i", "id()", True),
    ("MATCH (m:Message) RETURN datetime(m.sent).month AS month", "datetime()", True),
    ("MATCH (p:Person) RETURN p {.name, .role} AS m", "map projections", True),
    ("MATCH (p:Person) RETURN [(p)-[:GIFT]->(x) | x.name] AS got", "pattern comprehensions", True),
    ("MATCH (n:Person:Division) RETURN n.name AS name", "one kind label", True),
    ("CALL db.labels()", "CALL procedures", True),
    ("MATCH (n:Person) RETURN keys(n) AS k", "keys()", True),
    ("MATCH (n:Person) WHERE exists(n.role) RETURN n.name AS name", "exists(n.prop)", False),
]


def _norm(v):
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, list):
        return [_norm(x) for x in v]
    if isinstance(v, dict):
        return {k: _norm(x) for k, x in v.items()}
    return v


def _order_columns(query: str, columns: list[str]) -> list[str]:
    m = re.search(r"\bORDER\s+BY\s+(.*?)(?:\bSKIP\b|\bLIMIT\b|$)", query, re.I | re.S)
    if not m:
        return []
    keys = [re.sub(r"\s+(ASC|DESC)\s*$", "", k.strip(), flags=re.I) for k in m.group(1).split(",")]
    return [k for k in keys if k in columns]


def assert_same_rows(query, emb, neo, *, exact=False):
    assert emb.columns == neo.columns, (query, emb.columns, neo.columns)
    e = [[_norm(r[c]) for c in emb.columns] for r in emb.rows]
    n = [[_norm(r[c]) for c in neo.columns] for r in neo.rows]
    if exact:
        assert e == n, query
        return
    key = lambda row: json.dumps(row, sort_keys=True)
    assert sorted(e, key=key) == sorted(n, key=key), query
    order = _order_columns(query, emb.columns)
    if order:  # the ordered columns come out in the same sequence (ties may differ elsewhere)
        idx = [emb.columns.index(c) for c in order]
        assert [[row[i] for i in idx] for row in e] == [[row[i] for i in idx] for row in n], query


@pytest.fixture
def pushed(driver):
    G = installment_two(small_case_graph())
    Neo4jWriter(driver).push(G)
    return G, driver


@pytest.mark.neo4j
def test_named_queries_give_the_same_rows_on_both_back_ends(pushed):
    G, driver = pushed
    params = {"evidence-for": {"name": "Det. Carla Cruz"}, "paths-from-vendor": {"vendor": "Acme"}}
    pack = named_queries()
    assert {"top-recipients", "gifts-by-division", "referral-leaderboard", "paths-from-vendor"} <= set(pack)
    for name, nq in pack.items():
        emb = run_named(name, G=G, params=params.get(name))
        neo = run_named(name, driver=driver, params=params.get(name))
        assert emb.rows, f"{name}: no rows on the fixture"
        assert_same_rows(nq.text, emb, neo)
    # names match alike on both (as the snapshot's --focus matches them)
    for spelling in ("Carla", "cruz@pd.example", "Diaz"):
        emb = run_named("evidence-for", G=G, params={"name": spelling})
        neo = run_named("evidence-for", driver=driver, params={"name": spelling})
        assert emb.rows and emb.tuples() == neo.tuples(), spelling
    for bad in ({"name": "Cruz"}, {"name": "Nobody Here"}, {}):
        with pytest.raises(CypherError) as e_emb:
            run_named("evidence-for", G=G, params=bad)
        with pytest.raises(CypherError) as e_neo:
            run_named("evidence-for", driver=driver, params=bad)
        assert str(e_emb.value) == str(e_neo.value)


@pytest.mark.neo4j
@pytest.mark.parametrize("query,params", AD_HOC, ids=[f"q{i}" for i in range(len(AD_HOC))])
def test_ad_hoc_queries_give_the_same_rows_on_both_back_ends(pushed, query, params):
    G, driver = pushed
    emb = run_embedded(G, query, params)
    neo = run_neo4j(driver, query, params)
    assert emb.rows or "Nobody" in query, "a conformance query should find something on the fixture"
    assert_same_rows(query, emb, neo)


@pytest.mark.neo4j
@pytest.mark.parametrize("query,construct,neo4j_answers", REFUSED, ids=[f"r{i}" for i in range(len(REFUSED))])
def test_refused_queries_are_refused_in_one_line(pushed, query, construct, neo4j_answers):
    G, driver = pushed
    with pytest.raises(CypherError) as err:
        run_embedded(G, query)
    assert construct in str(err.value) and "\n" not in str(err.value)
    if neo4j_answers:
        run_neo4j(driver, query)
    else:
        with pytest.raises(CypherError):
            run_neo4j(driver, query)


def test_the_conformance_suite_is_large_enough():
    assert len(AD_HOC) >= 60 and len(named_queries()) == 8


@pytest.mark.neo4j
def test_neo4j_queries_have_a_time_limit(driver):
    with pytest.raises(CypherError, match="time limit of 0.5 s"):
        run_neo4j(driver, "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n", timeout=0.5)


@pytest.mark.neo4j
def test_neo4j_time_limit_ends_a_four_hop_pattern_on_a_dense_case(driver):
    """50 people, about 5,000 relationships among them: some 10^8 paths of up to 4 hops."""
    Neo4jWriter(driver).push(generate_graph(5000, seed=5, people=50))
    with pytest.raises(CypherError, match=r"ran past the time limit of 2 s \(narrow it, or raise --timeout\)"):
        run_neo4j(driver, "MATCH p = (a:Person)-[*1..4]-(b) RETURN p", timeout=2)
    assert run_neo4j(driver, "MATCH (a:Person) RETURN count(a) AS n", max_rows=5).rows == [{"n": 50}]


# -- the CSV export loads with neo4j-admin ----------------------------------------------------------

@pytest.mark.neo4j
def test_csv_export_imports_with_neo4j_admin(neo4j_env, tmp_path):
    from giftgraph.graph.exporters import export_graph

    lib = NEO4J_DIR / "target" / "lib"
    java = shutil.which("java")
    assert java and list(lib.glob("neo4j-server-*.jar")), "neo4j/start.sh builds neo4j/target/lib"
    out = tmp_path / "csv"
    G = installment_two(small_case_graph())
    export_graph(G, "csv", out)
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("")
    script = (out / "import.sh").read_text()
    args = script.strip().splitlines()[-1].split()[1:]  # drop "neo4j-admin"
    proc = subprocess.run([java, "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", *args], cwd=out,
                          env=dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf")),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    text = proc.stdout + proc.stderr
    assert re.search(rf"\b{G.number_of_nodes()} nodes\b", text), text[-1500:]
    assert re.search(rf"\b{G.number_of_edges()} relationships\b", text), text[-1500:]
