"""End-to-end: snapshots and the explorer in headless Chromium (Debian's /usr/bin/chromium,
driven by Playwright; nothing is downloaded). Installed and run by scripts/test (.ci/run)."""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import threading
from pathlib import Path

import pytest
from synthetic import generate_graph

from giftgraph.graph.html import SnapshotOptions, write_snapshot
from giftgraph.graph.store import Case

pytestmark = pytest.mark.browser

_spec = importlib.util.spec_from_file_location("html_graph", Path(__file__).parent / "fixtures" / "html_graph.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "sample-release"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "headless Chromium is needed: apt-get install chromium (scripts/test does it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def offline_page(browser):
    """A page whose every non-file request is aborted and recorded; dialogs are recorded too."""
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    context.set_offline(True)
    yield guarded_page(context, allowed="file://")
    context.close()


def guarded_page(context, *, allowed: str):
    """A page of `context` that lets through only URLs starting with `allowed`; every other
    request is aborted and recorded in `page.attempted`; dialogs and page errors are recorded."""
    page = context.new_page()
    page.attempted, page.dialogs, page.errors = [], [], []

    def route(r):
        if r.request.url.startswith(allowed):
            r.continue_()
        else:
            page.attempted.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def open_snapshot(page, path: Path):
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)


def edge_point(page, where: dict) -> dict:
    """Screen position of the middle of the first edge with this `from` node and type."""
    return page.evaluate("""(where) => {
      const e = window.network.body.data.edges.get().find(x => x.from === where.from && x.gg.type === where.type);
      const p = window.network.body.edges[e.id].edgeType.getPoint(0.5);
      const d = window.network.canvasToDOM(p);
      const r = document.getElementById('mynetwork').getBoundingClientRect();
      return {x: r.left + d.x, y: r.top + d.y, id: e.id};
    }""", where)


def hover(page, pt):
    page.mouse.move(pt["x"] - 40, pt["y"] - 40)
    page.mouse.move(pt["x"], pt["y"], steps=6)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    return page.inner_text("div.vis-tooltip")


@pytest.fixture()
def snapshot(tmp_path):
    case = fx.build_case(tmp_path / "case")
    out = tmp_path / "snap.html"
    report = write_snapshot(case, out)
    return out, report


def test_snapshot_opens_offline_and_draws_its_nodes(offline_page, snapshot):
    path, report = snapshot
    open_snapshot(offline_page, path)
    assert offline_page.evaluate("() => window.network.body.data.nodes.length") == report.nodes == 8
    assert offline_page.evaluate("() => window.network.body.data.edges.length") == report.edges == 9
    assert offline_page.evaluate("() => Object.keys(window.network.getPositions()).length") == 8
    assert offline_page.evaluate("() => window.network.physics.physicsEnabled") is False  # settled, then off
    assert offline_page.attempted == [] and offline_page.errors == []


def test_edge_tooltip_and_click_show_the_evidence(offline_page, snapshot):
    path, _ = snapshot
    open_snapshot(offline_page, path)
    pt = edge_point(offline_page, {"from": "p-dana", "type": "GIFT"})
    tip = hover(offline_page, pt)
    assert fx.GIFT_QUOTE in tip and "Doorbells for the squad" in tip and "p. 3" in tip and "LAPD-000103" in tip
    assert "2016-03-15" in tip and "$498" in tip
    offline_page.mouse.click(pt["x"], pt["y"])
    details = offline_page.inner_text("#gg-details")
    assert "Evidence (1)" in details and fx.GIFT_QUOTE in details
    assert offline_page.attempted == []


def test_xss_payload_in_subject_and_name_does_not_execute(offline_page, snapshot):
    path, _ = snapshot
    open_snapshot(offline_page, path)
    pt = edge_point(offline_page, {"from": "p-alvarez", "type": "REFERRAL"})
    tip = hover(offline_page, pt)
    assert fx.XSS_SUBJECT in tip  # shown as text
    offline_page.mouse.click(pt["x"], pt["y"])
    assert fx.XSS_SUBJECT in offline_page.inner_text("#gg-details")
    pt = edge_point(offline_page, {"from": "p-mallory", "type": "EMAILED"})
    assert fx.XSS_NAME in hover(offline_page, pt)
    offline_page.fill("#gg-search", "mallory")
    assert fx.XSS_NAME in offline_page.inner_text("#gg-results")
    offline_page.wait_for_timeout(300)
    assert offline_page.dialogs == []
    assert offline_page.evaluate("() => window.__xss === undefined")
    assert offline_page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert offline_page.attempted == []


def test_in_page_search_and_type_filters(offline_page, snapshot):
    path, _ = snapshot
    open_snapshot(offline_page, path)
    offline_page.fill("#gg-search", "bob")  # an alias
    offline_page.click("#gg-results button[data-node='p-alvarez']")
    assert offline_page.evaluate("() => window.network.getSelectedNodes()") == ["p-alvarez"]
    assert "Robert Alvarez" in offline_page.inner_text("#gg-details")
    offline_page.uncheck("input[data-type='GIFT']")
    hidden = offline_page.evaluate("() => window.network.body.data.edges.get().filter(e => e.hidden).map(e => e.gg.type)")
    assert sorted(hidden) == ["GIFT", "GIFT"]
    offline_page.uncheck("input[data-kind='person:officer']")
    hidden = offline_page.evaluate("() => window.network.body.data.nodes.get().filter(n => n.hidden).map(n => n.id)")
    assert {"p-alvarez", "p-kim", "c-lapdsafe"} <= set(hidden)  # the two officers, and the entities they leave without a link
    assert_no_orphan(offline_page)
    offline_page.check("input[data-kind='person:officer']")
    offline_page.check("input[data-type='GIFT']")
    offline_page.fill("input[data-date='since']", "2016-04")
    assert_no_orphan(offline_page)
    shown = offline_page.evaluate("() => window.network.body.data.edges.get().filter(e => !e.hidden).map(e => e.gg.type + ' ' + e.from)")
    assert sorted(shown) == ["EMAILED p-mallory", "GIFT o-ring", "MEMBER_OF p-alvarez", "MEMBER_OF p-dana",
                             "OWNS_CODE p-alvarez", "PROMOTED p-kim", "REFERRAL p-alvarez"]


def assert_no_orphan(page):
    """Every entity still drawn has a drawn link; every drawn link has both ends drawn."""
    page.wait_for_selector("body[data-ready='1']", state="attached")
    bad = page.evaluate("""() => {
      const nodes = window.network.body.data.nodes.get(), edges = window.network.body.data.edges.get();
      const on = new Set(nodes.filter(n => !n.hidden).map(n => n.id)), linked = new Set();
      const focus = new Set((window.giftgraph.data.focus) || []);
      const dangling = edges.filter(e => !e.hidden && (!on.has(e.from) || !on.has(e.to))).map(e => e.id);
      edges.filter(e => !e.hidden).forEach(e => { linked.add(e.from); linked.add(e.to); });
      return {dangling, orphans: [...on].filter(n => !linked.has(n) && !focus.has(n))};
    }""")
    assert bad == {"dangling": [], "orphans": []}


def test_budget_note_is_visible(offline_page, tmp_path):
    case = fx.build_case(tmp_path / "case")
    out = tmp_path / "small.html"
    write_snapshot(case, out, SnapshotOptions(max_nodes=4))
    open_snapshot(offline_page, out)
    assert offline_page.is_visible("#gg-omitted")
    assert "left out the 4 least connected" in offline_page.inner_text("#gg-omitted")
    assert offline_page.evaluate("() => window.network.body.data.nodes.length") == 4


def test_snapshot_of_the_sample_release(offline_page, tmp_path):
    """The shipped example, through the real pipeline, opens offline and draws every entity."""
    from click.testing import CliRunner

    from giftgraph.cli import cli

    assert EXAMPLES.is_dir()
    case_dir, out = tmp_path / "sample", tmp_path / "sample.html"
    r = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--case", str(case_dir), "-s"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["export", "html", "--case", str(case_dir), "-o", str(out)])
    assert r.exit_code == 0, r.output
    G = Case(case_dir).load_graph()
    linked = {n for n, d in G.nodes(data=True) if d.get("kind") != "message" and G.degree(n) > 0}
    assert linked
    open_snapshot(offline_page, out)
    drawn = set(offline_page.evaluate("() => window.network.body.data.nodes.getIds()"))
    assert linked <= drawn  # every entity with a link (plus owned promo codes)
    assert {G.nodes[n]["kind"] for n in drawn - linked} <= {"code"}
    assert offline_page.attempted == [] and offline_page.errors == []


# -- the explorer ------------------------------------------------------------------------------------

@pytest.fixture()
def explorer(tmp_path):
    from werkzeug.serving import make_server

    from giftgraph.graph.explorer import create_app

    case = fx.build_case(tmp_path / "case")
    server = make_server("127.0.0.1", 0, create_app(case.path), threaded=True)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    t.join(timeout=5)


@pytest.fixture()
def local_page(browser, explorer):
    """A page allowed to reach only the explorer."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield guarded_page(context, allowed=explorer)
    context.close()


def test_explorer_search_ledger_and_evidence_email(local_page, explorer):
    page = local_page
    page.goto(explorer + "/")
    page.fill("#gg-q", "ashworth")
    page.press("#gg-q", "Enter")
    page.click("a.gg-result:has-text('Dana Ashworth')")
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    assert page.inner_text("#gg-entity-name") == "Dana Ashworth"
    assert "$498" in page.inner_text("#gg-ledger-totals")
    assert sorted(page.evaluate("() => window.network.body.data.nodes.getIds()")) == ["o-ring", "p-alvarez", "p-dana"]
    # expand a neighbour: Robert Alvarez brings in his division
    page.evaluate("() => window.giftgraph.expand('p-alvarez')")
    page.wait_for_function("() => window.network.body.data.nodes.get('d-hollywood') !== null", timeout=10_000)
    # click through to the evidence email: full text, quote highlighted
    page.click("#gg-gifts-out a.gg-ev-link")
    page.wait_for_selector("#gg-body mark")
    assert page.inner_text("#gg-body mark") == fx.GIFT_QUOTE
    assert "Let me know how the trial goes." in page.inner_text("#gg-body")
    assert "Doorbells for the squad" in page.inner_text("#gg-subject")
    assert page.attempted == [] and page.errors == [] and page.dialogs == []


def test_explorer_xss_message_and_timeline(local_page, explorer):
    page = local_page
    page.goto(explorer + "/message/msg-xss?q=Officers%20can%20use%20code")
    assert page.inner_text("#gg-subject") == fx.XSS_SUBJECT
    assert "<script>window.__xss=2</script>" in page.inner_text("#gg-body")
    page.goto(explorer + "/entity/p-mallory")
    assert page.inner_text("#gg-entity-name") == fx.XSS_NAME
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    page.goto(explorer + "/timeline")
    assert page.locator("circle.gg-mark").count() == 3
    page.wait_for_timeout(300)
    assert page.dialogs == [] and page.evaluate("() => window.__xss === undefined")
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert page.attempted == [] and page.errors == []


def test_explorer_saves_the_view_as_a_snapshot(local_page, explorer, tmp_path):
    page = local_page
    page.goto(explorer + "/entity/p-dana")
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    page.evaluate("() => window.giftgraph.expand('p-alvarez')")  # the view grows by Alvarez's neighbours
    page.wait_for_function("() => window.network.body.data.nodes.get('d-hollywood') !== null", timeout=10_000)
    on_screen = sorted(page.evaluate("() => window.network.body.data.nodes.getIds()"))
    with page.expect_download() as dl:
        page.click("#gg-save")
    saved = tmp_path / "saved.html"
    dl.value.save_as(saved)
    text = saved.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="gg-data">(.*?)</script>', text, re.S).group(1))
    assert sorted(n["id"] for n in data["nodes"]) == on_screen
    assert "d-hollywood" in on_screen and "focus p-dana" in text
    # and the saved file works on its own, offline
    ctx = page.context.browser.new_context()
    ctx.set_offline(True)
    p2 = ctx.new_page()
    p2.goto(saved.as_uri())
    p2.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    assert p2.evaluate("() => window.network.body.data.nodes.length") == len(on_screen)
    ctx.close()


# -- a generated 2,000-entity case: clusters, labels with room, dimming, filters without orphans --------

@pytest.fixture(scope="module")
def big_snapshot(tmp_path_factory):
    G = generate_graph(6000, seed=11, people=1965)
    case = Case(tmp_path_factory.mktemp("big") / "case")
    case.save_manifest({"files": {}})
    case.save_graph(G)
    out = case.path.parent / "big.html"
    report = write_snapshot(case, out)
    assert report.nodes >= 1900  # about 2,000 entities drawn
    return out, report


@pytest.fixture()
def big_page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.set_offline(True)
    yield guarded_page(context, allowed="file://")
    context.close()


LABEL_BOXES = """() => {
  const net = window.network, out = [];
  net.redraw();
  const dom = (x, y) => net.canvasToDOM({x, y});
  const add = (kind, id, item) => {
    // vis draws a label when it has text and its font is at least 4 screen px (its drawThreshold - 1)
    if (!item.options.label || item.options.hidden || item.options.font.size * net.getScale() < 4) return;
    const s = item.labelModule.size;
    if (!s || !s.width) return;
    const a = dom(s.left, s.top), b = dom(s.left + s.width, s.top + s.height);
    out.push({kind, id, text: item.options.label, x1: a.x, y1: a.y, x2: b.x, y2: b.y});
  };
  net.body.nodeIndices.forEach(id => add('node', id, net.body.nodes[id]));
  net.body.edgeIndices.forEach(id => add('edge', id, net.body.edges[id]));
  return out;
}"""


def drawn_labels(page) -> list[dict]:
    page.wait_for_timeout(200)  # the page relabels 80 ms after a zoom or a move
    return page.evaluate(LABEL_BOXES)


def assert_labels_fit(labels):
    assert 0 < len(labels) <= 60, (len(labels), [(l["kind"], l["id"], l["text"]) for l in labels][-30:])
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            overlap = a["x1"] < b["x2"] - 0.5 and b["x1"] < a["x2"] - 0.5 and a["y1"] < b["y2"] - 0.5 and b["y1"] < a["y2"] - 0.5
            assert not overlap, (a, b)


def wait_laid_out(page):
    page.wait_for_function("() => !window.giftgraph.view.layingOut && !/Laying out/.test(document.getElementById('gg-status').textContent)",
                           timeout=120_000)


def test_big_case_shows_named_clusters_and_few_readable_labels(big_page, big_snapshot):
    path, report = big_snapshot
    open_snapshot(big_page, path)
    clusters = big_page.evaluate("""() => window.network.body.nodeIndices.filter(id => window.network.isCluster(id))
                                      .map(id => window.network.body.nodes[id].options.gg)""")
    assert len(clusters) >= 5
    assert all(c["name"] and c["size"] >= 4 for c in clusters)
    drawn = big_page.evaluate("() => window.network.body.nodeIndices.length")
    assert drawn < report.nodes / 4  # collapsed: far fewer items drawn than entities
    labels = drawn_labels(big_page)
    assert_labels_fit(labels)
    cluster_labels = [l for l in labels if l["id"].startswith("cluster:")]
    assert cluster_labels and all(" · " in l["text"] for l in cluster_labels)  # named by their two hubs
    # a cluster opens on click: its members are drawn, and the labels still fit
    cid = cluster_labels[0]["id"]
    pt = big_page.evaluate("""(cid) => { const p = window.network.getPositions([cid])[cid];
        const d = window.network.canvasToDOM(p); const r = document.getElementById('mynetwork').getBoundingClientRect();
        return {x: r.left + d.x, y: r.top + d.y}; }""", cid)
    big_page.mouse.click(pt["x"], pt["y"])
    assert big_page.evaluate("(cid) => !window.network.body.nodes[cid] || !window.network.body.nodeIndices.includes(cid)", cid)
    assert big_page.evaluate("() => window.network.body.nodeIndices.length") > drawn
    assert_labels_fit(drawn_labels(big_page))
    # zoomed in, labels stay within the budget and apart
    big_page.evaluate("() => window.network.moveTo({scale: window.network.getScale() * 3})")
    big_page.wait_for_timeout(300)
    assert_labels_fit(drawn_labels(big_page))
    assert big_page.attempted == [] and big_page.errors == []


def test_big_case_search_dims_everything_but_the_neighbours(big_page, big_snapshot):
    path, _ = big_snapshot
    open_snapshot(big_page, path)
    big_page.fill("#gg-search", "Person 17")
    big_page.click("#gg-results button[data-node='per17']")
    state = big_page.evaluate("""() => {
      const net = window.network, es = window.giftgraph.edges.get();
      const near = new Set(['per17']);
      es.forEach(e => { if (e.from === 'per17') near.add(e.to); if (e.to === 'per17') near.add(e.from); });
      // what vis draws: the drawn nodes (entities and clusters) and edges, with their opacity
      const op = o => o === undefined ? 1 : o;
      const drawn = net.body.nodeIndices.filter(id => !net.isCluster(id));
      return {selected: net.getSelectedNodes(),
              near: drawn.filter(id => near.has(id)).map(id => op(net.body.nodes[id].options.opacity)),
              far: drawn.filter(id => !near.has(id)).map(id => op(net.body.nodes[id].options.opacity)),
              clusters: net.body.nodeIndices.filter(id => net.isCluster(id)).map(id => op(net.body.nodes[id].options.opacity)),
              farEdges: net.body.edgeIndices.filter(id => { const e = net.body.edges[id]; return e.fromId !== 'per17' && e.toId !== 'per17'; })
                          .map(id => net.body.edges[id].options.color.opacity),
              nearEdges: net.body.edgeIndices.filter(id => { const e = net.body.edges[id]; return e.fromId === 'per17' || e.toId === 'per17'; })
                          .map(id => net.body.edges[id].options.color.opacity)};
    }""")
    assert state["selected"] == ["per17"]
    assert state["near"] and all(o == 1 for o in state["near"])
    assert state["far"] and all(o < 0.5 for o in state["far"])
    assert state["nearEdges"] and all(o < 0.5 for o in state["farEdges"]) and all(o == 1 for o in state["nearEdges"])
    assert any(o < 0.5 for o in state["clusters"])  # clusters without a neighbour are dimmed too
    assert "Person 17" in big_page.inner_text("#gg-details")
    labels = drawn_labels(big_page)
    assert_labels_fit(labels)
    assert any(l["text"] == "Person 17" for l in labels)  # the selection is labelled
    big_page.focus("#mynetwork")
    big_page.keyboard.press("Escape")
    assert big_page.evaluate("() => Object.values(window.network.body.nodes).every(n => n.options.opacity === undefined || n.options.opacity === 1)")


def test_big_case_filters_leave_no_orphan_and_relayout(big_page, big_snapshot):
    path, _ = big_snapshot
    open_snapshot(big_page, path)
    where = "() => Object.fromEntries(window.giftgraph.nodes.getIds().map(id => [id, {x: window.network.body.nodes[id].x, y: window.network.body.nodes[id].y}]))"
    before = big_page.evaluate(where)
    for t in ("EMAILED", "MEMBER_OF", "PROMOTED"):
        big_page.uncheck(f"input[data-type='{t}']")
    wait_laid_out(big_page)
    assert_no_orphan(big_page)
    shown = big_page.evaluate("() => window.giftgraph.edges.get().filter(e => !e.hidden).map(e => e.gg.type)")
    assert shown and set(shown) <= {"GIFT", "REFERRAL"}
    after = big_page.evaluate(where)
    moved = sum(1 for k, p in after.items() if k in before and (abs(p["x"] - before[k]["x"]) + abs(p["y"] - before[k]["y"])) > 1)
    assert moved > 100  # laid out again
    assert_labels_fit(drawn_labels(big_page))
    # focus on gifts: the giving network alone
    big_page.click("#gg-gifts-only")
    wait_laid_out(big_page)
    assert_no_orphan(big_page)
    assert set(big_page.evaluate("() => window.giftgraph.edges.get().filter(e => !e.hidden).map(e => e.gg.type)")) == {"GIFT"}
    assert big_page.get_attribute("#gg-gifts-only", "aria-pressed") == "true"
    assert big_page.errors == []


def test_big_case_keyboard_table_and_timeline_brush(big_page, big_snapshot):
    path, _ = big_snapshot
    open_snapshot(big_page, path)
    big_page.focus("#mynetwork")
    big_page.keyboard.press("ArrowRight")
    live = big_page.inner_text(".gg-sr")
    assert live  # the item reached by keyboard is announced
    assert big_page.evaluate("() => window.network.getSelectedNodes().length") == 1
    # the table alternative lists what the graph shows
    big_page.click("#gg-table-view summary")
    big_page.wait_for_selector("#gg-tv-links")  # built on the details' toggle event
    rows = big_page.evaluate("() => document.querySelectorAll('#gg-tv-links tr').length - 1")
    shown = big_page.evaluate("() => window.giftgraph.edges.get().filter(e => !e.hidden).length")
    assert rows == min(500, shown)
    assert big_page.evaluate("() => document.querySelectorAll('#gg-tv-clusters tr').length") > 1
    # brushing the timeline keeps the links of those months only
    box = big_page.query_selector("#gg-timeline svg").bounding_box()
    bars = big_page.evaluate("() => [...document.querySelectorAll('#gg-timeline rect.gg-tl-bar')].map(r => r.getAttribute('data-key'))")
    assert len(bars) >= 6  # the generated messages span a year, drawn per month
    big_page.mouse.move(box["x"] + box["width"] * 0.30, box["y"] + box["height"] / 2)
    big_page.mouse.down()
    big_page.mouse.move(box["x"] + box["width"] * 0.45, box["y"] + box["height"] / 2, steps=4)
    big_page.mouse.up()
    since = big_page.input_value("input[data-date='since']")
    until = big_page.input_value("input[data-date='until']")
    assert since and until and since < until
    wait_laid_out(big_page)
    dates = big_page.evaluate("() => window.giftgraph.edges.get().filter(e => !e.hidden && e.gg.type !== 'MEMBER_OF').map(e => e.gg.date)")
    assert dates and all(since <= d[:10] <= until for d in dates)
    assert_no_orphan(big_page)


def test_explorer_marks_the_focus_and_searches_the_emails(local_page, explorer):
    page = local_page
    page.goto(explorer + "/entity/p-alvarez?depth=2")
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    focus = page.evaluate("() => { const n = window.network.body.nodes['p-alvarez'];"
                          " return {border: n.options.borderWidth, label: n.options.label}; }")
    assert focus == {"border": 5, "label": "Robert Alvarez"}  # marked, and always labelled
    assert_labels_fit(drawn_labels(page))
    assert "Laying out" not in page.inner_text("#gg-status") and "entities" in page.inner_text("#gg-status")
    # the graph box sits beside its details column: no empty column, the details fill up on click
    graph_box = page.query_selector("#gg-graph").bounding_box()
    details_box = page.query_selector("#gg-details").bounding_box()
    assert details_box["x"] >= graph_box["x"] + graph_box["width"] - 1 and graph_box["width"] > 600
    assert "Robert Alvarez" in page.inner_text("#gg-details")  # it starts with the page's entity
    page.click("#gg-table-view summary")
    page.wait_for_selector("#gg-tv-links")
    page.click("#gg-tv-links button[data-node='d-hollywood']")
    assert "Hollywood Division" in page.inner_text("#gg-details")
    assert page.evaluate("() => window.network.getSelectedNodes()") == ["d-hollywood"]
    # full-text search from the header: ranked hits, the email opens with the words marked
    page.fill("#gg-q", "detectives")
    page.press("#gg-q", "Enter")
    page.wait_for_selector("#gg-hits")
    assert page.locator("#gg-hits li").count() == 1
    page.click("#gg-hits a.gg-hit-subject")
    page.wait_for_selector("#gg-body mark")
    assert page.inner_text("#gg-body mark") == "detectives"
    assert page.attempted == [] and page.errors == [] and page.dialogs == []


# -- the explorer's Cypher page: a query only on POST from its own page ------------------------------

def test_explorer_cypher_page_posts_its_query(local_page, explorer):
    page = local_page
    page.goto(explorer + "/cypher")
    page.fill("#gg-cypher", "MATCH (a)-[g:GIFT]->(b) RETURN a.name AS giver, b.name AS recipient ORDER BY giver")
    with page.expect_response(lambda r: r.url == explorer + "/cypher" and r.request.method == "POST") as resp:
        page.click("#gg-cypher-run")
    assert resp.value.status == 200
    page.wait_for_selector("#gg-cypher-result")
    cells = page.eval_on_selector_all("#gg-cypher-result td", "tds => tds.map(t => t.textContent)")
    assert cells[:2] == ["Dana Ashworth", "Robert Alvarez"] and "?q=" not in page.url
    # the query stays in the box after the run; a named query posts too
    assert "ORDER BY giver" in page.input_value("#gg-cypher")
    page.select_option("#gg-named", "top-recipients")
    page.click("#gg-named-form button")
    page.wait_for_selector("#gg-cypher-result")
    # a link that would run a query is refused
    r = page.goto(explorer + "/cypher?q=MATCH%20(n)%20RETURN%20n")
    assert r.status == 405 and "POST" in page.inner_text("#gg-error")
    assert page.attempted == [] and page.errors == []


def test_another_site_cannot_make_the_explorer_run_cypher(browser, explorer, tmp_path):
    """A page of another origin (here: another port) posting the Cypher form to the explorer."""
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    (tmp_path / "evil.html").write_text(
        f'<form id="f" method="post" action="{explorer}/cypher"><input name="q" value="MATCH (n) RETURN n"></form>'
        '<script>document.getElementById("f").submit()</script>', encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(tmp_path), **kw)

        def log_message(self, *a):
            pass

    other = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    t = threading.Thread(target=other.serve_forever, daemon=True)
    t.start()
    context = browser.new_context()
    try:
        page = guarded_page(context, allowed="http://127.0.0.1:")
        with page.expect_response(lambda r: r.url == explorer + "/cypher") as resp:
            page.goto(f"http://127.0.0.1:{other.server_port}/evil.html")
        assert resp.value.status == 403
        page.wait_for_selector("#gg-error")
        assert "must come from the explorer's own pages" in page.inner_text("#gg-error")
        assert page.locator("#gg-cypher-result").count() == 0
    finally:
        context.close()
        other.shutdown()
        t.join(timeout=5)
