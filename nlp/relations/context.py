"""The shared context every relation family reads: threads, sentences with their cues, the
catalogues (products, codes, the vendor) and who is who (participants, addressees, roles)."""
from __future__ import annotations

import functools
import re
from array import array
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from giftgraph.graph.model import Evidence, Node
from giftgraph.ingest.message import Message, make_id
from giftgraph.nlp.codes import code_key, known_code_regex
from giftgraph.spill import Spilled

from . import values
from .rules import RelationRules
from .text import (
    OWE_NEEDS,
    OWE_QUESTION,
    Sentence,
    amounts_in_dollars,
    blank_inline_quotes,
    norm_ws,
    ocr_letters,
    own_text,
    own_text_base,
    printed_otherwise,
    shown_currency,
    split_sentences,
)
from .threads import group_threads, sent_order

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ThreadContext", "SentenceScanner"]


def _trie_alternation(forms, between: str = "") -> str | None:
    """The regex alternation of ``forms`` (each character escaped; ``between``, a pattern, between two characters
    of a form) written as a trie: forms that begin alike share one branch, and a form that another continues is
    an optional end of that branch. It matches what the plain alternation of the forms matches; but the regex
    engine tries a plain alternation's branches one after another at every position of a text, so its cost grows
    with the number of forms, and a trie's with the characters that can follow at each step (the codes found on
    the whole Enron inbox: 7.3 -> 2.2 s over every message's text). None when the trie is too deep to compile (a
    form that several longer ones continue, over and over): use the plain alternation then."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def render(node: dict, first: bool) -> tuple[str, int]:
        """The pattern of what may follow ``node``, and how deep its groups nest."""
        parts = [(re.escape(ch), *render(node[ch], False)) for ch in sorted(node) if ch]
        if not parts:
            return "", 0
        deep = max(d for _, _, d in parts)
        if len(parts) == 1:
            body = parts[0][0] + parts[0][1]
        else:
            body, deep = "(?:" + "|".join(ch + rest for ch, rest, _ in parts) + ")", deep + 1
        if not first:
            body = between + body
        return (f"(?:{body})?", deep + 1) if "" in node else (body, deep)

    pattern, deep = render(trie, True)
    return pattern if deep <= _TRIE_DEPTH else None


_TRIE_DEPTH = 40  # groups nested in a trie alternation, at most (the regex compiler recurses into each)
# the words the vocabulary of the Docs rebuilt from token marks holds before a fresh one replaces it
# (`ThreadContext._marks_vocab`): a word is ~350 bytes of spaCy's lexeme and string, and the relevant messages of
# the whole Enron inbox hold ~100,000 distinct ones (36 MB, one vocabulary, kept to the end)
_MARKS_WORDS = 20_000


def _known_codes_regex(keys) -> re.Pattern:
    """`known_code_regex` (every printing of the codes ``keys``) with the keys' alternation written as a trie
    (`_trie_alternation`): the same matches, searched in time that does not grow with the number of codes (133 on
    the whole Enron inbox). A code key is letters and digits (`code_key`), so where a printing begins, at most one
    key continues at each character, and the match is the longest key whose printing ends where the boundary
    allows, as in `known_code_regex`, which tries the longest keys first."""
    return _codes_trie_regex(frozenset(k for k in keys if k))


@functools.lru_cache(maxsize=16)  # the anchor test and the sentence scanner of one release ask for the same keys
def _codes_trie_regex(keys: frozenset[str]) -> re.Pattern:
    """`_known_codes_regex` of non-empty keys."""
    trie = _trie_alternation(keys, between=r"[._\- ]?") if all(k.isascii() and k.isalnum() for k in keys) else None
    if not trie:
        return known_code_regex(keys)
    return re.compile(r"(?<![A-Za-z0-9])(?:" + trie + r")(?![A-Za-z0-9]|[._\-][A-Za-z0-9])", re.I)


# a credit of an amount ("a $4,000 credit", "$4,000 in renewal credit"; not a credit card): the gift rules read where it
# is booked (`gifts._CREDIT_AMOUNT`)
CREDIT_SAID = r"\$\s?\d[\d,.]*k?\s+(?:(?:in|of)\s+)?(?:[A-Za-z-]+\s+){0,2}?credits?\b"


class ThreadContext:
    """A release read once for the relation extractors.

    Attributes: ``messages`` (date order), ``threads`` (lists of messages), ``sentences`` (by
    message id, only for threads that could hold a relation), ``skipped`` (message id -> why it
    carries no relation), ``nodes`` (nodes this stage adds: people named only in the text, codes
    found by pattern, products taken from the profile).
    """

    def __init__(self, messages, docs, index, profile, rules: RelationRules, *, facts=None,
                 scan=None):
        self.messages = sorted(messages, key=lambda m: (m.sent or "", m.id))
        self.docs = docs or {}
        self.index = index
        self.profile = profile
        self.rules = rules
        self.nodes: dict[str, Node] = {}
        self._pid_cache: dict[tuple[str, str], str | None] = {}
        self._build_catalogues()
        self.skipped: dict[str, str] = {}
        anchored: set[str] = set()
        quoting: set[str] = set()
        self._facts = facts
        for m in self.messages:  # own texts are not kept: a release's texts do not fit in memory twice
            text = self.own_text(m)
            why = facts.relation[m.id][1] if facts is not None and m.id in facts.relation else rules.is_skipped(m, text)
            if why:
                self.skipped[m.id] = why
                if why == "marketing_blast" and _QUOTES_SOMEONE.search(text) and self._anchored(text):
                    quoting.add(m.id)  # a newsletter quoting a customer on a product: read for whose words they are
            elif self._anchored(text) or self._anchored(m.subject or "") or self._hosting(m, text) or \
                    self._counts_kind(text) or self._vendor_states_amount(m, text):
                anchored.add(m.id)
        # Only threads that name a product, a promo code, the vendor or a stated value can hold a
        # relation: the others are never cut into sentences (most of a large release).
        self.threads = group_threads(self.messages, self.participants)
        self._thread_of: dict[str, list[Message]] | None = None  # `thread_of`
        self._repliers_memo: dict[str, list[str]] = {}
        self.relevant: set[str] = set()
        for thread in self.threads:
            if any(m.id in anchored for m in thread):
                self.relevant.update(m.id for m in thread)
        self.relevant |= quoting
        # cut and scanned when a family first reads the message (`_Sentences`: the compact rows kept on disk,
        # the Sentence objects, a tokenised Doc each, bounded); the dependency cues of a message are kept, so
        # it is parsed once at most. ``scan(scanner, [(message id, text), ...])`` -> (message id, rows) pairs
        # cuts and scans them all elsewhere first (Dask tasks, giftgraph.scale)
        self._dep_memo: dict[str, list | dict] = {}
        self._rebuilt_vocab = None  # `_marks_vocab`
        relevant = [m for m in self.messages if m.id in self.relevant]
        self.relevant_chars = sum(len(m.body or "") for m in relevant)
        self.sentences = _Sentences(self, relevant)
        if scan is not None and relevant:
            for mid, rows in scan(self.scanner, [(m.id, self.own_text(m)) for m in relevant]):
                self.sentences.keep_rows(mid, rows)

    def own_text(self, m: Message) -> str:
        """The message's own text as the relations stage reads it (`own_text`; its length computed
        beforehand when the message facts are, `giftgraph.nlp.extract.message_facts`)."""
        known = self._facts.relation.get(m.id) if self._facts is not None else None
        if known is not None:
            return blank_inline_quotes(own_text_base(m, self.docs.get(m.id))[:known[0]])
        return own_text(m, self.rules, self.docs.get(m.id))

    @property
    def index_nodes(self) -> dict:
        return getattr(self.index, "nodes", {}) or {}

    def _hosting(self, m: Message, text: str) -> bool:
        """Hospitality the vendor's side offers may name no product, code, vendor or value ("I'd like to bring
        lunch for the whole floor on Friday. My treat."), nor a cost taken on for the reader ("we'll cover your
        registration for the summit"), nor may what it came to ("Rosa's came to $188 with the tip")
        or a credit it books ("that's a $4,000 credit on your renewal"): a message of the vendor's side naming a thing
        of the hospitality lexicon (`hosted_things`), a bill or a credit anchors its thread too; the gift rules then
        decide whether anything is given."""
        rx = self.rules.hosted_things
        if self.side(self.pid(m.sender)) != "vendor":
            # (asked first: the searches below would run over every other message of a large release) thanks to the
            # vendor's side for hospitality had ("Thanks for dinner on Tuesday") anchors its thread too
            # (or for the paying itself, the meal or the round unsaid: "cheers for shouting us at the Crown")
            low = text.lower()
            return bool(rx is not None and any(self.side(self.pid(a)) == "vendor" for a in m.to)
                        and ("thank" in low or "cheers" in low) and (rx.search(text) or self._SHOUTED.search(text)))
        return bool((rx is not None and rx.search(text)) or self._CAME_TO_BILL.search(text) or self._CREDIT_SAID.search(text)
                    or (("$" in text or printed_otherwise(text))
                        and (self._AT_NO_COST.search(text) or self._YOURS_TO_KEEP.search(text))
                        and self._AMOUNT.search(amounts_in_dollars(text)))
                    or self._COST_TAKEN.search(text))

    def _counts_kind(self, text: str) -> bool:
        """Things of a kind the catalogue sells, counted after a determiner and named by their kind only ("thanks for
        the twelve rain jackets", "all four cameras arrived"): a third party's thanks or a receipt that names no product
        may still hold a gift's things; its thread is read (the gift rules decide what it says)."""
        rx = self._kind_count_rx
        if rx is None:
            kinds = {kind_of(w.lower()) for n in self.products.values() for form in (n.name, *n.aliases)
                     for w in form.split()} - {None}
            words = sorted(w for w, k in KIND_OF.items() if k in kinds)
            rx = self._kind_count_rx = re.compile(
                r"\b(?:the|those|these|all|both|your)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                r"twelve|dozen|twenty)\s+(?:[a-z-]+\s+)?(?:" + "|".join(map(re.escape, words)) + r")s?\b" if words
                else r"(?!x)x", re.I)
        return bool(rx.search(text))

    _kind_count_rx: "re.Pattern | None" = None
    # paying for another's meal or drink, as Australians, New Zealanders and Britons say it: "shouted us", "shouting me"
    _SHOUTED = re.compile(r"\bshout(?:ed|ing)\s+(?:me|us)\b", re.I)

    # the vendor's side saying something is at no cost, and an amount in the same mail ("we'll leave the sensors
    # running at no cost to the city ... At list that is $40,000 of service"): worth reading for what it gives
    # (or that the writer comps it or it is on them: "normally $480, but I'll comp it", "$85 a seat, they're on us")
    _AT_NO_COST = re.compile(r"\b(?:at\s+no\s+(?:cost|charge)|free\s+of\s+charge|no\s+charge\s+to|on\s+the\s+house|"
                             r"(?:our|my)\s+contribution|comp(?:ed|'d|\u2019d|ing)?\s+(?:it|them|yours|that|this|the|your)|"
                             r"comp(?:ed|'d|\u2019d)|(?:is|are|'s|\u2019s|'re|\u2019re)\s+(?:all\s+)?on\s+(?:us|me)|"
                             r"(?:our|my)\s+treat)\b", re.I)
    _AMOUNT = re.compile(r"\$\s?\d")
    # ... or saying a thing is the reader's to keep ("Keep it.", "it's yours for the lobby", "no need to send them
    # back") with an amount in the same mail ("retail on the tablet is about $249"): the thing may be named by its
    # kind only (no product, code or vendor), as a rep writes who signs with a first name
    _YOURS_TO_KEEP = re.compile(r"\b(?:keep\s+(?:it|them|both|those|these)\b(?!\s+(?:in\s+mind|up|coming|going|safe|"
                                r"handy|charged|simple|short|quiet))|yours\s+to\s+keep|(?:it|they|these|those)(?:'s|’s|"
                                r"'re|’re|\s+is|\s+are)\s+(?:all\s+)?yours\b|no\s+need\s+to\s+(?:send|ship|give|bring|"
                                r"return)\b)", re.I)

    _CREDIT_SAID = re.compile(CREDIT_SAID, re.I)

    # a cost the vendor's side takes on for the reader: "we'll cover your registration for the summit", "happy to pick up
    # the hotel", "we'll take care of your airfare", "we'd be glad to sponsor your attendance" (no product, code or vendor
    # need be named)
    # (done already as well as to come: "we've taken care of your hotel", "we covered your registration"; and the cost
    # said to be on the writer's side: "your room at the Harbor Inn is on us")
    _COST_TAKEN = re.compile(r"\b(?:cover|covers|covering|covered|pay\s+for|paying\s+for|paid\s+for|pick\s+up|picking\s+up|"
                             r"picked\s+up|(?:take|takes|taking|took|taken)\s+care\s+of|handle|handling|handled|look\s+after|"
                             r"looking\s+after|looked\s+after)\s+"
                             r"(?:your|the|his|her|their|all\s+of\s+your)\s+"
                             r"(?:[\w-]+\s+){0,2}?" + values.COSTS + r"\b"
                             r"|\bsponsor(?:s|ing|ed)?\s+(?:your|his|her|their)\s+(?:[\w-]+\s+)?"
                             r"(?:attendance|participation|trip|travel|registration|visit|place|seats?|spot)\b"
                             r"|\byour\s+(?:[\w-]+\s+){0,2}?" + values.COSTS + r"\b[^.;!?]{0,60}?\b(?:is|are)\s+(?:all\s+)?"
                             r"on\s+(?:us|our\s+(?:account|tab|dime))\b", re.I)

    # what such a thing came to, told afterwards by the place and the bill: "Rosa's came to $188 with the tip"
    _CAME_TO_BILL = re.compile(r"\b(?:came\s+(?:out\s+)?to|ran(?:\s+us)?)\s+(?:about\s+|around\s+|roughly\s+)?\$\s?\d"
                               r"[^.!?\n]{0,40}?\b(?:tip|tab|bill|check|for\s+(?:the\s+(?:two|three|four|five|six|\d)|both)\s+of\s+us)\b",
                               re.I)

    # an amount of money: "$100", "$1,840.00", "640 bucks", "500 dollars"
    _AMOUNT = re.compile(r"\$\s?\d|\b\d[\d,.]*\s?(?:bucks|dollars)\b", re.I)

    def _vendor_states_amount(self, m: Message, text: str) -> bool:
        """A message of the vendor's people that states an amount, though it names neither the vendor nor a product: a
        note dashed off with a nickname and no signature ("I stuck a $100 Tillman's card in with the statement - Dee")
        is the vendor's as much as one signed with the company's name."""
        return bool(self._AMOUNT.search(text)) and self.side(self.pid(m.sender)) == "vendor"

    def _anchored(self, text: str) -> bool:
        """Does ``text`` name a product, a code or the vendor, or state a value (``anchor_ci`` or
        ``anchor_cs`` finds something)? Each part of the anchors is searched only when the text holds
        what it cannot match without (`_anchor_parts`): the alternations of many forms cost the
        regex engine a try at every position of a long mail."""
        folded = None
        for needs, fold, rx in self._anchor_parts:
            if needs:
                if fold:
                    if folded is None:
                        folded = _fold(text)
                    hay = folded
                else:
                    hay = text
                if not any(n in hay for n in needs):
                    continue
            if rx.search(text):
                return True
        return False

    # -- catalogues ------------------------------------------------------------------------
    def _build_catalogues(self):
        from spacy.matcher import PhraseMatcher

        nlp = self.rules.nlp
        nodes = self.index_nodes
        self.products: dict[str, Node] = {nid: n for nid, n in nodes.items() if n.kind == "product"}
        if not self.products:  # an index without products: take them from the profile
            for p in _profile_list(self.profile, "products"):
                name = p["name"] if isinstance(p, dict) else p.name
                aliases = (p.get("aliases") if isinstance(p, dict) else getattr(p, "aliases", [])) or []
                price = p.get("unit_price_usd") if isinstance(p, dict) else getattr(p, "unit_price_usd", None)
                nid = make_id("product", name.lower())
                self.products[nid] = Node(id=nid, kind="product", name=name, aliases=list(aliases),
                                          attrs={"unit_price_usd": price})
                self.nodes[nid] = self.products[nid]
        # codes: found by the entity stage (giftgraph.nlp.codes); here every printing of them
        self.codes: dict[str, str] = {}  # code text (name, aliases) -> node id
        self.code_keys: dict[str, str] = {}  # code key ("AB12" for "ab-12") -> node id
        for nid, n in nodes.items():
            if n.kind == "code":
                self.codes[n.name] = nid
                for a in n.aliases:
                    self.codes.setdefault(a, nid)
                self.code_keys.setdefault(n.attrs.get("key") or code_key(n.name), nid)
        self.scanner = SentenceScanner(self.rules, {nid: (n.name, list(n.aliases)) for nid, n in self.products.items()},
                                       dict(self.code_keys))
        raw = getattr(self.profile, "raw", {}) or {}
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
        alt = lambda forms: "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))  # noqa: E731
        # (what a text must hold for the part to match: substrings, of the case-folded text when the part
        # ignores case; the part): `_anchored` searches a part only when the text holds one of them
        ci_parts: list[tuple[tuple[str, ...], str]] = []
        if ci:
            ci_parts.append((tuple(sorted({_fold(f) for f in ci})), f"(?<!\\w)(?:{alt(ci)})"))
        if cues:  # a stated value: an amount within a few words of "worth", "valued at", ...
            money = r"(?:\$\s?\d[\d,.]*\s?(?:k|K|thousand|grand)?|\d[\d,.]*\s?(?:bucks|dollars))"
            # both orders need a cue in the text: searched only when one is there (most mail states no value)
            folded_cues = tuple(sorted({_fold(c) for c in cues}))
            ci_parts.append((folded_cues, rf"{money}\W+(?:\w+\W+){{0,3}}?(?:{alt(cues)})"))
            ci_parts.append((folded_cues, rf"(?:{alt(cues)})\W+(?:\w+\W+){{0,3}}?{money}"))
            # "a $300 value", "a $600 retail value": the amount right before the word, as the `value_cue` token pattern
            # reads it once the message is read (a thread naming no product, code or vendor is read only if anchored)
            ci_parts.append((("value",), r"\$\s?\d[\d,.]*\s+(?:retail\s+)?value\b"))
        # the codes and the vendor's and codes' printed forms grow with the release (133 codes and 219 forms on the
        # whole Enron inbox): their alternations are written as tries (`_trie_alternation`, the same matches), whose
        # search does not grow with their number, and with no test of substrings first (which did)
        # the reader asking what they owe for something had: its answer may be that they owe nothing (a gift)
        ci_parts.append((OWE_NEEDS, OWE_QUESTION.pattern))
        if self.code_keys:  # a code in any printing ("ab-12", "AB12")
            ci_parts.append(((), _known_codes_regex(self.code_keys).pattern))
        self.anchor_ci = re.compile("|".join(p for _, p in ci_parts), re.I) if ci_parts else None
        cs_part = r"(?<!\w)(?:" + (_trie_alternation(cs) or alt(cs)) + r")(?!\w)" if cs else None
        self.anchor_cs = re.compile(cs_part) if cs_part else None
        self._anchor_parts = [(needs, True, re.compile(p, re.I)) for needs, p in ci_parts]
        if cs_part:
            self._anchor_parts.append(((), False, self.anchor_cs))

    def price(self, product_id: str) -> float | None:
        n = self.products.get(product_id)
        v = n.attrs.get("unit_price_usd") if n is not None else None
        return float(v) if isinstance(v, (int, float)) else None

    # -- sentences -------------------------------------------------------------------------
    def _sentences(self, m: Message, rows, docs: list | None) -> list[Sentence]:
        """The `Sentence` objects of a message from `SentenceScanner.scan`'s rows (`compact_rows`; and its Docs when it
        ran here; else each sentence's Doc is rebuilt from the tokens the scanner found, `doc_of_marks`)."""
        out = []
        vocab = self._marks_vocab() if docs is None else None
        parsed = self.docs.get(m.id)
        # the parsed Doc covers a prefix of the body, so its character offsets are body offsets;
        # the parse is made when a rule first asks a sentence for a dependency cue (see `Sentence.defer`)
        dep = None
        if self.rules.dep_patterns and parsed is not None and (m.body or "").startswith(parsed.text):
            rules = self.rules  # not `self`: a sentence must not hold its context (a cycle keeps every Doc alive)
            # nor its analysis: it is fetched again when a rule first asks (read from the case's cache, the
            # analyses of every relevant message are not held for the whole stage)
            analyses, msg_id, memo = self.docs, m.id, self._dep_memo

            def dep(start: int, end: int) -> list:
                got = memo.get(msg_id)
                if isinstance(got, list):  # parsed whole
                    return got
                doc = analyses.get(msg_id)
                if got is None and not rules.parsed_in_pieces(doc):
                    whole = memo[msg_id] = rules.dependency_cues(doc)
                    return whole
                # a long text: the pieces the sentence overlaps, each parsed once (the pieces kept)
                pieces: dict = got if isinstance(got, dict) else {}
                memo[msg_id] = pieces
                return rules.dependency_cues(doc, (start, end), pieces)
        dep_labels = frozenset(self.rules.dep_patterns)
        hosting = self.rules.hosted_things is not None and self.side(self.pid(m.sender)) == "vendor"
        for k, (index, paragraph, start, end, text, row_cues, products, codes, tokens) in enumerate(rows):
            doc = docs[k] if docs is not None else doc_of_marks(vocab, text, tokens)
            sent = Sentence(message=m, index=index, paragraph=paragraph, start=start, end=end, text=text, doc=doc)
            cues: dict[str, list] = defaultdict(list)
            for label, flat in row_cues:
                cues[label] = [doc[flat[i]:flat[i + 1]] for i in range(0, len(flat), 2)]
            if self.vendor_forms:
                self._on_vendor(doc, text, cues)
            if hosting and not cues.get("free"):
                self._cost_covered(doc, text, cues)
            sent.cues = cues
            if dep is not None:
                sent.defer(dep_labels, dep)
            sent.products = list(products)
            sent.codes = list(codes)
            out.append(sent)
        if hosting:
            for k, sent in enumerate(out):
                if not sent.products:
                    self._hosted(sent, out[k + 1:k + 3], out[k - 1] if k and out[k - 1].paragraph == sent.paragraph else None)
        return out

    # an offer or an invitation: "would you (and Dana) like", "want them?", "any interest in", "can I send you",
    # "let me buy you", "we'd love to have you", "I have two extra", "join us for", "be our guests", "how about"
    _INVITE = re.compile(
        r"\b(?:would\s+(?:you|y'all|you\s+guys|you\s+two|you\s+both)(?:\s+and\s+\w+(?:\s+\w+)?)?\s+(?:like|want|care|enjoy|"
        r"be\s+(?:interested|up\s+for|free|able|around|game))|do\s+you\s+(?:want|wanna|need|fancy)|"
        r"(?:^|[,.;:!-]\s*)(?:want|need|fancy)\s+(?:them|it|one|two|three|four|five|six|seven|eight|\d|a\s+couple|a\s+pair|"
        r"a\s+few|some|any|more|to\s+(?:join|come|go))\b|"
        r"any\s+interest\s+in|interested\s+in\s+(?:joining|coming|going|a|an|two|some|the)\b|"
        r"(?:can|could|may)\s+(?:i|we)\s+(?:send|get|bring|grab|buy|take|treat|drop|ship|mail|have|save|set)\b|"
        r"mind\s+if\s+(?:i|we)\s+(?:send|bring|drop|ship|mail|leave|swing)\b|"
        r"let\s+(?:me|us)\s+(?:send|buy|get|treat|take|grab|bring|know\s+if\s+you(?:'d|\s+would)\s+like)|"
        r"(?:i|we)(?:'d|\s+would)\s+(?:love|like)\s+(?:to\s+)?(?:send|have|host|take|treat|bring|invite|get|buy|see|offer)|"
        r"(?:i|we)\s+(?:want|wanna)\s+(?:to\s+)?(?:send|host|treat|bring|buy|feed)\b|"
        r"(?:i|we)(?:'ve|\s+have)\s+got\s+(?:(?:a\s+couple|a\s+pair|two|three|four|five|six|some|\d+)\s+(?:of\s+)?)?(?:extra|spare)|"
        r"(?:i|we)\s+have\s+(?:(?:a\s+couple|a\s+pair|two|three|four|five|six|some|\d+)\s+(?:of\s+)?)?(?:extra|spare)|"
        r"(?:happy|glad|pleased|delighted|honou?red)\s+to\s+(?:get|buy|send|bring|treat|take|grab|host)\s+(?:you|y'all|the|your)\b|"
        # offered in so many words: "we are pleased to offer you two seats", "happy to offer them to you"
        r"(?:happy|glad|pleased|delighted)\s+to\s+offer\s+(?:you|y'all|them|it|these|those|both)\b|"
        r"offer\s+(?:them|it|these|those|both)\s+to\s+(?:you|y'all)\b|join\s+(?:us|me)\b|love\s+(?:for\s+)?(?:you|y'all)\s+to\s+(?:join|come)|"
        # the things offered as the reader's: "we'd love for you to have them", "I'd like you to enjoy these"
        r"(?:love|like|want)\s+(?:for\s+)?(?:you|y'all)\s+(?:and\s+\w+\s+)?to\s+(?:have|keep|enjoy|use)\s+(?:them|it|these|those|one|two|a\s+couple|some)\b|be\s+(?:our|my)\s+guests?|how\s+about|"
        r"(?:take|treat)\s+you\s+(?:and\s+\w+\s+)?(?:to|out)|invite\s+you|you(?:'re|\s+are)\s+(?:invited|welcome\s+to\s+join)|"
        # kept back for the reader: "I've set aside two tickets for you", "saved you two seats", "with your name on them"
        r"(?:set|put)\s+aside\s+(?:\w+\s+){0,8}?for\s+(?:you|y'all)\b|(?:saved|reserved|held)\s+(?:you\s+)?(?:\w+\s+){0,8}?"
        r"for\s+(?:you|y'all)\b|(?:saved|reserved)\s+you\b|(?:with|have|has|had|got)\s+your\s+names?\s+on\s+(?:them|it)\b|"
        # a place already arranged for the reader at the event: "I've put you and Ann on the suite list", "you're on the
        # guest list", "your names are at will call", "your name's on the door" (not a waiting, a mailing or a
        # distribution list)
        r"(?:put|added|add|got)\s+(?:you|y'all)\s+(?:and\s+\w+\s+)?(?:down\s+)?(?:on|to|for)\s+(?:the|our|my)\s+"
        r"(?!(?:waiting|wait|mailing|distribution|e-?mail|contact|phone|call|waitlist)\b)(?:[\w-]+\s+)?list\b|"
        r"you(?:'re|\u2019re|\s+are)\s+(?:both\s+|all\s+)?(?:down\s+)?on\s+(?:the|our|my)\s+"
        r"(?!(?:waiting|wait|mailing|distribution|e-?mail|contact|phone|call|waitlist)\b)(?:[\w-]+\s+)?list\b|"
        r"your\s+names?(?:'s|\u2019s|\s+is|\s+are)\s+(?:at|on)\s+(?:the\s+)?(?:will[\s-]?call|door|guest\s+list|list)\b|"
        # left at the event's window for the reader: "two tickets are waiting for you at will-call", "held for you at the
        # box office", "at will call under your name"
        r"(?:waiting|held|left|kept)\s+for\s+(?:you|y'all)\s+at\s+(?:the\s+)?(?:will[\s-]?call|box\s+office|ticket\s+window)\b|"
        r"at\s+(?:the\s+)?(?:will[\s-]?call|box\s+office|ticket\s+window)\s+(?:for\s+(?:you|y'all)|under\s+your\s+names?)\b|"
        # handed on to the reader: "I'd be glad to pass two along to you", "happy to hand a couple over to you"
        r"(?:happy|glad|pleased)\s+to\s+(?:pass|hand|give|send)\s+(?:\w+\s+){0,3}?(?:along|on|over)\s+to\s+(?:you|y'all)\b)",
        re.I)
    _BUY_FOR = frozenset({"you", "y'all", "everyone", "everybody", "the", "your", "all"})
    # "they're yours if you want them", "it's yours if you'd like it", "yours if you can use them": given on the word
    _YOURS_IF_WANTED = re.compile(
        r"\b(?:they(?:'re|’re|\s+are)|it(?:'s|’s|\s+is)|those\s+are|these\s+are)\s+(?:all\s+)?yours,?\s+if\s+"
        # (the reader with their people: "if you and the family want them", "if you or your crew can use them")
        r"(?:you|y'all)(?:\s+(?:and|or|&)\s+(?:the\s+|your\s+|some\s+)?[A-Za-z]+)?(?:'d|’d|\s+would)?\s+"
        r"(?:want|like|need|can\s+use)\s+(?:them|it|those|these)\b", re.I)
    # the things named before offered to the reader by a pronoun: "We are pleased to offer them to you", "we'd like to
    # offer them to you"
    _OFFERED_TO_YOU = re.compile(r"\boffer\s+(?:them|it|these|those|both)\s+to\s+(?:you|y'all)\b", re.I)
    _PAY_NEAR = ("purchase", "request", "order", "loan", "conditional")
    # the offer's own courtesy in its sentence: "I have two tickets for Friday if you want them", "... if you'd like
    # them": the reader's wanting, no condition of paying (an invitation, as "Want them?" is)
    _IF_YOU_WANT = re.compile(r"\bif\s+(?:you|y'all)(?:'d|’d|\s+would)?\s+(?:want|like|can\s+use)\s+"
                              r"(?:them|it|those|these|one|two|a\s+couple|a\s+pair)\b"
                              # the reader being free to come, an invitation's courtesy: "if your calendar permits,",
                              # "if your schedule allows,", "if time permits," (`GiftReader._if_free`)
                              r"|\bif\s+(?:your\s+(?:calendar|schedule|diary|time|timetable|commitments)|time)\s+"
                              r"(?:permits|allows)\s*[,\u2013\u2014-]"
                              # the answer the offer waits on: "If you accept, I send them on Monday", "if you accept them"
                              r"|\bif\s+you\s+(?:kindly\s+)?accept(?:\s+(?:them|it|these|those))?\s*(?=[,.;:!?]|$)", re.I)

    # the vendor's side paying for a meal or an outing, or hosting it: "let me buy you lunch", "take you to dinner",
    # "join us", "be our guests", "we're hosting", "I'll bring lunch over" (not "would you like to grab lunch")
    _HOST = re.compile(
        r"\b(?:(?:let|allow)\s+(?:me|us)\s+(?:buy|take|treat|get)|(?:buy|take|treat|get)\s+(?:you|y'all|everyone|everybody|"
        r"the\s+\w+|your\s+\w+)\b|join(?:ing)?\s+(?:us|me)\b|(?:our|my)\s+guests?\b|(?:we're|we\s+are|i'm|i\s+am)\s+hosting|"
        r"host(?:ing)?\s+(?:you|the|your)\b|(?:bring|send)\s+(?:over\s+)?(?:some\s+)?(?:lunch|dinner|breakfast|brunch|food)|"
        # a meal made for a crowd that the speaker's side brings or throws: "we'll bring a crawfish boil", "throw a cookout"
        r"(?:bring|throw|cater|put\s+on)\s+(?:over\s+)?(?:a|an|some|the)\s+(?:big\s+|little\s+|small\s+)?(?:crawfish\s+boil|"
        r"low\s*country\s+boil|fish\s+fry|cookout|cook-out|barbecue|bbq|pizza\s+party|taco\s+bar|luncheon)\b|"
        # "we want to feed you guys", "let us feed the crew": a meal the speaker's side provides
        r"feed\s+(?:you|y'all|everyone|everybody|the\s+\w+|your\s+\w+)\b)",
        re.I)
    # words after a thing's name that make it a modifier: "the dinner menu", "shirt sizes", "your ticket number"
    _THING_OF = frozenset({"menu", "menus", "size", "sizes", "order", "orders", "number", "numbers", "form", "forms",
                           "confirmation", "receipt", "invoice", "reservation", "reservations", "list", "budget", "count",
                           "price", "prices", "pricing", "rsvp", "info", "details", "link", "code", "sale", "sales", "line",
                           "catalog", "catalogue", "vendor", "meeting", "meetings", "presentation", "break", "hour", "policy",
                           "request", "requests", "fee", "fees", "cost", "costs", "allowance", "stipend", "per"})

    _OUTINGS = frozenset({"ticket", "tickets", "suite", "suites", "skybox", "box seats", "courtside", "tee time", "tee times",
                          "foursome", "round of golf", "golf", "golf outing", "seat", "seats"})

    def _hosted(self, sent: Sentence, after: list[Sentence], before: Sentence | None) -> None:
        """Hospitality or promotional goods the vendor's side offers, with no word that they are free: "I have two
        extra tickets to Friday's game. Want them?", "Can I send over a few fleece vests for the unit?", "Join us for
        dinner after the expo". Nobody pays for such things, so the offer counts as a free cue (the `hosted` span marks
        the thing, which has a worth even when none is said); not when the sentence or the next two of its paragraph
        speak of paying, ordering, lending or a condition; a meal only when the vendor's side pays or hosts it ("let me
        buy you lunch", not "would you like to grab lunch"); tickets or seats not to a conference or a course
        (registrations are sold), seats only at a show or a game (named here or in the sentence before or after: "We
        have the suite for the May 9 game. Would you like a couple of seats?"). Only the phrase cues are read: the
        sentence is not parsed for this."""
        rules, text, cues, doc = self.rules, sent.text, sent._cues, sent.doc
        if rules.hosted_things is None:
            return
        # the offer in the sentence, or asked right before or after it in the paragraph ("I've got four tickets to the
        # gala. Want two?", "... Face value is $145 apiece. Would you like them?")
        asked = [t for t in (*after, *([before] if before is not None else [])) if t.paragraph == sent.paragraph
                 and t.text.rstrip().endswith("?") and self._INVITE.search(t.text)]
        # or offered in a statement right after it, the reader's only if wanted ("... Face value is $60 each, but
        # they're yours if you want them."): its "if you want" waits on an answer, no condition of paying
        offered = [t for t in after[:2] if t.paragraph == sent.paragraph and (self._YOURS_IF_WANTED.search(t.text)
                                                                            or self._OFFERED_TO_YOU.search(t.text))]
        asked += offered
        found = [(x.start(), x.end()) for x in rules.hosted_things.finditer(text)]
        if found and rules.hosted_not_things is not None:
            names = [(x.start(), x.end()) for x in rules.hosted_not_things.finditer(text)]
            found = [(a, b) for a, b in found if not any(c <= a and b <= d for c, d in names)]
        if rules.hosted_seat_events is not None and any(
                rules.hosted_seat_events.search(t.text) for t in (sent, before, *after[:1]) if t is not None):
            found += [(x.start(), x.end()) for x in re.finditer(r"\bseats?\b", text, re.I)]
        if rules.hosted_not_events is not None:
            # "tickets to the expo", "two seats in the certification class", "conference tickets": a registration
            found = [(a, b) for a, b in found if not (text[a:b].lower().startswith(("ticket", "seat", "pass", "vip pass",
                                                                                     "day pass", "weekend pass",
                                                                                     "all-access pass")) and
                                                     rules.hosted_not_events.search(" ".join(
                                                         [*text[:a].split()[-2:], *text[b:].split()[:6]])))]
        # passes are a conference's as often as a show's: only at a show, a game or a festival named here or in the
        # sentence before or after, and none when this sentence or the one before names a conference, a summit or a
        # course ("Are you going to the Summit? We have two passes left in our block.")
        near = [t for t in (before, sent, *after[:1]) if t is not None]
        if found and (rules.hosted_seat_events is None or not any(rules.hosted_seat_events.search(t.text) for t in near)
                      or rules.hosted_not_events is not None and rules.hosted_not_events.search(
                          " ".join(t.text for t in (before, sent) if t is not None))):
            found = [(a, b) for a, b in found if not re.search(r"\bpass(?:es)?$", text[a:b], re.I)]
        # who pays for a meal: the vendor's side hosting it ("let me take you to lunch"), or saying in the sentence that
        # it pays ("lunch is on us afterwards", "dinner is our treat", "lunch is on Acme")
        # or in a few words of terms right after a question that proposes it ("Want to grab lunch Thursday? My treat.",
        # "Drinks after the game? On me."): the terms say who pays, and the question is the invitation
        # (or after the speaker's side says it brings or hosts it: "We'll bring a crawfish boil for the staff. Acme's treat.")
        terms_next = [t for t in after[:1] if t.paragraph == sent.paragraph
                      and (text.rstrip().endswith("?") or self._HOST.search(text))
                      and t._cues.get("free") and not t.products and len(t.doc) <= 8
                      and not t.text.rstrip().endswith("?")]
        hosts = bool(self._HOST.search(text)) or any(self._HOST.search(t.text) for t in asked) or bool(cues.get("free")) \
            or bool(terms_next)
        spans = []
        for a, b in found:
            sp = doc.char_span(a, b, alignment_mode="expand")
            if sp is None or (sp.end < len(doc) and doc[sp.end].lower_ in self._THING_OF):
                continue
            if rules.hosted_meals is not None and rules.hosted_meals.fullmatch(sp.text) and not hosts:
                continue
            spans.append(sp)
        if not spans:
            return
        cues["hosted"] = spans
        # promotional goods the vendor's side says are already on their way to the reader ("a holiday box of caps and
        # mugs is on its way for the whole shift"): sent unasked, as an offer of them is made (not seats or a meal)
        # (or brought by hand: "next week I bring 12 fleece jackets for the crew", "I'll bring caps for your team")
        sent_goods = bool(cues.get("ship") or any(sp[0].lower_ in self._BRING for sp in cues.get("give") or [])) and any(
            sp.text.lower() not in self._OUTINGS and not (rules.hosted_meals is not None and rules.hosted_meals.fullmatch(sp.text))
            for sp in spans)
        wanted = [(x.start(), x.end()) for x in self._IF_YOU_WANT.finditer(text)]
        courtesy = bool(wanted) and all(any(a <= sp.start_char < b for a, b in wanted) for sp in cues.get("conditional") or [])
        if cues.get("free") or cues.get("not_free") or not (self._INVITE.search(text) or asked or sent_goods or terms_next
                                                            or courtesy):
            return
        buying = [sp for sp in cues.get("purchase") or [] if sp[0].lower_.startswith(("buy", "bought"))
                  and sp.end < len(doc) and doc[sp.end].lower_ in self._BUY_FOR]
        if [sp for sp in cues.get("purchase") or [] if sp not in buying]:
            return
        # paying, ordering, lending or a condition in the next two sentences of the paragraph, or in this one (its sale
        # words, but for the vendor's side buying for the reader, were read above)
        if any(t._cues.get(label) for t in after if t.paragraph == sent.paragraph for label in self._PAY_NEAR
               if not (label == "conditional" and (t in offered or self._courtesy_only(t)))) or any(
                cues.get(label) for label in self._PAY_NEAR if label != "purchase" and not (label == "conditional" and courtesy)):
            return
        if buying:
            cues["purchase"] = []  # "let me buy you lunch": the vendor's side pays, nobody is sold anything
        cues["free"] = list(spans)

    _BRING = frozenset({"bring", "brings", "bringing", "brought"})

    def _courtesy_only(self, t: Sentence) -> bool:
        """Every condition of ``t`` is the offer's courtesy ("If you accept, I send them on Monday", "if you want
        them"): it waits on the answer, not on a payment."""
        conds = t._cues.get("conditional") or []
        wanted = [(x.start(), x.end()) for x in self._IF_YOU_WANT.finditer(t.text)]
        return bool(conds) and bool(wanted) and all(any(a <= sp.start_char < b for a, b in wanted) for sp in conds)

    _ON_VENDOR_BEFORE = frozenset({",", "-", "–", "—", "is", "are", "'s", "'re", "was", "were", "be", "been", "all",
                                   "entirely", "totally", "completely", "fully", "courtesy", "compliments"})
    _ON_VENDOR_AFTER = frozenset({"dime", "tab", "account", "budget"})
    _OWN_ACCOUNT = frozenset({"corporate", "company", "own", "business", "loyalty", "reward", "rewards"})
    _COPULAS = frozenset({"is", "are", "was", "were", "'s", "\u2019s", "'re", "\u2019re"})
    _MEAL_WHEN = frozenset({"tonight", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday"})

    # "covered by Acme", "paid for by Acme", "picked up by Acme", "courtesy of Acme": the vendor as who pays
    _PAID_BY = (("covered", "by"), ("paid", "by"), ("paid", "for", "by"), ("picked", "up", "by"), ("comped", "by"),
                ("taken", "care", "of", "by"), ("courtesy", "of"), ("compliments", "of"), ("covered", "in", "full", "by"),
                # the bill sent to the vendor, not the reader: "all billed directly to Acme", "charged to Acme"
                ("billed", "to"), ("billed", "directly", "to"), ("billed", "straight", "to"), ("charged", "to"),
                ("charged", "directly", "to"), ("invoiced", "to"),
                # a cost the vendor takes on ("the rate difference will be absorbed by Acme", "costs borne by Acme")
                ("absorbed", "by"), ("borne", "by"),
                # a host's guest is paid for by the host ("you will be the guest of Acme at dinner")
                ("guest", "of"), ("guests", "of"))

    # the vendor's own account or card named after it ("billed to the Acme master account", "charged to the Acme
    # corporate card"): the vendor pays, as "billed to Acme" says
    _VENDOR_ACCOUNT = frozenset({"account", "card", "tab", "credit card", "expense account", "master account",
                                 "corporate account", "corporate card", "company account", "company card",
                                 "house account", "business account", "travel account", "events account"})

    # the vendor as who pays, said before the verb: "Acme will cover your airfare", "Acme is picking up the hotel"
    _PAYS_AFTER = (("will", "cover"), ("'ll", "cover"), ("\u2019ll", "cover"), ("will", "be", "covering"),
                   ("is", "covering"), ("will", "pick", "up"), ("'ll", "pick", "up"), ("is", "picking", "up"),
                   ("will", "pay", "for"), ("'ll", "pay", "for"), ("is", "paying", "for"))

    _CARRIAGE = frozenset({"shipping", "shipment", "delivery", "postage", "freight", "handling", "carriage", "courier"})

    # a cost of the reader's said taken on with no one named ("the green fees ($90 a player) are taken care of", "your
    # two nights at the lodge have been covered"), in the vendor's side's own message: the writer's side carries it
    # (not "covered by the county", "covered under the contract", nor the carriage: free shipping is no gift)
    _COST_COVERED = re.compile(rf"\b{values.COSTS}(?:\s+\([^()]{{1,40}}\))?\s+(?:is|are|has\s+been|have\s+been|will\s+be|"
                               rf"'ll\s+be|’ll\s+be)\s+(?:all\s+|fully\s+|already\s+|entirely\s+)?(?:taken\s+care\s+of|covered)"
                               rf"(?!\s+(?:by|under|through|in|from|with|on)\b)", re.I)

    def _cost_covered(self, doc, text: str, cues: dict) -> None:
        """A free cue over "... are taken care of" / "... have been covered" said of a cost with no one named as who
        pays, in a message of the vendor's side (`_COST_COVERED`)."""
        found = self._COST_COVERED.search(text)
        if found is None or {t.lower_ for t in doc} & self._CARRIAGE:
            return
        sp = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if sp is not None:
            cues["free"].append(sp)

    def _on_vendor(self, doc, text: str, cues: dict) -> None:
        """The vendor named as who pays, the way "on us" says it ("four units, on Acme.", "it's all on Acme's dime"):
        a free cue over "on <vendor>" at the end of a clause, after a comma or a copula; and over the words of paying
        that name the vendor as their agent ("greens fees are covered by Acme", "courtesy of Acme"), not the
        carriage ("shipping is covered by Acme": free shipping is no gift)."""
        if not any(f in text for f in self.vendor_forms):
            return
        for _, a, b in self.vendor_matcher(doc):
            words = [t.lower_ for t in doc[max(0, a - 5):a]]
            start = a
            if words and words[-1] == "the" and (" ".join(t.lower_ for t in doc[b:b + 2]) in self._VENDOR_ACCOUNT
                                                 or (b < len(doc) and doc[b].lower_ in self._VENDOR_ACCOUNT)):
                words, start = words[:-1], a - 1  # "billed to the Acme master account"
            paid = next((p for p in self._PAID_BY if tuple(words[-len(p):]) == p), None)
            if paid and paid[0] in ("guest", "guests") and not any(
                    t.lower_ in ("you", "y'all") for t in doc[max(0, start - len(paid) - 6):start - len(paid)]):
                paid = None  # only the reader as the vendor's guest ("you will be the guest of Acme"), not the writer
                # telling of hospitality taken ("I attended as a guest of Acme": the disclosure rules read that)
            if paid and start - len(paid) > 0 and not (
                    {t.lower_ for t in doc[max(0, start - len(paid) - 6):start - len(paid)]} & self._CARRIAGE):
                a = start
                cues["free"].append(doc[a - len(paid):b])
                if cues.get("purchase"):  # the "paid for" of "paid for by Acme" is no sale
                    cues["purchase"] = [sp for sp in cues["purchase"] if not a - len(paid) <= sp.start < a]
                continue
            after = tuple(t.lower_ for t in doc[b:b + 3])
            pays = next((p for p in self._PAYS_AFTER if after[:len(p)] == p), None)
            if pays and not ({t.lower_ for t in doc[b + len(pays):b + len(pays) + 4]} & self._CARRIAGE):
                cues["free"].append(doc[a:b + len(pays)])  # "Acme will cover your airfare", as "we'll cover" says it
                continue
            if (b + 1 < len(doc) and doc[b].lower_ in ("'s", "\u2019s") and doc[b + 1].lower_ == "treat" and a > 0
                    and doc[a - 1].lower_ in self._ON_VENDOR_BEFORE):
                cues["free"].append(doc[a:b + 2])  # "dinner was Acme's treat", as "our treat" says it
                continue
            if a >= 1 and doc[a - 1].lower_ in ("on", "with", "using") and b + 1 < len(doc) \
                    and doc[b].lower_ in ("'s", "\u2019s"):
                k = b + 1 + (doc[b + 1].lower_ in self._OWN_ACCOUNT)
                if k < len(doc) and doc[k].lower_ in ("points", "miles"):
                    cues["free"].append(doc[a - 1:k + 1])  # "booked on Acme's corporate points", as "on our points"
                    continue
            if a < 2 or doc[a - 1].lower_ != "on" or doc[a - 2].lower_ not in self._ON_VENDOR_BEFORE:
                continue
            if a >= 3 and doc[a - 3].lower_ in ("we", "i", "you", "they", "we're", "i'm", "you're", "they're"):
                continue  # "we're on Acme", "I'm on Acme": using it, not paid by it
            end = b
            if end + 1 < len(doc) and doc[end].lower_ == "'s" and doc[end + 1].lower_ in self._ON_VENDOR_AFTER:
                end += 2
            # at the end of a clause; or, after a meal or a round and its copula, before when ("drinks are on Acme
            # after the expo")
            # (the meal may carry its day: "dinner tonight is on Acme for the four of you", "lunch Friday is on Acme")
            meal = a - 4 if a >= 4 and doc[a - 3].lower_ in self._MEAL_WHEN else a - 3
            if end == len(doc) or doc[end].is_punct or (a >= 3 and doc[a - 2].lower_ in self._COPULAS and
                                                          values.COST_WORD.search(doc[meal].lower_)):
                cues["free"].append(doc[a - 1:end])

    def _marks_vocab(self):
        """The vocabulary the Docs rebuilt from token marks are made in: one of this stage's own, of the rules'
        language, replaced by a fresh one once it holds `_MARKS_WORDS` words, so that the words of a large
        release are not all kept to the end. Safe: a Doc holds its vocabulary, so one still read (a `Sentence` kept in
        `_Sentences`, a span a family holds) keeps its own; it goes with the last of them. The same tokens
        and lexical attributes as in the rules' vocabulary (the same language defaults; no rule changes a
        lexeme), and every matcher read on these Docs matches by the words' hashes, which are the same in
        any vocabulary (the vendor's `PhraseMatcher`)."""
        v = self._rebuilt_vocab
        if v is None or len(v) > _MARKS_WORDS:
            from spacy.vocab import create_vocab

            nlp = self.rules.nlp
            v = self._rebuilt_vocab = create_vocab(nlp.lang, type(nlp).Defaults)
        return v

    def items_of(self, s: Sentence) -> dict[str, int]:
        return values.items_of(self.rules, s)

    def stated_value(self, s: Sentence) -> float | None:
        return values.stated_value(self.rules, s)

    def evidence(self, s: Sentence) -> Evidence:
        m = s.message
        prov = m.first_printed()
        quote = s.text
        if "$" in quote and printed_otherwise(m.body or ""):
            quote = shown_currency(quote, norm_ws((m.body or "")[s.start:s.end]))
        return Evidence(message=m.id, quote=quote, page=prov.page if prov else None,
                        bates=prov.bates if prov else None, file=prov.file if prov else None)

    # -- people ----------------------------------------------------------------------------
    def pid(self, addr) -> str | None:
        key = (addr.name, addr.email)
        if key not in self._pid_cache:
            self._pid_cache[key] = self.index.person_for_address(addr) if self.index is not None else None
        return self._pid_cache[key]

    def participants(self, m: Message) -> set[str]:
        out = set()
        for a in [m.sender, *m.to, *m.cc]:
            p = self.pid(a) or (a.email or a.name).lower()
            if p:
                out.add(p)
        return out

    def role(self, pid: str | None) -> str | None:
        n = self.index_nodes.get(pid) if pid else None
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
        if not out and not m.to and not m.cc:
            # no recipient printed (a message read from the history quoted under a reply, whose "On <date>, <name>
            # wrote:" names only its writer): those who answered it got it, the replier and whom the reply copies
            out = [p for p in self._repliers(m) if p != s]
        if not out:  # no recipient printed: the person the greeting names ("Hi Sergeant Lee,")
            sents = self.sentences.get(m.id) or []
            first_end = sents[0].end if sents else None
            for x in (self.mentions(m.id) if first_end is not None else []):
                if x.kind == "person" and x.node_id and x.node_id != s and x.end <= first_end:
                    out.append(x.node_id)
                    break
        return out

    def thread_of(self, m: Message) -> list[Message]:
        """The thread ``m`` is in (its messages in date order), from a map made once."""
        if self._thread_of is None:
            self._thread_of = {x.id: t for t in self.threads for x in t}
        return self._thread_of.get(m.id) or []

    def _repliers(self, m: Message) -> list[str]:
        """The people who got a message whose recipients are not printed, as the next message of its thread shows:
        written by another person to its writer, it answers it; its writer and those it copies got it. Empty when the
        next message from another person is not written to it (cheap: threads are already grouped)."""
        if m.id in self._repliers_memo:
            return self._repliers_memo[m.id]
        out: list[str] = []
        self._repliers_memo[m.id] = out
        sender = self.pid(m.sender)
        if sender is None:
            return out
        when = sent_order(m)
        later = sorted((x for x in self.thread_of(m) if sent_order(x) > when
                        and self.pid(x.sender) not in (None, sender)), key=sent_order)
        if not later or sender not in {self.pid(a) for a in [*later[0].to, *later[0].cc]}:
            return out
        for a in [later[0].sender, *later[0].to, *later[0].cc]:
            p = self.pid(a)
            if p and p != sender and p not in out:
                out.append(p)
        return out

    def greeted(self, m: Message, addressees: list[str]) -> list[str]:
        """"You": the one addressee, or the one of several whose name the greeting uses."""
        sender = self.pid(m.sender)
        other_side = [p for p in addressees if self.side(p) != self.side(sender)]
        if len(other_side) == 1 or (other_side and len(addressees) > len(other_side)):
            addressees = other_side  # a vendor employee's "you" is not a colleague on copy
        if len(addressees) <= 1:
            return addressees[:1]
        hits = self._named_in_opening(m, addressees)
        return hits[:1] if len(hits) == 1 else addressees[:1]

    def _named_in_opening(self, m: Message, people: list[str]) -> list[str]:
        """Those of ``people`` whose name or alias has a word (of three letters or more) in the message's first
        sentence (its greeting: "Hi Ana and Raj,")."""
        sents = self.sentences.get(m.id, [])[:1]
        if not sents:
            return []
        words = set(re.findall(r"[a-z]{3,}", sents[0].text.lower()))
        named: dict[str, set[str]] = {}
        for p in people:
            n = self.index_nodes.get(p)
            named[p] = {w for f in ([n.name, *n.aliases] if n else []) for w in re.findall(r"[a-z]{3,}", f.lower())}
        # (a word of two people's names or titles tells neither: "Dear Chief Hale," names Chief Hale, not Deputy
        # Chief Ruiz copied in)
        shared = {w for p, ws in named.items() for w in ws if any(w in named[q] for q in named if q != p)}
        return [p for p in people if (named[p] - shared) & words]

    def greeted_group(self, m: Message) -> list[str]:
        """The people of the other side a greeting speaks to as a group: those it names when it names two or more (on
        the To or the Cc line: "Sgt. Boyle, Andre -"), or the To line's when it names none and speaks to them all
        ("Gentlemen,", "Hi all,"). Empty otherwise."""
        sender = self.pid(m.sender)
        people: list[str] = []
        for a in [*m.to, *m.cc]:
            p = self.pid(a)
            if p and p != sender and p not in people and self.side(p) != self.side(sender):
                people.append(p)
        if len(people) < 2:
            return []
        sents = self.sentences.get(m.id, [])[:1]
        if sents and _COLLECTIVE_GREETING.fullmatch(sents[0].text.strip()):
            to = [p for p in people if p in self.addressees(m)]
            return to if len(to) >= 2 else []
        hits = self._named_in_opening(m, people)
        return hits if len(hits) >= 2 else []

    def greeted_several(self, m: Message, addressees: list[str]) -> list[str]:
        """The addressees of the other side the greeting names, when it names two or more ("Hi Ana, Raj and Lee,"):
        "you" may then be all of them. Empty otherwise."""
        sender = self.pid(m.sender)
        other_side = [p for p in addressees if self.side(p) != self.side(sender)]
        if len(other_side) < 2:
            return []
        hits = self._named_in_opening(m, other_side)
        return hits if len(hits) >= 2 else []

    def find(self, text: str, m: Message, kinds) -> str | None:
        if self.index is None or not text.strip():
            return None
        return self.index.find(text, message=m, kinds=tuple(kinds))

    def mention_only_person(self, text: str, m: Message) -> str | None:
        """A person named only in the text ("Sam Lee"), when the index has no node for them."""
        words = text.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words if w.isalpha()):
            name = " ".join(words)
            nid = make_id("person", name.lower())
            self.nodes.setdefault(nid, Node(id=nid, kind="person", name=name, attrs={"role": "other", "source": "mention"}))
            return nid
        return None

    def mentions(self, message_id: str) -> list:
        return self.index.mentions(message_id) if self.index is not None else []

    def mentions_in(self, s: Sentence):
        return [x for x in self.mentions(s.message.id) if s.start <= x.start and x.end <= s.end]

    def thread_org(self, thread: list[Message], upto: Message | None) -> str | None:
        """The organisation (not the vendor or the agency) last mentioned in the thread up to
        `upto`: resolved mentions, or unresolved ones that are a short form of an organisation's
        name ("Maple Chapel" for "Maple Chapel of Lakeview")."""
        orgs = [n for n in self.index_nodes.values()
                if n.kind == "organization" and n.id not in (self.vendor_id, self.agency_id)]
        last = None
        for m in thread:
            for x in self.mentions(m.id):
                if x.node_id:
                    if x.kind == "organization" and x.node_id not in (self.vendor_id, self.agency_id):
                        last = x.node_id
                    continue
                t = norm_ws(x.text).lower()
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

    def org_by_short_form(self, text: str) -> str | None:
        """The one organisation of the release (not the vendor or the agency) whose name or alias starts with
        ``text``, two words or more ("Birch Row" for "Birch Row Recovery Fellowship"); None when none or several do."""
        t = norm_ws(text).lower()
        if len(t.split()) < 2:
            return None
        hits = {n.id for n in self.index_nodes.values()
                if n.kind == "organization" and n.id not in (self.vendor_id, self.agency_id)
                and any(f.lower().startswith(t + " ") for f in (n.name, *n.aliases) if f)}
        return hits.pop() if len(hits) == 1 else None

    def org_of_address(self, addr) -> str | None:
        """The organisation an outside address belongs to, by its domain: "info@maplechapel.org" ->
        Maple Chapel of Lakeview (the name, squashed, starts with the domain's label)."""
        email = (getattr(addr, "email", None) or "").lower()
        if "@" not in email:
            return None
        label = email.rsplit("@", 1)[1].split(".")[0]
        if len(label) < 6:
            return None
        hits = []
        for n in self.index_nodes.values():
            if n.kind != "organization" or n.id in (self.vendor_id, self.agency_id):
                continue
            forms = [re.sub(r"[^a-z0-9]", "", f.lower()) for f in (n.name, *n.aliases) if f]
            if any(f.startswith(label) or (len(f) >= 6 and label.startswith(f)) for f in forms):
                hits.append(n.id)
        return hits[0] if len(hits) == 1 else None

    def org_of_person(self, pid: str) -> str | None:
        """The organisation a person's address belongs to by the profile's domains (the one their ``MEMBER_OF``
        falls back to when no signature names a unit): "kramos@cedarfd.gov" -> the fire department. Not the
        vendor."""
        n = self.index_nodes.get(pid)
        domain_info = getattr(self.profile, "domain_info", None)
        if n is None or n.kind != "person" or domain_info is None:
            return None
        for e in sorted(n.emails):
            name = (domain_info(e) or {}).get("organization")
            if not name:
                continue
            for o in self.index_nodes.values():
                if o.kind == "organization" and o.id != self.vendor_id and name.lower() in (
                        o.name.lower(), *(a.lower() for a in o.aliases)):
                    return o.id
        return None

    def division_of(self, pid: str) -> str | None:
        """The person's division: ``index.member_of[pid]`` when the index offers it, else a
        division/unit/affiliation attribute of the person node, else the division their own
        messages name most (signature blocks)."""
        member_of = getattr(self.index, "member_of", None)
        if isinstance(member_of, dict) and member_of.get(pid):
            v = member_of[pid]
            return v[0] if isinstance(v, (list, tuple)) else v
        n = self.index_nodes.get(pid)
        if n is None:
            return None
        for key in ("division", "unit", "affiliation", "member_of"):
            v = n.attrs.get(key)
            if isinstance(v, list):
                v = v[0] if v else None
            if isinstance(v, str) and v in self.index_nodes:
                return v
        counts: dict[str, int] = defaultdict(int)
        for m in self.messages:
            if self.pid(m.sender) != pid:
                continue
            text = None
            for x in self.mentions(m.id):
                if x.kind == "division" and x.node_id:
                    text = self.own_text(m) if text is None else text
                    if not _prose_around(text, x.start, x.end):
                        counts[x.node_id] += 1
        return max(counts, key=lambda k: (counts[k], k)) if counts else None


def _prose_around(text: str, start: int, end: int) -> bool:
    """The line holding text[start:end] reads as a sentence ("I have asked the sergeant who supervises our Harbor Unit
    to ..."), not a signature's line ("Sergeant, Harbor Unit", "Harbor Unit | Metro Police"): a lower-case word of
    four letters or more beside the name. A unit named in a sentence may be anyone's; a signature's is the writer's."""
    if not 0 <= start <= end <= len(text):
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return bool(re.search(r"\b[a-z]{4,}\b", text[a:start] + " " + text[end:b]))


_DOTTED_I = {0x130: "i", 0x131: "i"}  # the dotted and dotless i match "i" under re.I; casefold keeps them apart


def _fold(text: str) -> str:
    """A text case-folded so that whatever a case-insensitive regex literal matches in it, the folded
    literal is a substring of it."""
    return text.translate(_DOTTED_I).casefold()


# words quoted and said to be someone's: "“...,” says Ana Ruiz", "..." Ana Ruiz said (a newsletter's customer quote)
_QUOTES_SOMEONE = re.compile(r"[\"\u201d]\s*,?\s*(?:says|said|adds|added|notes|noted|explains|explained)\b|"
                             r"[,.!]\s*[\"\u201d]\s*(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:says|said)\b")


def compact_rows(rows: list[dict]) -> tuple:
    """`SentenceScanner.scan`'s rows as the relations stage keeps them for the whole stage: a tuple per
    sentence (index, paragraph, start, end, text, cues as (label, flat token offsets), products, codes,
    token marks) instead of a dict of lists (~1.9 KB a sentence as dicts, about a third as tuples; the
    whole Enron inbox's relevant messages hold 126,000 sentences)."""
    return tuple((r["index"], r["paragraph"], r["start"], r["end"], r["text"],
                  tuple((label, tuple(x for ab in spans for x in ab)) for label, spans in r["cues"]),
                  tuple(tuple(p) for p in r["products"]), tuple(tuple(c) for c in r["codes"]), r["tokens"])
                 for r in rows)


def token_marks(doc) -> array:
    """Where ``doc``'s tokens are: one int each, its character offset times two plus one when a space
    follows it. Four bytes a token: a sentence's Doc is rebuilt from them (`doc_of_marks`) ten times
    faster than the tokenizer makes it again."""
    return array("I", [(t.idx << 1) | (1 if t.whitespace_ else 0) for t in doc])


def doc_of_marks(vocab, text: str, marks) -> "Doc":
    """The Doc the tokenizer made of ``text``, rebuilt from its `token_marks` (the same tokens, the
    same spaces: spaCy's tokenizer splits only at a space, which a token then carries)."""
    from spacy.tokens import Doc

    n = len(marks)
    words, spaces = [], []
    for k, mark in enumerate(marks):
        start, space = mark >> 1, mark & 1
        end = (marks[k + 1] >> 1) - space if k + 1 < n else len(text) - space
        words.append(text[start:end])
        spaces.append(bool(space))
    return Doc(vocab, words=words, spaces=spaces)


class _Sentences(Mapping):
    """``ThreadContext.sentences``: message id -> its `Sentence` list, for the relevant messages.

    A message is cut and scanned once (`SentenceScanner.scan`: sentences, cues, products, codes);
    its compact rows are kept for the whole stage, on disk (`giftgraph.spill.Spilled`), its `Sentence` objects (each
    holds a tokenised Doc, ~7 KB) only while the messages read since hold fewer than ``keep`` sentences.
    A message read again after that (each relation family reads every relevant message) has its Docs
    rebuilt from the token offsets in its rows (`doc_of_marks`), not scanned or tokenised again: what is
    held in memory stays bounded whatever the release's size."""

    KEEP = 1_000

    def __init__(self, ctx: "ThreadContext", messages: list, keep: int | None = None):
        from collections import OrderedDict

        self._ctx = ctx
        self._messages = {m.id: m for m in messages}
        # message id -> its `SentenceScanner.scan` rows as `compact_rows` (made elsewhere, or here on first read)
        self._scanned = Spilled()
        self._recent: OrderedDict[str, list[Sentence]] = OrderedDict()
        self._keep = self.KEEP if keep is None else keep
        self._held = 0  # sentences in _recent

    def __getitem__(self, mid: str) -> list[Sentence]:
        got = self._recent.get(mid)
        if got is not None:
            self._recent.move_to_end(mid)
            return got
        m = self._messages[mid]
        ctx = self._ctx
        rows = self._scanned.get(mid)
        if rows is not None:  # cut and scanned before: the Docs rebuilt from the rows
            got = ctx._sentences(m, rows, None)
        else:
            rows, docs = self._scan(mid)
            got = ctx._sentences(m, rows, docs)
        self._recent[mid] = got
        self._held += len(got)
        while self._held > self._keep and len(self._recent) > 1:
            self._held -= len(self._recent.popitem(last=False)[1])
        return got

    def keep_rows(self, mid: str, rows: tuple) -> None:
        """The message's compact rows, scanned elsewhere (`ThreadContext`'s ``scan``)."""
        self._scanned[mid] = rows

    def codes_of(self, mid: str) -> list[str]:
        """The code node ids the message's sentences name, in order (repeats kept): read from its
        scanned rows, without making its sentences (scanned first if it never was)."""
        if mid not in self._messages:
            return []
        rows = self._scanned.get(mid)
        if rows is None:
            got = self._recent.get(mid)
            if got is not None:
                return [c for s in got for c, _, _ in s.codes]
            rows = self._scan(mid)[0]
        return [c for row in rows for c, _, _ in row[7]]

    def _scan(self, mid: str) -> tuple:
        """Cut and scan a message here the first time: its compact rows (kept) and the Docs of the scan."""
        fresh, docs = self._ctx.scanner.scan(self._ctx.own_text(self._messages[mid]))
        rows = compact_rows(fresh)
        self._scanned[mid] = rows
        return rows, docs

    def __contains__(self, mid: object) -> bool:
        return mid in self._messages

    def __len__(self) -> int:
        return len(self._messages)

    def __iter__(self):
        return iter(self._messages)


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


# the kinds of thing a vendor sells, by the words that name them ("cams": camera): things named by their kind only
# ("keep the cameras") are the one product of that kind named before (`giftgraph.nlp.relations.gifts`)
KIND_OF = {w: kind for kind, words in {
    "camera": ("camera", "cam"), "doorbell": ("doorbell",), "licence": ("licence", "license"), "seat": ("seat",),
    "subscription": ("subscription",), "plan": ("plan",), "sensor": ("sensor",), "reader": ("reader",),
    "drone": ("drone",), "tablet": ("tablet",), "laptop": ("laptop",), "radio": ("radio",), "tracker": ("tracker",),
    "kiosk": ("kiosk",), "badge": ("badge",), "dock": ("dock",), "hub": ("hub",), "detector": ("detector",),
    "trailer": ("trailer",), "kit": ("kit",), "charger": ("charger",), "headset": ("headset",), "vest": ("vest",),
    "payload": ("payload",), "chime": ("chime",), "lock": ("lock",), "scanner": ("scanner",), "monitor": ("monitor",),
    "training": ("training",), "jacket": ("jacket",), "coat": ("coat",), "boot": ("boot",),
    "flashlight": ("flashlight",), "holster": ("holster",), "glove": ("glove",), "helmet": ("helmet",),
    "analyzer": ("analyzer", "analyser"),  # a laboratory's instrument: "keep the analyzer"
}.items() for w in words}


def kind_of(word: str) -> str | None:
    """The kind of thing a word (lower case, singular or plural) names: "cams" -> "camera"; else None."""
    return KIND_OF.get(word) or KIND_OF.get(word[:-1] if word.endswith("s") else word)


# "free" as the adjective of the noun after it ("a free faceplate", "two X with a free year of storage"): the words
# before it, and the words after it that make it terms instead ("free of charge", "free to use", "free for a month")
_BEFORE_ATTRIBUTIVE = frozenset({"a", "an", "one", "with", "and", "plus", "another", "include", "includes", "including",
                                 "included"})
_NOT_NOUN_AFTER_FREE = frozenset({"of", "to", "for", "and", "or", "until", "through", "thru", "from", "with", "in", "on",
                                  "at", "as", "while", "during", "if", "when", "but"})


def _not_in_products(cues: list, products: list) -> list:
    """The sentence's cues less those made of words of a product's name ("the Tally Dock": no "tally" of a recap; a
    "Gift Box" is no giving): a name printed whole is the thing, not a word of the lexicons."""
    if not products:
        return cues
    out = []
    for label, spans in cues:
        kept = [(a, b) for a, b in spans if not any(p <= a and b <= q for _, p, q, _ in products)]
        if kept:
            out.append((label, kept))
    return out


def _free_of_another(doc, cues: list, products: list, kinds: frozenset[str] = frozenset()) -> list:
    """The sentence's cues less a "free" that is the adjective of another thing than the products named before it ("the
    X include a free mounting plate", "your cameras come with a free year of storage", ``kinds``: the kinds of thing
    the catalogue sells): what is free is that thing, not the X (sold, or the reader's own). A "free" with a product
    named in its noun phrase ("a free X") stays."""
    if not any(label == "free" for label, _ in cues):
        return cues
    named = [p for _, p, _, _ in products] + [t.i for t in doc if t.is_alpha and kind_of(t.lower_) in kinds]
    if not named:
        return cues
    out = []
    for label, spans in cues:
        if label == "free":
            kept = []
            for a, b in spans:
                attributive = (b - a == 1 and doc[a].lower_ == "free" and 0 < a and b < len(doc)
                               and (doc[b].is_alpha or doc[b].like_num) and doc[b].lower_ not in _NOT_NOUN_AFTER_FREE
                               and (doc[a - 1].lower_ in _BEFORE_ATTRIBUTIVE or doc[a - 1].like_num))
                if attributive and any(p < a for p in named) and not any(b <= p <= b + 3 for _, p, _, _ in products):
                    continue
                kept.append((a, b))
            if not kept:
                continue
            spans = kept
        out.append((label, spans))
    return out


# a greeting to everyone written to: "Gentlemen,", "Hi all,", "Morning folks -"
_COLLECTIVE_GREETING = re.compile(r"(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|morning|afternoon)"
                                  r",?\s+)?(?:all|everyone|everybody|folks|gentlemen|gents|ladies(?: and gentlemen)?|team|"
                                  r"guys|both|y'all|you two|you both|you all)\s*[,:!.\u2013\u2014-]*", re.I)


class SentenceScanner:
    """Cuts a message's own text into sentences and finds each one's cues (`RelationRules.scan`),
    products and promo codes: a function of the text, the rules and the catalogues alone (``products``:
    node id -> (name, aliases); ``code_keys``: code key -> node id), so it can run in another process
    (``giftgraph.scale`` runs it as Dask tasks: ``spec()`` is what a worker needs besides the rules)."""

    def __init__(self, rules: RelationRules, products: dict[str, tuple[str, list[str]]], code_keys: dict[str, str]):
        from spacy.matcher import PhraseMatcher

        self.rules, self.products, self.code_keys = rules, products, code_keys
        self._codes = _known_codes_regex(code_keys) if code_keys else None  # every printing of the codes
        nlp = rules.nlp
        self.kinds = frozenset(k for name, aliases in products.values() for form in (name, *aliases)
                               for w in form.split() if (k := kind_of(w.lower())))
        self.prod_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.prod_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for nid, (name, aliases) in products.items():
            forms = {name, *aliases}
            for f in list(forms):
                # "Porch Cams"; a model number too ("two RX7s"), not a number alone ("the 360s")
                if f and not f.endswith("s") and (f[-1].isalpha() or (f[-1].isdigit() and any(c.isalpha() for c in f))):
                    forms.add(f + "s")
            exact = [f for f in forms if f and any(c.isupper() for c in f)]
            lower = [f for f in forms if f and not any(c.isupper() for c in f)]
            # capitalised names also match in lower case when they are several words
            lower += [f for f in exact if len(f.split()) > 1]
            if exact:
                self.prod_exact.add(nid, [nlp.make_doc(f) for f in exact])
            if lower:
                self.prod_lower.add(nid, [nlp.make_doc(f) for f in lower])

    def spec(self) -> tuple[dict, dict]:
        return self.products, self.code_keys

    def scan(self, text: str) -> tuple[list[dict], list]:
        """(rows, Docs): one row per sentence (index, paragraph, start, end, text, cues as
        [(label, [(token start, token end), ...])] in the rules' order, products, codes, where the
        tokens are (`token_marks`)) and its Doc."""
        from spacy.util import filter_spans

        nlp = self.rules.nlp
        rows, docs = [], []
        for i, (para, s, e) in enumerate(split_sentences(text)):
            # spaCy refuses longer texts (E088): one giant "sentence"; OCR's digits for letters read as the letters
            norm = amounts_in_dollars(ocr_letters(norm_ws(text[s:e])[:nlp.max_length]))
            doc = nlp.make_doc(norm)
            cues = [(label, [(x.start, x.end) for x in spans]) for label, spans in self.rules.scan(doc).items()]
            spans = []
            for mid, a, b in list(self.prod_exact(doc)) + list(self.prod_lower(doc)):
                span = doc[a:b]
                span.label_ = nlp.vocab.strings[mid]
                spans.append(span)
            products = [(span.label_, span.start, span.end, span.text) for span in filter_spans(spans)
                        if not _brand_on_swag(doc, span.end)]
            cues = _free_of_another(doc, _not_in_products(cues, products), products, self.kinds)
            codes = []
            if self._codes is not None:  # (what `find_known` finds)
                for hit in self._codes.finditer(norm):
                    span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
                    key = code_key(hit.group(0))
                    if span is not None and key in self.code_keys:
                        codes.append((self.code_keys[key], span.start, span.end))
            rows.append({"index": i, "paragraph": para, "start": s, "end": e, "text": norm, "cues": cues,
                         "products": products, "codes": codes, "tokens": token_marks(doc)})
            docs.append(doc)
        return rows, docs


_BRANDED = frozenset({"branded", "logo", "logoed", "themed", "emblazoned"})


def _brand_on_swag(doc, end: int) -> bool:
    """The product's name used as a brand printed on other things ("24 Porch Cam-branded hoodies", "Relay Chime
    logo mugs"): the things are the hoodies and mugs, not the product."""
    j = end + (1 if end < len(doc) and doc[end].text in {"-", "\u2010", "\u2011"} else 0)
    return j < len(doc) and doc[j].lower_ in _BRANDED
