"""Synthetic case graphs: a small hand-written investigation, and generated graphs of any size.

Used by the tests (exporters, Cypher conformance, Neo4j) and by ``benchmarks/neo4j_push.py``.
Everything is fictional. Built only through :func:`giftgraph.graph.model.add_node` /
:func:`~giftgraph.graph.model.add_edge`, like the real pipeline.
"""
from __future__ import annotations

import random

import networkx as nx

from giftgraph.graph.model import Edge, Evidence, Node, add_edge, add_node, new_graph

__all__ = ["small_case_graph", "installment_two", "generate_graph"]


def _msg(G, mid: str, subject: str, sent: str, page: int) -> str:
    return add_node(G, Node(id=mid, kind="message", name=subject,
                            attrs={"subject": subject, "sent": sent, "file": "release.pdf", "page": page,
                                   "bates": f"REL-{page:05d}", "provenance": [{"file": "release.pdf", "page": page}]}))


def _ev(mid: str, quote: str, page: int) -> list[Evidence]:
    return [Evidence(message=mid, quote=quote, page=page, bates=f"REL-{page:05d}", file="release.pdf")]


def small_case_graph() -> nx.MultiDiGraph:
    """A fictional vendor (Acme Doorbells) and police department: gifts, a referral code, endorsements."""
    G = new_graph()
    P = lambda i, n, role, **kw: add_node(G, Node(id=i, kind="person", name=n, attrs={"role": role}, **kw))
    P("p-ann", "Ann Vendor", "vendor_employee", emails=["ann@acme.example"], aliases=["Ann"])
    P("p-ben", "Ben Sales", "vendor_employee", emails=["ben@acme.example"])
    P("p-cruz", "Det. Carla Cruz", "officer", emails=["cruz@pd.example"], aliases=["Detective Cruz", "Carla"])
    P("p-diaz", "Sgt. Dan Diaz", "officer", emails=["diaz@pd.example"])
    P("p-eve", "Officer Eve Early", "officer")
    P("p-fay", "Fay Neighbor", "other")
    add_node(G, Node(id="o-acme", kind="organization", name="Acme Doorbells", aliases=["Acme"]))
    add_node(G, Node(id="o-pd", kind="organization", name="Metro Police Department", aliases=["MPD"]))
    add_node(G, Node(id="d-north", kind="division", name="North Division"))
    add_node(G, Node(id="d-harbor", kind="division", name="Harbor Division"))
    add_node(G, Node(id="pr-bell", kind="product", name="Video Doorbell Pro", attrs={"unit_price_usd": 249.0}))
    add_node(G, Node(id="pr-cam", kind="product", name="Stick Up Cam", attrs={"unit_price_usd": 199.0}))
    add_node(G, Node(id="c-cruz10", kind="code", name="CRUZ10", attrs={"owner": "p-cruz", "uses": 10}))
    m1 = _msg(G, "m1", "Doorbells for the task force", "2016-03-01T09:00:00-08:00", 1)
    m2 = _msg(G, "m2", "Re: Doorbells for the task force", "2016-03-02T10:30:00-08:00", 2)
    m3 = _msg(G, "m3", "Your referral code", "2016-04-11T08:15:00-07:00", 3)
    m4 = _msg(G, "m4", "Thank you; the neighbours love it", "2016-05-20T16:45:00-07:00", 4)
    m5 = _msg(G, "m5", "<img src=x onerror=alert(1)> camera", "2016-06-01T12:00:00-07:00", 5)
    E = lambda **kw: add_edge(G, Edge(**kw))
    E(type="GIFT", source="p-ann", target="p-cruz", evidence=_ev(m1, "I'm sending you a dozen Video Doorbell Pros; close to $3,000.", 1),
      attrs={"items": [{"product": "pr-bell", "quantity": 12}], "value_usd": 2988.0, "purpose": "investigation", "date": "2016-03-01"})
    E(type="GIFT", source="p-ann", target="p-diaz", evidence=_ev(m2, "Two cams are on their way to you, Sgt. Diaz; our word \"thanks\"; ok", 2),
      attrs={"items": [{"product": "pr-cam", "quantity": 2}], "value_usd": 398.0, "purpose": "personal", "date": "2016-03-02"})
    E(type="GIFT", source="p-ben", target="p-cruz", evidence=_ev(m3, "For the 10 uses of your code, a free doorbell.", 3),
      attrs={"items": [{"product": "pr-bell", "quantity": 1}], "value_usd": 249.0, "purpose": "referral_reward", "date": "2016-04-11"})
    E(type="GIFT", source="p-ben", target="d-harbor", evidence=_ev(m5, "Half a dozen cams for Harbor Division's community event.", 5),
      attrs={"items": [{"product": "pr-cam", "quantity": 6}], "value_usd": None, "purpose": "community", "date": "2016-06-01"})
    E(type="GIFT", source="p-ann", target="p-eve", evidence=_ev(m4, "A doorbell for you too, Eve.", 4),
      attrs={"items": [{"product": "pr-bell", "quantity": 1}], "value_usd": 249.0, "purpose": "personal", "date": "2016-05-20"})
    E(type="REFERRAL", source="p-cruz", target="o-acme", evidence=_ev(m3, "Your code CRUZ10 has been used 10 times.", 3),
      attrs={"code": "c-cruz10", "code_name": "CRUZ10", "discount": "10%", "uses": 10})
    E(type="REFERRAL", source="p-diaz", target="o-acme", evidence=_ev(m4, "Dan's code was used 3 times.", 4),
      attrs={"code": "DIAZ5", "discount": "5%", "uses": 3})  # an older form: the code text, no code node
    E(type="PROMOTED", source="p-cruz", target="pr-bell", evidence=_ev(m4, "I recommend the Video Doorbell Pro to everyone I meet.", 4))
    E(type="PROMOTED", source="p-eve", target="o-acme", evidence=_ev(m4, "Eve told the neighbourhood watch about Acme.", 4))
    for p, d in (("p-cruz", "d-north"), ("p-diaz", "d-north"), ("p-eve", "d-harbor")):
        E(type="MEMBER_OF", source=p, target=d, evidence=_ev(m1, "signature", 1))
    for p in ("p-ann", "p-ben"):
        E(type="MEMBER_OF", source=p, target="o-acme", evidence=_ev(m1, "signature", 1))
    for s, t, c in (("p-ann", "p-cruz", 2), ("p-cruz", "p-ann", 1), ("p-ann", "p-diaz", 1), ("p-ben", "p-cruz", 1),
                    ("p-ann", "p-eve", 1), ("p-ben", "p-fay", 1)):
        E(type="EMAILED", source=s, target=t, evidence=_ev(m1, "header", 1), attrs={"count": c})
    return G


def installment_two(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` plus a second installment: one new message, one new person, one new gift, more evidence."""
    G = G.copy()
    m6 = _msg(G, "m6", "Another shipment", "2016-07-04T10:00:00-07:00", 6)
    add_node(G, Node(id="p-gus", kind="person", name="Gus Green", attrs={"role": "officer"}))
    add_edge(G, Edge(type="GIFT", source="p-ann", target="p-gus", evidence=_ev(m6, "Three doorbells for you, Gus.", 6),
                     attrs={"items": [{"product": "pr-bell", "quantity": 3}], "value_usd": 747.0, "purpose": "personal",
                            "date": "2016-07-04"}))
    add_edge(G, Edge(type="PROMOTED", source="p-cruz", target="pr-bell", evidence=_ev(m6, "Cruz praised the doorbell again.", 6)))
    return G


def generate_graph(relationships: int = 100_000, *, seed: int = 7, people: int | None = None) -> nx.MultiDiGraph:
    """A random graph with about ``relationships`` edges of every type (deterministic for a seed)."""
    rnd = random.Random(seed)
    people = people or max(50, relationships // 20)
    G = new_graph()
    vendors = [add_node(G, Node(id=f"org{i}", kind="organization", name=f"Vendor {i}")) for i in range(5)]
    divisions = [add_node(G, Node(id=f"div{i}", kind="division", name=f"Division {i}")) for i in range(20)]
    products = [add_node(G, Node(id=f"prod{i}", kind="product", name=f"Product {i}", attrs={"unit_price_usd": 100.0 + i}))
                for i in range(10)]
    persons = [add_node(G, Node(id=f"per{i}", kind="person", name=f"Person {i}",
                                attrs={"role": rnd.choice(["officer", "vendor_employee", "other"])})) for i in range(people)]
    messages = [add_node(G, Node(id=f"msg{i}", kind="message", name=f"Subject {i}",
                                 attrs={"subject": f"Subject {i}", "sent": f"2016-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00-08:00"}))
                for i in range(max(10, relationships // 10))]
    made = 0
    while made < relationships:
        kind = rnd.random()
        a = rnd.choice(persons)
        m = rnd.choice(messages)
        ev = [Evidence(message=m, quote=f"quote {made}", page=1 + made % 300)]
        if kind < 0.4:
            b = rnd.choice(persons)
            add_edge(G, Edge(type="EMAILED", source=a, target=b, evidence=ev, attrs={"count": 1 + made % 5},
                             key=f"e{made}"))
        elif kind < 0.75:
            p = rnd.choice(products)
            q = 1 + made % 12
            add_edge(G, Edge(type="GIFT", source=a, target=rnd.choice(persons + divisions), evidence=ev, key=f"g{made}",
                             attrs={"items": [{"product": p, "quantity": q}], "value_usd": 100.0 * q,
                                    "purpose": "investigation", "date": "2016-05-01"}))
        elif kind < 0.85:
            add_edge(G, Edge(type="MEMBER_OF", source=a, target=rnd.choice(divisions), evidence=ev, key=f"m{made}"))
        elif kind < 0.95:
            add_edge(G, Edge(type="PROMOTED", source=a, target=rnd.choice(products + vendors), evidence=ev, key=f"p{made}"))
        else:
            add_edge(G, Edge(type="REFERRAL", source=a, target=rnd.choice(vendors), evidence=ev, key=f"r{made}",
                             attrs={"code": f"CODE{made}", "uses": made % 40}))
        made += 1
    return G
