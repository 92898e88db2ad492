"""Resolved entities of a release and how to look them up: the `EntityIndex`.

Extraction (`giftgraph.nlp.extract`) builds one `EntityIndex` per run: the resolved person,
organization, division, product and code nodes (one node per real thing), which address belongs
to which person, and the mentions found in each message's body. The relations stage
(`giftgraph.nlp.relations.extract_relations(messages, docs, index, profile)`) reads it:

    index.nodes                       # {node id: Node}, kinds person/organization/division/product/code
    index.person_for_address(addr)    # header Address -> person node id (or None)
    index.find("Det. Delgado", message=m)        # surface form -> node id, using m's thread as context
    index.find("Doorbell Pros", kinds=("product",))
    index.mentions(m.id)              # [Mention(text, start, end, label, kind, node_id)] in m.body

Offsets of mentions are character offsets into ``message.body`` (a message is analysed over a
prefix of its body: its own text, without quoted history, so analysis offsets are body offsets
too). The ``docs`` handed to the relations stage are `giftgraph.nlp.analysis.Analysis` objects
(Doc-like: ``.text``, ``.ents``; ``.parsed()`` gives the dependency parse on demand).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from giftgraph.graph.model import Node
from giftgraph.spill import Spilled

if TYPE_CHECKING:  # pragma: no cover
    from giftgraph.ingest.message import Address, Message
    from giftgraph.nlp.resolve import Resolver

__all__ = ["ENTITY_KINDS", "Mention", "EntityIndex"]

ENTITY_KINDS = ("person", "organization", "division", "product", "code")


@dataclass(frozen=True, slots=True)  # slots: one per entity span of the release, all held until the graph is built
class Mention:
    """One entity mention in a message body.

    `label` is the spaCy label (PERSON, ORG, DIVISION, PRODUCT, PROMO_CODE, ...), `kind` the node
    kind it resolved to ("" when unresolved) and `node_id` the resolved node (None when unresolved).
    """

    text: str
    start: int
    end: int
    label: str
    kind: str = ""
    node_id: str | None = None


@dataclass
class EntityIndex:
    """The resolved entities of one extraction run, with look-ups for the relations stage.

    Attributes:
        nodes: resolved entity nodes by id (kinds person, organization, division, product, code).
        vendor_id / agency_id: the node ids of the profile's vendor and agency organisations
            (None when the release never mentions them).
    """

    nodes: dict[str, Node] = field(default_factory=dict)
    vendor_id: str | None = None
    agency_id: str | None = None
    resolver: "Resolver | None" = None
    ids: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> canonical name -> node id
    # person node id -> the division node of their MEMBER_OF edge (the most specific unit their signatures name):
    # the edges themselves go to the graph on disk as they are made, and the relations stage asks whose unit a
    # reader's "crew" or "team" is
    member_of: dict[str, str] = field(default_factory=dict)
    # message id -> its mentions' fields, on disk (a release's mentions do not stay in memory through the
    # relations stage, which reads those of a few messages); the last message read, decoded
    _mentions: Spilled = field(default_factory=Spilled, repr=False, compare=False)
    _last: tuple[str, tuple] = field(default=("", ()), repr=False, compare=False)

    def _person_node(self, key: str | None) -> str | None:
        if not key or self.resolver is None:
            return None
        c = self.resolver.clusters.get(self.resolver.uf.find(key))
        return c.node_id or None if c else None

    def person_for_address(self, addr: "Address") -> str | None:
        """The person node of a header address (by email, else by display name), or None."""
        if self.resolver is None:
            return None
        return self._person_node(self.resolver.cluster_of_address(addr))

    def find(self, text: str, *, message: "Message | None" = None,
             kinds: tuple[str, ...] = ENTITY_KINDS) -> str | None:
        """Resolve a surface form to a node id, or None when nothing (or more than one thing) fits.

        Accepts a full name, alias, nickname, "Det. X" / "SLO Ochoa" (rank + surname), an email
        address, a product alias ("Doorbell Pros"), a division alias ("GND", "West LA"), an
        organisation alias or a promo code. With `message`, ambiguous first names and surnames are
        settled by the people of the message and its thread (sender, recipients, earlier messages).
        """
        if self.resolver is None or not text or not text.strip():
            return None
        res = self.resolver
        t = " ".join(text.split()).strip(" ,.;:!?\"'")
        low = t.lower()
        bare = low[4:] if low.startswith("the ") else low
        for kind in ("code", "product", "division", "organization", "person"):
            if kind not in kinds:
                continue
            if kind == "code":
                nid = self.ids.get("code", {}).get(t.upper())
            elif kind == "person":
                nid = self._person_node(res.find_person(t, message=message))
                node = self.nodes.get(nid) if nid else None
                if node is not None and node.kind != "person":
                    nid = None  # an organisation's own mailbox ("Acme Cams <news@...>"): no person of that name
            else:
                table = res.table.get(kind, {})
                name = table.get(low) or table.get(bare)
                if name is None and kind == "product":
                    from giftgraph.nlp.resolve import _singular
                    name = table.get(_singular(low)) or table.get(_singular(bare))
                if name is None and kind == "division" and t in table:
                    name = table[t]
                nid = self.ids.get(kind, {}).get(name) if name else None
            if nid:
                return nid
        return None

    def mentions(self, message_id: str) -> list[Mention]:
        """The entity mentions found in that message's body (own text), in text order."""
        if self._last[0] != message_id:
            rows = self._mentions.get(message_id, ())
            self._last = (message_id, tuple(Mention(*row) for row in rows))
        return list(self._last[1])

    def add_mentions(self, message_id: str, mentions: Iterable[Mention]) -> None:
        rows = [(x.text, x.start, x.end, x.label, x.kind, x.node_id) for x in mentions]
        self._mentions[message_id] = self._mentions.get(message_id, []) + rows
        if self._last[0] == message_id:
            self._last = ("", ())

    def by_kind(self, kind: str) -> list[Node]:
        return [n for n in self.nodes.values() if n.kind == kind]
