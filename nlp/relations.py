"""GIFT, REFERRAL and PROMOTED relations, each tied to the sentences that state it.

The relations stage reads the messages, the resolved entities (`EntityIndex`) and the profile's
``relations.yaml`` (trigger lexicons and token patterns: rules are data). It works in two steps:

1. **Sentences.** Each message's own text (no quoted history) is cut into paragraphs and
   sentences, hard line wraps undone, and each sentence is tokenised and scanned with spaCy
   ``PhraseMatcher`` (cue lexicons, products, codes) and ``Matcher`` (usage counts, discounts).
2. **Threads.** Messages are grouped into threads (references, else the same subject between the
   same people) and read in date order. A *gift offer* is a sentence that says something is free
   or handed over, names items or a value, and is neither a sale, a condition ("for every 10
   uses"), a maybe ("we might be able to") nor a request. Later messages of the thread accept it,
   confirm shipping or receipt (evidence added to the same gift), or decline or withdraw it (no
   gift). Marketing blasts, auto-replies and calendar invitations carry no relation.

``REFERRAL`` links a promo code's owner (the officer it was handed to, or who hands it out) to the
vendor, with the code, discount and the latest reported number of uses. ``PROMOTED`` links an
officer who endorses the product (first person: "I'd recommend the porch camera") to the product,
or to the vendor when no product is named.

Examples
--------
>>> parse_money("nearly $4,000")[0][0]
4000.0
>>> parse_money("roughly 800 bucks")[0][0]
800.0
>>> parse_money("$2.4k in hardware")[0][0]
2400.0
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from giftgraph.graph.model import Edge, Evidence, Node
from giftgraph.ingest.message import Message, make_id

__all__ = [
    "RelationRules", "Sentence", "load_rules", "parse_money", "words_to_number", "own_text",
    "split_sentences", "group_threads", "extract_relations",
]

PROFILES_DIR = Path(__file__).parent / "profiles"

# ---------------------------------------------------------------------------------------------
# Money and numbers


_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_SCALE = {"hundred": 100, "thousand": 1000, "grand": 1000, "k": 1000, "million": 1_000_000, "m": 1_000_000,
          "mm": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000}
_NUMWORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|million|a|an|and)"

_MONEY_RE = re.compile(
    r"(?P<cur>US\$|\$|USD\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d{1,2}))?(?:\s?(?P<suf>[kK]|thousand|grand|million|billion|bn|[mM]{1,2}(?![a-z])))?(?![\w,])"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec2>\d{1,2}))?\s?(?P<suf2>[kK]|thousand|grand)?\s(?P<unit2>bucks|dollars|usd)\b"
    rf"|(?P<words>(?:{_NUMWORD}[\s-]+)*{_NUMWORD})\s(?P<unit3>bucks|dollars)\b"
    r"|(?P<grand>\ba grand\b)",
    re.I,
)


def words_to_number(text: str) -> int | None:
    """Spelled-out numbers: "five hundred" -> 500, "twelve hundred" -> 1200, "two thousand" -> 2000.

    >>> words_to_number("twelve hundred")
    1200
    >>> words_to_number("a dozen") is None
    True
    """
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", text.lower().strip()):
        if not w or w == "and":
            continue
        if w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w in _SCALE:
            current = (current or 1) * _SCALE[w]
            if _SCALE[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_money(text: str) -> list[tuple[float, int, int]]:
    """Dollar amounts in `text` as (value, start, end): "$2,490.00", "$1.2k", "600 bucks",
    "five hundred dollars". Qualifiers ("close to", "about", "just under") are left out of the value.

    >>> [v for v, s, e in parse_money("$129 per unit, so $2,580 - a bit over $2,500")]
    [129.0, 2580.0, 2500.0]
    >>> parse_money("$2,490.00")[0][0]
    2490.0
    >>> parse_money("five hundred dollars")[0][0]
    500.0
    """
    out = []
    for m in _MONEY_RE.finditer(text):
        if m.group("grand"):
            out.append((1000.0, m.start(), m.end()))
            continue
        if m.group("words"):
            n = words_to_number(m.group("words"))
            if n:
                out.append((float(n), m.start("words"), m.end()))
            continue
        num, dec, suf = (m.group("num"), m.group("dec"), m.group("suf")) if m.group("num") else (
            m.group("num2"), m.group("dec2"), m.group("suf2"))
        value = float(num.replace(",", "") + ("." + dec if dec else ""))
        if suf:
            value *= _SCALE[suf.lower()]
        out.append((value, m.start(), m.end()))
    return out


# ---------------------------------------------------------------------------------------------
# Rules (the profile's relations.yaml, compiled)


_BLANK = None


def _nlp_blank():
    """A blank English pipeline: the tokenizer and vocab the rule matchers run on."""
    import spacy

    global _BLANK
    if _BLANK is None:
        _BLANK = spacy.blank("en")
    return _BLANK


def load_rules(profile: Any = None) -> dict:
    """The relation rules of a profile: a `Profile` (its ``raw["relations"]``), a profile name or
    directory, or a dict of rules. Falls back to the default profile's file."""
    import yaml

    if isinstance(profile, dict):
        return profile
    raw = getattr(profile, "raw", None)
    if isinstance(raw, dict) and raw.get("relations"):
        return raw["relations"]
    candidates = []
    if isinstance(profile, (str, Path)) and str(profile):
        p = Path(profile)
        candidates += [p / "relations.yaml", PROFILES_DIR / str(profile) / "relations.yaml"]
    directory = getattr(profile, "path", None) or getattr(profile, "directory", None)
    if directory:
        candidates.insert(0, Path(directory) / "relations.yaml")
    candidates.append(PROFILES_DIR / "ring_lapd" / "relations.yaml")
    for c in candidates:
        if c.is_file():
            try:
                return yaml.safe_load(c.read_text(encoding="utf-8")) or {}
            except yaml.YAMLError as exc:
                raise ValueError(f"{c}: not valid YAML: {exc}") from exc
    raise FileNotFoundError("no relations.yaml found for profile %r" % (profile,))


class RelationRules:
    """The compiled rules: one PhraseMatcher for the cue lexicons, one Matcher for token patterns."""

    def __init__(self, data: dict, nlp=None):
        from spacy.matcher import Matcher, PhraseMatcher

        self.data = data
        self.nlp = nlp or _nlp_blank()
        self.gift = data.get("gift", {}) or {}
        self.referral = data.get("referral", {}) or {}
        self.promoted = data.get("promoted", {}) or {}
        self.skip = data.get("skip_messages", {}) or {}
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        groups = {
            "free": self.gift.get("free"), "not_free": self.gift.get("not_free"), "give": self.gift.get("give"),
            "purchase": self.gift.get("purchase"), "conditional": self.gift.get("conditional"),
            "hypothetical": self.gift.get("hypothetical"), "request": self.gift.get("request"),
            "received_by_speaker": self.gift.get("received_by_speaker"), "decline": self.gift.get("decline"),
            "withdraw": self.gift.get("withdraw"), "ship": self.gift.get("ship"), "receive": self.gift.get("receive"),
            "accept": self.gift.get("accept"), "irrealis": self.gift.get("irrealis"),
            "share_out": self.gift.get("share_out"), "org_words": self.gift.get("org_words"),
            "each_of_you": self.gift.get("each_of_you"),
            "unit_words": self.gift.get("unit_words"), "value_cue": self.gift.get("money_value_cues"),
            "not_value_after": self.gift.get("money_not_value_after"),
            "not_value_before": self.gift.get("money_not_value_before"),
            "assign": self.referral.get("assign"), "distribute": self.referral.get("distribute"),
            "purchase_use": self.referral.get("purchase_use"),
            "endorse": self.promoted.get("endorse"), "not_endorse": self.promoted.get("not_endorse"),
            "vendor_words": self.promoted.get("vendor_words"), "product_pronoun": self.promoted.get("product_pronouns"),
        }
        for purpose, words in (self.gift.get("purpose") or {}).items():
            groups[f"purpose:{purpose}"] = words
        for label, words in groups.items():
            if words:
                self.phrases.add(label, [self.nlp.make_doc(str(w)) for w in words])
        self.matcher = Matcher(self.nlp.vocab)
        for label, key in (("uses", "uses_patterns"), ("discount", "discount_patterns")):
            pats = self.referral.get(key) or []
            if pats:
                self.matcher.add(label, pats)
        # token patterns for any cue label (`patterns: {label: [[{LOWER: ...}, ...], ...]}` in a
        # section): wording with optional words between fixed ones ("thanks once more for all the gear",
        # "I'd honestly recommend"), which a phrase list can only spell out one variant at a time
        for section in (self.gift, self.referral, self.promoted):
            for label, pats in (section.get("patterns") or {}).items():
                if pats:
                    self.matcher.add(str(label), pats)
        # DependencyMatcher patterns, run on the parsed Doc of a message when the pipeline parsed it
        self.dep_patterns = {label: pats for label, pats in (self.gift.get("dependency_patterns") or {}).items() if pats}
        self._dep_matchers: dict = {}
        nw = self.gift.get("number_words") or {}
        self.number_words = {str(k).lower(): int(v) for k, v in nw.items()}
        self.fillers = {str(w).lower() for w in self.gift.get("quantity_fillers") or []}
        self.quote_markers = [re.compile(p, re.M | re.I) for p in data.get("quote_markers") or []]

    def dependency_cues(self, doc) -> list[tuple[str, int, int]]:
        """(label, start char, end char) of each DependencyMatcher match in a parsed `doc`."""
        from spacy.matcher import DependencyMatcher

        if not self.dep_patterns or doc is None or not doc.has_annotation("DEP"):
            return []
        if not hasattr(doc, "vocab") and hasattr(doc, "parsed"):  # an nlp.analysis.Analysis: parse on demand
            doc = doc.parsed()
            if doc is None or not doc.has_annotation("DEP"):
                return []
        key = id(doc.vocab)
        if key not in self._dep_matchers:
            dm = DependencyMatcher(doc.vocab)
            for label, pats in self.dep_patterns.items():
                dm.add(label, pats)
            self._dep_matchers[key] = dm
        out = []
        for match_id, token_ids in self._dep_matchers[key](doc):
            toks = [doc[i] for i in token_ids]
            out.append((doc.vocab.strings[match_id], min(t.idx for t in toks),
                        max(t.idx + len(t) for t in toks)))
        return out

    @classmethod
    def from_profile(cls, profile=None, nlp=None) -> "RelationRules":
        return cls(load_rules(profile), nlp=nlp)

    def scan(self, doc) -> dict[str, list]:
        """Cue spans by label; a `not_free` span hides the `free` spans inside it."""
        from spacy.util import filter_spans

        found: dict[str, list] = defaultdict(list)
        for match_id, start, end in self.phrases(doc):
            found[self.nlp.vocab.strings[match_id]].append(doc[start:end])
        for match_id, start, end in self.matcher(doc):
            found[self.nlp.vocab.strings[match_id]].append(doc[start:end])
        if found.get("not_free") and found.get("free"):
            masked = [(s.start, s.end) for s in found["not_free"]]
            found["free"] = [s for s in found["free"] if not any(a <= s.start and s.end <= b or a <= s.start < b for a, b in masked)]
            if not found["free"]:
                del found["free"]
        for k in list(found):
            found[k] = sorted(found[k], key=lambda s: (s.start, -len(s)))
        found["uses"] = filter_spans(found.get("uses", [])) if found.get("uses") else []
        return found

    def is_skipped(self, m: Message, text: str) -> str | None:
        """Why a message carries no relation ("auto_reply", "calendar", "marketing_blast"), or None."""
        subj = (m.subject or "").strip().lower()
        low = text.lower()
        for kind in ("auto_reply", "calendar", "marketing_blast"):
            rule = self.skip.get(kind) or {}
            if any(subj.startswith(p) for p in rule.get("subject_prefixes") or []):
                return kind
            hits = sum(1 for cue in rule.get("body") or [] if cue in low)
            if hits >= int(rule.get("min_cues", 1) or 1) and hits:
                if kind == "calendar" and hits < 2 and not subj.startswith("invitation"):
                    continue
                return kind
        return None


# ---------------------------------------------------------------------------------------------
# Text: own text, paragraphs, sentences


@dataclass(eq=False)
class Sentence:
    """One sentence of a message's own text, tokenised and scanned."""

    message: Message
    index: int
    paragraph: int
    start: int  # character offsets in message.body
    end: int
    text: str  # whitespace-normalised
    doc: Any = None
    _cues: dict = field(default_factory=dict, repr=False)  # see `cues`
    products: list = field(default_factory=list)  # [(node id, token start, token end, surface)]
    codes: list = field(default_factory=list)  # [(node id, token start, token end)]
    # (labels, matches): the dependency-parse cues not read yet. `matches()` gives the message's
    # DependencyMatcher matches, parsing it on first call; a label of `labels` is only looked up when
    # a rule asks for it, so a message none of whose sentences is asked is never parsed (on a large
    # release, most of those the regex anchors let through)
    _deferred: Any = field(default=None, repr=False)

    @property
    def cues(self) -> dict:
        """Cue spans by label (the dependency-parse cues included: the message is parsed if needed)."""
        self._read_deferred()
        return self._cues

    @cues.setter
    def cues(self, value: dict) -> None:
        self._cues = value

    def defer(self, labels: frozenset, matches: Callable[[], list]) -> None:
        """Cues of ``labels`` come from ``matches()`` ((label, start char, end char) in the body),
        called when one of them is first asked for."""
        self._deferred = (labels, matches)

    def _read_deferred(self, label: str | None = None) -> None:
        if self._deferred is None or (label is not None and label not in self._deferred[0]):
            return
        matches, self._deferred = self._deferred[1], None
        for name, a, b in matches():
            if self.start <= a and b <= self.end:
                self._cues.setdefault(name, []).append(self.doc[0:0])

    def spans(self, label: str) -> list:
        """The cue spans of one label (parses the message only for a dependency-pattern label)."""
        self._read_deferred(label)
        return self._cues.get(label) or []

    def has(self, label: str) -> bool:
        return bool(self.spans(label))


def own_text(m: Message, rules: RelationRules | None = None, doc=None) -> str:
    """The message's own text: the body up to the first quoted-history or forward marker."""
    body = m.body or ""
    text = doc.text if doc is not None and body.startswith(doc.text) else body
    cut = len(text)
    for rx in (rules.quote_markers if rules else []):
        mm = rx.search(text)
        if mm and mm.start() < cut and mm.start() > 0:
            cut = mm.start()
    return text[:cut]


_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(\[$*])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "det", "sgt", "lt", "capt", "cpt", "ofc", "cmdr", "insp",
    "inc", "corp", "ltd", "jr", "sr", "vs", "e.g", "i.e", "approx", "dept", "ave", "blvd",
    "p.o", "u.s", "attn", "slo",
}
_NUMBER_ABBREVIATIONS = {"no", "nos", "ste", "apt", "fig", "vol", "pg", "p"}  # only before a number: "Unit No. 4410"
_BULLET = re.compile(r"^\s*(?:[*\u2022\-]|\d+[.)])\s+")


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of each sentence; single line breaks inside a paragraph are
    undone, bullets and blank lines start new sentences.

    >>> t = "Hello Lee,\\n\\nTwo cams are\\nset aside for you. Cheers!"
    >>> [t[s:e] for p, s, e in split_sentences(t)]
    ['Hello Lee,', 'Two cams are\\nset aside for you.', 'Cheers!']
    """
    out = []
    para = 0
    for pm in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        block_start = pm.start()
        lines = pm.group(0).split("\n")
        # a bullet line starts its own chunk; other lines continue the chunk
        chunks: list[tuple[int, int]] = []
        pos = block_start
        prev = ""
        for line in lines:
            ls, le = pos, pos + len(line)
            # a salutation ("Lee,") or a finished sentence ends the chunk: a printed page
            # often has no blank line between greeting, paragraphs and signature
            closed = bool(re.search(r"[.!?:]\W{0,2}$", prev.rstrip())) or (
                prev.rstrip().endswith(",") and len(prev.split()) <= 5)
            if chunks and not _BULLET.match(line) and line.strip() and not closed:
                chunks[-1] = (chunks[-1][0], le)
            elif line.strip():
                chunks.append((ls, le))
            prev = line if line.strip() else prev
            pos = le + 1
        for cs, ce in chunks:
            chunk = text[cs:ce]
            last = 0
            flat = chunk.replace("\n", " ")
            for sm in _SENT_END.finditer(flat):
                word = re.search(r"(\S+)$", flat[:sm.start()])
                w = word.group(1).rstrip(".").lower() if word else ""
                if word and (w in _ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", word.group(1))
                             or (w in _NUMBER_ABBREVIATIONS and flat[sm.end():sm.end() + 1].isdigit())):
                    continue  # "Det. J. Doe", "St. Ann", "No. 4410": not a sentence end
                piece = chunk[last:sm.start()]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    out.append((para, cs + last + lead, cs + last + len(piece.rstrip())))
                last = sm.end()
            piece = chunk[last:]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((para, cs + last + lead, cs + last + len(piece.rstrip())))
        para += 1
    return out


def _norm_ws(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------------------------------------
# Threads


_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg)\s*(\[\d+\])?\s*:\s*)+", re.I)


def _subject_key(subject: str) -> str:
    s = _PREFIX.sub("", subject or "")
    return " ".join(re.sub(r"[^a-z0-9$%]+", " ", s.lower()).split())


def _days_apart(a: str, b: str) -> float:
    from datetime import datetime

    try:
        return abs((datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds()) / 86400
    except (TypeError, ValueError):
        return 0.0


def group_threads(messages: list[Message], participants, *, max_gap_days: float = 120) -> list[list[Message]]:
    """Threads in date order: messages linked by ``thread``/``in_reply_to``, or with the same
    subject (re:/fw: removed), at least one person in common and no more than `max_gap_days`
    between a message and the one before it."""
    parent = {m.id: m.id for m in messages}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    by_id = {m.id: m for m in messages}
    for m in messages:
        for ref in (m.thread, m.in_reply_to):
            # a reference links two messages only when their subjects agree (printed releases
            # give references that are guessed, not read from headers)
            if ref and ref in by_id and _subject_key(by_id[ref].subject) == _subject_key(m.subject):
                union(ref, m.id)
    by_subject: dict[str, list[Message]] = defaultdict(list)
    for m in sorted(messages, key=lambda m: (m.sent or "", m.id)):
        key = _subject_key(m.subject)
        if key:
            by_subject[key].append(m)
    for group in by_subject.values():
        for i, m in enumerate(group):
            pm = participants(m)
            for j in range(i - 1, -1, -1):  # not reversed(group[:i]): a copy per message is quadratic
                other = group[j]
                if _days_apart(other.sent, m.sent) > max_gap_days:
                    break  # a reused subject months later is another conversation
                if pm & participants(other):
                    union(other.id, m.id)
                    break
    threads: dict[str, list[Message]] = defaultdict(list)
    for m in messages:
        threads[find(m.id)].append(m)
    return [sorted(t, key=lambda m: (m.sent or "", m.id)) for t in threads.values()]


# ---------------------------------------------------------------------------------------------
# The extractor


@dataclass
class _Gift:
    giver: str
    recipients: list[str]
    offer: Message
    thread_pos: int
    items: dict[str, int] = field(default_factory=dict)  # shared by every recipient unless split
    split: bool = False  # "one for you, one for X": each recipient gets one of each item
    stated_value: float | None = None
    offer_sents: list[Sentence] = field(default_factory=list)
    evidence: list[Sentence] = field(default_factory=list)
    later_items: dict[str, int] = field(default_factory=dict)
    shipped: Message | None = None
    received: Message | None = None
    accepted: Message | None = None
    declined: bool = False
    withdrawn: bool = False
    ship_value: float | None = None


class _Extractor:
    def __init__(self, messages, docs, index, profile, rules: RelationRules):
        self.messages = sorted(messages, key=lambda m: (m.sent or "", m.id))
        self.docs = docs or {}
        self.index = index
        self.profile = profile
        self.rules = rules
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self._pid_cache: dict[tuple[str, str], str | None] = {}
        self._build_catalogues()
        self.sentences: dict[str, list[Sentence]] = {}
        self.skipped: dict[str, str] = {}
        texts: dict[str, str] = {}
        anchored: set[str] = set()
        for m in self.messages:
            text = texts[m.id] = own_text(m, rules, self.docs.get(m.id))
            why = rules.is_skipped(m, text)
            if why:
                self.skipped[m.id] = why
            elif self._anchored(text) or self._anchored(m.subject or ""):
                anchored.add(m.id)
        # Only threads that name a product, a promo code, the vendor or a stated value can hold a
        # relation: the others are never cut into sentences (most of a large release).
        self.threads = group_threads(self.messages, self.participants)
        self.relevant: set[str] = set()
        for thread in self.threads:
            if any(m.id in anchored for m in thread):
                self.relevant.update(m.id for m in thread)
        for m in self.messages:
            if m.id in self.relevant:
                self.sentences[m.id] = self._sentences(m, texts[m.id])

    def _anchored(self, text: str) -> bool:
        return bool(self.anchor_ci and self.anchor_ci.search(text)) or bool(
            self.anchor_cs and self.anchor_cs.search(text))

    # -- catalogues ------------------------------------------------------------------------
    def _build_catalogues(self):
        from spacy.matcher import PhraseMatcher

        nlp = self.rules.nlp
        nodes = getattr(self.index, "nodes", {}) or {}
        self.products: dict[str, Node] = {nid: n for nid, n in nodes.items() if n.kind == "product"}
        if not self.products:  # an index without products: take them from the profile
            for p in _profile_list(self.profile, "products"):
                name = p["name"] if isinstance(p, dict) else getattr(p, "name")
                aliases = (p.get("aliases") if isinstance(p, dict) else getattr(p, "aliases", [])) or []
                price = p.get("unit_price_usd") if isinstance(p, dict) else getattr(p, "unit_price_usd", None)
                nid = make_id("product", name.lower())
                self.products[nid] = Node(id=nid, kind="product", name=name, aliases=list(aliases),
                                          attrs={"unit_price_usd": price})
                self.nodes[nid] = self.products[nid]
        self.prod_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.prod_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for nid, n in self.products.items():
            forms = {n.name, *n.aliases}
            for f in list(forms):
                if f and not f.endswith("s") and f[-1].isalpha():
                    forms.add(f + "s")
            exact = [f for f in forms if f and any(c.isupper() for c in f)]
            lower = [f for f in forms if f and not any(c.isupper() for c in f)]
            # capitalised names also match in lower case when they are several words
            lower += [f for f in exact if len(f.split()) > 1]
            if exact:
                self.prod_exact.add(nid, [nlp.make_doc(f) for f in exact])
            if lower:
                self.prod_lower.add(nid, [nlp.make_doc(f) for f in lower])
        self.codes: dict[str, str] = {}  # code text -> node id
        for nid, n in nodes.items():
            if n.kind == "code":
                self.codes[n.name] = nid
                for a in n.aliases:
                    self.codes.setdefault(a, nid)
        raw = getattr(self.profile, "raw", {}) or {}
        pats = (raw.get("promo_codes") or {}).get("patterns") or []
        self.code_patterns = [re.compile(rf"^(?:{p})$") for p in pats]
        self.vendor_id = getattr(self.index, "vendor_id", None)
        if not self.vendor_id:
            vendor = getattr(self.profile, "vendor", None) or (raw.get("profile") or {}).get("vendor")
            vname = vendor if isinstance(vendor, str) else getattr(vendor, "name", None)
            if vname and self.index is not None:
                self.vendor_id = self.index.find(vname, kinds=("organization",))
        self.agency_id = getattr(self.index, "agency_id", None)
        self.vendor_forms: list[str] = []
        if self.vendor_id and self.vendor_id in nodes:
            v = nodes[self.vendor_id]
            self.vendor_forms = [f for f in {v.name, *v.aliases} if f]
        self.vendor_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        if self.vendor_forms:
            self.vendor_matcher.add("VENDOR", [nlp.make_doc(f) for f in self.vendor_forms])
        # anchors: a cheap regex test of whether a text could hold a relation at all
        ci = {f for n in self.products.values() for f in (n.name, *n.aliases) if f}
        cues = {str(w) for w in self.rules.gift.get("money_value_cues") or []}
        cs = {*self.vendor_forms, *self.codes}
        alt = lambda forms: "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
        parts = [f"(?<!\\w)(?:{alt(ci)})"] if ci else []
        if cues:  # a stated value: an amount within a few words of "worth", "valued at", ...
            money = r"(?:\$\s?\d[\d,.]*\s?(?:k|K|thousand|grand)?|\d[\d,.]*\s?(?:bucks|dollars))"
            parts.append(rf"{money}\W+(?:\w+\W+){{0,3}}?(?:{alt(cues)})|(?:{alt(cues)})\W+(?:\w+\W+){{0,3}}?{money}")
        self.anchor_ci = re.compile("|".join(parts), re.I) if parts else None
        cs_parts = [alt(cs)] if cs else []
        cs_parts += [f"(?:{p.pattern[4:-2]})" for p in self.code_patterns]
        self.anchor_cs = re.compile(r"(?<!\w)(?:" + "|".join(cs_parts) + r")(?!\w)") if cs_parts else None
        self.code_finder = re.compile(r"(?<![\w-])(?:" + "|".join(p.pattern[4:-2] for p in self.code_patterns) + r")(?![\w-])") \
            if self.code_patterns else None

    # -- sentences -------------------------------------------------------------------------
    def _sentences(self, m: Message, text: str) -> list[Sentence]:
        from spacy.util import filter_spans

        out = []
        nlp = self.rules.nlp
        parsed = self.docs.get(m.id)
        # the parsed Doc covers a prefix of the body, so its character offsets are body offsets;
        # the parse is made when a rule first asks a sentence for a dependency cue (see `Sentence.defer`)
        dep = None
        if self.rules.dep_patterns and parsed is not None and (m.body or "").startswith(parsed.text):
            memo: list = []
            rules = self.rules  # not `self`: a sentence must not hold its extractor (a cycle keeps every Doc alive)

            def dep() -> list:
                if not memo:
                    memo.append(rules.dependency_cues(parsed))
                return memo[0]
        dep_labels = frozenset(self.rules.dep_patterns)
        for i, (para, s, e) in enumerate(split_sentences(text)):
            norm = _norm_ws(text[s:e])[:nlp.max_length]  # spaCy refuses longer texts (E088): one giant "sentence"
            doc = nlp.make_doc(norm)
            sent = Sentence(message=m, index=i, paragraph=para, start=s, end=e, text=norm, doc=doc)
            sent.cues = self.rules.scan(doc)
            if dep is not None:
                sent.defer(dep_labels, dep)
            spans = []
            for mid, a, b in list(self.prod_exact(doc)) + list(self.prod_lower(doc)):
                span = doc[a:b]
                span.label_ = nlp.vocab.strings[mid]
                spans.append(span)
            for span in filter_spans(spans):
                sent.products.append((span.label_, span.start, span.end, span.text))
            if self.codes and any(t.text.strip(".,;:!?()[]\"'") in self.codes for t in doc):
                for tok in doc:
                    t = tok.text.strip(".,;:!?()[]\"'")
                    if t in self.codes:
                        sent.codes.append((self.codes[t], tok.i, tok.i + 1))
            if self.code_finder is not None and not sent.codes and self._code_context(doc):
                for cm in self.code_finder.finditer(norm):
                    t = cm.group(0)
                    span = doc.char_span(cm.start(), cm.end(), alignment_mode="expand")
                    if span is None:
                        continue
                    nid = self.codes.get(t) or make_id("code", t.upper())
                    self.codes[t] = nid
                    self.nodes.setdefault(nid, Node(id=nid, kind="code", name=t))
                    sent.codes.append((nid, span.start, span.end))
            out.append(sent)
        return out

    def _code_context(self, doc) -> bool:
        if not hasattr(self, "_ctx_words"):
            raw = getattr(self.profile, "raw", {}) or {}
            self._ctx_words = {str(w).lower() for w in (raw.get("promo_codes") or {}).get("context")
                               or ["code", "promo", "discount"]}
        return any(t.lower_ in self._ctx_words for t in doc)

    # -- people ----------------------------------------------------------------------------
    def pid(self, addr) -> str | None:
        key = (addr.name, addr.email)
        if key not in self._pid_cache:
            try:
                self._pid_cache[key] = self.index.person_for_address(addr) if self.index is not None else None
            except Exception:  # noqa: BLE001 - a look-up failure is just "unknown"
                self._pid_cache[key] = None
        return self._pid_cache[key]

    def participants(self, m: Message) -> set[str]:
        out = set()
        for a in [m.sender, *m.to, *m.cc]:
            p = self.pid(a) or (a.email or a.name).lower()
            if p:
                out.add(p)
        return out

    def role(self, pid: str | None) -> str | None:
        n = (getattr(self.index, "nodes", {}) or {}).get(pid) if pid else None
        if n is None:
            n = self.nodes.get(pid) if pid else None
        return n.attrs.get("role") if n is not None else None

    def side(self, pid: str | None) -> str:
        """The vendor's side or not (used to tell giver's people from recipient's)."""
        r = self.role(pid)
        return "vendor" if r == "vendor_employee" else (pid or "?")

    def addressees(self, m: Message) -> list[str]:
        s = self.pid(m.sender)
        out = []
        for a in m.to:
            p = self.pid(a)
            if p and p != s and p not in out:
                out.append(p)
        if not out:
            for a in m.cc:
                p = self.pid(a)
                if p and p != s and p not in out:
                    out.append(p)
        return out

    def find(self, text: str, m: Message, kinds) -> str | None:
        if self.index is None or not text.strip():
            return None
        try:
            return self.index.find(text, message=m, kinds=tuple(kinds))
        except Exception:  # noqa: BLE001
            return None

    def evidence(self, s: Sentence) -> Evidence:
        m = s.message
        prov = next((p for p in m.provenance if not p.quoted), m.provenance[0] if m.provenance else None)
        return Evidence(message=m.id, quote=s.text, page=prov.page if prov else None,
                        bates=prov.bates if prov else None, file=prov.file if prov else None)

    def price(self, product_id: str) -> float | None:
        n = self.products.get(product_id)
        v = n.attrs.get("unit_price_usd") if n is not None else None
        return float(v) if isinstance(v, (int, float)) else None

    # -- quantities and values -------------------------------------------------------------
    def quantity_before(self, doc, start: int) -> int | None:
        j = start - 1
        steps = 0
        while j >= 0 and steps < 6:
            for n in (3, 2, 1):
                if j - n + 1 < 0:
                    continue
                phrase = " ".join(t.lower_ for t in doc[j - n + 1:j + 1])
                if phrase in self.rules.number_words:
                    return self.rules.number_words[phrase]
            tok = doc[j]
            if tok.like_num and not (j > 0 and doc[j - 1].text in "$€£"):
                try:
                    return int(float(tok.text.replace(",", "")))
                except ValueError:
                    n = words_to_number(tok.text)
                    return n
            if tok.lower_ in self.rules.fillers:
                j -= 1
                steps += 1
                continue
            return None
        return None

    def quantity_after(self, doc, end: int) -> int | None:
        """ "Porch Cam x 10", "Yard Cam (qty 4)"."""
        toks = [t for t in doc[end:end + 4] if t.text not in "():"]
        if len(toks) >= 2 and toks[0].lower_ in {"x", "×", "qty", "quantity", "*"} and toks[1].like_num:
            try:
                return int(float(toks[1].text.replace(",", "")))
            except ValueError:
                return words_to_number(toks[1].text)
        return None

    def items_of(self, s: Sentence) -> dict[str, int]:
        items: dict[str, int] = {}
        for nid, a, b, _ in s.products:
            q = self.quantity_before(s.doc, a) or self.quantity_after(s.doc, b) or 1
            items[nid] = max(items.get(nid, 0), q)
        return items

    def stated_value(self, s: Sentence) -> float | None:
        """A dollar amount in a gift sentence that says what the gift is worth."""
        text = s.text
        low = text.lower()
        after = [str(w).lower() for w in self.rules.gift.get("money_not_value_after") or []]
        before = [str(w).lower() for w in self.rules.gift.get("money_not_value_before") or []]
        best = None
        for value, a, b in parse_money(text):
            if value <= 0:
                continue
            tail = low[b:b + 14].lstrip(" )")
            head = low[max(0, a - 14):a].rstrip(" (")
            if any(tail.startswith(w) for w in after) or any(head.endswith(w) for w in before):
                continue
            if low[max(0, a - 1):a] == "(" :  # "(… $199)" right after a product: a unit price
                continue
            best = value if best is None else max(best, value)
        return best

    # -- GIFT ------------------------------------------------------------------------------
    def gift_like(self, s: Sentence) -> bool:
        """Says something is free or handed over, and names items or a value."""
        if s.products:
            return s.has("free") or s.has("give")
        # no item named: a stated value given free ("choose any $400 of equipment, our treat")
        return s.has("value_cue") and s.has("free") and bool(parse_money(s.text))

    def offer_blocked(self, s: Sentence) -> str | None:
        for label in ("purchase", "conditional", "hypothetical", "request", "received_by_speaker"):
            if s.has(label):
                return label
        if s.text.rstrip().endswith("?") and not re.search(r"\b(we|i|us)\b", s.text.lower()):
            return "request"
        return None

    def on_behalf_of(self, s: Sentence, m: Message) -> str | None:
        """The person a notice names as the one who authorised it ("no charge, approved by Lee Park",
        "comped per J. Doe")."""
        mm = re.search(r"\b(?:per|courtesy of|on behalf of|compliments of|at the request of|"
                       r"(?:approved|authori[sz]ed|arranged|requested|comped|okayed|signed off)(?: \w+){0,2}? by)"
                       r"\s+((?:[A-Z][\w.'-]*\s?){1,3})", s.text)
        if not mm:
            return None
        name = mm.group(1).strip().rstrip(".,;:!?)")  # "... by Lee Park." / "(per Lee Park)"
        return self.find(name, m, ("person",))

    def realis(self, s: Sentence) -> bool:
        return not s.has("irrealis")

    def recipients_of(self, s: Sentence, m: Message, thread: list[Message]) -> tuple[list[str], bool]:
        """Who the offer is for, and whether items are shared out one each."""
        doc = s.doc
        low = s.text.lower()
        addressees = self.addressees(m)
        you = self.greeted(m, addressees)
        # "one for you, one for Sam Lee", "one's yours, the other for Sam Lee"
        if s.has("share_out") and len(s.spans("share_out")) >= 2:
            out = []
            for span in s.spans("share_out"):
                j = span.end
                words = []
                while j < len(doc) and doc[j].text not in {",", ".", ";", "-", "–", "!"} and doc[j].lower_ not in {"and", "or", "next", "who", "at", "in", "on"}:
                    words.append(doc[j].text)
                    j += 1
                target = " ".join(words).strip()
                tl = target.lower()
                if tl in {"you", "yourself", "u"}:
                    out.extend(you)
                elif tl.startswith(("your ", "my ")):
                    continue
                elif target:
                    pid = self.find(target, m, ("person", "organization", "division")) or self.mention_only_person(target, m)
                    if pid:
                        out.append(pid)
            out = list(dict.fromkeys(out))
            if len(out) >= 2:
                return out, True
        # "one each for you both": every addressee gets the items
        if s.has("each_of_you") and len(addressees) > 1:
            return addressees, False
        # "to the church", "for Maple Street Chapel"
        org = self.org_recipient(s, m, thread)
        if org:
            return [org], False
        # "for your team / division"
        if s.has("unit_words"):
            for span in s.spans("unit_words"):
                if span.start > 0 and doc[span.start - 1].lower_ in {"your", "the"} and span.start > 1 and doc[span.start - 2].lower_ == "for":
                    div = self.division_of(you[0]) if you else None
                    if div:
                        return [div], False
        return you, False

    def greeted(self, m: Message, addressees: list[str]) -> list[str]:
        """"You": the one addressee, or the one of several whose name the greeting uses."""
        sender = self.pid(m.sender)
        other_side = [p for p in addressees if self.side(p) != self.side(sender)]
        if len(other_side) == 1 or (other_side and len(addressees) > len(other_side)):
            addressees = other_side  # a vendor employee's "you" is not a colleague on copy
        if len(addressees) <= 1:
            return addressees[:1]
        opening = " ".join(s.text for s in self.sentences.get(m.id, [])[:1]).lower()
        nodes = getattr(self.index, "nodes", {}) or {}
        hits = []
        for p in addressees:
            n = nodes.get(p)
            names = {w for f in ([n.name, *n.aliases] if n else []) for w in re.findall(r"[a-z]{3,}", f.lower())}
            if names & set(re.findall(r"[a-z]{3,}", opening)):
                hits.append(p)
        return hits[:1] if len(hits) == 1 else addressees[:1]

    def mention_only_person(self, text: str, m: Message) -> str | None:
        """A person named only in the text ("Sam Lee"), when the index has no node for them."""
        words = text.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words if w.isalpha()):
            name = " ".join(words)
            nid = make_id("person", name.lower())
            self.nodes.setdefault(nid, Node(id=nid, kind="person", name=name, attrs={"role": "other", "source": "mention"}))
            return nid
        return None

    def org_recipient(self, s: Sentence, m: Message, thread: list[Message]) -> str | None:
        doc = s.doc
        body = m.body or ""
        # an organisation (or, after "for", a division) named in the sentence after to/for:
        # "give 4 cameras to Maple Street Chapel", "for Quarry Division"; a division after
        # "to" is where things are shipped ("headed to Quarry Division"), not who receives them
        for mention in self.mentions_in(s):
            if not mention.node_id or mention.node_id == self.vendor_id:
                continue
            before = " ".join(body[max(0, mention.start - 16):mention.start].lower().split())
            if mention.kind == "organization" and re.search(r"\b(to|for)( the)?$", before):
                return mention.node_id
            if mention.kind == "division" and re.search(r"\bfor( the)?$", before):
                return mention.node_id
        for span in s.spans("org_words"):
            if span.start == 0:
                continue
            prev = doc[span.start - 1].lower_
            prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
            if prev in {"the", "your", "their", "our"} and prev2 in {"to", "for", "with"} or prev in {"to", "for"}:
                phrase = doc[span.start - 1:span.end].text
                nid = self.find(phrase, m, ("organization",))
                if nid and nid not in (self.vendor_id, self.agency_id):
                    return nid
                nid = self.thread_org(thread, m) or self.thread_org(thread, None)
                if nid:
                    return nid
        return None

    def mentions_in(self, s: Sentence):
        if self.index is None:
            return []
        try:
            ms = self.index.mentions(s.message.id)
        except Exception:  # noqa: BLE001
            return []
        return [x for x in ms if s.start <= x.start and x.end <= s.end]

    def thread_org(self, thread: list[Message], upto: Message) -> str | None:
        """The organisation (not the vendor or the agency) last mentioned in the thread up to
        `upto`: resolved mentions, or unresolved ones that are a short form of an organisation's
        name ("Maple Chapel" for "Maple Chapel of Lakeview")."""
        orgs = [n for n in (getattr(self.index, "nodes", {}) or {}).values()
                if n.kind == "organization" and n.id not in (self.vendor_id, self.agency_id)]
        last = None
        for m in thread:
            try:
                ms = self.index.mentions(m.id) if self.index is not None else []
            except Exception:  # noqa: BLE001
                ms = []
            for x in ms:
                if x.node_id:
                    if x.kind == "organization" and x.node_id not in (self.vendor_id, self.agency_id):
                        last = x.node_id
                    continue
                t = _norm_ws(x.text).lower()
                if len(t) < 4:
                    continue
                for n in orgs:
                    forms = [n.name.lower(), *(a.lower() for a in n.aliases)]
                    if any(f == t or f.startswith(t + " ") for f in forms):
                        last = n.id
                        break
            if m is upto:
                break
        return last

    def division_of(self, pid: str) -> str | None:
        """The person's division: ``index.member_of[pid]`` when the index offers it, else a
        division/unit/affiliation attribute of the person node."""
        member_of = getattr(self.index, "member_of", None)
        if isinstance(member_of, dict) and member_of.get(pid):
            v = member_of[pid]
            return v[0] if isinstance(v, (list, tuple)) else v
        n = (getattr(self.index, "nodes", {}) or {}).get(pid)
        if n is None:
            return None
        for key in ("division", "unit", "affiliation", "member_of"):
            v = n.attrs.get(key)
            if isinstance(v, list):
                v = v[0] if v else None
            if isinstance(v, str) and v in (self.index.nodes or {}):
                return v
        # else the division their own messages name most (signature blocks: "Harbor Division")
        counts: dict[str, int] = defaultdict(int)
        for m in self.messages:
            if self.pid(m.sender) != pid:
                continue
            try:
                ms = self.index.mentions(m.id)
            except Exception:  # noqa: BLE001
                ms = []
            for x in ms:
                if x.kind == "division" and x.node_id:
                    counts[x.node_id] += 1
        return max(counts, key=lambda k: (counts[k], k)) if counts else None

    def extract_gifts(self) -> None:
        gifts: list[_Gift] = []
        for thread in self.threads:
            if thread[0].id not in self.relevant:
                continue
            open_: list[_Gift] = []
            for pos, m in enumerate(thread):
                if m.id in self.skipped:
                    continue
                sender = self.pid(m.sender)
                sents = self.sentences.get(m.id, [])
                for s in sents:
                    self._read_sentence(s, m, sender, thread, pos, open_, gifts)
        self._emit_gifts(gifts)

    def _read_sentence(self, s, m, sender, thread, pos, open_, gifts) -> None:
        live = [g for g in open_ if not g.declined and not g.withdrawn]
        earlier = [g for g in live if g.offer is not m]
        same = [g for g in live if g.offer is m]
        # replies to an open offer: decline / withdraw / ship / receive / accept
        if earlier:
            g = earlier[-1]
            giver_side = sender == g.giver or (self.side(sender) == "vendor" and self.side(g.giver) == "vendor")
            if not giver_side and s.has("decline"):
                g.declined = True
                return
            if giver_side and s.has("withdraw"):
                g.withdrawn = True
                return
            if s.has("ship") and self.realis(s) and giver_side and not self._another_gift(g, s, m):
                g.shipped = g.shipped or m
                g.evidence.append(s)
                g.later_items = _merge_items(g.later_items, self.items_of(s))
                g.ship_value = g.ship_value or (self.stated_value(s) if (s.has("free") or s.has("value_cue")) else None)
                return
            if s.has("receive") and not giver_side:
                g.received = g.received or m
                g.evidence.append(s)
                g.later_items = _merge_items(g.later_items, self.items_of(s))
                return
            if not giver_side and (s.has("accept") or (s.products and (s.has("free") or s.has("give")))):
                if s.has("accept") or s.products:
                    g.accepted = g.accepted or m
                    g.evidence.append(s)
                    g.later_items = _merge_items(g.later_items, self.items_of(s))
                return
        if same:
            g = same[-1]
            if s.has("ship") and self.realis(s) and not s.has("conditional"):
                g.shipped = g.shipped or m
                g.evidence.append(s)
        # a new offer (or a shipment that states a free gift without an offer in view)
        if sender is None or not self.gift_like(s) or self.offer_blocked(s):
            return
        if earlier and sender != earlier[-1].giver:
            return  # the other side of an open offer talking about it
        recipients, split = self.recipients_of(s, m, thread)
        recipients = [r for r in recipients if r and r != sender]
        if not recipients:
            return
        items = self.items_of(s)
        value = self.stated_value(s)
        for g in same:
            if set(g.recipients) == set(recipients):  # a second sentence of the same offer
                g.items = _merge_items(g.items, items)
                g.stated_value = g.stated_value or value
                g.offer_sents.append(s)
                if s.has("ship") and self.realis(s):
                    g.shipped = g.shipped or m
                return
        giver = self.on_behalf_of(s, m) or sender
        g = _Gift(giver=giver, recipients=recipients, offer=m, thread_pos=pos, items=items, split=split,
                  stated_value=value, offer_sents=[s])
        # a shipping notice stating the gift: "Order 12 is out the door ... no charge, approved by Lee"
        if any(t.has("ship") and self.realis(t) and not t.has("conditional") for t in self.sentences.get(m.id, [])):
            g.shipped = m
        if s.has("ship") and self.realis(s):
            g.shipped = m
        open_.append(g)
        gifts.append(g)

    def _another_gift(self, g: _Gift, s: Sentence, m: Message) -> bool:
        """After a gift has shipped, a later free shipment of other items (or of "more", "another",
        "additional" ones) is a gift of its own, not more evidence of the first one."""
        if not g.shipped or g.shipped is m or not self.gift_like(s):
            return False
        items = self.items_of(s)
        if not items:
            return False
        known = dict(g.items) or dict(g.later_items)
        more = re.search(r"\b(?:more|another|additional|extra|second|again)\b", s.text, re.I)
        return bool(more) or any(known.get(pid, 0) < q for pid, q in items.items())

    def _emit_gifts(self, gifts: list[_Gift]) -> None:
        accept_ok = bool(self.rules.gift.get("accept_is_enough", True))
        for g in gifts:
            if g.declined or g.withdrawn:
                continue
            confirmed = g.shipped or g.received
            if not confirmed and not (accept_ok and g.accepted):
                continue
            items = dict(g.items) or dict(g.later_items)
            if not items and g.stated_value is None and g.ship_value is None:
                continue
            stated = g.stated_value if g.stated_value is not None else g.ship_value
            purpose = self.purpose(g)
            when = (g.shipped or g.received or g.accepted or g.offer).sent or g.offer.sent
            conf = 0.9 if (g.shipped and g.received) else 0.85 if confirmed else 0.6
            status = "received" if g.received else "shipped" if g.shipped else "accepted"
            ev_sents = list(dict.fromkeys([*g.offer_sents, *g.evidence], ))
            evidence = []
            seen = set()
            for s in ev_sents:
                key = (s.message.id, s.text)
                if key not in seen:
                    seen.add(key)
                    evidence.append(self.evidence(s))
            for n, r in enumerate(g.recipients):
                if g.split:
                    its = {pid: 1 for pid in items}
                else:
                    its = items
                computed = _sum_value(its, self.price)
                value = stated / len(g.recipients) if stated is not None else computed
                attrs = {
                    "items": [{"product": pid, "quantity": q} for pid, q in sorted(its.items())],
                    "value_usd": round(value, 2) if value is not None else None,
                    "value_source": "stated" if stated is not None else ("computed" if computed is not None else None),
                    "purpose": purpose,
                    "date": (when or "")[:10] or None,
                    "offered": (g.offer.sent or "")[:10] or None,
                    "status": status,
                    "devices": sum(its.values()),
                }
                self.edges.append(Edge(type="GIFT", source=g.giver, target=r, evidence=evidence, confidence=conf,
                                       attrs=attrs, key=make_id("gift", g.giver, r, g.offer.id, n)))

    def purpose(self, g: _Gift) -> str:
        thread_sents = []
        for m in self.messages:
            if m.id == g.offer.id or (m.sent and g.offer.sent and m.sent <= g.offer.sent and
                                      _subject_key(m.subject) == _subject_key(g.offer.subject)):
                thread_sents.extend(self.sentences.get(m.id, []))
        for s in g.evidence:
            if s not in thread_sents:
                thread_sents.append(s)
        has_code = any(s.codes for s in thread_sents)
        has_uses = any(self.uses_in(s) is not None for s in thread_sents)
        needs_uses = bool(self.rules.gift.get("referral_needs_uses", True))
        if has_code and (has_uses or not needs_uses):
            return "referral_reward"
        scores: dict[str, float] = defaultdict(float)
        for s in thread_sents:
            for label, spans in s.cues.items():
                if label.startswith("purpose:") and label != "purpose:referral_reward":
                    scores[label.split(":", 1)[1]] += len(spans) * (2 if s.message.id == g.offer.id else 1)
        giver_role = self.role(g.giver)
        if giver_role == "officer" and all(self.role(r) not in ("officer", "vendor_employee") for r in g.recipients):
            scores["community"] += 2
        if not scores:
            return "other"
        order = ["investigation", "community", "personal", "other"]
        return max(scores, key=lambda k: (scores[k], -order.index(k) if k in order else -9))

    # -- REFERRAL --------------------------------------------------------------------------
    def uses_in(self, s: Sentence) -> int | None:
        if s.has("conditional"):
            return None
        best = None
        for span in s.spans("uses"):
            if span.start > 0 and s.doc[span.start - 1].lower_ in {"every", "each", "per"}:
                continue
            for t in span:
                if t.like_num:
                    try:
                        n = int(float(t.text.replace(",", "")))
                    except ValueError:
                        n = words_to_number(t.text)
                    if n is not None:
                        best = n if best is None else max(best, n)
        return best

    def extract_referrals(self) -> None:
        if not self.vendor_id:
            return
        info: dict[str, dict] = defaultdict(lambda: {"assigned": [], "distributed": [], "uses": [], "evidence": [],
                                                     "discount": None})
        thread_codes: dict[str, list[str]] = {}
        for thread in self.threads:
            codes = list(dict.fromkeys(c for t in thread for s in self.sentences.get(t.id, []) for c, _, _ in s.codes))
            for t in thread:
                thread_codes[t.id] = codes
        for m in self.messages:
            if m.id in self.skipped:
                continue
            sender = self.pid(m.sender)
            sents = self.sentences.get(m.id, [])
            subject_codes = [cid for t, cid in self.codes.items() if re.search(rf"\b{re.escape(t)}\b", m.subject or "")]
            msg_codes = list(dict.fromkeys([c for s in sents for c, _, _ in s.codes] + subject_codes))
            if not msg_codes and len(thread_codes.get(m.id, [])) == 1:
                msg_codes = thread_codes[m.id]  # "18 people have used it so far" in the code's thread
            for s in sents:
                codes = [c for c, _, _ in s.codes] or (msg_codes if len(msg_codes) == 1 else [])
                if not codes:
                    continue
                n = self.uses_in(s)
                for cid in codes:
                    rec = info[cid]
                    if n is not None and (s.codes or len(msg_codes) == 1):
                        rec["uses"].append((m.sent or "", n, s))
                        rec["evidence"].append(s)
                    if s.has("discount") and rec["discount"] is None and not s.has("purchase_use"):
                        rec["discount"] = _norm_ws(s.spans("discount")[0].text)
                    if not s.codes:
                        continue
                    if self.role(sender) == "vendor_employee":
                        # the vendor writing to one person about a code: a strong assignment when
                        # worded so ("your code", "here is a code I made for you"), a weak one otherwise
                        to = [p for p in self.addressees(m) if self.role(p) != "vendor_employee"]
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
                counts = defaultdict(int)
                for _, p, _ in rec["distributed"]:
                    counts[p] += 1
                first = {}
                for when, p, _ in rec["distributed"]:
                    first.setdefault(p, when)
                owner = min(counts, key=lambda p: (-counts[p], first[p]))
            elif rec["assigned"]:
                owner = sorted(rec["assigned"], key=lambda a: a[0])[0][1]
            if not owner or self.role(owner) == "vendor_employee":
                continue
            ev_sents = [s for s in rec["evidence"]
                        if self.pid(s.message.sender) in (owner,) or self.role(self.pid(s.message.sender)) == "vendor_employee"]
            if not ev_sents:
                continue
            uses = sorted(rec["uses"], key=lambda u: u[0])
            attrs = {"code": cid, "code_name": self._code_name(cid), "discount": rec["discount"],
                     "uses": uses[-1][1] if uses else None}
            seen, evidence = set(), []
            for s in ev_sents:
                if (s.message.id, s.text) not in seen:
                    seen.add((s.message.id, s.text))
                    evidence.append(self.evidence(s))
            conf = 0.9 if strong else 0.7
            self.edges.append(Edge(type="REFERRAL", source=owner, target=self.vendor_id, evidence=evidence,
                                   confidence=conf, attrs=attrs, key=make_id("referral", owner, self.vendor_id, cid)))
            name = self._code_name(cid)
            indexed = (getattr(self.index, "nodes", {}) or {}).get(cid)
            if indexed is not None:  # the index's own node: complete it where it is
                indexed.attrs["owner"] = owner
                if attrs["uses"] is not None:
                    indexed.attrs["uses"] = attrs["uses"]
            node = self.nodes.get(cid) or indexed or Node(id=cid, kind="code", name=name)
            node.attrs = dict(node.attrs, owner=owner)
            if node.attrs.get("uses") is None and attrs["uses"] is not None:
                node.attrs["uses"] = attrs["uses"]
            self.nodes[cid] = node

    def _code_name(self, cid: str) -> str:
        n = (getattr(self.index, "nodes", {}) or {}).get(cid) or self.nodes.get(cid)
        if n is not None:
            return n.name
        return next((t for t, c in self.codes.items() if c == cid), cid)

    # -- PROMOTED --------------------------------------------------------------------------
    def extract_promoted(self) -> None:
        roles = set(self.rules.promoted.get("endorser_roles") or ["officer"])
        found: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
        for m in self.messages:
            if m.id in self.skipped:
                continue
            sender = self.pid(m.sender)
            if not sender or self.role(sender) not in roles:
                continue
            sents = self.sentences.get(m.id, [])
            msg_vendor = any(self._vendor_in(s) for s in sents)
            msg_products = any(s.products for s in sents)
            for i, s in enumerate(sents):
                if not s.has("endorse") or s.has("not_endorse") or s.has("conditional") and not s.products:
                    continue
                if s.text.rstrip().endswith("?"):
                    continue
                target = None
                if s.products:
                    target = s.products[0][0]
                elif self._vendor_in(s):
                    target = self.vendor_id
                elif s.has("product_pronoun"):
                    prev = [p for t in sents[:i] if t.paragraph == s.paragraph for p in t.products]
                    if prev:
                        target = prev[-1][0]
                if target is None and (s.has("vendor_words") or s.has("product_pronoun")) and (msg_vendor or msg_products):
                    target = self.vendor_id
                if target:
                    found[(sender, target)].append(s)
        for (src, dst), sents in found.items():
            evidence = [self.evidence(s) for s in sents]
            self.edges.append(Edge(type="PROMOTED", source=src, target=dst, evidence=evidence,
                                   confidence=0.8 if len(sents) == 1 else 0.9,
                                   key=make_id("promoted", src, dst)))

    def _vendor_in(self, s: Sentence) -> bool:
        if not self.vendor_forms:
            return False
        product_tokens = {i for _, a, b, _ in s.products for i in range(a, b)}
        return any(not (set(range(a, b)) & product_tokens) for _, a, b in self.vendor_matcher(s.doc))


def _merge_items(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = max(out.get(k, 0), v)
    return out


def _sum_value(items: dict[str, int], price) -> float | None:
    total, known = 0.0, False
    for pid, q in items.items():
        p = price(pid)
        if p is not None:
            total += p * q
            known = True
    return total if known else None


def _profile_list(profile, key: str) -> list:
    if profile is None:
        return []
    v = getattr(profile, key, None)
    if isinstance(v, list) and v:
        return v
    raw = getattr(profile, "raw", {}) or {}
    data = raw.get(key)
    if isinstance(data, dict):
        data = data.get(key)
    return list(data or [])


def extract_relations(messages: list[Message], docs: dict | None, index, profile=None, *,
                      rules: RelationRules | None = None) -> tuple[list[Node], list[Edge]]:
    """GIFT, REFERRAL and PROMOTED edges (with evidence) for a release.

    Parameters
    ----------
    messages : the deduplicated messages.
    docs : spaCy Docs by message id, parsed over each message's own text (optional; only the
        extent of the own text is taken from them).
    index : the `EntityIndex` of the run (nodes, person_for_address, find, mentions).
    profile : the `Profile` (its ``raw["relations"]``), a profile name or directory.

    Returns
    -------
    (nodes, edges): nodes this stage adds or completes (code owners, people named only in the
    text), and the relation edges.
    """
    rules = rules or RelationRules.from_profile(profile)
    ex = _Extractor(list(messages), docs, index, profile, rules)
    ex.extract_gifts()
    ex.extract_referrals()
    ex.extract_promoted()
    return list(ex.nodes.values()), ex.edges
