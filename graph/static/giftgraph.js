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
    if ((g.evidence_total || 0) > ev.length) box.appendChild(el("div", "gg-muted", "… " + (g.evidence_total - ev.length) + " more not included in this snapshot"));
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
      nodes.update({id: p.node, title: nodeTooltip(nodes.get(p.node))});
    });
    network.on("hoverEdge", function (p) {
      if (done.e[p.edge]) return;
      done.e[p.edge] = 1;
      edges.update({id: p.edge, title: edgeTooltip(edges.get(p.edge))});
    });
  }

  function searchText(n) {
    var g = n.gg || {};
    return [n.label, g.name].concat(g.aliases || [], g.emails || []).join("\n").toLowerCase();
  }

  /* Draw a graph into `container`; `opts.details` is the element that shows clicked items. */
  function mount(container, data, opts) {
    opts = opts || {};
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);
    lazyTitles(network, nodes, edges);
    var status = opts.status;
    function ready() {
      network.setOptions({physics: false});
      global.giftgraphReady = true;
      global.giftgraphReadyAt = performance.now();
      document.body.setAttribute("data-ready", "1");
      if (status) status.textContent = "";
    }
    if (!data.nodes.length) ready();
    else {
      network.on("stabilizationProgress", function (p) {
        if (status) status.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
      });
      network.once("stabilizationIterationsDone", ready);
    }
    function show(elm) {
      if (!opts.details) return;
      clear(opts.details);
      opts.details.appendChild(elm);
      opts.details.scrollTop = 0;
    }
    network.on("click", function (params) {
      if (params.nodes.length) {
        show(nodeDetails(nodes.get(params.nodes[0]), opts));
        if (opts.onNode) opts.onNode(params.nodes[0]);
      } else if (params.edges.length) {
        show(edgeDetails(edges.get(params.edges[0]), opts));
      }
    });
    network.on("doubleClick", function (params) {
      if (params.nodes.length && opts.onExpand) opts.onExpand(params.nodes[0]);
    });
    return {network: network, nodes: nodes, edges: edges, show: show};
  }

  /* In-page search box: matches names, aliases and e-mail addresses. */
  function wireSearch(input, list, view) {
    function run() {
      var q = input.value.trim().toLowerCase();
      clear(list);
      if (!q) return [];
      var hits = view.nodes.get({filter: function (n) { return !n.hidden && searchText(n).indexOf(q) >= 0; }});
      hits.slice(0, 12).forEach(function (n) {
        var li = el("li", "gg-hit");
        var b = el("button", null, n.label);
        b.type = "button";
        b.setAttribute("data-node", n.id);
        b.addEventListener("click", function () { focusNode(view, n.id); });
        li.appendChild(b);
        li.appendChild(el("span", "gg-muted", " " + ((n.gg && n.gg.kind) || "")));
        list.appendChild(li);
      });
      if (!hits.length) list.appendChild(el("li", "gg-muted", "No match"));
      else if (hits.length > 12) list.appendChild(el("li", "gg-muted", "… " + (hits.length - 12) + " more"));
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

  function focusNode(view, id) {
    view.network.selectNodes([id]);
    view.network.focus(id, {scale: 1.3, animation: {duration: 300}});
    view.show(nodeDetails(view.nodes.get(id), view.opts));
  }

  /* Checkboxes with data-type (edge types) and data-kind (node groups) hide and show items. */
  function wireFilters(root, view) {
    var since = root.querySelector("input[data-date='since']"), until = root.querySelector("input[data-date='until']");
    function outOfRange(e) {
      var s = since ? since.value.trim() : "", u = until ? until.value.trim() : "";
      if ((!s && !u) || e.gg.type === "MEMBER_OF") return false;  // memberships carry no date
      var d = e.gg.date || "";
      if (!d) return true;
      if (s && d.slice(0, s.length) < s) return true;
      if (u && d.slice(0, u.length) > u) return true;
      return false;
    }
    function apply() {
      var offTypes = {}, offKinds = {};
      root.querySelectorAll("input[data-type]").forEach(function (c) { if (!c.checked) offTypes[c.getAttribute("data-type")] = 1; });
      root.querySelectorAll("input[data-kind]").forEach(function (c) { if (!c.checked) offKinds[c.getAttribute("data-kind")] = 1; });
      view.nodes.update(view.nodes.get().map(function (n) { return {id: n.id, hidden: !!offKinds[n.gg.group]}; }));
      view.edges.update(view.edges.get().map(function (e) { return {id: e.id, hidden: !!offTypes[e.gg.type] || outOfRange(e)}; }));
    }
    root.querySelectorAll("input[data-type], input[data-kind]").forEach(function (c) { c.addEventListener("change", apply); });
    [since, until].forEach(function (i) { if (i) i.addEventListener("input", apply); });
    return apply;
  }

  /* The snapshot page: data from <script type="application/json" id="gg-data">. */
  function snapshotPage() {
    var data = JSON.parse(document.getElementById("gg-data").textContent);
    var opts = {details: document.getElementById("gg-details"), status: document.getElementById("gg-status")};
    var view = mount(document.getElementById("mynetwork"), data, opts);
    view.opts = opts;
    global.network = view.network;  // pyvis keeps `network` page-level: tests and user scripts drive it
    global.giftgraph = {data: data, nodes: view.nodes, edges: view.edges, focusNode: function (id) { focusNode(view, id); }};
    wireSearch(document.getElementById("gg-search"), document.getElementById("gg-results"), view);
    wireFilters(document.getElementById("gg-side"), view);
    return view;
  }

  global.GG = {el: el, money: money, shortDate: shortDate, evidenceEl: evidenceEl, edgeTooltip: edgeTooltip,
    nodeTooltip: nodeTooltip, edgeDetails: edgeDetails, nodeDetails: nodeDetails, prepare: prepare,
    mount: mount, wireSearch: wireSearch, wireFilters: wireFilters, focusNode: focusNode,
    snapshotPage: snapshotPage, clear: clear};
})(window);
