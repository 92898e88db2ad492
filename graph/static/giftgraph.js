/* giftgraph page script: tooltips, details, search and filters for vis-network graphs.
 *
 * Shared by the self-contained snapshots (inlined) and the local explorer (served).
 * Every piece of case text is put on screen with DOM text nodes (textContent), never
 * innerHTML, so markup in a subject (an img tag with an onerror handler) shows as text and runs nothing.
 */
(function (global) {
  "use strict";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function money(v) {
    if (v === undefined || v === null || v === "") return "value unknown";
    var n = Number(v);
    if (!isFinite(n)) return String(v);
    return "$" + n.toLocaleString("en-US", {maximumFractionDigits: n % 1 ? 2 : 0});
  }

  function shortDate(s) {
    if (!s) return "";
    s = String(s);
    return s.length >= 16 && s[10] === "T" ? s.slice(0, 10) + " " + s.slice(11, 16) : s.slice(0, 10);
  }

  function sourceLine(ev) {
    var parts = [];
    if (ev.file) parts.push(ev.file);
    if (ev.page !== undefined && ev.page !== null && ev.page !== "") parts.push("p. " + ev.page);
    if (ev.bates) parts.push("Bates " + ev.bates);
    return parts.join(" · ");
  }

  /* One piece of evidence: the quote, then date · subject, then file · page · Bates. */
  function evidenceEl(ev, opts) {
    opts = opts || {};
    var box = el("div", "gg-ev");
    box.appendChild(el("blockquote", "gg-quote", ev.quote || "(no quote)"));
    var meta = el("div", "gg-ev-meta");
    var when = shortDate(ev.date);
    if (when) meta.appendChild(el("span", "gg-date", when));
    if (ev.subject) {
      if (when) meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(el("span", "gg-subject", ev.subject));
    }
    if (ev.sender) meta.appendChild(el("span", "gg-sender", " — from " + ev.sender));
    box.appendChild(meta);
    var src = sourceLine(ev);
    if (src) box.appendChild(el("div", "gg-ev-src", src));
    if (opts.evidenceHref && ev.message) {
      var a = el("a", "gg-ev-link", "Open the email");
      a.href = opts.evidenceHref(ev);
      box.appendChild(a);
    }
    return box;
  }

  function edgeSummary(g) {
    var box = el("div", "gg-sum");
    var head = el("div", "gg-head");
    var badge = el("span", "gg-badge gg-t-" + g.type, g.type);
    head.appendChild(badge);
    head.appendChild(el("span", "gg-ends", " " + g.source + " → " + g.target));
    box.appendChild(head);
    var rows = [];
    if (g.type === "GIFT") {
      rows.push(["Value", money(g.value_usd)]);
      if (g.items && g.items.length) rows.push(["Items", g.items.map(function (it) {
        return (it.quantity ? it.quantity + " × " : "") + it.product; }).join(", ")]);
      if (g.purpose) rows.push(["Purpose", g.purpose]);
    } else if (g.type === "REFERRAL") {
      if (g.code) rows.push(["Code", g.code]);
      if (g.uses !== undefined && g.uses !== null) rows.push(["Uses", Array.isArray(g.uses) ? g.uses.length : g.uses]);
      if (g.discount) rows.push(["Discount", g.discount]);
    } else if (g.type === "EMAILED" && g.count) {
      rows.push(["Messages", g.count]);
    }
    if (g.date) rows.push(["Date", shortDate(g.date)]);
    rows.forEach(function (r) {
      var line = el("div", "gg-row");
      line.appendChild(el("span", "gg-k", r[0] + ": "));
      line.appendChild(el("span", "gg-v", r[1]));
      box.appendChild(line);
    });
    return box;
  }

  /* Hover tooltip of an edge (a DOM element: vis-network shows it as is). */
  function edgeTooltip(rec, maxEv) {
    var g = rec.gg || {};
    var box = el("div", "gg-tip");
    box.appendChild(edgeSummary(g));
    var ev = g.evidence || [];
    ev.slice(0, maxEv || 2).forEach(function (e) { box.appendChild(evidenceEl(e)); });
    var more = (g.evidence_total || ev.length) - Math.min(ev.length, maxEv || 2);
    if (!ev.length) box.appendChild(el("div", "gg-muted", "No evidence recorded."));
    else if (more > 0) box.appendChild(el("div", "gg-muted", "+ " + more + " more (click the edge)"));
    return box;
  }

  function nodeLines(g) {
    var rows = [];
    var kind = g.kind === "person" ? "person · " + (g.role || "other").replace("_", " ") : g.kind;
    rows.push(["Kind", kind]);
    if (g.title) rows.push(["Title", g.title]);
    if (g.aliases && g.aliases.length) rows.push(["Also", g.aliases.join("; ")]);
    if (g.emails && g.emails.length) rows.push(["E-mail", g.emails.join("; ")]);
    if (g.given) rows.push(["Gave", money(g.given)]);
    if (g.received) rows.push(["Received", money(g.received)]);
    if (g.unit_price_usd) rows.push(["Unit price", money(g.unit_price_usd)]);
    rows.push(["Links", g.degree]);
    return rows;
  }

  function nodeTooltip(rec) {
    var g = rec.gg || {};
    var box = el("div", "gg-tip");
    box.appendChild(el("div", "gg-name", g.name || rec.label));
    nodeLines(g).forEach(function (r) {
      var line = el("div", "gg-row");
      line.appendChild(el("span", "gg-k", r[0] + ": "));
      line.appendChild(el("span", "gg-v", r[1]));
      box.appendChild(line);
    });
    return box;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function edgeDetails(rec, opts) {
    var g = rec.gg || {};
    var box = el("div", "gg-details");
    box.appendChild(edgeSummary(g));
    var ev = g.evidence || [];
    box.appendChild(el("h4", null, "Evidence (" + (g.evidence_total || ev.length) + ")"));
    ev.forEach(function (e) { box.appendChild(evidenceEl(e, opts)); });
    if ((g.evidence_total || 0) > ev.length) {
      if (opts && opts.entityHref && rec.from) {  // the explorer: the ledger lists every one
        var all = el("a", "gg-ev-link", "All " + g.evidence_total + " in the ledger of " + g.source);
        all.href = opts.entityHref({id: rec.from});
        box.appendChild(all);
      } else box.appendChild(el("div", "gg-muted", "… " + (g.evidence_total - ev.length) + " more not included in this snapshot"));
    }
    return box;
  }

  function nodeDetails(rec, opts) {
    var box = nodeTooltip(rec);
    box.className = "gg-details";
    if (opts && opts.entityHref) {
      var a = el("a", "gg-ev-link", "Open ledger");
      a.href = opts.entityHref(rec);
      box.appendChild(a);
    }
    return box;
  }

  /* Tooltips are built when first hovered (vis-network's `title`, set on hoverNode/hoverEdge,
     before its tooltip timer fires): thousands of edges cost nothing up front. */
  function prepare(nodes, edges) { /* kept for callers; tooltips are lazy, see lazyTitles */ }

  function lazyTitles(network, nodes, edges) {
    var done = {n: {}, e: {}};
    network.on("hoverNode", function (p) {
      if (done.n[p.node]) return;
      done.n[p.node] = 1;
      var rec = nodes.get(p.node);
      if (rec) network.body.nodes[p.node].setOptions({title: nodeTooltip(rec)});  // no DataSet round trip
      else if (network.isCluster(p.node)) {  // a collapsed community
        var g = network.body.nodes[p.node].options.gg || {};
        var box = el("div", "gg-tip");
        box.appendChild(el("div", "gg-name", "Cluster: " + (g.name || "")));
        box.appendChild(el("div", "gg-row", g.size + " entities, most connected: " + (g.hubs || []).join("; ")));
        box.appendChild(el("div", "gg-muted", "Click to open it."));
        network.body.nodes[p.node].setOptions({title: box});
      }
    });
    network.on("hoverEdge", function (p) {
      if (done.e[p.edge]) return;
      done.e[p.edge] = 1;
      var rec = edges.get(p.edge);
      if (rec) network.body.edges[p.edge].setOptions({title: edgeTooltip(rec)});
    });
  }

  function searchText(n) {
    var g = n.gg || {};
    return [n.label, g.name].concat(g.aliases || [], g.emails || []).join("\n").toLowerCase();
  }

  var HIDDEN_FONT = 0.0001, LABEL_PX = 13, EDGE_LABEL_PX = 11, LABEL_BUDGET = 60, CLUSTER_ABOVE = 150, CLUSTER_MIN = 4;
  var FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
  var measureCtx = null;
  function textWidth(text, px) {
    if (!measureCtx) measureCtx = document.createElement("canvas").getContext("2d");
    measureCtx.font = px + "px " + FONT;
    return measureCtx.measureText(text).width;
  }
  function overlaps(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }

  function setStatus(view, text) { if (view.opts.status) view.opts.status.textContent = text || ""; }

  function isCluster(view, id) { return view.network.isCluster(id); }

  /* Visible items: nodes and clusters the canvas draws (vis keeps them in body.nodeIndices). */
  function visibleIds(view) { return view.network.body.nodeIndices.slice(); }

  function clusterName(children) {
    var named = children.slice().sort(function (a, b) { return (b.gg.degree - a.gg.degree) || (a.gg.name < b.gg.name ? -1 : 1); });
    var hubs = named.slice(0, 2).map(function (n) { return n.gg.name; });
    return hubs.join(" · ") + (children.length > 2 ? " +" + (children.length - 2) : "");
  }

  /* Collapse each community (Louvain, computed at export) into one node named by its hubs,
     when the graph is too big to read. The focus and the selection stay out. */
  function collapse(view) {
    var net = view.network, data = view.data;
    var visible = view.nodes.get({filter: function (n) { return !n.hidden; }}).length;
    var above = (data.display && data.display.clusterAbove !== undefined) ? data.display.clusterAbove : CLUSTER_ABOVE;
    if (!above || visible <= above || !data.clusters) return 0;
    var keep = {};
    (data.focus || []).forEach(function (f) { keep[f] = 1; });
    if (view.selected) keep[view.selected] = 1;
    var made = 0;
    data.clusters.forEach(function (c) {
      if (c.size < CLUSTER_MIN) return;
      var kids = view.nodes.get({filter: function (n) { return !n.hidden && n.gg.community === c.id; }});
      if (kids.length < CLUSTER_MIN || kids.some(function (n) { return keep[n.id]; })) return;
      var name = clusterName(kids);
      var gifts = 0;
      kids.forEach(function (n) { gifts += (n.gg.given || 0); });
      net.clustering.cluster({
        joinCondition: function (o) { return o.gg && o.gg.community === c.id && !o.hidden; },
        clusterNodeProperties: {
          id: "cluster:" + c.id, label: name, shape: "dot", borderWidth: 3,
          size: 8 + 10 * Math.sqrt(kids.length),  // in step with the disc its members were laid out in
          color: {background: "#dfe6ee", border: "#36414d", highlight: {background: "#c9d6e3", border: "#000"}},
          shapeProperties: {borderDashes: [8, 3]},
          font: {size: LABEL_PX, face: FONT, strokeWidth: 3, strokeColor: "#ffffff", bold: {mod: "bold"}},
          gg: {cluster: c.id, name: name, size: kids.length, given: gifts, kind: "cluster", degree: 1e6 + kids.length,
               hubs: c.hubs}
        },
        clusterEdgeProperties: {color: {color: "#9aa5b0", opacity: 0.6}, dashes: false, width: 1.5, label: ""}
      }, false);  // refresh once, below: vis re-indexes the whole graph on every refresh
      made++;
    });
    if (made) net.body.emitter.emit("_dataChanged");
    return made;
  }

  function openAll(view) {
    var net = view.network, again = true;
    while (again) {
      again = false;
      visibleIds(view).forEach(function (id) { if (net.isCluster(id)) { net.clustering.openCluster(id, {}, false); again = true; } });
      if (again) net.body.emitter.emit("_dataChanged");
    }
  }

  function openCluster(view, id) {
    view.network.openCluster(id);
    setStatus(view, "Opened a cluster. Click another cluster to open it; Escape clears the selection.");
    relabel(view);
  }

  /* The visible node standing for `id` (itself, or the cluster that holds it). */
  function shownAs(view, id) {
    var path = view.network.clustering.findNode(id);
    return path && path.length ? path[0] : id;
  }

  /* Labels only where there is room: candidates in order of importance (focus, selection and
     its neighbours, clusters, gift edges, hubs by degree), each placed only when its box (in
     screen pixels, at 13 px whatever the zoom) overlaps no label already placed; at most 60. */
  function relabel(view) {
    var net = view.network;
    if (!net.body || !net.body.nodeIndices) return;
    var scale = net.getScale() || 1;
    var canvasW = view.container.clientWidth, canvasH = view.container.clientHeight;
    var placed = [], shown = {}, shownEdges = {}, count = 0;
    var neigh = view.neigh || {};
    var focus = {};
    (view.data.focus || []).forEach(function (f) { focus[f] = 1; });
    var cands = [];
    visibleIds(view).forEach(function (id) {
      var b = net.body.nodes[id];
      if (!b || b.options.hidden) return;
      var g = b.options.gg || {};
      var pri = focus[id] ? 0 : id === view.selected ? 1 : neigh[id] ? 2 : g.cluster !== undefined ? 3 : 6;
      cands.push({kind: "n", id: id, pri: pri, w: (g.degree || 0) + (g.given || 0) / 1000 + (g.received || 0) / 1000,
                  text: g.name || b.options.label || ""});
    });
    Object.keys(net.body.edges).forEach(function (eid) {
      var e = net.body.edges[eid];
      var g = view.edgeGG[eid];
      if (!g || !e.connected || e.options.hidden) return;
      var full = g.type === "GIFT" ? (g.value_usd !== undefined && g.value_usd !== null && g.value_usd !== "" ? money(g.value_usd) : "")
        : g.type === "REFERRAL" ? (g.code || "") : "";
      if (!full) return;
      var sel = view.selected && (e.fromId === view.selected || e.toId === view.selected);
      cands.push({kind: "e", id: eid, pri: sel ? 2.5 : 4, w: Number(g.value_usd || 0) + (g.uses || 0), text: full, edge: e});
    });
    cands.sort(function (a, b) { return (a.pri - b.pri) || (b.w - a.w); });
    function disc(b) {
      var p = net.canvasToDOM({x: b.x, y: b.y}), r = (b.options.size || 10) * scale + 2;
      return {x1: p.x - r, x2: p.x + r, y1: p.y - r, y2: p.y + r, p: p, r: r};
    }
    var budget = (view.data.display && view.data.display.labels !== undefined) ? view.data.display.labels : LABEL_BUDGET;
    // every drawn node on screen is an obstacle: a label is not written over another node
    var obstacles = [];
    visibleIds(view).forEach(function (id) {
      var b = net.body.nodes[id];
      if (!b || b.options.hidden) return;
      var d = disc(b);
      if (d.x2 < 0 || d.x1 > canvasW || d.y2 < 0 || d.y1 > canvasH) return;
      d.id = id;
      obstacles.push(d);
    });
    function overNode(box, except1, except2) {
      for (var k = 0; k < obstacles.length; k++) {
        var o = obstacles[k];
        if (o.id !== except1 && o.id !== except2 && overlaps(box, o)) return true;
      }
      return false;
    }
    for (var i = 0; i < cands.length && count < budget; i++) {
      var c = cands[i], box, extra = [];
      if (!c.text) continue;
      if (c.kind === "n") {
        var b = net.body.nodes[c.id], d = disc(b);
        var w = textWidth(c.text, LABEL_PX) + 10, h = LABEL_PX * 1.5 + 4;
        box = {x1: d.p.x - w / 2, x2: d.p.x + w / 2, y1: d.p.y + d.r, y2: d.p.y + d.r + h};
        extra.push(d);
      } else {
        var pt;
        try { pt = c.edge.edgeType.getPoint(0.5); } catch (err) { continue; }
        var q = net.canvasToDOM(pt), ew = textWidth(c.text, EDGE_LABEL_PX) + 10, eh = EDGE_LABEL_PX * 1.5 + 4;
        box = {x1: q.x - ew / 2, x2: q.x + ew / 2, y1: q.y - eh / 2, y2: q.y + eh / 2};
        var ends = [net.body.nodes[c.edge.fromId], net.body.nodes[c.edge.toId]];
        if (ends.some(function (x) { return x && overlaps(box, disc(x)); })) continue;  // not over its own nodes
      }
      if (box.x2 < 0 || box.x1 > canvasW || box.y2 < 0 || box.y1 > canvasH) continue;  // off screen
      if (placed.some(function (p) { return overlaps(p, box); })) continue;
      if (c.pri > 3 && (c.kind === "n" ? overNode(box, c.id) : overNode(box, c.edge.fromId, c.edge.toId))) continue;
      placed.push(box);
      extra.forEach(function (x) { placed.push(x); });
      count++;
      if (c.kind === "n") shown[c.id] = 1; else shownEdges[c.id] = c.text;
    }
    // Labels and fonts are set on vis's own node and edge objects (every one, clustered or not:
    // a clustered item shows as it was when its cluster opens), then one redraw. Going through
    // the DataSets instead costs vis a re-index of the whole graph per change while clustered.
    var fontN = LABEL_PX / scale, fontE = EDGE_LABEL_PX / scale;
    Object.keys(net.body.nodes).forEach(function (id) {
      var b = net.body.nodes[id], g = b.options.gg || {};
      var want = shown[id] ? g.name || "" : "";
      if ((b.options.label || "") !== want || (want && Math.abs((b.options.font.size || 0) - fontN) > 0.01)) {
        b.setOptions({label: want, font: {size: fontN}});
      }
    });
    // vis-network 9 keeps an edge's label when given "" or null: an unwanted one gets a font too
    // small for vis to draw (it skips labels under its draw threshold of 5 screen px)
    Object.keys(net.body.edges).forEach(function (id) {
      var b = net.body.edges[id], want = shownEdges[id] || "", size = (b.options.font || {}).size;
      if (want) {
        if (b.options.label !== want || Math.abs((size || 0) - fontE) > 0.01) b.setOptions({label: want, font: {size: fontE}});
      } else if (b.options.label && size !== HIDDEN_FONT) {
        b.setOptions({font: {size: HIDDEN_FONT}});
      }
    });
    net.redraw();
    view.labelled = count;
    if (view.onRelabel) view.onRelabel(count);
  }

  function scheduleRelabel(view) {
    clearTimeout(view._rl);
    view._rl = setTimeout(function () { relabel(view); }, 80);
  }

  /* Highlight `id` and its neighbours, dim the rest (opacity; the rest also loses its labels).
     Set on vis's node and edge objects (see relabel), so it holds inside clusters too. */
  function paint(view) {
    var net = view.network, neigh = view.neigh, sel = view.selected;
    Object.keys(net.body.nodes).forEach(function (id) {
      var b = net.body.nodes[id], want = !neigh || neigh[id] ? 1 : 0.15;
      if ((b.options.opacity === undefined ? 1 : b.options.opacity) !== want) b.setOptions({opacity: want});
    });
    Object.keys(net.body.edges).forEach(function (id) {
      var b = net.body.edges[id];
      var on = !sel || b.fromId === sel || b.toId === sel;
      var want = !sel ? (id.indexOf("clusterEdge") === 0 ? 0.6 : 0.85) : on ? 1 : 0.07;
      if (b.options.color.opacity !== want) b.setOptions({color: {opacity: want}});
    });
  }

  function highlight(view, id) {
    var net = view.network;
    view.selected = id;
    var neigh = {};
    neigh[id] = 1;
    (view.byNode[id] || []).forEach(function (e) {
      var be = net.body.edges[e.id];
      if (!be || be.options.hidden) return;
      var other = e.from === id ? e.to : e.from;
      neigh[other] = 1;
      neigh[shownAs(view, other)] = 1;
    });
    view.neigh = neigh;
    paint(view);
    net.selectNodes([id]);
    relabel(view);
  }

  function unhighlight(view) {
    if (!view.selected) return;
    view.selected = null;
    view.neigh = null;
    paint(view);
    view.network.unselectAll();
    relabel(view);
  }

  /* Run the force layout on what is visible (hidden nodes take no part), then switch physics
     off, collapse communities again when the graph is big, fit and label. */
  function relayout(view, done) {
    var net = view.network;
    var n = view.nodes.get({filter: function (x) { return !x.hidden; }}).length;
    var iterations = n <= 150 ? 300 : n <= 600 ? 150 : n <= 1200 ? 80 : 50;
    view.layingOut = true;
    setStatus(view, "Laying out…");
    net.setOptions({physics: {enabled: true, stabilization: {enabled: true, iterations: iterations, updateInterval: 10, fit: false}}});
    net.once("stabilizationIterationsDone", function () {
      net.setOptions({physics: {enabled: false}});
      view.layingOut = false;
      relabel(view);
      collapse(view);
      net.fit({animation: false});
      relabel(view);
      setStatus(view, summary(view));
      if (done) done();
    });
    net.stabilize(iterations);
  }

  function summary(view) {
    var nodes = view.nodes.get({filter: function (x) { return !x.hidden; }}).length;
    var edges = view.edges.get({filter: function (x) { return !x.hidden; }}).length;
    var clusters = visibleIds(view).filter(function (id) { return view.network.isCluster(id); }).length;
    return nodes + " entities, " + edges + " links shown" + (clusters ? "; " + clusters + " clusters (click one to open it)" : "") + ".";
  }

  /* Keyboard: the graph box takes focus (Tab); arrows go from node to node (most connected
     first), Enter opens a cluster or keeps the node's details, + and - zoom, Escape clears. */
  function wireKeys(view) {
    var box = view.container;
    box.tabIndex = 0;
    box.setAttribute("role", "application");
    box.setAttribute("aria-roledescription", "graph");
    box.setAttribute("aria-label", "Graph. Arrow keys move from entity to entity, Enter opens a cluster, + and - zoom, Escape clears. A table of the same links is below.");
    var live = el("div", "gg-sr");
    live.setAttribute("aria-live", "polite");
    box.parentNode.insertBefore(live, box.nextSibling);
    view.live = live;
    box.addEventListener("keydown", function (ev) {
      var net = view.network;
      var order = visibleIds(view).map(function (id) { var b = net.body.nodes[id]; return {id: id, d: (b.options.gg || {}).degree || 0}; })
        .sort(function (a, b) { return b.d - a.d; }).map(function (x) { return x.id; });
      var cur = view.cursor && order.indexOf(view.cursor) >= 0 ? order.indexOf(view.cursor) : -1;
      var k = ev.key;
      if (k === "ArrowRight" || k === "ArrowDown" || k === "ArrowLeft" || k === "ArrowUp") {
        if (!order.length) return;
        var step = (k === "ArrowRight" || k === "ArrowDown") ? 1 : -1;
        var next = order[(cur + step + order.length) % order.length];
        view.cursor = next;
        if (net.isCluster(next)) { unhighlight(view); net.selectNodes([next]); }
        else { highlight(view, next); show(view, nodeDetails(view.nodes.get(next), view.opts)); }
        net.focus(next, {scale: Math.max(net.getScale(), 0.6), animation: false});
        relabel(view);
        var g = net.body.nodes[next].options.gg || {};
        live.textContent = (g.cluster !== undefined ? "Cluster " + g.name + ", " + g.size + " entities" : g.name + ", " + (g.kind || "") + ", " + (g.degree || 0) + " links");
      } else if (k === "Enter" && view.cursor) {
        if (net.isCluster(view.cursor)) { var c = view.cursor; view.cursor = null; openCluster(view, c); live.textContent = "Cluster opened."; }
        else show(view, nodeDetails(view.nodes.get(view.cursor), view.opts));
      } else if (k === "+" || k === "=") { net.moveTo({scale: net.getScale() * 1.25}); scheduleRelabel(view); }
      else if (k === "-") { net.moveTo({scale: net.getScale() / 1.25}); scheduleRelabel(view); }
      else if (k === "Escape") { unhighlight(view); view.cursor = null; live.textContent = "Selection cleared."; }
      else return;
      ev.preventDefault();
    });
  }

  function show(view, elm) {
    var d = view.opts.details;
    if (!d) return;
    clear(d);
    d.classList.remove("gg-muted");
    d.appendChild(elm);
    d.scrollTop = 0;
  }

  /* Draw a graph into `container`; `opts.details` is the element that shows clicked items. */
  function mount(container, data, opts) {
    opts = opts || {};
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
    var view = {network: network, nodes: nodes, edges: edges, data: data, opts: opts, container: container, selected: null};
    view.byNode = {};
    view.edgeGG = {};
    data.edges.forEach(function (e) {
      view.edgeGG[e.id] = e.gg;
      (view.byNode[e.from] = view.byNode[e.from] || []).push(e);
      (view.byNode[e.to] = view.byNode[e.to] || []).push(e);
    });
    lazyTitles(network, nodes, edges);
    wireKeys(view);
    var laidOut = !data.options.physics || data.options.physics.enabled === false;
    function ready() {
      network.setOptions({physics: false});
      relabel(view);  // labels settled before clustering: vis keeps a clustered item's options as they were
      collapse(view);
      network.fit({animation: false});
      relabel(view);
      setStatus(view, summary(view));
      global.giftgraphReady = true;
      global.giftgraphReadyAt = performance.now();
      document.body.setAttribute("data-ready", "1");
      if (opts.onReady) opts.onReady(view);
    }
    if (!data.nodes.length || laidOut) network.once("afterDrawing", ready);
    else {
      network.on("stabilizationProgress", function (p) {
        if (view.layingOut !== false) setStatus(view, "Laying out… " + Math.round(100 * p.iterations / p.total) + "%");
      });
      network.once("stabilizationIterationsDone", ready);
    }
    network.on("zoom", function () { scheduleRelabel(view); });
    network.on("dragEnd", function () { scheduleRelabel(view); });
    network.on("animationFinished", function () { scheduleRelabel(view); });
    network.on("click", function (params) {
      if (params.nodes.length) {
        var id = params.nodes[0];
        if (network.isCluster(id)) { openCluster(view, id); return; }
        highlight(view, id);
        show(view, nodeDetails(nodes.get(id), opts));
        if (opts.onNode) opts.onNode(id);
      } else if (params.edges.length && edges.get(params.edges[0])) {
        show(view, edgeDetails(edges.get(params.edges[0]), opts));
      } else {
        unhighlight(view);
      }
    });
    network.on("doubleClick", function (params) {
      if (params.nodes.length && !network.isCluster(params.nodes[0]) && opts.onExpand) opts.onExpand(params.nodes[0]);
    });
    /* Add nodes and edges (the explorer's expand): new nodes start around `near`. */
    view.add = function (newNodes, newEdges, near) {
      var p = near && network.body.nodes[near] ? {x: network.body.nodes[near].x, y: network.body.nodes[near].y} : {x: 0, y: 0};
      newNodes.forEach(function (n, i) {
        var a = 2 * Math.PI * i / Math.max(newNodes.length, 1);
        n.x = p.x + 160 * Math.cos(a); n.y = p.y + 160 * Math.sin(a);
      });
      newEdges.forEach(function (e) {
        view.edgeGG[e.id] = e.gg;
        (view.byNode[e.from] = view.byNode[e.from] || []).push(e);
        (view.byNode[e.to] = view.byNode[e.to] || []).push(e);
      });
      data.nodes = data.nodes.concat(newNodes);
      data.edges = data.edges.concat(newEdges);
      nodes.update(newNodes);
      edges.update(newEdges);
    };
    view.show = function (elm) { show(view, elm); };
    view.relabel = function () { relabel(view); };
    view.relayout = function (done) { relayout(view, done); };
    return view;
  }

  /* In-page search box: matches names, aliases and e-mail addresses; a hit is selected, its
     neighbours highlighted and the rest dimmed. */
  function wireSearch(input, list, view) {
    function run() {
      var q = input.value.trim().toLowerCase();
      clear(list);
      if (!q) { unhighlight(view); return []; }
      var hits = view.nodes.get({filter: function (n) { return searchText(n).indexOf(q) >= 0; }});
      function closeness(n) {  // exact name or alias first, then names starting with the query
        var names = [n.gg.name].concat(n.gg.aliases || [], n.gg.emails || []).map(function (x) { return String(x).toLowerCase(); });
        return names.indexOf(q) >= 0 ? 0 : names.some(function (x) { return x.indexOf(q) === 0; }) ? 1 : 2;
      }
      hits.sort(function (a, b) { return (!!a.hidden - !!b.hidden) || (closeness(a) - closeness(b)) || (b.gg.degree - a.gg.degree); });
      hits.slice(0, 12).forEach(function (n) {
        var li = el("li", "gg-hit");
        var b = el("button", null, n.gg.name || n.label);
        b.type = "button";
        b.setAttribute("data-node", n.id);
        b.addEventListener("click", function () { focusNode(view, n.id); });
        li.appendChild(b);
        li.appendChild(el("span", "gg-muted", " " + ((n.gg && n.gg.kind) || "") + (n.hidden ? " (hidden by the filters)" : "")));
        list.appendChild(li);
      });
      if (!hits.length) list.appendChild(el("li", "gg-muted", "No match"));
      else if (hits.length > 12) list.appendChild(el("li", "gg-muted", "… " + (hits.length - 12) + " more"));
      var first = hits.filter(function (n) { return !n.hidden; })[0];
      if (first) focusNode(view, first.id, true);
      return hits;
    }
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        ev.preventDefault();
        var hits = run();
        if (hits.length) focusNode(view, hits[0].id);
      }
    });
  }

  function focusNode(view, id, quiet) {
    var n = view.nodes.get(id);
    if (!n) return;
    if (n.hidden) { setStatus(view, (n.gg.name || id) + " is hidden by the filters."); return; }
    var path = view.network.clustering.findNode(id) || [];
    for (var i = 0; i < path.length - 1; i++) if (view.network.isCluster(path[i])) view.network.openCluster(path[i]);
    highlight(view, id);
    view.cursor = id;
    var around = Object.keys(view.neigh || {}).filter(function (x) { return view.network.body.nodes[x]; });
    if (around.length > 1) view.network.fit({nodes: around, animation: false});
    else view.network.focus(id, {scale: Math.max(1.0, view.network.getScale()), animation: false});
    relabel(view);
    view.show(nodeDetails(n, view.opts));
  }

  /* Checkboxes with data-type (edge types) and data-kind (node groups), date inputs and the
     "focus on gifts" toggle filter the graph: links outside the filters are hidden, then every
     entity left without a visible link (an orphan) is hidden too, and the rest is laid out again. */
  function wireFilters(root, view) {
    var since = root.querySelector("input[data-date='since']"), until = root.querySelector("input[data-date='until']");
    var focus = {};
    (view.data.focus || []).forEach(function (f) { focus[f] = 1; });
    function outOfRange(e) {
      var s = since ? since.value.trim() : "", u = until ? until.value.trim() : "";
      if ((!s && !u) || e.gg.type === "MEMBER_OF") return false;  // memberships carry no date
      var d = e.gg.date || "";
      if (!d) return true;
      if (s && d.slice(0, s.length) < s) return true;
      if (u && d.slice(0, u.length) > u) return true;
      return false;
    }
    function apply(force) {
      var offTypes = {}, offKinds = {};
      root.querySelectorAll("input[data-type]").forEach(function (c) { if (!c.checked) offTypes[c.getAttribute("data-type")] = 1; });
      root.querySelectorAll("input[data-kind]").forEach(function (c) { if (!c.checked) offKinds[c.getAttribute("data-kind")] = 1; });
      if (offTypes.REFERRAL) offTypes.OWNS_CODE = 1;
      var all = view.nodes.get(), alle = view.edges.get();
      var nodeOn = {}, edgeOn = {};
      all.forEach(function (n) { nodeOn[n.id] = !offKinds[n.gg.group]; });
      alle.forEach(function (e) { edgeOn[e.id] = !offTypes[e.gg.type] && !outOfRange(e) && nodeOn[e.from] && nodeOn[e.to]; });
      var linked = {};
      alle.forEach(function (e) { if (edgeOn[e.id]) { linked[e.from] = 1; linked[e.to] = 1; } });
      var changed = false;
      var nup = all.map(function (n) {
        var hidden = !(nodeOn[n.id] && (linked[n.id] || focus[n.id]));
        if (!!n.hidden !== hidden) changed = true;
        return {id: n.id, hidden: hidden, physics: !hidden};
      });
      if (view.selected) unhighlight(view);
      if (changed) openAll(view);
      view.nodes.update(nup);
      view.edges.update(alle.map(function (e) { return {id: e.id, hidden: !edgeOn[e.id]}; }));
      if ((changed || force === true) && nup.some(function (n) { return !n.hidden; })) view.relayout();
      else { relabel(view); setStatus(view, summary(view)); }
      if (view.onFilter) view.onFilter();
    }
    root.querySelectorAll("input[data-type], input[data-kind]").forEach(function (c) { c.addEventListener("change", function () { apply(); }); });
    [since, until].forEach(function (i) { if (i) i.addEventListener("change", function () { apply(); }); });
    [since, until].forEach(function (i) { if (i) i.addEventListener("input", function () {
      var v = i.value.trim(); if (!v || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) apply(); }); });
    var gifts = root.querySelector("#gg-gifts-only");
    if (gifts) {
      if (!view.edges.get({filter: function (e) { return e.gg.type === "GIFT"; }}).length) {
        gifts.disabled = true;
        gifts.title = "No gifts in this view";
      }
      gifts.addEventListener("click", function () {
        var on = gifts.getAttribute("aria-pressed") !== "true";
        gifts.setAttribute("aria-pressed", on ? "true" : "false");
        root.querySelectorAll("input[data-type]").forEach(function (c) {
          if (on) { c.setAttribute("data-was", c.checked ? "1" : "0"); c.checked = c.getAttribute("data-type") === "GIFT"; }
          else c.checked = c.getAttribute("data-was") !== "0";
        });
        apply();
      });
    }
    view.applyFilters = apply;
    return apply;
  }

  /* A table of what the graph shows (the text alternative of the canvas): its clusters and
     its links with type, date, value or code and evidence count; each row selects in the graph. */
  function tableView(box, view) {
    function render() {
      if (!box.open) return;
      var body = box.querySelector(".gg-tv-body");
      clear(body);
      var net = view.network;
      var clusters = visibleIds(view).filter(function (id) { return net.isCluster(id); });
      if (clusters.length) {
        var ct = el("table", "gg-table");
        ct.id = "gg-tv-clusters";
        var cap = el("caption", null, "Clusters (communities)");
        ct.appendChild(cap);
        var hr = el("tr");
        ["Cluster", "Entities", ""].forEach(function (h) { hr.appendChild(el("th", null, h)); });
        ct.appendChild(hr);
        clusters.forEach(function (cid) {
          var g = net.body.nodes[cid].options.gg;
          var tr = el("tr");
          tr.appendChild(el("td", null, g.name));
          tr.appendChild(el("td", "num", g.size));
          var td = el("td"), b = el("button", "gg-link", "Open");
          b.type = "button";
          b.addEventListener("click", function () { openCluster(view, cid); render(); });
          td.appendChild(b); tr.appendChild(td); ct.appendChild(tr);
        });
        body.appendChild(ct);
      }
      var shown = view.edges.get({filter: function (e) { return !e.hidden; }});
      var order = {GIFT: 0, REFERRAL: 1, OWNS_CODE: 2, PROMOTED: 3, MEMBER_OF: 4, EMAILED: 5};
      shown.sort(function (a, b) { return (order[a.gg.type] - order[b.gg.type]) || ((a.gg.date || "~") < (b.gg.date || "~") ? -1 : 1); });
      var t = el("table", "gg-table");
      t.id = "gg-tv-links";
      t.appendChild(el("caption", null, shown.length + " links" + (shown.length > 500 ? " (first 500)" : "")));
      var h = el("tr");
      ["From", "Link", "To", "Date", "Value / code", "Evidence"].forEach(function (x) { h.appendChild(el("th", null, x)); });
      t.appendChild(h);
      shown.slice(0, 500).forEach(function (e) {
        var g = e.gg, tr = el("tr");
        [[e.from, g.source], null, [e.to, g.target]].forEach(function (end, i) {
          var td = el("td");
          if (!end) { td.appendChild(el("span", "gg-badge gg-t-" + g.type, g.type)); tr.appendChild(td); return; }
          var b = el("button", "gg-link", end[1]);
          b.type = "button";
          b.setAttribute("data-node", end[0]);
          b.addEventListener("click", function () { focusNode(view, end[0]); });
          td.appendChild(b); tr.appendChild(td);
        });
        tr.appendChild(el("td", null, shortDate(g.date)));
        tr.appendChild(el("td", null, g.type === "GIFT" ? money(g.value_usd) : g.code || (g.count ? g.count + " message(s)" : "")));
        var ev = el("td"), eb = el("button", "gg-link", (g.evidence_total || 0) + " quote(s)");
        eb.type = "button";
        eb.addEventListener("click", function () { show(view, edgeDetails(e, view.opts)); if (view.opts.details) view.opts.details.focus(); });
        ev.appendChild(eb); tr.appendChild(ev);
        t.appendChild(tr);
      });
      body.appendChild(t);
    }
    box.addEventListener("toggle", render);
    view.onFilter = render;
    return render;
  }

  /* The timeline of all messages (per month or week) with the links of the view counted per
     type; drag across it (or use the date boxes) to keep only the links of that period. */
  function timelineStrip(box, view, sinceInput, untilInput) {
    var tl = view.data.timeline;
    if (!tl || !tl.buckets || !tl.buckets.length) { box.textContent = "No dated messages."; return; }
    var B = tl.buckets, W = Math.max(box.clientWidth || 800, 300), H = 94, left = 6, right = W - 6, top = 26, bottom = H - 18;
    var bw = (right - left) / B.length;
    var max = Math.max.apply(null, B.map(function (b) { return b.messages; }).concat([1]));
    var NS = "http://www.w3.org/2000/svg";
    function S(tag, attrs) { var e = document.createElementNS(NS, tag); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
    var svg = S("svg", {width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Messages per " + tl.by + ": " + tl.messages + " messages; drag to filter the graph by date"});
    svg.appendChild(S("text", {x: left, y: 11, "font-size": 11, fill: "#555"}));
    svg.lastChild.textContent = "Messages per " + tl.by + " (" + tl.messages + (tl.undated ? ", " + tl.undated + " undated" : "") + ") · ◆ gifts · ▲ referrals · drag to filter";
    B.forEach(function (b, i) {
      if (b.gap) {
        var gt = S("text", {x: left + (i + 0.5) * bw, y: bottom - 2, "font-size": 11, "text-anchor": "middle", fill: "#999"});
        gt.textContent = "≈";
        var gtt = S("title", {}); gtt.textContent = b.label + ": no messages"; gt.appendChild(gtt);
        svg.appendChild(gt);
        return;
      }
      var h = (bottom - top) * b.messages / max;
      var r = S("rect", {x: left + i * bw + 0.5, y: bottom - h, width: Math.max(bw - 1, 0.8), height: Math.max(h, b.messages ? 1 : 0),
        fill: "#7f8c99", "data-key": b.key, "class": "gg-tl-bar"});
      var t = S("title", {});
      var links = Object.keys(b.links || {}).map(function (k) { return b.links[k] + " " + k; }).join(", ");
      t.textContent = b.label + ": " + b.messages + " message(s)" + (links ? "; links: " + links : "");
      r.appendChild(t);
      svg.appendChild(r);
      var gx = left + (i + 0.5) * bw;
      if ((b.links || {}).GIFT) { var m = S("text", {x: gx, y: top - 1, "font-size": 10, "text-anchor": "middle", fill: "#d62728"}); m.textContent = "◆"; svg.appendChild(m); }
      if ((b.links || {}).REFERRAL) { var m2 = S("text", {x: gx, y: top + 9, "font-size": 9, "text-anchor": "middle", fill: "#8e44ad"}); m2.textContent = "▲"; svg.appendChild(m2); }
    });
    var step = Math.max(1, Math.ceil(B.length / Math.max(2, Math.floor(W / 70))));
    for (var i = 0; i < B.length; i += step) {
      if (B[i].gap || left + i * bw + 60 > right) continue;
      var tx = S("text", {x: left + i * bw, y: H - 4, "font-size": 10, fill: "#555"});
      tx.textContent = tl.by === "month" ? B[i].label : B[i].key;
      svg.appendChild(tx);
    }
    var brush = S("rect", {x: 0, y: top - 2, width: 0, height: bottom - top + 4, fill: "rgba(11,87,208,.15)", stroke: "#0b57d0", "class": "gg-brush"});
    svg.appendChild(brush);
    box.appendChild(svg);
    var startI = null;
    function idx(ev) {
      var r = svg.getBoundingClientRect();
      return Math.max(0, Math.min(B.length - 1, Math.floor((ev.clientX - r.left - left) / bw)));
    }
    function draw(a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      brush.setAttribute("x", left + lo * bw);
      brush.setAttribute("width", (hi - lo + 1) * bw);
      return [lo, hi];
    }
    svg.addEventListener("pointerdown", function (ev) { startI = idx(ev); draw(startI, startI); svg.setPointerCapture(ev.pointerId); });
    svg.addEventListener("pointermove", function (ev) { if (startI !== null) draw(startI, idx(ev)); });
    svg.addEventListener("pointerup", function (ev) {
      if (startI === null) return;
      var r = draw(startI, idx(ev));
      startI = null;
      brushTo(B[r[0]].start, B[r[1]].end);
    });
    function brushTo(s, u) {
      if (sinceInput) sinceInput.value = s;
      if (untilInput) untilInput.value = u;
      if (view.applyFilters) view.applyFilters();
    }
    view.brushTo = function (s, u) {
      var lo = B.findIndex(function (b) { return b.end >= s; }), hi = -1;
      B.forEach(function (b, i) { if (b.start <= u) hi = i; });
      if (lo >= 0 && hi >= lo) draw(lo, hi);
      brushTo(s, u);
    };
    view.clearBrush = function () { brush.setAttribute("width", 0); brushTo("", ""); };
  }

  /* The snapshot page: data from <script type="application/json" id="gg-data">. */
  function snapshotPage() {
    var data = JSON.parse(document.getElementById("gg-data").textContent);
    var opts = {details: document.getElementById("gg-details"), status: document.getElementById("gg-status")};
    var view = mount(document.getElementById("mynetwork"), data, opts);
    global.network = view.network;  // pyvis keeps `network` page-level: tests and user scripts drive it
    global.giftgraph = {data: data, nodes: view.nodes, edges: view.edges, view: view,
                        focusNode: function (id) { focusNode(view, id); }};
    wireSearch(document.getElementById("gg-search"), document.getElementById("gg-results"), view);
    var side = document.getElementById("gg-side");
    wireFilters(side, view);
    var tv = document.getElementById("gg-table-view");
    if (tv) tableView(tv, view);
    var strip = document.getElementById("gg-timeline");
    if (strip) timelineStrip(strip, view, side.querySelector("input[data-date='since']"), side.querySelector("input[data-date='until']"));
    var clr = document.getElementById("gg-clear-dates");
    if (clr) clr.addEventListener("click", function () { if (view.clearBrush) view.clearBrush(); });
    return view;
  }

  global.GG = {el: el, money: money, shortDate: shortDate, evidenceEl: evidenceEl, edgeTooltip: edgeTooltip,
    nodeTooltip: nodeTooltip, edgeDetails: edgeDetails, nodeDetails: nodeDetails, prepare: prepare,
    mount: mount, wireSearch: wireSearch, wireFilters: wireFilters, focusNode: focusNode,
    snapshotPage: snapshotPage, clear: clear, relabel: relabel, highlight: highlight, unhighlight: unhighlight,
    tableView: tableView, timelineStrip: timelineStrip, collapse: collapse, openAll: openAll,
    LABEL_BUDGET: LABEL_BUDGET};
})(window);
