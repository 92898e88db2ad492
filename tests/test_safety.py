"""Nothing runs that shouldn't: Cypher values stay data on both back ends, queries are read-only
unless --write, Neo4j credentials are never echoed or written anywhere, a run needs no network,
what a release says is escaped in the HTML snapshot, the explorer listens on 127.0.0.1.

The Neo4j tests (marker ``neo4j``) use the real server of tests/test_neo4j.py's fixture.
"""
from __future__ import annotations

import importlib.util
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic import small_case_graph

from giftgraph.cli import cli
from giftgraph.graph.cypher import run_embedded
from giftgraph.graph.model import Edge, Evidence, Node, add_edge, add_node
from giftgraph.graph.neo4j_store import Neo4jStoreError, connect, counts, safe_uri
from giftgraph.graph.store import Case

# the session-scoped Neo4j fixtures of tests/test_neo4j.py (one server for the session when
# scripts/test has started it: then both read NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD)
_spec = importlib.util.spec_from_file_location("_giftgraph_test_neo4j", Path(__file__).parent / "test_neo4j.py")
_neo4j_tests = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_neo4j_tests)
neo4j_env = _neo4j_tests.neo4j_env
driver = _neo4j_tests.driver

PAYLOADS = [
    "'}) DETACH DELETE n //",
    '"}) MATCH (m) DETACH DELETE m //',
    "x' OR 1=1 WITH n MATCH (m) DETACH DELETE m RETURN m //",
    'back\\slash\\" OR true //',
    "Robert'); DROP TABLE people;--",
    "$name {id: 'p-ann'}",
    "`Person`:Admin",
    "line\nbreak\u202e\u0000",
]


def payload_graph():
    """The small case graph plus people named with injection payloads, linked by a GIFT whose
    evidence quote is a payload too."""
    G = small_case_graph()
    ids = []
    for k, text in enumerate(PAYLOADS):
        ids.append(add_node(G, Node(id=f"p-payload-{k}", kind="person", name=text, aliases=[text],
                                    attrs={"role": text, "notes": text})))
    add_edge(G, Edge(source=ids[0], target=ids[1], type="GIFT",
                     evidence=[Evidence(message="m1", quote=PAYLOADS[2])], attrs={"purpose": PAYLOADS[3]}))
    return G


# -- embedded ------------------------------------------------------------------------------------

def test_embedded_parameters_are_values_never_query_text():
    G = payload_graph()
    before = (G.number_of_nodes(), G.number_of_edges())
    for k, text in enumerate(PAYLOADS):
        rows = run_embedded(G, "MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id", {"name": text}).rows
        assert rows == [{"id": f"p-payload-{k}"}], text
        rows = run_embedded(G, "MATCH (p:Person {name: $name}) RETURN p.role AS role", {"name": text}).rows
        assert rows == [{"role": text}]
    assert (G.number_of_nodes(), G.number_of_edges()) == before


def test_embedded_graph_is_read_only_through_the_cli(tmp_path):
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(payload_graph())
    before = case.graph_path.read_bytes()
    runner = CliRunner()
    for q in ["MATCH (n) DETACH DELETE n", "CREATE (n:Person {name: 'x'}) RETURN n",
              "MATCH (n:Person) SET n.name = 'x' RETURN n", "MATCH (n) REMOVE n.name RETURN n",
              "CALL db.labels()", "MERGE (n:Person {id: 'x'}) RETURN n"]:
        r = runner.invoke(cli, ["query", q, "--case", str(case.path)])
        assert r.exit_code == 1 and "read-only" in r.stderr, (q, r.output)
    r = runner.invoke(cli, ["query", "MATCH (n) DETACH DELETE n", "--write", "--case", str(case.path)])
    assert r.exit_code == 2 and "--write needs --neo4j" in r.stderr
    # a payload given as a parameter finds its node and nothing else
    r = runner.invoke(cli, ["query", "MATCH (p:Person {name: $name}) RETURN p.id AS id", "--param", f"name={PAYLOADS[0]}",
                            "--case", str(case.path), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == [{"id": "p-payload-0"}]
    assert case.graph_path.read_bytes() == before


# -- Neo4j ---------------------------------------------------------------------------------------

@pytest.mark.neo4j
def test_payloads_pushed_to_neo4j_stay_data(driver, neo4j_env, tmp_path):
    G = payload_graph()
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(G)
    env = {k: neo4j_env[k] for k in ("NEO4J_URI", "NEO4J_PASSWORD")} | {"NEO4J_USER": neo4j_env.get("NEO4J_USER", "neo4j")}
    runner = CliRunner()
    for _ in range(2):  # pushing twice: same counts
        r = runner.invoke(cli, ["neo4j", "push", "--case", str(case.path), "-s"], env=env)
        assert r.exit_code == 0, r.output
        assert counts(driver) == {"nodes": G.number_of_nodes(), "relationships": G.number_of_edges()}
    for k, text in enumerate(PAYLOADS):
        r = runner.invoke(cli, ["query", "--neo4j", "MATCH (p:Person {name: $name}) RETURN p.id AS id, p.role AS role",
                                "--param", f"name={text}", "--json"], env=env)
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout) == [{"id": f"p-payload-{k}", "role": text}]
    rows = runner.invoke(cli, ["query", "--neo4j", "MATCH ()-[r:GIFT]->(b {id: 'p-payload-1'}) "
                                                   "RETURN r.evidence_quotes AS q, r.purpose AS p", "--json"], env=env)
    assert json.loads(rows.stdout) == [{"q": [PAYLOADS[2]], "p": PAYLOADS[3]}]
    # a write through a read query is refused, even dressed up as a parameter
    r = runner.invoke(cli, ["query", "--neo4j", "MATCH (n) WHERE n.name = $name DETACH DELETE n",
                            "--param", f"name={PAYLOADS[0]}"], env=env)
    assert r.exit_code == 1 and "read" in r.stderr
    assert counts(driver) == {"nodes": G.number_of_nodes(), "relationships": G.number_of_edges()}


@pytest.mark.neo4j
def test_labels_and_types_outside_the_model_are_never_sent(driver):
    """Labels and relationship types cannot be parameters; only the model's whitelisted names are
    ever written into query text. A graph.json edited to carry others pushes without them."""
    from giftgraph.graph.neo4j_store import Neo4jWriter

    G = small_case_graph()
    G.add_node("evil", kind="person`) DETACH DELETE n //", name="x")
    G.add_edge("p-ann", "p-cruz", key="evil-edge", type="GIFT]->() DETACH DELETE n //")
    report = Neo4jWriter(driver).push(G)
    assert report.totals == {"nodes": 18, "relationships": 20}  # the small case graph, nothing else


@pytest.mark.neo4j
def test_credentials_are_never_echoed_or_written(driver, neo4j_env, tmp_path):
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(small_case_graph())
    password = neo4j_env["NEO4J_PASSWORD"]
    env = dict(os.environ, NEO4J_URI=neo4j_env["NEO4J_URI"], NEO4J_USER=neo4j_env.get("NEO4J_USER", "neo4j"),
               NEO4J_PASSWORD=password)
    giftgraph = [sys.executable, "-c", "from giftgraph.cli import cli; cli()"]

    def run(*args, env=env, input=None):
        p = subprocess.run([*giftgraph, *args], capture_output=True, text=True, env=env, cwd=tmp_path, input=input,
                           timeout=600)
        return p.returncode, p.stdout + p.stderr

    outputs = [
        run("neo4j", "push", "--case", str(case.path)),
        run("neo4j", "push", "--case", str(case.path), "--json"),
        run("query", "--neo4j", "--named", "top-recipients", "--json"),
        run("query", "--neo4j", "MATCH (n) DETACH DELETE n"),                            # refused write
        run("neo4j", "push", "--help"),
        run("query", "--help"),
        run("neo4j", "push", "--case", str(case.path), "--uri", "bolt://127.0.0.1:1"),    # nothing listening
        run("query", "--neo4j", "RETURN 1", "--uri", "bolt://127.0.0.1:1"),
        run("neo4j", "push", "--case", str(case.path), env=dict(env, NEO4J_PASSWORD=password + "-wrong")),
        # the password written into the URI, as some users will
        run("neo4j", "push", "--case", str(case.path), "--uri",
            neo4j_env["NEO4J_URI"].replace("bolt://", f"bolt://neo4j:{password}@")),
        run("query", "--neo4j", "RETURN 1", "--uri", f"neo4j://neo4j:{password}@127.0.0.1:1"),
        # prompted: typed, never shown
        run("neo4j", "push", "--case", str(case.path), env={k: v for k, v in env.items() if k != "NEO4J_PASSWORD"},
            input=password + "\n"),
    ]
    codes = [c for c, _ in outputs]
    assert codes[:3] == [0, 0, 0] and codes[3] == 1 and codes[6:11] == [1, 1, 1, 1, 1] and codes[11] == 0, outputs
    for _code, out in outputs:
        assert password not in out, out
    assert "neo4j:***@" in outputs[9][1]
    # and nothing giftgraph wrote holds it: the case directory, the working directory
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert password.encode() not in f.read_bytes(), f


def test_safe_uri_masks_only_the_password():
    assert safe_uri("bolt://neo4j:s3cr@t@db.example:7687") == "bolt://neo4j:***@db.example:7687"
    assert safe_uri("neo4j+s://neo4j:pw@abcd.databases.neo4j.io") == "neo4j+s://neo4j:***@abcd.databases.neo4j.io"
    assert safe_uri("bolt://127.0.0.1:7687") == "bolt://127.0.0.1:7687"


def test_connection_errors_never_show_the_password():
    with pytest.raises(Neo4jStoreError) as err:
        connect("bolt://neo4j:topsecret-123@127.0.0.1:1", "neo4j", "topsecret-123")
    assert "topsecret-123" not in str(err.value)
    with pytest.raises(Neo4jStoreError) as err:
        connect("bolt://127.0.0.1:1", "neo4j", "topsecret-123")
    assert "topsecret-123" not in str(err.value)


# -- no network at run time ----------------------------------------------------------------------

NO_NETWORK = """
import socket, os
_log = os.environ["GIFTGRAPH_TEST_NET_LOG"]
def _refuse(*args, **kwargs):
    with open(_log, "a") as fh:
        fh.write(repr(args[:2]) + "\\n")
    raise OSError("network access blocked by the giftgraph no-network test")
_connect = socket.socket.connect
def _connect_local(self, address, *a):
    if self.family == socket.AF_UNIX:
        return _connect(self, address, *a)
    return _refuse(self, address)
socket.socket.connect = _connect_local
socket.socket.connect_ex = _connect_local
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""

RELEASE_EML = """\
From: Ann <script>alert('from')</script> Vendor <ann@vendor.example>
To: Det. Carl Cruz <carl.cruz@pd.example>
Subject: Doorbells <img src=x onerror=alert(1)> for the team
Date: Tue, 01 Mar 2016 09:00:00 -0800
Message-ID: <a1@vendor.example>

Hi Carl, I'm sending you a dozen Video Doorbell Pros free of charge </script><script>alert(2)</script>. They ship today.
Ann
"""


def test_a_whole_run_needs_no_network_and_shows_the_release_escaped(tmp_path):
    """ingest (spaCy model and profile from installed packages), ledger and the HTML snapshot with
    every socket connect refused and the Hugging Face hub offline; no connection is even tried."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NETWORK)
    (tmp_path / "release").mkdir()
    (tmp_path / "release" / "a.eml").write_text(RELEASE_EML)
    log = tmp_path / "network-attempts.log"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
               GIFTGRAPH_TEST_NET_LOG=str(log), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", no_proxy="*")
    giftgraph = [sys.executable, "-c", "import socket; assert socket.getaddrinfo.__name__ == '_refuse'; "
                                       "from giftgraph.cli import cli; cli()"]
    case = tmp_path / "case"
    for args in (["ingest", str(tmp_path / "release"), "--case", str(case), "-s"],
                 ["ledger", "--case", str(case), "--json"],
                 ["export", "html", "--case", str(case), "-o", str(tmp_path / "snap.html")]):
        p = subprocess.run([*giftgraph, *args], capture_output=True, text=True, env=env, timeout=900)
        assert p.returncode == 0, (args, p.stderr[-3000:])
    assert not log.exists(), log.read_text()
    G = Case(case).load_graph()
    assert any(d.get("kind") == "message" for _, d in G.nodes(data=True))
    page = (tmp_path / "snap.html").read_text()
    assert "alert(2)" in page  # the quote is on the page...
    for raw in ("<script>alert", "<img src=x", "</script><script>alert(2)"):
        assert raw not in page, raw  # ...but never as markup


# -- the explorer --------------------------------------------------------------------------------

def test_explorer_listens_on_loopback_unless_told_otherwise(tmp_path, monkeypatch):
    from giftgraph.graph import explorer

    assert inspect.signature(explorer.serve).parameters["host"].default == "127.0.0.1"
    serve_cmd = next(p for p in cli.commands["serve"].params if p.name == "host")
    assert serve_cmd.default == "127.0.0.1"
    seen = []
    monkeypatch.setattr(explorer, "serve", lambda case_dir, host, port, log, **bounds: seen.append(host))
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(small_case_graph())
    r = CliRunner().invoke(cli, ["serve", "--case", str(case.path)])
    assert r.exit_code == 0 and seen == ["127.0.0.1"] and "warning" not in r.stderr
    r = CliRunner().invoke(cli, ["serve", "--case", str(case.path), "--host", "0.0.0.0"])
    assert r.exit_code == 0 and seen[-1] == "0.0.0.0"
    assert "warning: listening on 0.0.0.0: anyone who can reach this address can read the case" in r.stderr
