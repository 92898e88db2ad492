"""Names printed with a typographic apostrophe (probe AB: Outlook's autocorrect in signatures, "Sheriff\u2019s Office")
are also written with the plain one, as a reader types and searches them. Invented names."""
from __future__ import annotations

from giftgraph.graph.model import Node
from giftgraph.nlp.extract import plain_apostrophe_aliases


def test_a_typographic_apostrophe_gives_a_plain_alias():
    nodes = [Node(id="o1", kind="organization", name="Osborne County Sheriff\u2019s Office", aliases=[], emails=[], attrs={}),
             Node(id="p1", kind="person", name="Ada O\u2019Hara", aliases=["Ada"], emails=[], attrs={}),
             Node(id="p2", kind="person", name="Abel Fenn", aliases=[], emails=[], attrs={}),
             Node(id="c1", kind="code", name="ADA\u2019S", aliases=[], emails=[], attrs={})]
    plain_apostrophe_aliases(nodes)
    assert "Osborne County Sheriff's Office" in nodes[0].aliases
    assert nodes[1].aliases == ["Ada", "Ada O'Hara"]
    assert nodes[2].aliases == [] and nodes[3].aliases == []
    plain_apostrophe_aliases(nodes)  # once only
    assert nodes[1].aliases == ["Ada", "Ada O'Hara"]
