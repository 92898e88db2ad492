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
