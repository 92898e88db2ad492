"""Cypher on the embedded case database (LadybugDB): the dialect translation, refusals, the case
database kept beside the case, the named-query pack, the CLI. Neo4j's rows for the same queries:
tests/test_neo4j.py (conformance)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from synthetic import generate_graph, installment_two, small_case_graph

from giftgraph.cli import cli
from giftgraph.graph.cypher import (
    REQUIRED,
    CypherError,
    named_queries,
    parse_param,
    query_case,
    run_embedded,
    run_named,
)
from giftgraph.graph.cypher_dialect import DialectError, return_columns, translate
from giftgraph.graph.embedded_db import DB_FILE, STATE_FILE, EmbeddedDB, sync_case_db
from giftgraph.graph.model import Node, add_node
from giftgraph.graph.store import Case


@pytest.fixture(scope="module")
def G():
    return small_case_graph()


def rows(G, q, params=None):
    return run_embedded(G, q, params).tuples()


# -- translation ----------------------------------------------------------------------------------

def test_translation_of_dialect_differences():
    t = translate("MATCH (a:Entity)-[r:GIFT]->(b:Person:Entity) WHERE b:Person AND a:Entity "
                  "RETURN type(r), labels(b), substring(b.name, 0, 3), r.evidence_quotes[0], r.evidence_quotes[1..2]")
    assert "(a)" in t.text and "(b:Person" in t.text and ":Entity" not in t.text
    assert "label(b) = 'Person'" in t.text and "true" in t.text
    assert "label(r)" in t.text and "['Entity', label(b)]" in t.text
    assert "substring(b.name, (0) + 1, 3)" in t.text
    assert "r.evidence_quotes[1]" in t.text and "r.evidence_quotes[2:2]" in t.text
    assert t.columns == ["type(r)", "labels(b)", "substring(b.name, 0, 3)", "r.evidence_quotes[0]",
                         "r.evidence_quotes[1..2]"]
    # strings, comments and parameters are never rewritten
    t = translate("MATCH (p) WHERE p.name = 'type(x) [0] :Entity' // labels(p)\nRETURN p.name AS n", {})
    assert "'type(x) [0] :Entity'" in t.text and "labels" not in t.text
    # trail semantics: two relationships of one MATCH are never the same one
    t = translate("MATCH (a)-[:GIFT]->(b)<-[:GIFT]-(c) WHERE a.name = 'x' RETURN c.name")
    assert "WHERE __r1 <> __r2 AND ( a.name = 'x')" in t.text
    assert "MEMBER_OF * TRAIL 1..30]" in translate("MATCH (a)-[:MEMBER_OF*]-(b) RETURN b").text
    assert translate("MATCH (a:Person) RETURN a.name;").columns == ["a.name"]
    with pytest.raises(DialectError, match="empty query"):
        translate("  // nothing\n")
    assert "* SHORTEST 1..4" in translate("MATCH p = shortestPath((a)-[*..4]-(b)) RETURN length(p)").text


def test_return_columns_are_neo4j_names():
    assert return_columns("MATCH (a) RETURN DISTINCT a.name, count( a ) AS n ORDER BY n LIMIT 2") == ["a.name", "n"]
    assert return_columns("MATCH (a) WITH a RETURN a.name AS `the name`") == ["the name"]
    assert return_columns("MATCH (a) RETURN *") is None


@pytest.mark.parametrize("query,construct", [
    ("MATCH (n) RETURN id(n)", "id()"),
    ("MATCH (n) RETURN elementId(n)", "elementId()"),
    ("MATCH (n) RETURN keys(n)", "keys()"),
    ("MATCH (m:Message) RETURN datetime(m.sent).month", "datetime()"),
    ("MATCH (n:Person) RETURN [(n)-->(m) | m.name]", "pattern comprehensions"),
    ("MATCH (n:Person) RETURN n {.name, .role}", "map projections"),
    ("MATCH (n:Person:Division) RETURN n", "one kind label"),
    ("MATCH (n:Vendor) RETURN n", "no label :Vendor"),
    ("MATCH ()-[r:BRIBED]->() RETURN r", "no relationship type :BRIBED"),
    ("CALL db.labels()", "CALL procedures"),
    ("MATCH (n) CALL { WITH n RETURN 1 AS x } RETURN x", "CALL { } subqueries"),
    ("MATCH (n) WHERE exists(n.role) RETURN n", "exists(n.prop)"),
    ("MATCH (n) RETURN n.aliases[-2..]", "negative slice bounds"),
])
def test_untranslatable_constructs_are_refused_in_one_line_naming_them(G, query, construct):
    with pytest.raises(CypherError) as err:
        run_embedded(G, query)
    message = str(err.value)
    assert construct in message and "\n" not in message


def test_engine_errors_are_one_clear_line(G):
    for q, words in [("MATCH (a) RETURN a.name ORDER BY a.name LIMIT 2 ORDER", "cannot read the query near"),
                     ("MATCH (a:Person) RETURN frobnicate(a.name)", "function frobnicate() is not available"),
                     ("MATCH (a) RETURN b.name", "variable b is not defined")]:
        with pytest.raises(CypherError) as err:
            run_embedded(G, q)
        assert words in str(err.value) and "\n" not in str(err.value) and "exception" not in str(err.value).lower(), q
    with pytest.raises(CypherError, match="no RETURN|cannot read"):
        run_embedded(G, "MATCH (a)")


def test_a_property_no_entity_has_is_null_as_on_neo4j(G):
    assert rows(G, "MATCH (a:Person) WHERE a.badge IS NULL RETURN a.name, a.badge ORDER BY a.badge, a.name LIMIT 2") == [
        ("Ann Vendor", None), ("Ben Sales", None)]
    assert rows(G, "MATCH (a)-[r:MEMBER_OF]->(b) RETURN count(r.value_usd) AS n, max(r.nosuch) AS m") == [(0, None)]


def test_parameters_stay_parameters_and_missing_ones_are_named(G):
    assert rows(G, "MATCH (p:Person) WHERE p.name = $n RETURN p.name", {"n": '" OR p.name <> "'}) == []
    assert rows(G, "MATCH (p:Person) WHERE p.name = $n RETURN p.id", {"n": "Ben Sales"}) == [("p-ben",)]
    assert rows(G, "RETURN $a AS a, $b AS b, $c AS c, $d AS d", {"a": 3, "b": True, "c": None, "d": ["x", "y"]}) == [
        (3, True, None, ["x", "y"])]
    with pytest.raises(CypherError, match=r"missing parameter \$n \(give it with --param n=VALUE\)"):
        run_embedded(G, "MATCH (p) WHERE p.name = $n RETURN p")


def test_the_embedded_database_is_read_only(G):
    for q in ("MATCH (p) SET p.x = 1 RETURN p", "CREATE (n:Person {id: 'x'})", "MATCH (n) DETACH DELETE n",
              "MERGE (n:Person {id: 'x'})", "MATCH (n) REMOVE n.name"):
        with pytest.raises(CypherError, match="read-only"):
            run_embedded(G, q)
    assert G.number_of_nodes() == 18
    assert rows(G, "MATCH (p:Person) WHERE p.name = 'CREATE' RETURN p.name") == []  # words in strings are fine


def test_the_engine_itself_refuses_writes_on_a_case_database(tmp_path, G):
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(G)
    sync_case_db(case.path, G)
    db = EmbeddedDB(case.path / DB_FILE)  # read-only by default
    try:
        with pytest.raises(RuntimeError, match="read-only"):
            db.run("MATCH (p:Person) SET p.name = 'x' RETURN p.name")
    finally:
        db.close()


def test_queries_have_a_time_limit():
    big = generate_graph(3000, seed=3)
    with pytest.raises(CypherError, match="time limit of 0.05 s"):
        # no memory bound here (the engine's default pool): this 12-hop pattern would fill a small one first
        run_embedded(big, "MATCH (a)-[*1..12]-(b) RETURN count(*)", timeout=0.05, max_memory=None)


# -- results ----------------------------------------------------------------------------------------

def test_labels_types_and_properties_match_neo4j_names(G):
    assert sorted(rows(G, "MATCH (p:Person) WHERE p.role = 'officer' RETURN p.name")) == [
        ("Det. Carla Cruz",), ("Officer Eve Early",), ("Sgt. Dan Diaz",)]
    assert len(rows(G, "MATCH (n:Entity) RETURN n.id")) == 18
    assert sorted(rows(G, "MATCH (a)-[r:GIFT|REFERRAL]->(b:Organization) RETURN type(r) AS t, r.code AS c")) == [
        ("REFERRAL", "DIAZ5"), ("REFERRAL", "c-cruz10")]
    r = run_embedded(G, "MATCH (a)-[r:GIFT]->(b {id: 'p-diaz'}) RETURN r.evidence_quotes AS q, r.devices AS d, r, labels(b) AS l")
    assert r.columns == ["q", "d", "r", "l"]
    assert r.rows[0]["q"] == ['Two cams are on their way to you, Sgt. Diaz; our word "thanks"; ok']
    assert r.rows[0]["d"] == 2 and r.rows[0]["r"]["value_usd"] == 398.0 and r.rows[0]["l"] == ["Entity", "Person"]
    assert all(not k.startswith("_") and v is not None for k, v in r.rows[0]["r"].items())  # as Neo4j's map


def test_analyst_constructs_run(G):
    # WITH, UNWIND, OPTIONAL MATCH, count(DISTINCT), pattern predicates, comma patterns, regex, undirected
    assert rows(G, "MATCH (p:Person) OPTIONAL MATCH (p)-[r:GIFT]->() WITH p, count(r) AS n WHERE n = 0 "
                   "RETURN p.name ORDER BY p.name") == [("Det. Carla Cruz",), ("Fay Neighbor",), ("Officer Eve Early",),
                                                        ("Sgt. Dan Diaz",)]
    assert rows(G, "MATCH (a:Person)-[r:GIFT]->(b) UNWIND r.evidence_messages AS m RETURN count(DISTINCT m) AS n") == [(5,)]
    assert rows(G, "MATCH (p:Person) WHERE NOT (p)-[:EMAILED]->() AND p.name =~ '.*a.*' RETURN p.name ORDER BY p.name") == [
        ("Fay Neighbor",), ("Officer Eve Early",), ("Sgt. Dan Diaz",)]
    assert rows(G, "MATCH (a:Person)-[:MEMBER_OF]->(d:Division), (b:Person)-[:MEMBER_OF]->(d) WHERE a.name < b.name "
                   "RETURN a.name, b.name") == [("Det. Carla Cruz", "Sgt. Dan Diaz")]
    assert rows(G, "MATCH (a:Person {id: 'p-ann'})-[r:EMAILED]-(b) RETURN count(r)") == [(4,)]
    assert rows(G, "MATCH p = shortestPath((a:Person {id: 'p-fay'})-[*..6]-(b:Person {id: 'p-eve'})) "
                   "RETURN length(p)") == [(3,)]
    assert rows(G, "MATCH (p:Person {id: 'p-cruz'}) RETURN [a IN p.aliases WHERE a STARTS WITH 'D' | size(a)]") == [([14],)]
    assert rows(G, "MATCH (m:Message) RETURN substring(m.sent, 0, 7) AS month, count(*) AS n ORDER BY month") == [
        ("2016-03", 2), ("2016-04", 1), ("2016-05", 1), ("2016-06", 1)]


def test_aggregates_follow_neo4j_null_rules(G):
    r = run_embedded(G, "MATCH (g)-[r:GIFT]->(x) RETURN count(r) AS n, count(r.value_usd) AS valued, "
                        "avg(r.value_usd) AS mean, min(r.value_usd) AS lo, max(r.value_usd) AS hi, sum(r.value_usd) AS s")
    assert r.rows == [{"n": 5, "valued": 4, "mean": 971.0, "lo": 249.0, "hi": 2988.0, "s": 3884.0}]
    assert run_embedded(G, "MATCH (c:Code)-[r:GIFT]->(x) RETURN count(r) AS n, sum(r.value_usd) AS s, "
                           "max(r.value_usd) AS m").rows == [{"n": 0, "s": 0, "m": None}]


def test_grouping_ordering_and_paging(G):
    assert rows(G, "MATCH (g)-[r:GIFT]->(p) RETURN p.name AS who, count(r) AS n, sum(r.devices) AS devices "
                   "ORDER BY devices DESC, who") == [
        ("Det. Carla Cruz", 2, 13), ("Harbor Division", 1, 6), ("Sgt. Dan Diaz", 1, 2), ("Officer Eve Early", 1, 1)]
    assert rows(G, "MATCH (p:Person) RETURN p.name ORDER BY p.name SKIP 2 LIMIT 2") == [
        ("Det. Carla Cruz",), ("Fay Neighbor",)]
    assert rows(G, "MATCH (a:Person)-[r:GIFT]->(b) RETURN DISTINCT a.name AS giver ORDER BY giver SKIP 1 LIMIT 5") == [
        ("Ben Sales",)]


def test_query_case_returns_row_dicts(G):
    assert query_case(G, "MATCH (c:Code) RETURN c.name AS code") == [{"code": "CRUZ10"}]


# -- the case database ------------------------------------------------------------------------------

def _dump(db: EmbeddedDB):
    nodes = db.run("MATCH (n) RETURN n.id, label(n), n.name, n.aliases, n.role ORDER BY n.id")[1]
    rels = db.run("MATCH (a)-[r]->(b) RETURN r.key, label(r), a.id, b.id, r.evidence_messages, r.value_usd ORDER BY r.key")[1]
    return nodes, rels


def test_case_database_is_incremental_and_equals_a_rebuild(tmp_path, G):
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(G)
    assert sync_case_db(case.path, load_graph=case.load_graph).mode == "rebuilt"
    assert (case.path / DB_FILE).exists() and (case.path / STATE_FILE).exists()
    assert sync_case_db(case.path, load_graph=case.load_graph).mode == "unchanged"
    # a new installment: one message, one person, one gift, more evidence on an edge
    G2 = installment_two(G)
    case.save_graph(G2)
    report = sync_case_db(case.path, load_graph=case.load_graph)
    assert report.mode == "incremental"
    assert (report.nodes_written, report.nodes_deleted) == (2, 0)
    assert report.relationships_written == 2 and report.relationships_deleted == 1  # new gift; refreshed PROMOTED
    # a re-extraction that drops a person and relabels an organization
    G3 = G2.copy()
    G3.remove_node("p-fay")
    G3.nodes["o-pd"]["kind"] = "division"
    case.save_graph(G3)
    assert sync_case_db(case.path, load_graph=case.load_graph).mode == "incremental"
    db = EmbeddedDB(case.path / DB_FILE)
    try:
        incremental = _dump(db)
    finally:
        db.close()
    fresh = Case(tmp_path / "fresh")
    fresh.save_manifest({"files": {}})
    fresh.save_graph(G3)
    assert sync_case_db(fresh.path, load_graph=fresh.load_graph).mode == "rebuilt"
    db = EmbeddedDB(fresh.path / DB_FILE)
    try:
        assert _dump(db) == incremental
    finally:
        db.close()
    assert ["o-pd", "Division"] in [r[:2] for r in incremental[0]] and "p-fay" not in [r[0] for r in incremental[0]]


def test_a_new_property_rebuilds_and_a_broken_state_file_rebuilds(tmp_path, G):
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(G)
    sync_case_db(case.path, load_graph=case.load_graph)
    G2 = G.copy()
    G2.nodes["p-ann"]["badge"] = "A-17"
    case.save_graph(G2)
    assert sync_case_db(case.path, load_graph=case.load_graph).mode == "rebuilt"
    (case.path / STATE_FILE).write_text("{not json")
    assert sync_case_db(case.path, load_graph=case.load_graph).mode == "rebuilt"
    assert run_embedded(None, "MATCH (p:Person) WHERE p.badge IS NOT NULL RETURN p.badge", case_path=case.path).tuples() == [
        ("A-17",)]


def test_lists_stay_lists_and_mixed_numbers_become_floats(tmp_path):
    G = small_case_graph()
    add_node(G, Node(id="p-x", kind="person", name="Xavier Yu", attrs={"role": "other", "score": 2}))
    add_node(G, Node(id="p-y", kind="person", name="Yara Zee", attrs={"role": "other", "score": 2.5}))
    assert rows(G, "MATCH (p:Person) WHERE p.score IS NOT NULL RETURN p.name, p.score ORDER BY p.name") == [
        ("Xavier Yu", 2.0), ("Yara Zee", 2.5)]
    assert rows(G, "MATCH (p:Person {id: 'p-cruz'}) RETURN p.aliases, size(p.aliases)") == [(["Carla", "Detective Cruz"], 2)]


# -- named queries ----------------------------------------------------------------------------------

def test_pack_has_the_documented_queries_with_headers():
    pack = named_queries()
    for name in ("top-recipients", "gifts-by-division", "referral-leaderboard", "paths-from-vendor", "evidence-for",
                 "gift-timeline", "top-promoters", "top-correspondents"):
        assert name in pack and pack[name].description and pack[name].text.lstrip().upper().startswith("MATCH")
    assert pack["top-recipients"].params == {"limit": 25}
    assert pack["evidence-for"].params == {"name": REQUIRED} and pack["evidence-for"].entities == ["name"]


def test_every_named_query_runs_on_the_embedded_graph(G):
    for name in named_queries():
        result = run_named(name, G=G, params={"name": "Det. Carla Cruz"} if name == "evidence-for" else None)
        assert result.rows, name


def test_top_recipients(G):
    assert run_named("top-recipients", G=G, params={"limit": 2}).tuples() == [
        ("Det. Carla Cruz", "person", 2, 13, 3237.0), ("Sgt. Dan Diaz", "person", 1, 2, 398.0)]


def test_gifts_by_division_counts_members_and_direct_gifts_once(G):
    # North: Cruz (2988 + 249, 13 devices) and Diaz (398, 2); Harbor: the direct gift (6 cams, no value) and Eve (249, 1)
    assert run_named("gifts-by-division", G=G).tuples() == [
        ("North Division", 3, 2, 15, 3635.0), ("Harbor Division", 2, 2, 7, 249.0)]
    assert run_named("gifts-by-division", G=G, params={"limit": 1}).tuples() == [("North Division", 3, 2, 15, 3635.0)]


def test_referral_leaderboard_and_paths_from_vendor(G):
    assert run_named("referral-leaderboard", G=G).tuples() == [
        ("Det. Carla Cruz", "CRUZ10", 10, "Acme Doorbells"), ("Sgt. Dan Diaz", "DIAZ5", 3, "Acme Doorbells")]
    paths = run_named("paths-from-vendor", G=G, params={"vendor": "Acme"}).tuples()
    assert [(p[1], p[2]) for p in paths] == [("Ann Vendor", "Det. Carla Cruz"), ("Ann Vendor", "Sgt. Dan Diaz"),
                                             ("Ann Vendor", "Officer Eve Early"), ("Ben Sales", "Det. Carla Cruz"),
                                             ("Ben Sales", "Harbor Division")]
    assert run_named("paths-from-vendor", G=G).tuples() == paths  # "" matches every organisation
    assert run_named("paths-from-vendor", G=G, params={"vendor": "Nobody"}).rows == []


def test_evidence_for_follows_a_new_installment(G):
    G2 = installment_two(G)
    rows_ = run_named("evidence-for", G=G2, params={"name": "Det. Carla Cruz"}).rows
    promoted = [r for r in rows_ if r["relation"] == "PROMOTED"]
    assert promoted == [{"relation": "PROMOTED", "source": "Det. Carla Cruz", "target": "Video Doorbell Pro",
                         "messages": ["m4", "m6"],
                         "quotes": ["I recommend the Video Doorbell Pro to everyone I meet.",
                                    "Cruz praised the doorbell again."]}]


def test_evidence_for_matches_names_as_focus_does(G):
    full = run_named("evidence-for", G=G, params={"name": "Det. Carla Cruz"}).rows
    for spelling in ("det. carla cruz", "Carla", "Detective Cruz", "cruz@pd.example", "p-cruz", "Carla Cr"):
        assert run_named("evidence-for", G=G, params={"name": spelling}).rows == full, spelling
    with pytest.raises(CypherError, match=r"matches 2 entities: CRUZ10 \(code, c-cruz10\); Det. Carla Cruz"):
        run_named("evidence-for", G=G, params={"name": "Cruz"})  # the surname is also in a promo code
    assert run_named("evidence-for", G=G, params={"name": "Diaz"}).rows  # a surname alone
    with pytest.raises(CypherError, match="no entity with that id, name, alias or e-mail"):
        run_named("evidence-for", G=G, params={"name": "Nobody Here"})
    with pytest.raises(CypherError, match=r"named query evidence-for needs --param name=VALUE"):
        run_named("evidence-for", G=G)


def test_unknown_named_query():
    with pytest.raises(CypherError, match="no named query 'nope'; available: "):
        run_named("nope", G=small_case_graph())


def test_parse_param():
    assert parse_param("limit=5") == ("limit", 5)
    assert parse_param("name=Det. Jane Doe") == ("name", "Det. Jane Doe")
    assert parse_param('name="5"') == ("name", "5")
    assert parse_param("flag=true") == ("flag", True)
    with pytest.raises(CypherError):
        parse_param("no-equals")
    with pytest.raises(CypherError):
        parse_param("bad name=1")


# -- CLI ----------------------------------------------------------------------------------------

def test_cli_query(case):
    runner = CliRunner()
    r = runner.invoke(cli, ["query", "--named", "referral-leaderboard", "--case", str(case.path), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == [
        {"promoter": "Det. Carla Cruz", "code": "CRUZ10", "uses": 10, "vendor": "Acme Doorbells"},
        {"promoter": "Sgt. Dan Diaz", "code": "DIAZ5", "uses": 3, "vendor": "Acme Doorbells"}]
    assert "embedded database rebuilt" in r.stderr and (case.path / DB_FILE).exists()
    r = runner.invoke(cli, ["query", "MATCH (a)-[r:GIFT]->(b) WHERE r.value_usd > $v RETURN b.name AS who, "
                                     "r.value_usd AS usd ORDER BY usd DESC", "--param", "v=300",
                            "--case", str(case.path), "--csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == ["who,usd", "Det. Carla Cruz,2988.0", "Sgt. Dan Diaz,398.0"]
    assert "embedded database" not in r.stderr  # unchanged: nothing reloaded
    r = runner.invoke(cli, ["query", "--named", "evidence-for", "--param", "name=Diaz", "--case", str(case.path), "--json"])
    assert r.exit_code == 0, r.output
    assert {row["relation"] for row in json.loads(r.stdout)} == {"GIFT", "MEMBER_OF", "REFERRAL", "EMAILED"}
    r = runner.invoke(cli, ["query", "--list"])
    assert r.exit_code == 0 and "top-recipients" in r.stdout and "name (required)" in r.stdout


def test_cli_query_errors(case):
    runner = CliRunner()
    r = runner.invoke(cli, ["query", "MATCH (n) SET n.x = 1 RETURN n", "--case", str(case.path)])
    assert r.exit_code == 1 and "read-only" in r.output
    r = runner.invoke(cli, ["query", "MATCH (n) RETURN n", "--write", "--case", str(case.path)])
    assert r.exit_code == 2 and "--write needs --neo4j" in r.output
    r = runner.invoke(cli, ["query", "--case", str(case.path)])
    assert r.exit_code == 2
    r = runner.invoke(cli, ["query", "MATCH (p) WHERE p.name = $who RETURN p", "--case", str(case.path)])
    assert r.exit_code == 1 and "missing parameter $who" in r.output
    r = runner.invoke(cli, ["query", "--named", "evidence-for", "--case", str(case.path)])
    assert r.exit_code == 1 and "needs --param name=VALUE" in r.output and r.stdout == ""
    r = runner.invoke(cli, ["query", "MATCH (a) RETURN a.name ORDER BY a.name LIMIT 2 ORDER", "--case", str(case.path)])
    assert r.exit_code == 1 and len(r.output.strip().splitlines()) == 1 and "Traceback" not in r.output


@pytest.mark.parametrize("args", [["query"], ["neo4j", "push"], ["neo4j"], ["export"]])
def test_commands_have_help_with_examples(args):
    r = CliRunner().invoke(cli, [*args, "--help"])
    assert r.exit_code == 0 and "Example" in r.output


# -- the explorer's Cypher page offers the named queries -------------------------------------------

def test_explorer_cypher_page_runs_named_queries(case):
    from giftgraph.graph.explorer import create_app

    client = create_app(case.path).test_client()
    own = {"Origin": "http://localhost"}  # the explorer's own page posts the form
    page = client.get("/cypher").get_data(as_text=True)
    assert all(f'<option value="{name}"' in page for name in named_queries())
    r = client.post("/cypher", headers=own, data={"named": "top-recipients"})
    assert r.status_code == 200 and "Det. Carla Cruz" in r.get_data(as_text=True)
    r = client.post("/cypher", headers=own, data={"named": "evidence-for", "param": "name=Carla"})
    assert r.status_code == 200 and "Video Doorbell Pro" in r.get_data(as_text=True)
    r = client.post("/cypher", headers=own, data={"named": "evidence-for"})
    assert r.status_code == 400 and "needs --param name=VALUE" in r.get_data(as_text=True)
    r = client.post("/cypher", headers=own, data={"q": "MATCH (m:Message) RETURN substring(m.sent, 0, 7) AS month, count(*) AS n"})
    assert r.status_code == 200 and "2016-03" in r.get_data(as_text=True)
