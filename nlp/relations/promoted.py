"""PROMOTED edges: an officer endorsing a product (or the vendor) in the first person."""
from __future__ import annotations

from collections import defaultdict

from giftgraph.graph.model import Edge
from giftgraph.ingest.message import make_id

from .context import ThreadContext
from .text import Sentence

__all__ = ["extract_promoted"]


def extract_promoted(ctx: ThreadContext) -> list[Edge]:
    """The PROMOTED edges of a release read into `ctx`."""
    roles = set(ctx.rules.promoted.get("endorser_roles") or ["officer"])
    found: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
    for m in ctx.messages:
        if m.id in ctx.skipped:
            continue
        sender = ctx.pid(m.sender)
        if not sender or ctx.role(sender) not in roles:
            continue
        sents = ctx.sentences.get(m.id, [])
        msg_vendor = any(_vendor_in(ctx, s) for s in sents)
        msg_products = any(s.products for s in sents)
        for i, s in enumerate(sents):
            if not s.has("endorse") or s.has("not_endorse") or s.has("conditional") and not s.products:
                continue
            if s.text.rstrip().endswith("?"):
                continue
            target = None
            if s.products:
                target = s.products[0][0]
            elif _vendor_in(ctx, s):
                target = ctx.vendor_id
            elif s.has("product_pronoun"):
                prev = [p for t in sents[:i] if t.paragraph == s.paragraph for p in t.products]
                if prev:
                    target = prev[-1][0]
            if target is None and (s.has("vendor_words") or s.has("product_pronoun")) and (msg_vendor or msg_products):
                target = ctx.vendor_id
            if target:
                found[(sender, target)].append(s)
    return [Edge(type="PROMOTED", source=src, target=dst, evidence=[ctx.evidence(s) for s in sents],
                 confidence=0.8 if len(sents) == 1 else 0.9, key=make_id("promoted", src, dst))
            for (src, dst), sents in found.items()]


def _vendor_in(ctx: ThreadContext, s: Sentence) -> bool:
    if not ctx.vendor_forms:
        return False
    product_tokens = {i for _, a, b, _ in s.products for i in range(a, b)}
    return any(not (set(range(a, b)) & product_tokens) for _, a, b in ctx.vendor_matcher(s.doc))
