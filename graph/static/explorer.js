/* giftgraph explorer: the neighbourhood graph on an entity page (expand on double-click). */
(function () {
  "use strict";
  var box = document.getElementById("gg-graph");
  if (!box || !window.GG || !window.vis) return;
  var msgUrl = box.getAttribute("data-message-url");
  var entUrl = box.getAttribute("data-entity-url");
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
    if (opts.status) opts.status.textContent = "Expanding…";
    load(url).then(function (data) {
      var fresh = data.nodes.filter(function (n) { return !view.nodes.get(n.id); });
      view.nodes.update(fresh);
      view.edges.update(data.edges.filter(function (e) { return !view.edges.get(e.id); }));
      view.network.setOptions({physics: {enabled: true, stabilization: {enabled: true, iterations: 80}}});
      view.network.stabilize(80);
      view.network.once("stabilizationIterationsDone", function () { view.network.setOptions({physics: false}); });
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
    field("ids", view.nodes.getIds().join(","));
    document.body.appendChild(form);
    form.submit();
    form.remove();
  });

  load(base).then(function (data) {
    view = GG.mount(box, data, opts);
    view.opts = opts;
    var note = document.getElementById("gg-graph-note");
    if (note && data.omitted && data.omitted.note) note.textContent = data.omitted.note;
    expanded[box.getAttribute("data-focus")] = true;
    window.network = view.network;
    window.giftgraph = {nodes: view.nodes, edges: view.edges, expand: opts.onExpand};
  }).catch(function (err) { box.textContent = "Could not load the graph: " + err.message; });
})();
