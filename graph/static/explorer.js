/* giftgraph explorer: the neighbourhood graph on an entity page (GG.mount from giftgraph.js:
   communities, labels with room, highlight and dim, filters without orphans, timeline brush,
   table view, keyboard; double-click a node to expand it). */
(function () {
  "use strict";
  var box = document.getElementById("gg-graph");
  if (!box || !window.GG || !window.vis) return;
  var msgUrl = box.getAttribute("data-message-url");
  var entUrl = box.getAttribute("data-entity-url");
  var side = document.getElementById("gg-graph-side") || document.body;
  var opts = {
    details: document.getElementById("gg-details"),
    status: document.getElementById("gg-status"),
    evidenceHref: function (ev) {
      return msgUrl.replace("MID", encodeURIComponent(ev.message)) + "?q=" + encodeURIComponent(ev.quote || "");
    },
    entityHref: function (n) { return entUrl.replace("NID", encodeURIComponent(n.id)); }
  };
  var base = new URL(box.getAttribute("data-url"), window.location.href);
  var view = null;
  var expanded = {};

  function load(url) {
    return fetch(url.toString(), {credentials: "same-origin"}).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }

  opts.onExpand = function (id) {
    if (expanded[id]) return;
    expanded[id] = true;
    var url = new URL(base.toString());
    url.searchParams.set("focus", id);
    url.searchParams.set("depth", "1");
    url.searchParams.set("timeline", "0");
    if (opts.status) opts.status.textContent = "Expanding…";
    load(url).then(function (data) {
      var fresh = data.nodes.filter(function (n) { return !view.nodes.get(n.id); });
      fresh.forEach(function (n) { n.gg.community = -1; delete n.gg.focus; n.borderWidth = 1.5; n.color.border = "#333333"; });
      var freshEdges = data.edges.filter(function (e) { return !view.edges.get(e.id); });
      view.add(fresh, freshEdges, id);
      if (view.applyFilters) view.applyFilters(true);
      else view.relayout();
      if (opts.status) opts.status.textContent = fresh.length + " new node(s).";
    }).catch(function (err) { if (opts.status) opts.status.textContent = "Could not expand: " + err.message; });
  };

  /* "Save this view": post the view's filters and the ids of the nodes on screen. */
  var save = document.getElementById("gg-save");
  if (save) save.addEventListener("click", function (ev) {
    if (!view) return;  // no graph yet: the plain link saves the filtered neighbourhood
    ev.preventDefault();
    var url = new URL(save.href, window.location.href);
    var form = document.createElement("form");
    form.method = "post";
    form.action = url.pathname;
    function field(name, value) {
      var i = document.createElement("input");
      i.type = "hidden"; i.name = name; i.value = value;
      form.appendChild(i);
    }
    url.searchParams.forEach(function (value, name) { field(name, value); });
    field("ids", view.nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) { return n.id; }).join(","));
    document.body.appendChild(form);
    form.submit();
    form.remove();
  });

  load(base).then(function (data) {
    // only the link types this neighbourhood has get a checkbox
    side.querySelectorAll("input[data-type]").forEach(function (c) {
      if ((data.types || []).indexOf(c.getAttribute("data-type")) < 0) c.parentNode.remove();
    });
    opts.onReady = function (v) {  // the details column starts with the page's own entity, not empty
      var me = v.nodes.get(box.getAttribute("data-focus"));
      if (me) v.show(GG.nodeDetails(me, opts));
    };
    view = GG.mount(box, data, opts);
    var note = document.getElementById("gg-graph-note");
    if (note && data.omitted && data.omitted.note) note.textContent = data.omitted.note;
    expanded[box.getAttribute("data-focus")] = true;
    var search = document.getElementById("gg-search");
    if (search) GG.wireSearch(search, document.getElementById("gg-results"), view);
    GG.wireFilters(side, view);
    var tv = document.getElementById("gg-table-view");
    if (tv) GG.tableView(tv, view);
    var strip = document.getElementById("gg-timeline");
    if (strip) GG.timelineStrip(strip, view, side.querySelector("input[data-date='since']"), side.querySelector("input[data-date='until']"));
    var clr = document.getElementById("gg-clear-dates");
    if (clr) clr.addEventListener("click", function () { if (view.clearBrush) view.clearBrush(); });
    window.network = view.network;
    window.giftgraph = {nodes: view.nodes, edges: view.edges, expand: opts.onExpand, view: view, data: data};
  }).catch(function (err) { box.textContent = "Could not load the graph: " + err.message; });
})();
