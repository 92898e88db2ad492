"""REFERRAL edges: a promo code's owner (the officer it was handed to, or who hands it out) ->
the vendor, with the code, its discount and the latest reported number of uses."""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from giftgraph.graph.model import Edge, Node
from giftgraph.ingest.message import make_id
from giftgraph.nlp.codes import find_known, table_counts

from .context import ThreadContext
from .text import norm_ws
from .values import uses_in, uses_reported

REFERRAL_LEXICON = Path(__file__).resolve().parent.parent / "data" / "referral.yaml"


# a code or link said to be the reader's: "your link", "your personal code", "your ambassador URL"
_YOUR_CODE = re.compile(r"\byour\s+(?:[\w-]+\s+){0,2}(?:code|link|url|referral)s?\b", re.I)


# a code said to be anyone's, not the reader's nor the writer's: "the holiday sale code for everyone is X", "X works
# sitewide for all customers", "anyone can use X at checkout", "open to all", "their sale code X is on their website",
# "X takes 15% off on our website" (the vendor's own shop)
# (not "a code for everyone on your beat": said with "you" or "your", it is the reader's to hand out)
_PUBLIC_CODE = re.compile(r"^(?!.*\b(?:you|your|yours)\b).*\b(?:for\s+(?:everyone|everybody|all\s+(?:customers|shoppers|buyers))|"
                          r"(?:anyone|anybody|everyone|everybody|any\s+customer)\s+(?:can|may|is\s+welcome\s+to)\s+"
                          r"(?:use|redeem|enter|apply|quote)|open\s+to\s+(?:all|everyone|everybody|anyone|anybody|the\s+public)|"
                          r"sitewide|site-wide|storewide|store-wide|public\s+(?:code|sale|promo)|sale\s+code|"
                          r"on\s+(?:their|its|the|our)\s+(?:website|web\s+site|site|homepage)|"
                          # "every public safety agency in the region can take 15% off", "any department may apply it":
                          # every buyer of a kind, not a person of the release
                          r"(?:every|any|all)\s+(?:[\w-]+\s+){0,4}?(?:agency|agencies|department|departments|customer|"
                          r"customers|buyer|buyers|shopper|shoppers|school|schools|organi[sz]ations?|city|cities|county|"
                          r"counties|district|districts)\b(?:\s+[\w-]+){0,6}?\s+(?:can|may|will\s+be\s+able\s+to|"
                          r"is\s+(?:eligible|welcome)|are\s+(?:eligible|welcome)|qualif(?:y|ies))|"
                          # "every visitor to our booth gets 15% off with code X", "all attendees receive 10% off":
                          # whoever comes by, not a person of the release
                          r"(?:every|any|all)\s+(?:[\w-]+\s+){0,2}?(?:visitors?|attendees?|guests?|customers?|shoppers?|"
                          r"buyers?|comers|participants?|exhibitors?)\b(?:\s+[\w-]+){0,4}?\s+(?:gets?|receives?|saves?|"
                          r"enjoys?|takes?)\b)\b", re.I | re.S)

# a code said outright to be public: "it's public on our education page", "the code is publicly listed", "posted on
# our website". Whoever it is written to, with "you" or "your" or not, a code anyone can look up is nobody's to
# hand out ("feel free to put it on your flyers": it is on the website already)
_MADE_PUBLIC = re.compile(r"\b(?:(?:it|code|that|this|which)\s*(?:'s|’s|\s+is|\s+was)\s+(?:already\s+|all\s+)?public\b|"
                          # "It's on our website, so pass it around": printed where anyone reads it
                          r"(?:it|code|that|this|which)\s*(?:'s|’s|\s+is|\s+was)\s+(?:already\s+|also\s+)?on\s+(?:our|the|their|its)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:website|web\s+site|site|homepage|web\s?page)\b|"
                          r"publicly\s+(?:available|posted|listed|advertised|shared|published)|"
                          # "The deal is open to all attendees", "the offer is available to every visitor": the note's
                          # offer is anyone's (not "open to all your members": the reader's people)
                          r"(?:it|code|that|this|which|offer|deal|discount|promo(?:tion)?|sale)\s*(?:'s|’s|\s+is|\s+was)\s+"
                          r"(?:open|available)\s+to\s+(?:all|every|any|anyone|everyone|the\s+public)\b(?![^.;!?]{0,24}\byour\b)|"
                          # "It works for everyone, no sign-up needed": good for any buyer at all (not "for everyone
                          # on your beat", the reader's people)
                          r"(?:it|code|that|this|which)\s*(?:'s|’s|\s+is|\s+)\s*(?:works?|good|valid)\s+for\s+"
                          r"(?:everyone|everybody|anyone|anybody|all\s+(?:customers|comers|buyers))\b(?![^.;!?]{0,24}\byour\b)|"
                          r"(?:posted|listed|published|advertised)\s+(?:publicly\s+)?on\s+(?:our|the|their|its)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:website|web\s+site|site|homepage|web\s?page)|"
                          # "the summit's public early-bird code X", "our public spring code X": called public by name
                          # (not "your public safety code": a public body's, handed to the reader)
                          r"(?<!your\s)\bpublic\s+(?!safety\b|sector\b|works\b|health\b|service\b|library\b|school\b)"
                          r"(?:[\w-]+\s+){0,2}?(?:promo(?:tion(?:al)?)?\s+|discount\s+|coupon\s+)?(?:code|coupon)\b|"
                          # "takes 15% off for anyone who signs up by Friday": whoever does it, not whom the reader sends
                          # ("for anyone who signs up with your code": the reader's)
                          r"\bfor\s+(?:anyone|anybody|everyone|everybody)\s+(?:who|that)\s+(?!you\b|your\b)\w+\b(?![^.;!?]{0,24}\byour\b)|"
                          # "the early-bird code that the association posted for all members", "a code the league
                          # emailed to every member": a body's code for its whole membership (not "I posted it for
                          # all members": the writer passing a code on)
                          r"(?<!\bI\s)(?<!\bwe\s)(?<!\bI've\s)(?<!\bwe've\s)\b(?:posted|sent|emailed|mailed|published|"
                          r"announced|circulated)\s+(?:[\w-]+\s+){0,3}?(?:out\s+)?(?:to|for)\s+(?:all|every|each)\s+(?:of\s+(?:its|the|their)\s+)?"
                          r"(?:[\w-]+\s+)?(?:members?|attendees?|subscribers?|registrants?)\b)", re.I)


def _public(text: str) -> bool:
    """Whether a sentence says its code is everyone's (see `_PUBLIC_CODE`, `_MADE_PUBLIC`)."""
    return bool(_PUBLIC_CODE.search(text) or _MADE_PUBLIC.search(text))


@functools.lru_cache(maxsize=2)
def load_referral_lexicon(path: str | None = None) -> dict:
    import yaml

    data = yaml.safe_load(Path(path or REFERRAL_LEXICON).read_text(encoding="utf-8")) or {}
    return {k: [str(w).lower() for w in v] for k, v in data.items() if isinstance(v, list)}


_FIRST_PERSON_ASKING = {"i", "we", "me", "my", "our", "please", "pls"}  # (the parse splits "I'm" into "I", "'m")
_TIME_OR_CONDITION = {"if", "unless", "when", "whenever", "once", "before", "after", "until", "till"}


def _refuses_code(s) -> bool:
    """The writer refusing a code of theirs in words other than "decline": asking that it be switched off or
    cancelled, saying it will not be handed out ("please deactivate my code", "I won't be sharing it"). Said by the
    writer (a first-person word or "please" in the sentence), not as a condition or a time ("if your order is
    cancelled", "before the codes are switched off")."""
    spans = s.spans("refuse_code")
    if not spans or s.has("conditional"):
        return False
    words = [t.lower_ for t in s.doc]
    if not _FIRST_PERSON_ASKING & set(words):
        return False
    first = min(sp.start for sp in spans)
    return not _TIME_OR_CONDITION & set(words[:first])


def reported_uses(s, lex: dict | None = None) -> int | None:
    """The number of uses a sentence reports: the rules' usage patterns ("redeemed 9 times"), else
    a number counting people or things that then took the code up ("three agencies have now
    booked demos with it", "12 neighbours signed up"); a threshold ("once 25 neighbours have
    used it") or an amount ("$30 off") is no report."""
    n = uses_in(s)
    if n is not None or s.has("conditional"):
        return n
    lex = lex or load_referral_lexicon()
    verbs, thresh, notc = set(lex["use_verbs"]), set(lex["threshold_words"]), set(lex["not_count_after"])
    toks = list(s.doc)
    best = None
    nouns = set(lex.get("use_nouns", []))
    for i, t in enumerate(toks):  # "redemptions are up to 12", "sign-ups: 40"
        if t.lower_ in nouns:
            for j in range(i + 1, min(len(toks), i + 5)):
                x = toks[j]
                if x.like_num and toks[j - 1].lower_ not in thresh and not (j + 1 < len(toks) and toks[j + 1].lower_ in notc):
                    v = _number(x.text)
                    if v is not None:
                        best = v if best is None else max(best, v)
                    break
    for i, t in enumerate(toks):
        if not t.like_num or t.lower_ in ("one", "a", "an") or i + 1 < len(toks) and toks[i + 1].lower_ in notc:
            continue
        if i > 0 and (toks[i - 1].lower_ in thresh or toks[i - 1].text in ("$", "#")) or \
                i > 1 and toks[i - 2].lower_ in thresh:
            continue
        nxt = toks[i + 1:i + 4]
        if not any(x.is_alpha and x.lower_.endswith("s") for x in nxt):
            continue  # a count of things: "nineteen residents", "three agencies"
        if any(x.lower_ in verbs for x in toks[i + 1:i + 9]):
            v = _number(t.text)
            if v is not None:
                best = v if best is None else max(best, v)
    return best


def _possessive(s, start: int, lex: dict | None = None) -> str | None:
    """"mine" when the writer calls the code at token ``start`` theirs ("my code X", "my own promo
    code: X"), "yours" for the one written to ("your personal code X"), the name of the one it is said
    to be of ("Owen's code X", "Sgt. Rios's promo code X"), else None."""
    from giftgraph.nlp.codes import load_lexicon

    codes = load_lexicon()
    skip = set(codes.get("code_nouns", [])) | set(codes.get("promo_kinds", [])) | {"own", "new", ":", "-", "is", "the"}
    k = start - 1
    while k >= 0 and start - k <= 5 and s.doc[k].lower_ in skip:
        k -= 1
    if k < 0 or k == start - 1 and s.doc[k].lower_ not in ("my", "your"):
        return None
    w = s.doc[k].lower_
    if w in ("'s", "\u2019s", "'") and k > 0 and k < start - 1:
        # "Owen's code X": the proper name (of up to three words, a title's dot within) before the "'s"
        j = k
        while j > 0 and k - j < 4 and (s.doc[j - 1].is_title or s.doc[j - 1].text == "."):
            j -= 1
        return s.doc[j:k].text if j < k else None
    return "mine" if w == "my" else "yours" if w == "your" else None


def _uses_by_code(s) -> dict[str, int]:
    """In a sentence naming several codes, the number of each usage report ("used 12 times") goes to the
    code nearest it: "X has been used 12 times and Y 7 times"."""
    out: dict[str, int] = {}
    for span, n in uses_reported(s):
        cid = min(s.codes, key=lambda c: abs(max(span.start - c[2], c[1] - span.end)))[0]
        out[cid] = max(out.get(cid, 0), n)
    return out


def _came_to_writer(s, lex: dict | None = None, maker: tuple[str, ...] = ()) -> bool:
    """The writer says the code came to them, or that they used it ("my neighbour gave me code X"); not a code the
    vendor that makes the codes handed them ("Acme gave me a referral code"): that one is the writer's own to share.
    ``maker``: the vendor's names, lower case."""
    lex = lex or load_referral_lexicon()
    low = " " + " ".join(s.text.lower().replace("\u2019", "'").split()) + " "
    for w in lex.get("code_received", []):
        at = low.find(f" {w} ")
        if at < 0:
            continue
        if maker and re.search(r"\b(?:" + "|".join(map(re.escape, maker)) + r")\s+(?:\w+\s+){0,2}$", low[:at + 1]):
            continue  # "Acme gave me", "Acme just sent me": from the code's maker
        return True
    return False


def _maker_names(ctx: ThreadContext) -> tuple[str, ...]:
    """The vendor's name and aliases, lower case (the one that makes the codes)."""
    n = ctx.index_nodes.get(ctx.vendor_id) if ctx.vendor_id else None
    if n is None:
        return ()
    forms = [f for f in [n.name, *n.aliases] if f]
    # a company is called by the first word of a longer name ("Acme gave me" of "Acme Civic Systems"), when that
    # word is a name of its own, not a common one ("the", "city", "national", "first")
    short = [f.split()[0] for f in forms if len(f.split()) > 1 and len(f.split()[0]) >= 4
             and f.split()[0][:1].isupper() and f.split()[0].lower() not in _COMMON_FIRST]
    return tuple(dict.fromkeys(f.lower() for f in [*forms, *short]))


_COMMON_FIRST = frozenset({"the", "city", "town", "county", "state", "national", "american", "united", "first", "global",
                           "general", "international", "north", "south", "east", "west", "northern", "southern",
                           "eastern", "western", "central", "pacific", "atlantic", "great", "new", "royal", "smart",
                           "home", "public", "civic", "digital", "safe", "secure", "best", "total", "advanced"})


def _vocative(ctx: ThreadContext, s, m, marks: tuple = (",",)) -> str | None:
    """The recipient (To or Cc, not of the vendor) whose name opens the sentence followed by a comma ("Tamsin,
    your code is X", "Sgt. Rios, yours is Y"): the "you" of that sentence, whoever else the message is to."""
    doc = s.doc
    comma = next((i for i, t in enumerate(doc[:5]) if t.text in marks), None)
    if not comma or not all(t.is_title or t.text == "." for t in doc[:comma]):
        return None
    pid = ctx.find(doc[:comma].text, m, ("person",))
    people = {ctx.pid(a) for a in [*m.to, *m.cc]}
    return pid if pid in people and ctx.role(pid) != "vendor_employee" else None


def _vocative_before(ctx: ThreadContext, s, m, start: int) -> str | None:
    """The recipient (To or Cc, not of the vendor) named with a comma at the head of the clause that hands out the
    code at token ``start``: "Ada, your code is X and Ben, yours is Y" gives Y to Ben (a clause opens the sentence
    or follows "and", "while", ";")."""
    doc = s.doc
    people = {ctx.pid(a) for a in [*m.to, *m.cc]}
    for comma in range(start - 1, 0, -1):
        if doc[comma].text != ",":
            continue
        j = comma
        while j > 0 and comma - j < 4 and (doc[j - 1].is_title or doc[j - 1].text == "."):
            j -= 1
        if j == comma or j > 0 and doc[j - 1].lower_ not in {"and", "while", ";", "but", "then"}:
            continue
        if not any(t.lower_ in {"your", "yours"} for t in doc[comma + 1:start]):
            return None
        pid = ctx.find(doc[j:comma].text, m, ("person",))
        return pid if pid in people and ctx.role(pid) != "vendor_employee" else None
    return None


def _line_label(ctx: ThreadContext, s, m, start: int) -> str | None:
    """The recipient (To or Cc, not of the vendor) a line of a list names before the code at token ``start``, set
    apart by a colon or a dash: "- Sergeant Ames: HB-AMES10" in a vendor's list of codes, one a line."""
    doc = s.doc
    k = start - 1
    if k < 1 or doc[k].text not in (":", "-", "\u2013", "\u2014"):
        return None
    j = k
    while j > 0 and k - j < 5 and "\n" not in doc[j - 1].text and (doc[j - 1].is_title or doc[j - 1].text == "."):
        j -= 1
    if j == k or j > 0 and "\n" not in doc[j - 1].text and doc[j - 1].text not in ("-", "*", "\u2022", ">"):
        return None  # the label must open its line (after a bullet)
    pid = ctx.find(doc[j:k].text, m, ("person",))
    people = {ctx.pid(a) for a in [*m.to, *m.cc]}
    return pid if pid in people and ctx.role(pid) != "vendor_employee" else None


@functools.lru_cache(maxsize=1)
def _count_words() -> tuple[str, ...]:
    from giftgraph.nlp.codes import load_lexicon

    lex = load_referral_lexicon()
    return tuple(dict.fromkeys([*lex.get("use_nouns", []), *load_lexicon().get("use_words", []), "redeemed", "used"]))


def _number(text: str) -> int | None:
    from .values import words_to_number

    try:
        return int(float(text.replace(",", "")))
    except ValueError:
        return words_to_number(text)

__all__ = ["extract_referrals", "reported_uses", "load_referral_lexicon"]


def extract_referrals(ctx: ThreadContext) -> list[Edge]:
    """The REFERRAL edges of a release; completes the code nodes (owner, uses) in ``ctx.nodes``."""
    if not ctx.vendor_id or not ctx.code_keys:
        # no code known (every code a sentence or a subject holds is one of ``ctx.code_keys``): no
        # referral, and the relevant messages' sentences need not be made again to find none
        return []
    edges: list[Edge] = []
    info: dict[str, dict] = defaultdict(lambda: {"assigned": [], "claimed": [], "distributed": [], "uses": [],
                                                 "evidence": [], "discount": None, "declined": []})
    thread_codes: dict[str, list[str]] = {}
    pending: list[tuple[str, str, int, Any]] = []  # uses reported of "your code" with no code named
    for thread in ctx.threads:
        # from the scanned rows: a thread's codes need no sentence made
        codes = list(dict.fromkeys(c for t in thread for c in ctx.sentences.codes_of(t.id)))
        for t in thread:
            thread_codes[t.id] = codes
    for m in ctx.messages:
        if m.id in ctx.skipped:
            continue
        sender = ctx.pid(m.sender)
        sents = ctx.sentences.get(m.id, [])
        subject_codes = [ctx.code_keys[h.key] for h in find_known(m.subject or "", ctx.code_keys) if h.key in ctx.code_keys]
        msg_codes = list(dict.fromkeys([c for s in sents for c, _, _ in s.codes] + subject_codes))
        # a table of codes with a column of counts: each row's count is its code's uses
        rows = {ctx.code_keys[k]: n for k, n in table_counts(m.body or "", _count_words()).items() if k in ctx.code_keys} \
            if sender and ctx.role(sender) == "vendor_employee" and "|" in (m.body or "") + "\t" else {}
        if not msg_codes and len(thread_codes.get(m.id, [])) == 1:
            msg_codes = thread_codes[m.id]  # "18 people have used it so far" in the code's thread
        # the one code of a note that says, in any sentence, that it is public ("X takes 10% off. It's posted on our
        # website."): everyone's, in every sentence of the note
        made_public = len(msg_codes) == 1 and any(_MADE_PUBLIC.search(x.text) for x in sents)
        for s in sents:
            if not s.codes and sender and ctx.role(sender) == "vendor_employee" and _YOUR_CODE.search(s.text):
                # "Pat - 41 neighbours have joined through your link!", no code named: the uses of the code of the one
                # the sentence is said to (its opening name, else the one reader), once its owner is known
                to = [p for p in ctx.addressees(m) if ctx.role(p) != "vendor_employee"]
                you = _vocative(ctx, s, m, (",", "-", "\u2013", "\u2014", ":")) or (to[0] if len(to) == 1 else None)
                n = reported_uses(s) if you is not None else None
                if n is not None and you is not None:
                    pending.append((m.sent or "", you, n, s))
                    continue
            codes = [c for c, _, _ in s.codes] or (msg_codes if len(msg_codes) == 1 else [])
            if not codes:
                continue
            if sender and ctx.role(sender) != "vendor_employee" and not s.text.rstrip().endswith("?") and (
                    s.has("decline") or _refuses_code(s)):
                # "thanks, but I'll have to decline the code", "please switch my code off", "I won't be sharing it":
                # the one it was handed to refuses it
                for cid in codes:
                    info[cid]["declined"].append((m.sent or "", sender))
            n = reported_uses(s)
            tabled = {cid for cid, _, _ in s.codes if cid in rows}
            for cid in tabled:
                info[cid]["uses"].append((m.sent or "", rows.pop(cid), s))
                info[cid]["evidence"].append(s)
            poss = {cid: _possessive(s, a) for cid, a, _ in s.codes}
            starts = {cid: a for cid, a, _ in s.codes}
            own = _uses_by_code(s) if n is not None and len(s.codes) > 1 else {}
            for cid in codes:
                rec = info[cid]
                if n is not None and (s.codes or len(msg_codes) == 1) and cid not in tabled:
                    rec["uses"].append((m.sent or "", own.get(cid, n), s))
                    rec["evidence"].append(s)
                if s.has("discount") and rec["discount"] is None and not s.has("purchase_use"):
                    rec["discount"] = norm_ws(s.spans("discount")[0].text)
                if not s.codes:
                    continue
                to = [p for p in ctx.addressees(m) if ctx.role(p) != "vendor_employee"]
                labelled = _line_label(ctx, s, m, starts[cid]) if ctx.role(sender) == "vendor_employee" else None
                called = labelled or _vocative_before(ctx, s, m, starts[cid]) or _vocative(ctx, s, m)
                if labelled is not None:
                    rec["assigned"].append((m.sent or "", labelled, s, True))  # "- Sergeant Ames: HB-AMES10"
                    rec["evidence"].append(s)
                    continue
                if called is not None:
                    to = [called]  # "Tamsin, your code is X": the one the sentence opens by naming, of To or Cc
                of = poss.get(cid)
                named = ctx.find(of, m, ("person",)) if of is not None and of not in ("mine", "yours") else None
                if named and ctx.role(named) != "vendor_employee":
                    rec["assigned"].append((m.sent or "", named, s, True))  # "Owen's code X has been used 12 times"
                    rec["evidence"].append(s)
                elif poss.get(cid) == "mine" and sender and ctx.role(sender) != "vendor_employee":
                    rec["claimed"].append((m.sent or "", sender, s))  # "use my code X"
                    rec["evidence"].append(s)
                elif poss.get(cid) == "yours" and len(to) == 1 and ctx.role(sender) != "vendor_employee":
                    rec["assigned"].append((m.sent or "", to[0], s, True))  # "your code X is a hit"
                    rec["evidence"].append(s)
                elif ctx.role(sender) == "vendor_employee":
                    # the vendor writing to one person about a code: a strong assignment when
                    # worded so ("your code", "here is a code I made for you"), a weak one otherwise
                    if len(to) == 1 and not made_public and not _public(s.text):
                        rec["assigned"].append((m.sent or "", to[0], s, s.has("assign") or poss.get(cid) == "yours"))
                        rec["evidence"].append(s)
                elif sender and not s.has("purchase_use") and not _came_to_writer(s, maker=_maker_names(ctx)) \
                        and not made_public \
                        and not _public(s.text):
                    rec["distributed"].append((m.sent or "", sender, s))
                    rec["evidence"].append(s)
    owners = {cid: _owner(rec) for cid, rec in info.items()}
    for when, you, n, s in pending:
        theirs = [cid for cid, o in owners.items() if o == you]
        if len(theirs) == 1:  # the one code of that person's (of two, no telling which)
            info[theirs[0]]["uses"].append((when, n, s))
            info[theirs[0]]["evidence"].append(s)
    for cid, rec in info.items():
        owner = owners[cid]
        if not owner or ctx.role(owner) == "vendor_employee":
            continue
        refused = [w for w, p in rec["declined"] if p == owner]
        if refused and not any(p == owner and w > min(refused) for w, p, _ in [*rec["claimed"], *rec["distributed"]]):
            continue  # refused by the one it was handed to, and never handed out after
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
        conf = 0.9 if any(a[3] for a in rec["assigned"]) else 0.7
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


def _owner(rec: dict) -> str | None:
    """Whose a code is: the one the vendor hands it to ("your personal code is X"), else the one who calls it theirs
    ("use my code X"), else the one who hands it out most (the first of them), else the one it was written to."""
    owner = None
    strong = [a for a in rec["assigned"] if a[3]]
    if strong:
        owner = sorted(strong, key=lambda a: a[0])[0][1]
    elif rec["claimed"] or rec["distributed"]:
        spread = rec["claimed"] or rec["distributed"]  # who says "my code", else who hands it out
        counts: dict[str, int] = defaultdict(int)
        for _, p, _ in spread:
            counts[p] += 1
        first: dict[str, str] = {}
        for when, p, _ in spread:
            first.setdefault(p, when)
        owner = min(counts, key=lambda p: (-counts[p], first[p]))
    elif rec["assigned"]:
        owner = sorted(rec["assigned"], key=lambda a: a[0])[0][1]
    return owner


def code_name(ctx: ThreadContext, cid: str) -> str:
    n = ctx.index_nodes.get(cid) or ctx.nodes.get(cid)
    if n is not None:
        return n.name
    return next((t for t, c in ctx.codes.items() if c == cid), cid)
