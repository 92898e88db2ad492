"""The case graph built on disk (#20: "write the graph incrementally"): `GraphOnDisk` merges nodes and
edges as the networkx build does and writes the same graph.json, whatever order the nodes, targets and
keys come in. Fictional names and wording."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from giftgraph.graph.build import build_graph, build_graph_on_disk
from giftgraph.graph.model import Edge, Evidence, Node, node_link_chunks
from giftgraph.graph.ondisk import GraphOnDisk
from giftgraph.graph.store import Case
from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.nlp.extract import Extraction


def _messages(tail: str = "") -> list[Message]:
    a, b = Address("Wendeline Quarrie", "wquarrie@mossgate.example"), Address("Ilario Penhallow", "ilario@brackenfield.example")
    return [Message(sender=a if i % 2 else b, to=[b if i % 2 else a], sent=f"2021-03-{i + 1:02d}T10:00:00+00:00",
                    subject=f"Kettle lamps, batch {i} «ñ»", body=f"Batch {i} leaves the yard today.\n\u2014 W.{tail}",
                    provenance=[Provenance(file="/releases/yard.mbox", page=i + 1, bates=f"MG-{i:04d}")])
            for i in range(5)]


def _extraction(messages: list[Message]) -> Extraction:
    """Nodes merged by id, edges merged by key, several targets and keys from one source in an interleaved
    order, a self-loop, a gift of a device and of a service."""
    m0, m1, m2 = (m.id for m in messages[:3])
    nodes = [
        Node(id="p-wq", kind="person", name="Wendeline Quarrie", emails=["wquarrie@mossgate.example"], attrs={"role": ""}),
        Node(id="p-ip", kind="person", name="Ilario Penhallow", aliases=["I. Penhallow"], attrs={"role": "officer"}),
        Node(id="o-mg", kind="organization", name="Mossgate Lamps"),
        Node(id="prod-lamp", kind="product", name="Kettle Lamp", attrs={"unit_price_usd": 79.5}),
        Node(id="prod-plan", kind="product", name="Glow Plan", attrs={"device": False, "unit_price_usd": 30}),
        # merged: aliases and emails unioned, an empty attribute filled, a set one kept
        Node(id="p-wq", kind="person", name="W. Quarrie", aliases=["Wendy Quarrie"], emails=["wq@mossgate.example"],
             attrs={"role": "vendor_employee", "title": "Yard lead"}),
        Node(id="p-ip", kind="person", name="Ilario Penhallow", attrs={"role": "other", "unit": ["Harbour Watch"]}),
    ]
    ev = [Evidence(m0, "Batch 0 leaves the yard", 1, "MG-0000", "/releases/yard.mbox"),
          Evidence(m1, "two Kettle Lamps for your watch", 2, "MG-0001", "/releases/yard.mbox"),
          Evidence(m2, "thanks again \u2014 Ilario", 3, "MG-0002", "/releases/yard.mbox")]
    edges = [
        Edge("EMAILED", "p-ip", "p-wq", [ev[0]], attrs={"count": 1}),
        Edge("MEMBER_OF", "p-wq", "o-mg", [ev[0]], confidence=0.7),
        Edge("GIFT", "p-wq", "p-ip", [ev[1]], confidence=0.8,
             attrs={"items": [{"product": "prod-lamp", "quantity": 2}, {"product": "prod-plan", "quantity": 1}],
                    "devices": 3, "value_usd": None}, key="gift-1"),
        Edge("EMAILED", "p-wq", "p-ip", [ev[1]], attrs={"count": 1}),
        Edge("MEMBER_OF", "p-wq", "o-mg", [ev[0], ev[2]], confidence=0.9, attrs={"unit": "yard"}),  # merged
        Edge("GIFT", "p-wq", "p-ip", [ev[2]], confidence=0.6, key="gift-2"),  # a second key between the same ends
        Edge("GIFT", "p-wq", "p-ip", [ev[1], ev[2]], confidence=0.5, attrs={"value_usd": 189.0}, key="gift-1"),
        Edge("PROMOTED", "p-ip", "p-ip", [ev[2]]),  # a self-loop
        Edge("EMAILED", "p-ip", "p-wq", [ev[2]], attrs={"count": 2}),  # merged into the first edge
    ]
    return Extraction(nodes=nodes, edges=edges)


def _text(chunks) -> str:
    return "".join(chunks)


def test_the_graph_on_disk_is_the_networkx_graph_text_for_text():
    messages = _messages(tail="\udcff")
    G = build_graph(messages, _extraction(messages))
    D = build_graph_on_disk(messages, _extraction(messages), consume=True)
    assert _text(D.chunks()) == _text(node_link_chunks(G))
    assert (D.number_of_nodes(), D.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges()) == (10, 6)
    # what the merges made, read back
    wq = D.node("p-wq")
    assert wq["aliases"] == ["Wendy Quarrie"] and wq["emails"] == ["wq@mossgate.example", "wquarrie@mossgate.example"]
    assert wq["role"] == "vendor_employee" and wq["title"] == "Yard lead" and wq["name"] == "Wendeline Quarrie"
    assert D.node("p-ip")["role"] == "officer" and D.node("nobody") is None
    gifts = {k: d for u, v, k, d in D.to_networkx().edges(keys=True, data=True) if d["type"] == "GIFT"}
    assert set(gifts) == {"gift-1", "gift-2"}
    assert gifts["gift-1"]["confidence"] == 0.8 and gifts["gift-1"]["value_usd"] == 189.0
    assert [e["quote"] for e in gifts["gift-1"]["evidence"]] == ["two Kettle Lamps for your watch", "thanks again \u2014 Ilario"]
    assert gifts["gift-1"]["items"][1]["device"] is False and gifts["gift-1"]["devices"] == 2  # the plan is a service
    # a lone surrogate (an undecodable byte of a release) comes back as it went in
    assert D.node(messages[0].id)["body"].endswith("\udcff")


def test_to_networkx_is_the_graph_build_graph_makes():
    messages = _messages()
    G = build_graph(messages, _extraction(messages))
    H = build_graph_on_disk(messages, _extraction(messages)).to_networkx()
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
    assert nx.utils.graphs_equal(G, H)


def test_edges_come_out_in_networkx_order_whatever_order_they_were_added_in():
    nodes = [Node(id=f"n{i}", kind="person", name=f"Person {i}") for i in range(5)]
    ev = [Evidence("msg-1", "a line")]
    # targets of n0 first reached in the order n3, n1, n4; keys of n0 -> n3 in the order z, a; n2's edges before n0's
    pairs = [("n2", "n0", "k"), ("n0", "n3", "z"), ("n0", "n1", "k"), ("n2", "n2", "k"), ("n0", "n3", "a"),
             ("n0", "n4", "k"), ("n4", "n0", "k"), ("n0", "n1", "b")]
    edges = [Edge("REFERRAL", u, v, ev, key=k) for u, v, k in pairs]
    G = build_graph([], Extraction(nodes=list(nodes), edges=list(edges)))
    D = build_graph_on_disk([], Extraction(nodes=list(nodes), edges=list(edges)))
    order = [(e["source"], e["target"], e["key"]) for e in json.loads(_text(D.chunks()))["edges"]]
    assert order == [(u, v, k) for u, v, k in G.edges(keys=True)]
    assert order[:4] == [("n0", "n3", "z"), ("n0", "n3", "a"), ("n0", "n1", "k"), ("n0", "n1", "b")]


def test_bad_nodes_and_edges_are_refused_as_by_the_networkx_build():
    D = GraphOnDisk()
    D.add_node(Node(id="p", kind="person", name="Tamsin Oakhurst"))
    with pytest.raises(ValueError, match="unknown node kind"):
        D.add_node(Node(id="x", kind="vessel", name="The Heron"))
    with pytest.raises(KeyError, match="unknown node"):
        D.add_edge(Edge("EMAILED", "p", "nobody"))
    with pytest.raises(ValueError, match="unknown edge type"):
        D.add_edge(Edge("LENT", "p", "p"))
    assert (D.number_of_nodes(), D.number_of_edges()) == (1, 0)
    D.close()


def test_a_case_saves_the_graph_on_disk_as_graph_json(tmp_path):
    messages = _messages()
    on_disk, in_memory = Case(tmp_path / "a"), Case(tmp_path / "b")
    on_disk.save_graph(build_graph_on_disk(messages, _extraction(messages)))
    in_memory.save_graph(build_graph(messages, _extraction(messages)))
    assert on_disk.graph_path.read_bytes() == in_memory.graph_path.read_bytes()
    assert nx.utils.graphs_equal(on_disk.load_graph(), in_memory.load_graph())


def test_a_database_that_fails_is_one_error_naming_the_temporary_directory(tmp_path, monkeypatch):
    from giftgraph.spill import SpillError

    (tmp_path / "scratch").mkdir()
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp_path / "scratch"))
    D = GraphOnDisk()
    D.add_node(Node(id="p", kind="person", name="Tamsin Oakhurst"))
    D._db.close()  # as a full disk or a vanished directory would leave it: every statement fails
    with pytest.raises(SpillError, match=r"scratch: cannot keep the graph being built in a temporary database"):
        D.add_node(Node(id="q", kind="person", name="Cormac Hollins"))
    with pytest.raises(SpillError, match="set TMPDIR"):
        "".join(D.chunks())


def test_edges_handed_over_before_their_nodes_make_the_same_graph():
    """Resolution's edges go to the graph on disk when resolution ends, before any node is in it
    (``extract(resolution_edges=...)``); the graph is the one the whole extraction makes at once."""
    messages = _messages()
    G = build_graph(messages, _extraction(messages))
    whole = _extraction(messages)
    early, later = whole.edges[:2], whole.edges[2:]  # the first edges (an EMAILED, a MEMBER_OF), handed over first
    D = GraphOnDisk()
    for e in early:
        D.add_edge(e, ends_later=True)
    assert D.number_of_nodes() == 0 and D.number_of_edges() == 2
    build_graph_on_disk(messages, Extraction(nodes=whole.nodes, edges=later), consume=True, into=D)
    assert _text(D.chunks()) == _text(node_link_chunks(G))


def test_an_edge_handed_over_early_whose_end_never_comes_is_refused():
    D = GraphOnDisk()
    D.add_edge(Edge("EMAILED", "p-fen", "p-nobody", [Evidence("msg-9", "(header)")]), ends_later=True)
    with pytest.raises(KeyError, match="edge EMAILED refers to unknown node 'p-nobody'"):
        build_graph_on_disk([], Extraction(nodes=[Node(id="p-fen", kind="person", name="Fen Aldworth")]), into=D)
