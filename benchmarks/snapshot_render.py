"""How long a 2,000-node snapshot takes to become interactive in headless Chromium.

Generates a synthetic case graph (vendor employees, officers, divisions, products, codes; gifts,
referrals, memberships, e-mails with evidence), writes the snapshot with giftgraph's exporter,
opens it in Debian's /usr/bin/chromium via Playwright with every network request blocked, and
prints, per run: export time (including the community layout), file size, time until the page's
vis.js Network exists, and time until it is interactive: drawn from the positions computed at
export, communities collapsed into named clusters and labels placed (at most 60, none
overlapping); also the items drawn, clusters and labels.

    .venv/bin/python benchmarks/snapshot_render.py            # 2,000 nodes, 3 runs
    .venv/bin/python benchmarks/snapshot_render.py --nodes 500 --runs 1
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from giftgraph.graph.html import SnapshotOptions, render_html
from giftgraph.graph.model import Edge, Evidence, Node, add_edge, add_node, new_graph

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def synthetic_graph(n_nodes: int, seed: int = 7):
    """About n_nodes entities (plus message nodes, which snapshots do not draw)."""
    rnd = random.Random(seed)
    G = new_graph()
    n_msgs = max(50, n_nodes // 4)
    for i in range(n_msgs):
        add_node(G, Node(id=f"m{i}", kind="message", name=f"Subject {i}", attrs={
            "sent": f"2016-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00-08:00", "subject": f"Subject {i}",
            "page": 1 + i, "bates": f"B-{i:06d}", "file": "release.pdf"}))
    n_div, n_prod, n_code, n_vendor = 20, 10, 30, max(20, n_nodes // 20)
    n_off = n_nodes - n_div - n_prod - n_code - n_vendor - 1
    add_node(G, Node(id="org", kind="organization", name="Vendor Inc"))
    divs = [add_node(G, Node(id=f"d{i}", kind="division", name=f"Division {i}")) for i in range(n_div)]
    prods = [add_node(G, Node(id=f"pr{i}", kind="product", name=f"Product {i}", attrs={"unit_price_usd": 50 * (i + 1)})) for i in range(n_prod)]
    vend = [add_node(G, Node(id=f"v{i}", kind="person", name=f"Vendor Person {i}", attrs={"role": "vendor_employee"})) for i in range(n_vendor)]
    offs = [add_node(G, Node(id=f"o{i}", kind="person", name=f"Officer {i}", attrs={"role": "officer"})) for i in range(n_off)]
    owners = rnd.sample(offs, n_code)
    codes = [add_node(G, Node(id=f"c{i}", kind="code", name=f"CODE{i:03d}", attrs={"owner": owners[i]})) for i in range(n_code)]

    def ev():
        m = rnd.randrange(n_msgs)
        return [Evidence(message=f"m{m}", quote=f"Quote number {m}: thanks for the cameras.", page=1 + m, bates=f"B-{m:06d}")]

    for v in vend:
        add_edge(G, Edge("MEMBER_OF", v, "org", ev()))
    for o in offs:
        add_edge(G, Edge("MEMBER_OF", o, rnd.choice(divs), ev()))
        for _ in range(rnd.randint(1, 3)):
            add_edge(G, Edge("EMAILED", rnd.choice(vend), o, ev(), attrs={"count": rnd.randint(1, 9)}))
        if rnd.random() < 0.35:
            p = rnd.randrange(n_prod)
            q = rnd.randint(1, 5)
            add_edge(G, Edge("GIFT", rnd.choice(vend), o, ev(), attrs={
                "items": [{"product": prods[p], "quantity": q}], "value_usd": float(q * 50 * (p + 1))}))
    for c in codes:
        add_edge(G, Edge("REFERRAL", G.nodes[c]["owner"], "org", ev(), attrs={
            "code": c, "code_name": G.nodes[c]["name"], "uses": rnd.randint(1, 20)}))
    for o in offs:
        if rnd.random() < 0.05:
            add_edge(G, Edge("PROMOTED", o, rnd.choice(prods), ev()))
    return G


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    ap.add_argument("--keep", help="also write the snapshot here")
    a = ap.parse_args()

    from playwright.sync_api import sync_playwright

    G = synthetic_graph(a.nodes)
    t0 = time.perf_counter()
    page_html, report = render_html(G, SnapshotOptions(max_nodes=max(a.nodes, 1)), case_name=f"synthetic-{a.nodes}")
    export_s = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp(prefix="gg-bench-"))
    path = tmp / "snapshot.html"
    path.write_text(page_html, encoding="utf-8")
    if a.keep:
        Path(a.keep).write_text(page_html, encoding="utf-8")
    print(f"snapshot: {report.nodes} nodes, {report.edges} edges, {report.bytes / 1e6:.2f} MB, export {export_s:.2f} s")

    drawn, ready = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=a.chromium, args=ARGS)
        for run in range(a.runs):
            ctx = browser.new_context(viewport={"width": 1400, "height": 900})
            ctx.set_offline(True)
            page = ctx.new_page()
            blocked = []
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else (blocked.append(r.request.url), r.abort()))
            t = time.perf_counter()
            page.goto(path.as_uri(), wait_until="commit")
            page.wait_for_function("() => !!window.network", polling=20, timeout=120_000)
            t_drawn = time.perf_counter() - t
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=300_000)
            t_ready = time.perf_counter() - t
            in_page = page.evaluate("() => window.giftgraphReadyAt") / 1000.0
            n = page.evaluate("() => window.network.body.data.nodes.length")
            shown = page.evaluate("""() => ({items: window.network.body.nodeIndices.length,
                clusters: window.network.body.nodeIndices.filter(id => window.network.isCluster(id)).length,
                labels: window.giftgraph.view.labelled})""")
            drawn.append(t_drawn)
            ready.append(t_ready)
            print(f"run {run + 1}: network created {t_drawn:.2f} s, interactive (laid out, clustered, labelled) {t_ready:.2f} s "
                  f"(page clock {in_page:.2f} s), {n} entities as {shown['items']} items ({shown['clusters']} clusters), "
                  f"{shown['labels']} labels, {len(blocked)} network requests")
            ctx.close()
        browser.close()
    print(f"median time to interactive for a {report.nodes}-node snapshot: {statistics.median(ready):.2f} s "
          f"(network created after {statistics.median(drawn):.2f} s)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
