"""Cypher on the embedded case graph (grand-cypher), the query rewrites, the named-query pack, the CLI."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from synthetic import installment_two, small_case_graph

from giftgraph.cli import cli
from giftgraph.graph.cypher import (
    POSTPROCESSORS,
    CypherError,
    Result,
    named_queries,
    parse_param,
    prepare_embedded,
    query_case,
    run_embedded,
    run_named,
)


@pytest.fixture(scope="module")
def G():
    return small_case_graph()


def rows(G, q, params=None):
    return run_embedded(G, q, params).tuples()


# -- rewrites -----------------------------------------------------------------------------------

def test_parameters_become_json_literals_never_syntax():
    q = prepare_embedded("MATCH (p:Person) WHERE p.name = $n RETURN p.name", {"n": 'x" RETURN p //'})
    assert q == 'MATCH (p:Person) WHERE p.name = "x\\" RETURN p //" RETURN p.name'
    assert prepare_embedded("RETURN $a, $b, $c, $d", {"a": 3, "b": True, "c": None, "d": ["x", 1]}) == \
        'RETURN 3, TRUE, NULL, ["x", 1]'
    with pytest.raises(CypherError, match=r"missing parameter \$n"):
        prepare_embedded("MATCH (p) WHERE p.name = $n RETURN p")


def test_injection_through_a_parameter_finds_nothing(G):
    assert rows(G, "MATCH (p:Person) WHERE p.name = $n RETURN p.name", {"n": '" OR p.name <> "'}) == []


def test_single_quotes_lowercase_aggregates_and_is_not_null_are_rewritten():
    q = prepare_embedded("MATCH (a)-[r:GIFT]->(b) WHERE a.name = 'Ann''s' AND r.value_usd IS NOT NULL "
                         "RETURN count(r), Sum(r.value_usd) // total")
    assert q == ('MATCH (a)-[r:GIFT]->(b) WHERE a.name = "Ann""s" AND NOT r.value_usd IS NULL '
                 "RETURN COUNT(r), SUM(r.value_usd)")
    assert prepare_embedded("MATCH (p) WHERE p.name = 'it\\'s' RETURN p") == 'MATCH (p) WHERE p.name = "it\'s" RETURN p'
    # text inside strings is left alone
    assert prepare_embedded('MATCH (p) WHERE p.name = "count(x) IS NOT NULL" RETURN p') == \
        'MATCH (p) WHERE p.name = "count(x) IS NOT NULL" RETURN p'


def test_the_embedded_graph_refuses_writes(G):
    for q in ("MATCH (p) SET p.x = 1 RETURN p", "CREATE (n:Person) RETURN n", "MATCH (n) DETACH DELETE n"):
        with pytest.raises(CypherError, match="read-only"):
            run_embedded(G, q)
    assert G.number_of_nodes() == 18


def test_shapes_grand_cypher_gets_wrong_are_refused(G):
    with pytest.raises(CypherError, match="undirected"):
        run_embedded(G, "MATCH (a:Person)-[r]-(b) RETURN a.name")


def test_parse_errors_are_clear(G):
    with pytest.raises(CypherError, match=r"\(grand-cypher\) cannot run this query"):
        run_embedded(G, "MATCH (a) WITH a RETURN a.name")
    with pytest.raises(CypherError, match="no RETURN"):
        run_embedded(G, "MATCH (a)")


# -- results ------------------------------------------------------------------------------------

def test_labels_types_and_properties_match_neo4j_names(G):
    assert sorted(rows(G, "MATCH (p:Person) WHERE p.role = 'officer' RETURN p.name")) == [
        ("Det. Carla Cruz",), ("Officer Eve Early",), ("Sgt. Dan Diaz",)]
    assert len(rows(G, "MATCH (n:Entity) RETURN n.id")) == 18
    assert sorted(rows(G, "MATCH (a)-[r:GIFT|REFERRAL]->(b:Organization) RETURN type(r) AS t, r.code AS c")) == [
        ("REFERRAL", "DIAZ5"), ("REFERRAL", "c-cruz10")]
    r = run_embedded(G, "MATCH (a)-[r:GIFT]->(b {id: 'p-diaz'}) RETURN r.evidence_quotes AS q, r.devices AS d, r")
    assert r.columns == ["q", "d", "r"]
    assert r.rows[0]["q"] == ['Two cams are on their way to you, Sgt. Diaz; our word "thanks"; ok']
    assert r.rows[0]["d"] == 2 and r.rows[0]["r"]["value_usd"] == 398.0 and "__labels__" not in r.rows[0]["r"]


def test_columns_follow_the_return_clause(G):
    r = run_embedded(G, "MATCH (a)-[r:GIFT]->(b) RETURN b.name, type(r), a.name AS giver ORDER BY b.name LIMIT 1")
    assert r.columns == ["b.name", "type(r)", "giver"]
    assert r.rows == [{"b.name": "Det. Carla Cruz", "type(r)": "GIFT", "giver": "Ann Vendor"}]


def test_aggregates_follow_neo4j_null_rules(G):
    r = run_embedded(G, "MATCH (g)-[r:GIFT]->(x) RETURN count(r) AS n, count(r.value_usd) AS valued, "
                        "avg(r.value_usd) AS mean, min(r.value_usd) AS lo, max(r.value_usd) AS hi, sum(r.value_usd) AS s")
    assert r.rows == [{"n": 5, "valued": 4, "mean": 971.0, "lo": 249.0, "hi": 2988.0, "s": 3884.0}]
    # an aggregate-only RETURN over no match gives Neo4j's single row
    assert run_embedded(G, "MATCH (c:Code)-[r:GIFT]->(x) RETURN count(r) AS n, sum(r.value_usd) AS s, "
                           "max(r.value_usd) AS m").rows == [{"n": 0, "s": 0, "m": None}]


def test_grouping_ordering_and_paging(G):
    assert rows(G, "MATCH (g)-[r:GIFT]->(p) RETURN p.name AS who, count(r) AS n, sum(r.devices) AS devices "
                   "ORDER BY devices DESC, who") == [
        ("Det. Carla Cruz", 2, 13), ("Harbor Division", 1, 6), ("Sgt. Dan Diaz", 1, 2), ("Officer Eve Early", 1, 1)]
    assert rows(G, "MATCH (p:Person) RETURN p.name ORDER BY p.name SKIP 2 LIMIT 2") == [
        ("Det. Carla Cruz",), ("Fay Neighbor",)]


def test_distinct_with_aliases_and_paging(G):
    assert rows(G, "MATCH (a:Person)-[r:GIFT]->(b) RETURN DISTINCT a.name AS giver ORDER BY giver") == [
        ("Ann Vendor",), ("Ben Sales",)]
    assert rows(G, "MATCH (a:Person)-[r:GIFT]->(b) RETURN DISTINCT a.name AS giver ORDER BY giver SKIP 1 LIMIT 5") == [
        ("Ben Sales",)]


def test_conditions_on_two_nodes_keep_their_rows(G):
    # grand-cypher's own index hints returned no rows for these; giftgraph turns the hints off
    assert rows(G, "MATCH (a)-[r:GIFT]->(b) WHERE a.name = 'Ben Sales' AND b.kind = 'division' RETURN b.name") == [
        ("Harbor Division",)]
    assert sorted(rows(G, "MATCH (a)-[r:GIFT]->(b) WHERE a.name = 'Ben Sales' OR b.name = 'Officer Eve Early' "
                          "RETURN a.name, b.name")) == [
        ("Ann Vendor", "Officer Eve Early"), ("Ben Sales", "Det. Carla Cruz"), ("Ben Sales", "Harbor Division")]


def test_query_case_returns_row_dicts(G):
    assert query_case(G, "MATCH (c:Code) RETURN c.name AS code") == [{"code": "CRUZ10"}]


# -- named queries --------------------------------------------------------------------------------

def test_pack_has_the_documented_queries_with_headers():
    pack = named_queries()
    for name in ("top-recipients", "gifts-by-division", "referral-leaderboard", "paths-from-vendor", "evidence-for",
                 "gift-timeline", "top-promoters", "top-correspondents"):
        assert name in pack and pack[name].description and pack[name].text.lstrip().upper().startswith("MATCH")
    assert pack["top-recipients"].params == {"limit": 25}
    assert pack["gifts-by-division"].post in POSTPROCESSORS


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


def test_gifts_by_division_post_processing_is_the_same_function_for_any_rows():
    raw = Result(["gift", "recipient", "division", "value_usd", "devices"], [
        {"gift": "g1", "recipient": "A", "division": "X", "value_usd": 10, "devices": 1},
        {"gift": "g1", "recipient": "A", "division": "X", "value_usd": 10, "devices": 1},  # same gift twice
        {"gift": "g2", "recipient": "B", "division": "X", "value_usd": None, "devices": 3},
        {"gift": "g3", "recipient": "C", "division": "Y", "value_usd": 50.0, "devices": 1},
    ])
    out = POSTPROCESSORS["gifts_by_division"](raw, {"limit": 1})
    assert out.columns == ["division", "gifts", "recipients", "devices", "total_usd"]
    assert out.tuples() == [("Y", 1, 1, 1, 50.0)]
    assert POSTPROCESSORS["gifts_by_division"](raw, {}).tuples()[1] == ("X", 2, 2, 4, 10.0)


def test_referral_leaderboard_and_paths_from_vendor(G):
    assert run_named("referral-leaderboard", G=G).tuples() == [
        ("Det. Carla Cruz", "CRUZ10", 10, "Acme Doorbells"), ("Sgt. Dan Diaz", "DIAZ5", 3, "Acme Doorbells")]
    paths = run_named("paths-from-vendor", G=G, params={"vendor": "Acme"}).tuples()
    assert [(p[1], p[2]) for p in paths] == [("Ann Vendor", "Det. Carla Cruz"), ("Ann Vendor", "Sgt. Dan Diaz"),
                                             ("Ann Vendor", "Officer Eve Early"), ("Ben Sales", "Det. Carla Cruz"),
                                             ("Ben Sales", "Harbor Division")]
    assert run_named("paths-from-vendor", G=G, params={"vendor": "Nobody"}).rows == []


def test_evidence_for_follows_a_new_installment(G):
    G2 = installment_two(G)
    rows_ = run_named("evidence-for", G=G2, params={"name": "Det. Carla Cruz"}).rows
    promoted = [r for r in rows_ if r["relation"] == "PROMOTED"]
    assert promoted == [{"relation": "PROMOTED", "source": "Det. Carla Cruz", "target": "Video Doorbell Pro",
                         "messages": ["m4", "m6"],
                         "quotes": ["I recommend the Video Doorbell Pro to everyone I meet.",
                                    "Cruz praised the doorbell again."]}]


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
    r = runner.invoke(cli, ["query", "MATCH (a)-[r:GIFT]->(b) WHERE r.value_usd > $v RETURN b.name AS who, "
                                     "r.value_usd AS usd ORDER BY usd DESC", "--param", "v=300",
                            "--case", str(case.path), "--csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == ["who,usd", "Det. Carla Cruz,2988.0", "Sgt. Dan Diaz,398.0"]
    r = runner.invoke(cli, ["query", "--list"])
    assert r.exit_code == 0 and "top-recipients" in r.stdout and "gifts-by-division" in r.stdout


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


@pytest.mark.parametrize("args", [["query"], ["neo4j", "push"], ["neo4j"], ["export"]])
def test_commands_have_help_with_examples(args):
    r = CliRunner().invoke(cli, [*args, "--help"])
    assert r.exit_code == 0 and "Example" in r.output
