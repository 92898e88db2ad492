"""Snapshots (graph/html.py) and the explorer (graph/explorer.py) without a browser."""
from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.explorer import (
    ExplorerError,
    create_app,
    entity_ledger,
    highlight,
    run_cypher,
    search_entities,
    timeline_events,
)
from giftgraph.graph.html import (
    SnapshotError,
    SnapshotOptions,
    gift_width,
    render_html,
    select_subgraph,
    write_snapshot,
)
from giftgraph.graph.model import Edge, Evidence, Node, add_edge, add_node, new_graph

_spec = importlib.util.spec_from_file_location("html_graph", Path(__file__).parent / "fixtures" / "html_graph.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = (dict(attrs), [])

    def handle_data(self, data):
        if self._in is not None:
            self._in[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in is not None:
            self.scripts.append((self._in[0], "".join(self._in[1])))
            self._in = None


def parse(page: str) -> Tags:
    p = Tags()
    p.feed(page)
    return p


@pytest.fixture()
def case(tmp_path):
    return fx.build_case(tmp_path / "case")


@pytest.fixture(scope="module")
def page():
    html, report = render_html(fx.build_graph(), manifest={"files": {"/releases/binder.pdf": {"sha256": "cd" * 32}}},
                               case_name="fixture")
    return html, report


# -- snapshot: one self-contained file ----------------------------------------------------------

def test_snapshot_has_no_network_reference(page):
    html, _ = page
    tags = parse(html).tags
    for tag, attrs in tags:
        assert "src" not in attrs, f"<{tag} src=...> would load a file"
        assert not (tag == "link"), "stylesheet links would load a file"
        assert "href" not in attrs or not re.match(r"^(https?:)?//", attrs["href"])
    lowered = html.lower()
    styles = " ".join(re.findall(r"<style>(.*?)</style>", lowered, re.S))
    assert "@import" not in styles and "@font-face" not in styles
    assert not re.search(r"url\(\s*(?!['\"]?data:)", styles), "CSS url() other than data: found"
    for cdn in ("cdn.jsdelivr", "cdnjs", "unpkg.com", "bootstrap", "tom-select", "fonts.googleapis"):
        assert cdn not in lowered


def test_snapshot_inlines_vis_network_and_keeps_window_network(page):
    html, _ = page
    scripts = [body for attrs, body in parse(html).scripts if "type" not in attrs]
    assert any("vis-network" in s and "9.1.2" in s and len(s) > 300_000 for s in scripts)
    assert any("global.network = view.network" in s for s in scripts)


def test_snapshot_csp_allows_exactly_its_own_scripts(page):
    html, _ = page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    inline = [body for attrs, body in parse(html).scripts if "type" not in attrs]
    assert len(inline) == 3 and hashes == {base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in inline}


def test_snapshot_data_escapes_markup(page):
    html, _ = page
    assert fx.XSS_SUBJECT not in html  # never raw markup
    assert not [t for t, _ in parse(html).tags if t == "img"]
    data = json.loads(next(body for attrs, body in parse(html).scripts if attrs.get("id") == "gg-data"))
    subjects = [ev["subject"] for e in data["edges"] for ev in e["gg"]["evidence"]]
    assert fx.XSS_SUBJECT in subjects  # the text survives, as data
    assert fx.XSS_NAME in [n["label"] for n in data["nodes"]]


def test_snapshot_legend_title_provenance(page):
    html, report = page
    tags = parse(html)
    assert "<title>giftgraph: fixture</title>" in html
    assert "binder.pdf" in html and "sha256 cdcdcdcdcdcd" in html and "giftgraph 0." in html and "Built 20" in html
    kinds = {a["data-kind"] for t, a in tags.tags if "data-kind" in a}
    types = {a["data-type"] for t, a in tags.tags if "data-type" in a}
    assert kinds == {"person:vendor_employee", "person:officer", "person:other", "organization", "division", "product", "code"}
    assert types == {"GIFT", "REFERRAL", "PROMOTED", "MEMBER_OF", "EMAILED", "OWNS_CODE"}
    # message nodes are evidence, not drawn; the product nobody gave or promoted has no link
    assert report.nodes == 8 and report.edges == 9 and report.omitted.unlinked == 1
    assert "1 entities without links not drawn" in html


def test_styles_by_kind_role_type_and_gift_value(page):
    html, _ = page
    data = json.loads(next(body for attrs, body in parse(html).scripts if attrs.get("id") == "gg-data"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["p-dana"]["color"]["background"] != nodes["p-alvarez"]["color"]["background"]
    assert nodes["o-ring"]["shape"] == "square" and nodes["c-lapdsafe"]["shape"] == "hexagon"
    edges = {(e["from"], e["to"], e["gg"]["type"]): e for e in data["edges"]}
    small, big = edges[("p-dana", "p-alvarez", "GIFT")], edges[("o-ring", "d-hollywood", "GIFT")]
    assert big["width"] > small["width"] > edges[("p-dana", "p-alvarez", "EMAILED")]["width"]
    assert small["color"]["color"] != edges[("p-alvarez", "o-ring", "REFERRAL")]["color"]["color"]
    ev = small["gg"]["evidence"][0]
    assert ev == {"message": "msg-gift1", "quote": fx.GIFT_QUOTE, "date": "2016-03-15T10:42:00-07:00",
                  "subject": "Doorbells for the squad", "sender": "dana@ring.com", "page": 3, "bates": "LAPD-000103",
                  "file": "binder.pdf"}
    assert gift_width(0) < gift_width(100) < gift_width(1000) < gift_width(10 ** 6) <= 14
    assert data["options"]["physics"]["stabilization"]["iterations"] <= 400


# -- selection --------------------------------------------------------------------------------------

def ids(H):
    return set(H.nodes)


def test_focus_and_depth():
    G = fx.build_graph()
    H, _ = select_subgraph(G, SnapshotOptions(focus="Alvarez", depth=1))
    assert ids(H) == {"p-alvarez", "p-dana", "o-ring", "d-hollywood", "c-lapdsafe"}
    H, _ = select_subgraph(G, SnapshotOptions(focus="30512@lapd.lacity.org", depth=0))
    assert ids(H) == {"p-alvarez"}
    H2, _ = select_subgraph(G, SnapshotOptions(focus="p-alvarez", depth=2))
    assert ids(H2) == {"p-alvarez", "p-dana", "o-ring", "d-hollywood", "c-lapdsafe"}  # nothing further connected


def test_focus_errors():
    G = fx.build_graph()
    with pytest.raises(SnapshotError, match="no entity"):
        select_subgraph(G, SnapshotOptions(focus="Nobody Here"))
    with pytest.raises(SnapshotError, match="matches .* entities"):
        select_subgraph(G, SnapshotOptions(focus="r"))
    with pytest.raises(SnapshotError, match="YYYY"):
        select_subgraph(G, SnapshotOptions(since="March 2016"))
    with pytest.raises(SnapshotError, match="unknown edge type"):
        select_subgraph(G, SnapshotOptions(types=["BRIBE"]))


def test_type_date_and_value_filters():
    G = fx.build_graph()
    H, _ = select_subgraph(G, SnapshotOptions(types=["GIFT", "REFERRAL"]))
    assert {d["type"] for *_, d in H.edges(data=True)} == {"GIFT", "REFERRAL", "OWNS_CODE"}
    assert ids(H) == {"p-dana", "p-alvarez", "o-ring", "d-hollywood", "c-lapdsafe"}  # unconnected entities dropped
    owns = [d for u, v, d in H.edges(data=True) if d["type"] == "OWNS_CODE"]
    assert owns[0]["evidence"][0]["quote"] == fx.REFERRAL_QUOTE  # the code's REFERRAL evidence
    H, _ = select_subgraph(G, SnapshotOptions(types=["GIFT"]))
    assert "c-lapdsafe" not in H
    H, _ = select_subgraph(G, SnapshotOptions(since="2016-04", until="2016-06"))
    kept = {(u, v, d["type"]) for u, v, d in H.edges(data=True)}
    assert ("o-ring", "d-hollywood", "GIFT") in kept and ("p-alvarez", "o-ring", "REFERRAL") in kept
    assert ("p-dana", "p-alvarez", "GIFT") not in kept  # 2016-03-15
    assert ("p-alvarez", "d-hollywood", "MEMBER_OF") in kept  # structural links have no date
    H, _ = select_subgraph(G, SnapshotOptions(until="2016-03-15", types=["GIFT"]))
    assert {(u, v) for u, v in H.edges()} == {("p-dana", "p-alvarez")}  # inclusive at day precision
    H, _ = select_subgraph(G, SnapshotOptions(min_value=500))
    gifts = {(u, v) for u, v, d in H.edges(data=True) if d["type"] == "GIFT"}
    assert gifts == {("o-ring", "d-hollywood")}


def test_gift_items_named_even_when_the_product_is_not_drawn():
    html, report = render_html(fx.build_graph(), SnapshotOptions(types=["GIFT"]), case_name="x")
    data = json.loads(next(body for attrs, body in parse(html).scripts if attrs.get("id") == "gg-data"))
    assert "pr-stickup" not in {n["id"] for n in data["nodes"]}
    items = [it for e in data["edges"] for it in e["gg"].get("items", [])]
    assert {"product": "Stick Up Cam", "quantity": 10} in items


def big_graph(n_people=60):
    G = new_graph()
    add_node(G, Node(id="m1", kind="message", name="s", attrs={"sent": "2016-01-01T00:00:00-08:00", "subject": "s"}))
    add_node(G, Node(id="vendor", kind="organization", name="Vendor"))
    for i in range(n_people):
        add_node(G, Node(id=f"p{i}", kind="person", name=f"Person {i:03d}", attrs={"role": "officer"}))
    # p0..p4 receive big gifts; p5..p9 are connected to many; the rest hang off by one EMAILED edge
    for i in range(5):
        add_edge(G, Edge("GIFT", "vendor", f"p{i}", [Evidence("m1", "q")], attrs={"value_usd": 1000.0 * (i + 1)}))
    for i in range(5, 10):
        for j in range(10, 20):
            add_edge(G, Edge("EMAILED", f"p{i}", f"p{j}", [Evidence("m1", "q")], attrs={"count": 1}))
    for j in range(20, n_people):
        add_edge(G, Edge("EMAILED", f"p{j}", "p5", [Evidence("m1", "q")], attrs={"count": 1}))
    return G


def test_node_budget_keeps_most_connected_and_says_what_was_left_out():
    G = big_graph()
    H, omitted = select_subgraph(G, SnapshotOptions(max_nodes=12))
    assert H.number_of_nodes() == 12
    assert {"vendor", "p0", "p1", "p2", "p3", "p4", "p5"} <= ids(H)
    assert omitted.nodes == 61 - 12 and omitted.kinds == {"person": 49}
    assert omitted.edges > 0 and set(omitted.edge_types) <= {"EMAILED", "GIFT"}
    note = omitted.note()
    assert "49" in note and "person" in note and "--max-nodes" in note
    html, report = render_html(G, SnapshotOptions(max_nodes=12), case_name="big")
    assert report.nodes == 12 and 'id="gg-omitted"' in html and "left out the 49 least connected" in html
    # the focus is always kept, even when it would not make the cut
    H, _ = select_subgraph(G, SnapshotOptions(focus="Person 059", depth=1, max_nodes=1))
    assert ids(H) == {"p59"}


def test_message_nodes_and_unlinked_entities_are_not_drawn():
    G = fx.build_graph()
    H, omitted = select_subgraph(G)
    assert not [n for n, d in H.nodes(data=True) if d["kind"] == "message"]
    assert "pr-stickup" not in H and omitted.unlinked == 1
    H, _ = select_subgraph(G, SnapshotOptions(focus="Stick Up Cam"))
    assert ids(H) == {"pr-stickup"}  # a focus is always drawn


# -- CLI ----------------------------------------------------------------------------------------------

def test_cli_export_html(case, tmp_path):
    out = tmp_path / "exports" / "snap.html"
    r = CliRunner().invoke(cli, ["export", "html", "--case", str(case.path), "-o", str(out),
                                 "--focus", "Dana Ashworth", "--depth", "1", "--types", "GIFT,MEMBER_OF",
                                 "--since", "2016", "--min-value", "10"])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert "Dana Ashworth" in page and "focus Dana Ashworth (depth 1)" in page
    data = json.loads(next(body for attrs, body in parse(page).scripts if attrs.get("id") == "gg-data"))
    assert {n["id"] for n in data["nodes"]} == {"p-dana", "p-alvarez", "o-ring"}
    r = CliRunner().invoke(cli, ["export", "html", "--case", str(case.path), "-o", str(out), "--focus", "Zed"])
    assert r.exit_code == 1 and "no entity" in r.output


def test_write_snapshot_requires_a_case(tmp_path):
    from giftgraph.graph.store import Case, CaseError

    with pytest.raises(CaseError):
        write_snapshot(Case(tmp_path / "nothing"), tmp_path / "x.html")


# -- explorer -----------------------------------------------------------------------------------------

@pytest.fixture()
def client(case):
    app = create_app(case.path)
    app.testing = True
    return app.test_client()


def test_ledger_totals_and_referrals():
    G = fx.build_graph()
    led = entity_ledger(G, "p-alvarez")
    assert led["totals"]["received_usd"] == 498 and led["totals"]["given_usd"] == 0
    assert led["totals"]["referral_uses"] == 3 and led["totals"]["referral_codes"] == ["LAPDSAFE"]
    assert led["gifts_in"][0]["items"] == [{"product": "Video Doorbell Pro", "quantity": 2}]
    assert entity_ledger(G, "o-ring")["totals"]["given_usd"] == 1990
    assert entity_ledger(G, "p-alvarez", since="2016-04")["totals"]["received_usd"] == 0
    with pytest.raises(ExplorerError):
        entity_ledger(G, "nope")


def test_timeline_and_search_and_highlight():
    G = fx.build_graph()
    ev = timeline_events(G)
    assert [(e["type"], e["date"][:10]) for e in ev] == [("GIFT", "2016-03-15"), ("REFERRAL", "2016-04-02"), ("GIFT", "2016-06-20")]
    assert search_entities(G, "bob")[0]["id"] == "p-alvarez"
    assert search_entities(G, "doorbells for the squad") == []  # messages are not entities
    pieces = highlight("one two\n   three four", "TWO three")
    assert pieces == [("one ", False), ("two\n   three", True), (" four", False)]
    assert highlight("abc", "zzz") == [("abc", False)]


def test_cypher_read_only():
    G = fx.build_graph()
    res = run_cypher(G, "MATCH (a)-[g:GIFT]->(b) RETURN a.name, b.name, g.value_usd")
    assert res["columns"] == ["a.name", "b.name", "g.value_usd"]
    assert sorted(tuple(r) for r in res["rows"]) == [("Dana Ashworth", "Robert Alvarez", 498.0), ("Ring", "Hollywood Division", 1990.0)]
    for q in ("CREATE (n:Person {name: 'x'}) RETURN n", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.name = 'x' RETURN n"):
        with pytest.raises(ExplorerError, match="read-only"):
            run_cypher(G, q)
    assert run_cypher(G, "MATCH (a:Person) WHERE a.name = \"CREATE\" RETURN a.name")["rows"] == []  # words in strings are fine


def test_explorer_pages(client):
    r = client.get("/?q=alvarez")
    assert r.status_code == 200 and b'href="/entity/p-alvarez"' in r.data
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    r = client.get("/entity/p-alvarez")
    text = r.get_data(as_text=True)
    assert r.status_code == 200 and "$498" in text and "LAPDSAFE" in text and fx.GIFT_QUOTE in text
    assert "/message/msg-gift1?q=" in text and "https://" not in text
    r = client.get("/entity/p-mallory")
    assert fx.XSS_NAME not in r.get_data(as_text=True) and "&lt;img src=x" in r.get_data(as_text=True)
    r = client.get("/message/msg-xss", query_string={"q": "officers can use code LAPDSAFE"})
    text = r.get_data(as_text=True)
    assert "<mark>Officers can use code LAPDSAFE</mark>" in text
    assert "<script>window.__xss" not in text and "&lt;script&gt;window.__xss=2" in text
    assert fx.XSS_SUBJECT not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert client.get("/message/nope").status_code == 404
    assert client.get("/entity/msg-gift1").status_code == 404
    r = client.get("/timeline?types=GIFT&since=2016-06")
    assert r.status_code == 200 and "Hollywood Division" in r.get_data(as_text=True) and "2016-03-15" not in r.get_data(as_text=True)
    assert client.get("/timeline?since=junk").status_code == 400
    r = client.post("/cypher", data={"q": "MATCH (n) DELETE n"}, headers={"Origin": "http://localhost"})
    assert r.status_code == 400 and b"read-only" in r.data


def test_explorer_ledger_pages(client):
    text = client.get("/").get_data(as_text=True)
    assert 'id="gg-top-recipients"' in text and "Robert Alvarez" in text and "$1,990" in text
    r = client.get("/ledger?by=recipient")
    text = r.get_data(as_text=True)
    assert r.status_code == 200 and "Hollywood Division" in text and "TOTAL" in text and "$2,488" in text
    assert client.get("/ledger?by=giver").status_code == 200
    assert client.get("/ledger?by=nothing").status_code == 400


def test_explorer_snapshot_and_api(client):
    r = client.get("/snapshot?focus=p-alvarez&types=GIFT")
    assert r.status_code == 200 and "attachment" in r.headers["Content-Disposition"]
    data = json.loads(next(body for attrs, body in parse(r.get_data(as_text=True)).scripts if attrs.get("id") == "gg-data"))
    assert {n["id"] for n in data["nodes"]} == {"p-alvarez", "p-dana"}
    r = client.post("/snapshot", data={"focus": "p-dana", "ids": "p-dana,p-kim,nope"},
                    headers={"Referer": "http://localhost/entity/p-dana"})
    data = json.loads(next(body for attrs, body in parse(r.get_data(as_text=True)).scripts if attrs.get("id") == "gg-data"))
    assert {n["id"] for n in data["nodes"]} == {"p-dana", "p-kim"}  # exactly the ids given (unknown ones ignored)
    r = client.post("/snapshot", data={"ids": "p-dana,p-alvarez,d-hollywood"}, headers={"Origin": "http://localhost"})
    data = json.loads(next(body for attrs, body in parse(r.get_data(as_text=True)).scripts if attrs.get("id") == "gg-data"))
    assert {n["id"] for n in data["nodes"]} == {"p-dana", "p-alvarez", "d-hollywood"}
    r = client.get("/api/graph?focus=p-dana&depth=1")
    assert {n["id"] for n in r.get_json()["nodes"]} == {"p-dana", "p-alvarez", "o-ring"}
    # over the node budget: the note speaks of the page's filters, not of command-line options
    note = client.get("/api/graph?focus=p-dana&depth=2&max_nodes=2").get_json()["omitted"]["note"]
    assert "Narrow the filters" in note and "--" not in note
    assert client.get("/api/search?q=ring").get_json()[0]["id"] == "o-ring"
    assert client.get("/assets/vis-network.min.js").status_code == 200
    assert client.get("/assets/../html.py").status_code == 404


def test_serve_listens_on_loopback_by_default():
    serve = cli.commands["serve"]
    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_giftgraph_serve_answers_on_loopback(case):
    import subprocess
    import sys
    import urllib.request

    exe = Path(sys.executable).parent / "giftgraph"
    proc = subprocess.Popen([str(exe), "serve", "--case", str(case.path), "--port", "0"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert m, line
        with urllib.request.urlopen(f"http://127.0.0.1:{m.group(1)}/?q=dana", timeout=20) as resp:
            assert resp.status == 200 and b"Dana Ashworth" in resp.read()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_giftgraph_serve_refuses_a_missing_case(tmp_path):
    r = CliRunner().invoke(cli, ["serve", "--case", str(tmp_path / "none")])
    assert r.exit_code == 1 and "not a giftgraph case" in r.output


# -- communities, layout, timeline of messages, explorer search and fixes (issue: big graphs) --------

def generate_graph_for_budget():
    G = new_graph()
    for i in range(200):
        add_node(G, Node(id=f"p{i}", kind="person", name=f"Person {i}", attrs={"role": "other"}))
        if i:
            add_edge(G, Edge("EMAILED", f"p{i}", f"p{i // 3}", [Evidence("m", "hdr")], attrs={"count": 1}))
    return G


def test_communities_are_named_by_their_hubs_and_laid_out_apart():
    from giftgraph.graph.html import communities, community_layout, graph_payload, message_index

    G = new_graph()
    for side in ("a", "b"):  # two stars joined by one link
        add_node(G, Node(id=f"{side}-hub", kind="person", name=f"Hub {side.upper()}", attrs={"role": "other"}))
        for i in range(8):
            add_node(G, Node(id=f"{side}{i}", kind="person", name=f"Leaf {side}{i}", attrs={"role": "other"}))
            add_edge(G, Edge("EMAILED", f"{side}-hub", f"{side}{i}", [Evidence("m", "hdr")], attrs={"count": 1}))
        add_edge(G, Edge("EMAILED", f"{side}0", f"{side}1", [Evidence("m", "hdr")], attrs={"count": 1}))
    add_edge(G, Edge("EMAILED", "a-hub", "b-hub", [Evidence("m", "hdr")], attrs={"count": 1}))
    H, _ = select_subgraph(G)
    comm, clusters = communities(H)
    assert len(clusters) == 2 and sorted(c["hubs"][0] for c in clusters) == ["Hub A", "Hub B"]
    assert len({comm[f"a{i}"] for i in range(8)} | {comm["a-hub"]}) == 1 and comm["a-hub"] != comm["b-hub"]
    pos = community_layout(H, comm, clusters)
    assert set(pos) == set(H)

    def centre(side):
        xs = [pos[n] for n in H if n.startswith(side)]
        return sum(x for x, _ in xs) / len(xs), sum(y for _, y in xs) / len(xs)

    def spread(side):
        cx, cy = centre(side)
        return max(((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for n, (x, y) in pos.items() if n.startswith(side))

    (ax, ay), (bx, by) = centre("a"), centre("b")
    assert ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 > spread("a") + spread("b") * 0.5  # apart, not mixed
    payload = graph_payload(H, G, message_index(G), focus=["a-hub"])
    rec = {n["id"]: n for n in payload["nodes"]}
    assert all("x" in n and "y" in n and n["gg"]["community"] >= 0 for n in payload["nodes"])
    assert rec["a-hub"]["gg"]["focus"] and rec["a-hub"]["borderWidth"] > rec["a0"].get("borderWidth", 1)
    assert payload["options"]["physics"]["enabled"] is True  # small: vis settles it from these positions
    big = generate_graph_for_budget()
    Hb, _ = select_subgraph(big)
    assert Hb.number_of_nodes() > 150
    assert graph_payload(Hb, big, timeline=False)["options"]["physics"]["enabled"] is False  # big: drawn as laid out


def test_message_timeline_counts_messages_per_month_and_week_without_any_gift():
    from giftgraph.graph.html import message_timeline

    G = new_graph()
    sent = ["2019-01-05", "2020-02-03", "2020-02-20", "2020-02-21", "2020-03-09", "2020-04-30"]
    for i, d in enumerate(sent):
        add_node(G, Node(id=f"m{i}", kind="message", name=f"s{i}", attrs={"sent": f"{d}T09:00:00-05:00"}))
    add_node(G, Node(id="m-undated", kind="message", name="x", attrs={"sent": ""}))
    add_node(G, Node(id="p1", kind="person", name="Pat"))
    add_node(G, Node(id="p2", kind="person", name="Lee"))
    add_edge(G, Edge("EMAILED", "p1", "p2", [Evidence("m1", "(header)"), Evidence("m2", "(header)")], attrs={"count": 2}))
    tl = message_timeline(G, by="month")
    months = {b["key"]: b["messages"] for b in tl["buckets"] if not b.get("gap")}
    assert months == {"2019-01": 1, "2020-01": 0, "2020-02": 3, "2020-03": 1, "2020-04": 1} or \
        {k: v for k, v in months.items() if v} == {"2019-01": 1, "2020-02": 3, "2020-03": 1, "2020-04": 1}
    gaps = [b for b in tl["buckets"] if b.get("gap")]
    assert gaps and gaps[0]["start"] == "2019-02-01"  # the empty year is one gap, not twelve bars
    assert tl["messages"] == 7 and tl["undated"] == 1
    assert tl["buckets"][-1]["label"] == "Apr 2020" and tl["buckets"][-1]["end"] == "2020-04-30"
    wk = message_timeline(G, by="week")
    assert wk["by"] == "week" and {b["key"] for b in wk["buckets"] if b["messages"]} >= {"2020-02-03", "2020-02-17"}
    mine = message_timeline(G, entity="p1")  # only the messages behind Pat's links
    assert mine["messages"] == 2 and sum(b["messages"] for b in mine["buckets"]) == 2


def test_snapshot_carries_clusters_timeline_and_an_accessible_shell(page):
    html, _ = page
    data = json.loads(re.search(r'<script type="application/json" id="gg-data">(.*?)</script>', html, re.S).group(1))
    assert data["clusters"] and all(c["hubs"] for c in data["clusters"])
    assert data["timeline"]["by"] in ("month", "week") and data["timeline"]["messages"] == 4
    assert 'id="gg-table-view"' in html and 'id="gg-timeline"' in html and 'id="gg-gifts-only"' in html
    assert 'aria-pressed="false"' in html and 'role="status"' in html
    # colour is not the only signal: roles differ by shape or border, link types by dashes
    shapes = {(n["gg"]["group"], n["shape"], bool(n.get("shapeProperties"))) for n in data["nodes"] if n["gg"]["kind"] == "person"}
    assert len({(s, d) for _, s, d in shapes}) == len(shapes)
    dashes = {json.dumps(e["dashes"]) for e in data["edges"]}
    assert len(dashes) == len({e["gg"]["type"] for e in data["edges"]})


def test_explorer_full_text_search_page(client):
    r = client.get("/search?q=detectives")
    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "<mark>detectives</mark>" in page and "Bates LAPD-000103" in page
    assert "/message/msg-gift1?terms=detectives" in page
    assert "/entity/p-dana" in page and "/entity/p-alvarez" in page  # the entities it mentions
    page = client.get("/search?q=ashworth").get_data(as_text=True)
    assert 'class="gg-result"' in page and "Dana Ashworth" in page  # entities match too
    page = client.get("/search?q=%21%21%21").get_data(as_text=True)
    assert "nothing to search for" in page
    page = client.get("/search?q=" + "%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E").get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img" in page
    assert client.get("/api/fulltext?q=LAPDSAFE").get_json()[0]["id"] == "msg-xss"
    page = client.get("/message/msg-gift1?terms=detectives").get_data(as_text=True)
    assert "<mark>detectives</mark>" in page


def test_explorer_header_evidence_says_it_comes_from_the_headers(client):
    page = client.get("/message/msg-gift1?q=%28header%29").get_data(as_text=True)
    assert "read from the message's headers" in page and "is not in this message's own text" not in page
    assert 'class="gg-headerline"' in page
    page = client.get("/message/msg-gift1?q=a+sentence+that+is+elsewhere").get_data(as_text=True)
    assert "is not in this message's own text" in page


def test_explorer_timeline_and_home_show_messages_even_without_gifts(tmp_path):
    from giftgraph.graph.store import Case
    from giftgraph.ingest.message import Address, Message

    case = Case(tmp_path / "nogifts")
    case.save_manifest({"files": {}})
    G = new_graph()
    for i, d in enumerate(["2020-02-03", "2020-02-10", "2020-03-02"]):
        add_node(G, Node(id=f"m{i}", kind="message", name=f"s{i}", attrs={"sent": f"{d}T09:00:00-05:00", "subject": f"s{i}"}))
    add_node(G, Node(id="p1", kind="person", name="Pat Quill"))
    add_node(G, Node(id="p2", kind="person", name="Lee Morrow"))
    add_edge(G, Edge("EMAILED", "p1", "p2", [Evidence(f"m{i}", "(header)") for i in range(3)], attrs={"count": 3}))
    case.save_graph(G)
    case.save_messages([Message(id=f"m{i}", sender=Address(email="pat@x.example"), subject=f"s{i}", body="hello",
                                sent=G.nodes[f"m{i}"]["sent"]) for i in range(3)])
    app = create_app(case.path)
    app.testing = True
    c = app.test_client()
    home = c.get("/").get_data(as_text=True)
    assert 'id="gg-top-connected"' in home and "Pat Quill" in home and "No gifts in this case" in home
    assert home.count('class="gg-bar"') == 2  # February and March
    tl = c.get("/timeline").get_data(as_text=True)
    assert "Feb 2020: 2 message(s)" in tl and "Mar 2020: 1 message(s)" in tl
    assert "No dated gifts or referral uses" in tl  # the gift lanes say so, the messages are still there
    wk = c.get("/timeline?by=week&entity=p1").get_data(as_text=True)
    assert wk.count('class="gg-bar"') >= 3 and "Pat Quill" in wk
    assert c.get("/timeline?entity=nobody").status_code == 400


def test_explorer_more_evidence_opens(tmp_path):
    G = fx.build_graph()
    for i in range(6):
        add_node(G, Node(id=f"mx{i}", kind="message", name=f"Extra {i}", attrs={"sent": f"2016-07-0{i + 1}T10:00:00-07:00", "subject": f"Extra {i}"}))
        add_edge(G, Edge("GIFT", "p-dana", "p-alvarez", [Evidence(f"mx{i}", f"Another gift note {i}")],
                         attrs={"items": [], "value_usd": 10.0, "date": "2016-07-01"}))
    case = fx.build_case(tmp_path / "c")
    case.save_graph(G)
    app = create_app(case.path)
    app.testing = True
    page = app.test_client().get("/entity/p-alvarez").get_data(as_text=True)
    assert "gg-more" in page
    more = page.split('<details class="gg-more">', 1)[1].split("</details>", 1)[0]
    assert "/message/" in more  # every further quote links to its email


def test_explorer_timeline_of_links_by_type(client):
    page = client.get("/timeline?of=links").get_data(as_text=True)
    assert "Links over time" in page
    segs = re.findall(r'class="gg-seg gg-seg-(\w+)"', page)
    assert {"GIFT", "REFERRAL"} <= set(segs)  # stacked by type, each segment titled with its count
    assert "Mar 2016: 1 GIFT" in page


def test_export_html_label_and_cluster_options(case, tmp_path):
    out = tmp_path / "o.html"
    r = CliRunner().invoke(cli, ["export", "html", "--case", str(case.path), "-o", str(out), "--labels", "12", "--cluster-above", "0"])
    assert r.exit_code == 0, r.output
    data = json.loads(re.search(r'<script type="application/json" id="gg-data">(.*?)</script>', out.read_text(), re.S).group(1))
    assert data["display"] == {"labels": 12, "clusterAbove": 0}
    r = CliRunner().invoke(cli, ["export", "html", "--case", str(case.path), "-o", str(out), "--labels", "-1"])
    assert r.exit_code != 0 and "--labels" in r.output and r.output.strip().count("\n") == 0


def test_node_budget_keeps_a_few_of_every_kind():
    G = new_graph()
    for i in range(300):  # many well-connected people ...
        add_node(G, Node(id=f"p{i}", kind="person", name=f"Person {i}", attrs={"role": "other"}))
    for i in range(300):
        for j in (1, 2, 3):
            add_edge(G, Edge("EMAILED", f"p{i}", f"p{(i + j) % 300}", [Evidence("m", "hdr")], attrs={"count": 1}))
    for k in range(4):  # ... and organisations with one link each
        add_node(G, Node(id=f"o{k}", kind="organization", name=f"Org {k}"))
        add_edge(G, Edge("MEMBER_OF", f"p{k}", f"o{k}", [Evidence("m", "sig")]))
    H, omitted = select_subgraph(G, SnapshotOptions(max_nodes=100))
    assert H.number_of_nodes() == 100
    assert {n for n in H if n.startswith("o")} == {"o0", "o1", "o2", "o3"}  # 5 % of the budget per kind
    assert omitted.nodes == 304 - 100 and omitted.kinds == {"person": 204}
