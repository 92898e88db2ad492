"""GIFT, REFERRAL and PROMOTED relations, each tied to the sentences that state it.

The relations stage reads the messages, the resolved entities (`EntityIndex`) and the rules
(general English lexicons in ``nlp/data/relations.yaml`` plus the profile's optional
``relations.yaml``: rules are data). The modules:

- `rules`: the rule loader and the compiled spaCy matchers (`RelationRules`).
- `text`, `threads`: a message's own text cut into sentences; messages grouped into threads.
- `values`: money, quantities, number words.
- `context`: `ThreadContext`, what every family shares (sentences and their cues, catalogues of
  products, codes and the vendor, who is who in a message).
- `gifts`, `referrals`, `promoted`: one module per relation family.

How a GIFT is read: each message's own text (no quoted history) is cut into sentences and scanned
for cues. Messages are read thread by thread in date order: a *gift offer* says something is free
or handed over, names items or a value, and is neither a sale, a condition, a maybe nor a request.
Later messages of the thread accept it, confirm shipping or receipt (evidence added to the same
gift), or decline or withdraw it (no gift). Marketing blasts, auto-replies and calendar
invitations carry no relation. ``REFERRAL`` links a promo code's owner to the vendor; ``PROMOTED``
links an officer who endorses the product in the first person to the product or the vendor.

Examples
--------
>>> parse_money("nearly $4,000")[0][0]
4000.0
"""
from __future__ import annotations

import dataclasses

from giftgraph.graph.model import Edge, Node
from giftgraph.ingest.message import Message

from .context import SentenceScanner, ThreadContext
from .gifts import extract_gifts
from .promoted import extract_promoted
from .referrals import extract_referrals
from .rules import RelationRules, _nlp_blank, load_rules, merge_rules  # noqa: F401 - _nlp_blank: tests cap its max_length
from .text import Sentence, own_text, split_sentences
from .threads import group_threads
from .values import parse_money, words_to_number

__all__ = [
    "RelationRules", "Sentence", "SentenceScanner", "ThreadContext", "load_rules", "merge_rules", "parse_money", "words_to_number",
    "own_text", "split_sentences", "group_threads", "extract_relations", "extract_gifts", "extract_referrals",
    "extract_promoted",
]


def extract_relations(messages: list[Message], docs: dict | None, index, profile=None, *,
                      rules: RelationRules | None = None, facts=None,
                      scan=None, beside=None) -> tuple[list[Node], list[Edge]]:
    """GIFT, REFERRAL and PROMOTED edges (with evidence) for a release.

    Parameters
    ----------
    messages : the deduplicated messages.
    docs : spaCy Docs by message id, parsed over each message's own text (optional; only the
        extent of the own text is taken from them).
    index : the `EntityIndex` of the run (nodes, person_for_address, find, mentions).
    profile : the `Profile` (its ``raw["relations"]`` adds to the general rules), a profile name
        or directory, or None.
    facts : `giftgraph.nlp.extract.MessageFacts` made with these rules (optional: each message's
        own-text length and skip reason, computed beforehand, e.g. on a cluster).
    scan : ``scan(scanner, [(message id, own text), ...])`` -> (message id, rows as
        `context.compact_rows` makes them) pairs, an iterable (those it leaves out are scanned here):
        runs `SentenceScanner.scan` elsewhere (e.g. Dask tasks, `giftgraph.scale.dask_sentences`);
        default: here.
    beside : ``beside(fn, size)`` -> None, or a function that returns ``fn()`` computed in another
        process (a fork: `giftgraph.scale.forked`) when the ``size`` (characters of the relevant
        messages) is worth it: the REFERRAL and PROMOTED families then run there while GIFT runs
        here. Same edges and nodes as in turn: GIFT writes nothing the other two read, they run in
        their order after it, and what REFERRAL completes of the index's code nodes there is copied
        to them here.

    Returns
    -------
    (nodes, edges): nodes this stage adds or completes (code owners, people named only in the
    text), and the relation edges.
    """
    rules = rules or RelationRules.from_profile(profile)
    ctx = ThreadContext(list(messages), docs, index, profile, rules, facts=facts, scan=scan)
    later = beside(lambda: _the_other_families(ctx), ctx.relevant_chars) if beside is not None else None
    if later is None:
        edges = extract_gifts(ctx) + extract_referrals(ctx) + extract_promoted(ctx)
        return list(ctx.nodes.values()), edges
    gifts = extract_gifts(ctx)
    others, nodes = later()
    # REFERRAL completes the index's own code nodes where they are (owner, uses): do it to this process's
    index_nodes = ctx.index_nodes
    for nid, n in list(nodes.items()):
        here = index_nodes.get(nid)
        if here is not None:
            for f in dataclasses.fields(Node):
                setattr(here, f.name, getattr(n, f.name))
            nodes[nid] = here
    return list(nodes.values()), gifts + others


def _the_other_families(ctx: ThreadContext) -> tuple[list[Edge], dict[str, Node]]:
    """REFERRAL and PROMOTED edges, and the context's nodes after them (the code nodes completed)."""
    edges = extract_referrals(ctx) + extract_promoted(ctx)
    return edges, ctx.nodes
