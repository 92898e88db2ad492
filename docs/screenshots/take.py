"""Regenerate the README screenshots from the shipped sample release.

    .venv/bin/python docs/screenshots/take.py
    .venv/bin/python docs/screenshots/take.py --case /tmp/fauci --name fauci-dev   # a big case too

Ingests examples/sample-release into a temporary case, writes a snapshot and opens it in headless
Chromium (Debian's /usr/bin/chromium, via Playwright), hovering a GIFT link to show its evidence;
then starts the explorer on the same case and captures the ledger of the gift's recipient and the
evidence email. Writes snapshot.png, explorer.png and explorer-email.png next to this file.

With --case DIR --name NAME it also shoots that case (built beforehand, e.g. fauci-dev): the
whole-case snapshot at 1400x900 (NAME-snapshot.png), the explorer's full-text search
(NAME-search.png) and its messages-per-month timeline (NAME-timeline.png).
"""
from __future__ import annotations

import shutil
import tempfile
import threading
from pathlib import Path

from click.testing import CliRunner
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from giftgraph.cli import cli
from giftgraph.graph.explorer import create_app
from giftgraph.graph.store import Case

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="gg-shots-"))
    case_dir, snap = tmp / "sample", tmp / "sample.html"
    for args in (["ingest", str(ROOT / "examples" / "sample-release"), "--case", str(case_dir), "-s"],
                 ["export", "html", "--case", str(case_dir), "-o", str(snap), "--title", "giftgraph: sample release"]):
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 0, r.output
    G = Case(case_dir).load_graph()
    gift = next(((u, v) for u, v, d in G.edges(data=True) if d.get("type") == "GIFT"), None)

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 820})
        page.goto(snap.as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
        if gift:
            pt = page.evaluate("""(w) => {
              const e = window.network.body.data.edges.get().find(x => x.from === w[0] && x.to === w[1] && x.gg.type === 'GIFT');
              const p = window.network.body.edges[e.id].edgeType.getPoint(0.5);
              const d = window.network.canvasToDOM(p);
              const r = document.getElementById('mynetwork').getBoundingClientRect();
              return {x: r.left + d.x, y: r.top + d.y};
            }""", list(gift))
            page.mouse.click(pt["x"], pt["y"])
            page.mouse.move(pt["x"] - 30, pt["y"] - 30)
            page.mouse.move(pt["x"], pt["y"], steps=5)
            page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
        page.screenshot(path=str(HERE / "snapshot.png"))

        server = make_server("127.0.0.1", 0, create_app(case_dir), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        page = browser.new_page(viewport={"width": 1360, "height": 1000})
        target = gift[1] if gift else next(n for n, d in G.nodes(data=True) if d.get("kind") == "person")
        page.goto(f"{base}/entity/{target}")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
        page.screenshot(path=str(HERE / "explorer.png"))
        link = page.locator("a.gg-ev-link").first
        if link.count():
            link.click()
            page.wait_for_selector("#gg-body")
            page.screenshot(path=str(HERE / "explorer-email.png"))
        server.shutdown()
        browser.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print("wrote", ", ".join(sorted(p.name for p in HERE.glob("*.png"))))


def shoot_case(case_dir: str, name: str, query: str) -> None:
    """A big case: its whole-case snapshot (named clusters), full-text search and timeline."""
    tmp = Path(tempfile.mkdtemp(prefix="gg-shots-"))
    snap = tmp / "case.html"
    r = CliRunner().invoke(cli, ["export", "html", "--case", case_dir, "-o", str(snap), "--title", f"giftgraph: {name}"])
    assert r.exit_code == 0, r.output
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(snap.as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
        page.wait_for_timeout(500)
        page.screenshot(path=str(HERE / f"{name}-snapshot.png"))
        server = make_server("127.0.0.1", 0, create_app(case_dir), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}"
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(f"{base}/search?q={query}")
        page.screenshot(path=str(HERE / f"{name}-search.png"))
        page.goto(f"{base}/timeline")
        page.screenshot(path=str(HERE / f"{name}-timeline.png"))
        server.shutdown()
        browser.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Regenerate the README screenshots.")
    ap.add_argument("--case", help="also shoot this (big) case")
    ap.add_argument("--name", default="case", help="file name prefix for --case")
    ap.add_argument("--query", default="vaccine trial", help="full-text query shown for --case")
    a = ap.parse_args()
    if a.case:
        shoot_case(a.case, a.name, a.query)
    else:
        main()
