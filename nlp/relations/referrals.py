"""REFERRAL edges: a promo code's owner (the officer it was handed to, or who hands it out) ->
the vendor, with the code, its discount and the latest reported number of uses."""
from __future__ import annotations

from collections import defaultdict

from giftgraph.graph.model import Edge, Node
from giftgraph.ingest.message import make_id
from giftgraph.nlp.codes import find_known

from .context import ThreadContext
from .text import norm_ws
from .values import uses_in

__all__ = ["extract_referrals"]


def extract_referrals(ctx: ThreadContext) -> list[Edge]:
    """The REFERRAL edges of a release; completes the code nodes (owner, uses) in ``ctx.nodes``."""
    if not ctx.vendor_id:
        return []
    edges: list[Edge] = []
    info: dict[str, dict] = defaultdict(lambda: {"assigned": [], "distributed": [], "uses": [], "evidence": [],
                                                 "discount": None})
    thread_codes: dict[str, list[str]] = {}
    for thread in ctx.threads:
        codes = list(dict.fromkeys(c for t in thread for s in ctx.sentences.get(t.id, []) for c, _, _ in s.codes))
        for t in thread:
            thread_codes[t.id] = codes
    for m in ctx.messages:
        if m.id in ctx.skipped:
            continue
        sender = ctx.pid(m.sender)
        sents = ctx.sentences.get(m.id, [])
        subject_codes = [ctx.code_keys[h.key] for h in find_known(m.subject or "", ctx.code_keys) if h.key in ctx.code_keys]
        msg_codes = list(dict.fromkeys([c for s in sents for c, _, _ in s.codes] + subject_codes))
        if not msg_codes and len(thread_codes.get(m.id, [])) == 1:
            msg_codes = thread_codes[m.id]  # "18 people have used it so far" in the code's thread
        for s in sents:
            codes = [c for c, _, _ in s.codes] or (msg_codes if len(msg_codes) == 1 else [])
            if not codes:
                continue
            n = uses_in(s)
            for cid in codes:
                rec = info[cid]
                if n is not None and (s.codes or len(msg_codes) == 1):
                    rec["uses"].append((m.sent or "", n, s))
                    rec["evidence"].append(s)
                if s.has("discount") and rec["discount"] is None and not s.has("purchase_use"):
                    rec["discount"] = norm_ws(s.spans("discount")[0].text)
                if not s.codes:
                    continue
                if ctx.role(sender) == "vendor_employee":
                    # the vendor writing to one person about a code: a strong assignment when
                    # worded so ("your code", "here is a code I made for you"), a weak one otherwise
                    to = [p for p in ctx.addressees(m) if ctx.role(p) != "vendor_employee"]
                    if len(to) == 1:
                        rec["assigned"].append((m.sent or "", to[0], s, s.has("assign")))
                        rec["evidence"].append(s)
                elif sender and not s.has("purchase_use"):
                    rec["distributed"].append((m.sent or "", sender, s))
                    rec["evidence"].append(s)
    for cid, rec in info.items():
        owner = None
        strong = [a for a in rec["assigned"] if a[3]]
        if strong:
            owner = sorted(strong, key=lambda a: a[0])[0][1]
        elif rec["distributed"]:
            counts: dict[str, int] = defaultdict(int)
            for _, p, _ in rec["distributed"]:
                counts[p] += 1
            first: dict[str, str] = {}
            for when, p, _ in rec["distributed"]:
                first.setdefault(p, when)
            owner = min(counts, key=lambda p: (-counts[p], first[p]))
        elif rec["assigned"]:
            owner = sorted(rec["assigned"], key=lambda a: a[0])[0][1]
        if not owner or ctx.role(owner) == "vendor_employee":
            continue
        ev_sents = [s for s in rec["evidence"]
                    if ctx.pid(s.message.sender) in (owner,) or ctx.role(ctx.pid(s.message.sender)) == "vendor_employee"]
        if not ev_sents:
            continue
        uses = sorted(rec["uses"], key=lambda u: u[0])
        name = code_name(ctx, cid)
        attrs = {"code": cid, "code_name": name, "discount": rec["discount"],
                 "uses": uses[-1][1] if uses else None}
        seen, evidence = set(), []
        for s in ev_sents:
            if (s.message.id, s.text) not in seen:
                seen.add((s.message.id, s.text))
                evidence.append(ctx.evidence(s))
        conf = 0.9 if strong else 0.7
        edges.append(Edge(type="REFERRAL", source=owner, target=ctx.vendor_id, evidence=evidence,
                          confidence=conf, attrs=attrs, key=make_id("referral", owner, ctx.vendor_id, cid)))
        indexed = ctx.index_nodes.get(cid)
        if indexed is not None:  # the index's own node: complete it where it is
            indexed.attrs["owner"] = owner
            if attrs["uses"] is not None:
                indexed.attrs["uses"] = attrs["uses"]
        node = ctx.nodes.get(cid) or indexed or Node(id=cid, kind="code", name=name)
        node.attrs = dict(node.attrs, owner=owner)
        if node.attrs.get("uses") is None and attrs["uses"] is not None:
            node.attrs["uses"] = attrs["uses"]
        ctx.nodes[cid] = node
    return edges


def code_name(ctx: ThreadContext, cid: str) -> str:
    n = ctx.index_nodes.get(cid) or ctx.nodes.get(cid)
    if n is not None:
        return n.name
    return next((t for t, c in ctx.codes.items() if c == cid), cid)
