"""The relation rules: general English lexicons (``nlp/data/relations.yaml``) plus a profile's own wording.

The general file holds how English speaks of giving, sending, receiving, thanking, declining,
buying and recommending; it is the same for every vendor. A profile's ``relations.yaml`` is
optional and only *adds* domain wording (lists are extended, mappings merged key by key); a
profile without one gets the general rules alone, never another profile's.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

__all__ = ["RelationRules", "load_rules", "merge_rules", "inflect", "expand_lexicon", "GENERAL_RULES", "PROFILES_DIR"]

PROFILES_DIR = Path(__file__).resolve().parent.parent / "profiles"
GENERAL_RULES = Path(__file__).resolve().parent.parent / "data" / "relations.yaml"

_BLANK = None


def _paragraph_pieces(text: str, size: int) -> list[tuple[int, str]]:
    """(offset, piece) of ``text`` cut into pieces of at most ``size`` characters, each ending after a
    blank line when one is in its second half, else after a line break, else after a space (or at
    ``size``): the whole text, in order, without overlap."""
    out = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + size // 2, end)
            if cut != -1:
                cut += len(sep)
                break
        if cut == -1:
            cut = end
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def _nlp_blank():
    """A blank English pipeline: the tokenizer and vocab the rule matchers run on."""
    import spacy

    global _BLANK
    if _BLANK is None:
        _BLANK = spacy.blank("en")
    return _BLANK


def _read(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of rule sections, got {type(data).__name__}")
    return data


def _key(x: Any) -> str:
    return json.dumps(x, sort_keys=True, default=str) if isinstance(x, (dict, list)) else repr(x)


def merge_rules(base: dict, extra: dict) -> dict:
    """`extra` added to `base`: lists are extended (without repeats), mappings merged key by key,
    other values replaced.

    >>> merge_rules({"gift": {"give": ["hand"], "n": 1}}, {"gift": {"give": ["hand", "pass"], "n": 2}})
    {'gift': {'give': ['hand', 'pass'], 'n': 2}}
    """
    out = dict(base)
    for k, v in (extra or {}).items():
        old = out.get(k)
        if isinstance(old, dict) and isinstance(v, dict):
            out[k] = merge_rules(old, v)
        elif isinstance(old, list) and isinstance(v, list):
            seen = {_key(x) for x in old}
            added = []
            for x in v:
                if _key(x) not in seen:
                    seen.add(_key(x))
                    added.append(x)
            out[k] = old + added
        else:
            out[k] = v
    return out


def _profile_additions(profile: Any) -> dict:
    """The profile's own ``relations.yaml`` (empty when it has none)."""
    if profile is None:
        return {}
    if isinstance(profile, dict):
        return profile
    raw = getattr(profile, "raw", None)
    if isinstance(raw, dict):
        extra = raw.get("relations")
        if extra is not None and not isinstance(extra, dict):
            where = getattr(profile, "path", None) or getattr(profile, "name", "?")
            raise ValueError(f"{where}/relations.yaml: expected a mapping of rule sections")
        return extra or {}
    directory = getattr(profile, "path", None) or getattr(profile, "directory", None)
    if directory is None and isinstance(profile, (str, Path)) and str(profile):
        p = Path(profile)
        directory = p if p.is_dir() else PROFILES_DIR / str(profile)
        if not directory.is_dir():
            raise FileNotFoundError(f"{profile}: no such profile (neither a directory nor a shipped profile name)")
    if directory is None:
        return {}
    f = Path(directory) / "relations.yaml"
    return _read(f) if f.is_file() else {}


def load_rules(profile: Any = None) -> dict:
    """The relation rules for a profile: the general lexicons with the profile's additions.

    `profile` is a `Profile` (its ``raw["relations"]``), a profile name or directory, a dict of
    additions, or None (the general rules alone).
    """
    return merge_rules(_read(GENERAL_RULES), _profile_additions(profile))


def inflect(lemma: str, irregular: dict | None = None) -> list[str]:
    """The forms of an English verb: base, third person, -ing, past, past participle.

    >>> inflect("donate")
    ['donate', 'donates', 'donating', 'donated']
    >>> inflect("ship", {"ship": ["shipped", "shipped"]})
    ['ship', 'ships', 'shipping', 'shipped']
    >>> inflect("give", {"give": ["gave", "given"]})
    ['give', 'gives', 'giving', 'gave', 'given']
    >>> inflect("cancel")
    ['cancel', 'cancels', 'canceling', 'canceled', 'cancelling', 'cancelled']
    """
    w = lemma.lower()
    vowels = "aeiou"
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = w + "es"
    elif len(w) > 1 and w.endswith("y") and w[-2] not in vowels:
        third = w[:-1] + "ies"
    else:
        third = w + "s"
    irr = (irregular or {}).get(w)
    if irr:
        past, part = irr[0], irr[-1]
    elif w.endswith("e"):
        past = part = w + "d"
    elif len(w) > 1 and w.endswith("y") and w[-2] not in vowels:
        past = part = w[:-1] + "ied"
    else:
        past = part = w + "ed"
    if w.endswith("ie"):
        ing = w[:-2] + "ying"
    elif w.endswith("e") and not w.endswith(("ee", "ye", "oe")) and len(w) > 2:
        ing = w[:-1] + "ing"
    elif past.endswith("ed") and len(past) == len(w) + 3 and past[:-3] == w and past[-3] == w[-1]:
        ing = past[:-2] + "ing"  # a doubled final consonant: shipped -> shipping
    else:
        ing = w + "ing"
    forms = [w, third, ing, past, part]
    if not irr and len(w) > 2 and w[-1] == "l" and w[-2] in vowels and w[-3] not in vowels:
        forms += [w + "ling", w + "led"]  # British spelling doubles the l: cancelled, cancelling, signalled
    return list(dict.fromkeys(forms))


def expand_lexicon(words, irregular: dict | None = None) -> list[str]:
    """A lexicon with its "~verb ..." entries written out in every form of the verb.

    >>> expand_lexicon(["free", "~hand over"])
    ['free', 'hand over', 'hands over', 'handing over', 'handed over']
    """
    out: list[str] = []
    for w in words or []:
        w = str(w)
        if w.startswith("~"):
            head, _, rest = w[1:].partition(" ")
            out += [f"{f} {rest}".strip() for f in inflect(head, irregular)]
        else:
            out.append(w)
    return list(dict.fromkeys(out))


# contractions whose norm is the whole word ("n't" -> "not", "'re" -> "are"): a phrase of two words or more holding
# one is matched by norms too (not "'ll" alone, which would then be "will" too). ("'s" and "'d" are not: their
# norms stay as they are)
_CONTRACTIONS = frozenset({"n't", "'re", "'ll", "'ve", "'m"})


_WOULD = re.compile(r"(?<=\w )would(?= \w)|^would(?= \w)")


def _would_contracted(phrase: str) -> str:
    """The phrase with its "would" before another word contracted: "would be great" -> "'d be great", "we would
    love" -> "we'd love" (tokenised as the writer's "that'd be great" is)."""
    return _WOULD.sub("'d", phrase).replace(" 'd", "'d")


# the particles of a lexicon's two-word verbs that may stand after the verb's object, and words that may not stand
# between: a return ("hand it back"), another clause or place ("dropped by and left two off", "at the desk"); a
# particle may, inside a thing's name ("dropped two Stick Up Cams off")
_SPLIT_PARTICLES = frozenset({"off", "over", "along", "out", "in"})
_NOT_BETWEEN = ["back", "and", "or", "but", "to", "for", "with", "at", "from"]


def _split_phrasals(words, irregular: dict | None = None) -> list[list[dict]]:
    """Token patterns for a lexicon's "~verb particle" entries (`_SPLIT_PARTICLES`) with one to five words between
    the verb and its particle, as English puts a short object ("drop two cameras off", "hand them over").

    >>> _split_phrasals(["~hand over", "~give"])[0][0]
    {'LOWER': {'IN': ['hand', 'hands', 'handing', 'handed']}}
    """
    out: list[list[dict]] = []
    for w in words or []:
        parts = str(w).split()
        if len(parts) == 2 and parts[0].startswith("~") and parts[1] in _SPLIT_PARTICLES:
            out.append([{"LOWER": {"IN": inflect(parts[0][1:], irregular)}},
                        {"IS_ALPHA": True, "LOWER": {"NOT_IN": _NOT_BETWEEN}, "OP": "{1,5}"},
                        {"LOWER": parts[1]}])
    return out


def _typed_apostrophes(pattern, key: str | None = None):
    """A token pattern whose words written with ' ("n't", "'s") also take them as Outlook and Word type them, with a
    right single quote ("n’t", "’s"); a ``LOWER`` that asks for "n't" also takes "nt", the token "dont", "cant",
    "wont" are split into."""
    if isinstance(pattern, list):
        return [_typed_apostrophes(p, key) for p in pattern]
    if not isinstance(pattern, dict):
        return pattern
    out = {}
    for k, v in pattern.items():
        if k in ("LOWER", "ORTH", "TEXT", "NORM") and isinstance(v, str) and "'" in v:
            v = {"IN": [v, v.replace("'", "\u2019"), *(["nt"] if k == "LOWER" and v == "n't" else [])]}
        elif k in ("IN", "NOT_IN") and isinstance(v, list):
            v = list(dict.fromkeys([*v, *(w.replace("'", "\u2019") for w in v if isinstance(w, str) and "'" in w),
                                    *(["nt"] if key == "LOWER" and k == "IN" and "n't" in v else [])]))
        elif isinstance(v, (dict, list)):
            v = _typed_apostrophes(v, k)
        out[k] = v
    return out


# what someone sends or gives the speaker that is word of something, not a thing given: "sizes per the list Ana sent
# me", "the address he gave me", "the photos they sent us"
WORD_SENT = frozenset({"list", "lists", "sizes", "address", "addresses", "details", "info", "information", "email", "e-mail",
                       "note", "message", "form", "forms", "spreadsheet", "numbers", "names", "roster", "link", "file",
                       "files", "photo", "photos", "picture", "pictures", "specs", "measurements", "counts", "breakdown",
                       "schedule", "dates"})



# a price said as what the thing would cost the reader to buy: "about $220 each if you bought them", "$90 if you had
# to buy one", "worth $300 if you paid for it yourself" (the price, then the "if" within a few words)
_WORTH_IF_BOUGHT = re.compile(r"(?:[$\u00a3\u20ac]\s?\d[\d,]*(?:\.\d\d)?|\b\d[\d,]*\s+(?:dollars|bucks|pounds|euros))"
                              r"[^.;!?$]{0,40}?\bif\s+(?:you|y'all|one)\s+(?:had\s+to\s+|were\s+to\s+|went\s+to\s+|"
                              r"tried\s+to\s+)?(?:bought|buy|purchased|purchase|paid\s+for|pay\s+for)\s+(?:them|it|one|"
                              r"those|these|a\s+pair|two)\b(?:\s+(?:yourself|yourselves|retail|outright|at\s+the\s+\w+(?:\s+\w+)?))?",
                              re.I)

class RelationRules:
    """The compiled rules: one PhraseMatcher for the cue lexicons, one Matcher for token patterns."""

    def __init__(self, data: dict, nlp=None):
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

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
            "unit_words": self.gift.get("unit_words"),
            "value_cue": [*(self.gift.get("money_value_cues") or []), *(self.gift.get("money_value_hedges") or [])],
            "not_value_after": self.gift.get("money_not_value_after"),
            "not_value_before": self.gift.get("money_not_value_before"),
            "assign": self.referral.get("assign"), "distribute": self.referral.get("distribute"),
            "purchase_use": self.referral.get("purchase_use"), "refuse_code": self.referral.get("refuse_code"),
            "endorse": self.promoted.get("endorse"), "not_endorse": self.promoted.get("not_endorse"),
            "vendor_words": self.promoted.get("vendor_words"), "product_pronoun": self.promoted.get("product_pronouns"),
        }
        groups["loan"] = self.gift.get("loan")
        groups["personal_use"] = self.gift.get("personal_use")
        groups["recap"] = self.gift.get("recap")
        groups["offer_frame"] = self.gift.get("offer_frame")
        for label in ("keep", "gratitude", "gift_thanks", "gift_nouns", "third_party", "reader_gift", "to_follow"):
            groups[label] = self.gift.get(label)
        for purpose, words in (self.gift.get("purpose") or {}).items():
            groups[f"purpose:{purpose}"] = words
        irregular = {str(k).lower(): list(v) for k, v in (data.get("verb_forms") or {}).items()}
        self.lexicons: dict[str, list[str]] = {}
        # verb forms the gift rules look at: past forms (a transfer done), giving vs motion verbs
        self.past_forms = {f for v, forms in irregular.items() for f in forms if f != v}
        for w in self.gift.get("give") or []:
            w = str(w)
            if w.startswith("~"):
                head = w[1:].split()[0]
                self.past_forms.update(f for f in inflect(head, irregular)[3:] if f != head)
        self.return_later = [str(w).lower() for w in self.gift.get("return_later") or []]
        self.duration_words = {str(w).lower().split()[-1] for w in self.gift.get("duration_after_as_long_as") or []}
        self.period_end_words = {str(w).lower() for w in self.gift.get("period_end_after_once_the") or []}
        self.not_arrived_words = {str(w).lower() for w in self.gift.get("not_arrived_after_if") or []}
        self.arrival_places = [str(w).lower().split() for w in self.gift.get("arrival_places") or []]
        self.need_supposed_words = {str(w).lower() for w in self.gift.get("need_supposed_before") or []}
        self.purchase_date_after = {str(w).lower() for w in self.gift.get("purchase_date_after") or []}
        self.purchase_set_apart = [tuple(str(w).lower().split()) for w in self.gift.get("purchase_set_apart") or []]
        # hospitality and promotional goods, the events whose seats are hospitality and those whose tickets are not
        # (`ThreadContext._hosted`)
        self.hosted_things = _words_regex([*(self.gift.get("hosted_things") or []), *(self.gift.get("hosted_meals") or [])])
        self.hosted_seat_events = _words_regex(self.gift.get("hosted_seat_events"))
        self.hosted_not_events = _words_regex(self.gift.get("hosted_not_events"))
        self.hosted_not_things = _words_regex(self.gift.get("hosted_not_things"))
        self.hosted_meals = _words_regex(self.gift.get("hosted_meals"))
        self.noun_uses = {str(w).lower() for w in self.gift.get("noun_uses") or []}
        self.return_trip_after = {str(w).lower() for w in self.gift.get("return_trip_after") or []}
        self.kept_records = {str(w).lower() for w in self.gift.get("kept_records") or []}
        self.noun_use_before = {str(w).lower() for w in self.gift.get("noun_use_before") or []}
        self.giving_forms = {f for w in (self.gift.get("giving_verbs") or []) for f in inflect(str(w), irregular)}
        self.motion_forms = {f for w in (self.gift.get("motion_verbs") or []) for f in inflect(str(w), irregular)}
        # phrases with a contraction ("don't bother", "can't accept") are also matched by their words' norms, so that
        # the same words typed without the apostrophe ("dont", "cant", "wont": do / ca / wo + "nt", normed "not") or
        # spelled out ("do not bother") match them too
        self.phrases_norm = PhraseMatcher(self.nlp.vocab, attr="NORM")
        for label, words in groups.items():
            words = expand_lexicon(words, irregular)
            if words:
                self.lexicons[label] = words
                # a phrase spelled with "would" also matches it contracted ("that'd be great", "you'd love it"): the
                # tokenizer's "'d" keeps its own norm, since it may be "had" as well
                words = list(dict.fromkeys([*words, *(_would_contracted(w) for w in words if _WOULD.search(w))]))
                # Outlook and Word type the apostrophe as a right single quote ("I’d recommend", "can’t
                # accept"): a phrase written with ' also matches it typed so
                words = list(dict.fromkeys([*words, *(w.replace("'", "\u2019") for w in words if "'" in w)]))
                docs = [self.nlp.make_doc(w) for w in words]
                # "I'm in" typed "Im in": the tokenizer splits "Im" into "I" and "m", whose norm is not "am"
                docs += [Doc(self.nlp.vocab, words=["m" if t.lower_ in ("'m", "\u2019m") else t.text for t in d],
                             spaces=[bool(t.whitespace_) for t in d])
                         for d in docs if any(t.lower_ in ("'m", "\u2019m") and t.i and d[t.i - 1].lower_ == "i" for t in d)]
                self.phrases.add(label, docs)
                contracted = [d for d in docs if len(d) > 1 and any(t.lower_ in _CONTRACTIONS for t in d)]
                if contracted:
                    self.phrases_norm.add(label, contracted)
        self.matcher = Matcher(self.nlp.vocab)
        token_patterns: list = []
        for label, key in (("uses", "uses_patterns"), ("discount", "discount_patterns")):
            pats = [_typed_apostrophes(p) for p in self.referral.get(key) or []]
            if pats:
                self.matcher.add(label, pats)
                token_patterns += pats
        # a verb of handing over with its particle (`_SPLIT_PARTICLES`) is said with its object between them too:
        # "dropped two cameras off", "handed the kit over", "passed a few along"
        split = _split_phrasals(self.gift.get("give"), irregular)
        if split:
            self.matcher.add("give", split)
            token_patterns += split
        # token patterns for any cue label (`patterns: {label: [[{LOWER: ...}, ...], ...]}` in a
        # section): wording with optional words between fixed ones, which a phrase list can only
        # spell out one variant at a time
        for section in (self.gift, self.referral, self.promoted):
            for label, pats in (section.get("patterns") or {}).items():
                pats = [_typed_apostrophes(p) for p in pats or []]
                if pats:
                    self.matcher.add(str(label), pats)
                    token_patterns += pats
        # what a sentence must hold for any token pattern to match (`may_match`): read from the patterns
        self._needs = _pattern_needs(token_patterns, self.nlp.vocab.strings)
        self._needs_any = frozenset().union(*(n for needs in self._needs or [] for n in needs))
        # DependencyMatcher patterns, run on the parsed Doc of a message when the pipeline parsed it
        self.dep_patterns = {label: [_typed_apostrophes(p) for p in pats]
                             for label, pats in (self.gift.get("dependency_patterns") or {}).items() if pats}
        self._dep_matchers: dict = {}
        nw = self.gift.get("number_words") or {}
        self.number_words = {str(k).lower(): int(v) for k, v in nw.items()}
        self.fillers = {str(w).lower() for w in self.gift.get("quantity_fillers") or []}
        self.paired_goods = frozenset(str(w).lower() for w in self.gift.get("paired_goods") or [])
        self.quote_markers = [re.compile(p, re.M | re.I) for p in data.get("quote_markers") or []]
        neg = data.get("negation") or {}
        self.negators = {str(w).lower() for w in neg.get("words") or []}
        if "n't" in self.negators:
            self.negators.add("nt")  # "dont", "cant": the tokenizer splits off "nt" (normed "not")
        self.negators |= {w.replace("'", "\u2019") for w in self.negators}  # "don’t", "can’t" as Outlook types them
        self.negatable = [str(x) for x in neg.get("cues") or []]
        self.negation_window = int(neg.get("window", 4) or 4)

    # the parse on demand of a long own text (a pasted document) is made paragraph by paragraph in pieces
    # of at most this many characters: spaCy's parser holds its activations for the whole Doc at once (one
    # 75,000-character Enron text: +246 MB peak), a piece's are bounded. Shorter texts: one parse, as before
    PARSE_CHARS = 20_000

    def dependency_cues(self, doc, within: tuple[int, int] | None = None,
                        done: dict | None = None) -> list[tuple[str, int, int]]:
        """(label, start char, end char) of each DependencyMatcher match in a parsed `doc`.

        A long text parsed on demand in pieces (`parsed_in_pieces`): with ``within`` (start, end char),
        only the pieces that overlap it are parsed, and the matches of those are returned (a match
        inside the range lies in one of them); ``done`` (piece offset -> its matches) keeps the pieces
        parsed for the next call. A sentence that asks parses its own paragraphs, not a whole pasted
        document."""
        if not self.dep_patterns or doc is None or not doc.has_annotation("DEP"):
            return []
        if self.parsed_in_pieces(doc):
            parse = doc._parser
            done = {} if done is None else done
            out = []
            for base, piece in _paragraph_pieces(doc.text, self.PARSE_CHARS):
                if within is not None and not (base < within[1] and within[0] < base + len(piece)):
                    continue
                if base not in done:
                    done[base] = [(label, base + a, base + b) for label, a, b in self._dep_cues(parse(piece))]
                out.extend(done[base])
            return out
        if not hasattr(doc, "vocab") and hasattr(doc, "parsed"):  # an nlp.analysis.Analysis: parse on demand
            return self._dep_cues(doc.parsed())
        return self._dep_cues(doc)

    def parsed_in_pieces(self, doc) -> bool:
        """Is ``doc`` an analysis whose parse on demand is made in pieces (longer than ``PARSE_CHARS``)?"""
        return (doc is not None and not hasattr(doc, "vocab") and getattr(doc, "_parser", None) is not None
                and len(doc.text) > self.PARSE_CHARS)

    def _dep_cues(self, doc) -> list[tuple[str, int, int]]:
        from spacy.matcher import DependencyMatcher

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
            verb = toks[0]
            if verb.dep_ == "relcl" or any(c.dep_ == "nsubj" and c.lower_ in {"you", "u"} for c in verb.children):
                continue  # "the address you gave me": the addressee, not a third party, and no gift
            if any(c.dep_ == "nsubj" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ in WORD_SENT
                   for c in verb.children):
                continue  # "sizes per the list Janelle sent me" (a relative clause the parser did not see): word, no gift
            if len(toks) > 1 and any(c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in toks[1].children):
                continue  # "our team donated": the speaker's side is the giver
            out.append((doc.vocab.strings[match_id], min(t.idx for t in toks),
                        max(t.idx + len(t) for t in toks)))
        return out

    @staticmethod
    def _thanked_during(doc, free_spans, sp) -> bool:
        """A loan cue inside the "for doing ..." of a thanks the sentence gives ("as a thank-you for bearing with us
        during the trial"): a "for" and a gerund between the thanks and the cue, and no punctuation after them."""
        thanks = [f for f in free_spans if f.end <= sp.start and "thank" in f.text.lower()]
        if not thanks:
            return False
        fors = [t.i for t in doc[thanks[-1].end:sp.start] if t.lower_ == "for" and t.i + 1 < sp.start
                and doc[t.i + 1].is_alpha and doc[t.i + 1].lower_.endswith("ing")]
        return bool(fors) and not any(t.is_punct and t.text not in {"-", "'"} for t in doc[fors[-1]:sp.start])

    @classmethod
    def from_profile(cls, profile=None, nlp=None) -> "RelationRules":
        return cls(load_rules(profile), nlp=nlp)

    def scan(self, doc) -> dict[str, list]:
        """Cue spans by label; a `not_free` span hides the `free` spans inside it."""
        from spacy.util import filter_spans

        found: dict[str, list] = defaultdict(list)
        seen = set()
        for match_id, start, end in self.phrases(doc):
            found[self.nlp.vocab.strings[match_id]].append(doc[start:end])
            seen.add((match_id, start, end))
        for match_id, start, end in self.phrases_norm(doc):
            if (match_id, start, end) not in seen:
                found[self.nlp.vocab.strings[match_id]].append(doc[start:end])
        if self.may_match(doc):
            for match_id, start, end in self.matcher(doc):
                found[self.nlp.vocab.strings[match_id]].append(doc[start:end])
        # "no need for a quote", "doesn't depend on any purchase": a negated cue says the opposite
        free_tokens = {i for s in found.get("free", []) for i in range(s.start, s.end)}
        for label in self.negatable:
            if found.get(label):
                # "nothing to pay": a cue inside a free phrase is that phrase's, not a cue of its own
                found[label] = [s for s in found[label] if not self._negated(doc, s.start, free_tokens)
                                and not self._alternative(doc, s.start)
                                and not (s.start in free_tokens and s.end - 1 in free_tokens)]
                if not found[label]:
                    del found[label]
        if found.get("conditional") or found.get("purchase"):
            # "Those seats are about $220 each if you bought them": what the thing would cost the reader, its worth, not
            # a condition of having it nor a sale
            for x in _WORTH_IF_BOUGHT.finditer(doc.text):
                for label in ("conditional", "purchase"):
                    if found.get(label):
                        found[label] = [sp for sp in found[label]
                                        if not (x.start() <= sp.start_char and sp.end_char <= x.end())]
                        if not found[label]:
                            del found[label]
        if found.get("purchase"):
            # "the caterer quoted us $18 a head", "they quoted me $300": a price quoted to the speaker's side by someone
            # else is what the speaker pays, no sale to the reader
            found["purchase"] = [s for s in found["purchase"] if not (
                s.text.lower() == "quoted" and s.end < len(doc) and doc[s.end].lower_ in ("us", "me")
                and s.start > 0 and doc[s.start - 1].lower_ not in ("we", "i", "you"))]
            if not found["purchase"]:
                del found["purchase"]
        if found.get("not_free"):
            # "free shipping": neither the "free" nor the "shipping" in it says anything is given
            masked = [(s.start, s.end) for s in found["not_free"]]
            for label in ("free", "give", "ship"):
                if found.get(label):
                    found[label] = [s for s in found[label]
                                    if not any(a <= s.start and s.end <= b or a <= s.start < b for a, b in masked)]
                    if not found[label]:
                        del found[label]
        if found.get("loan") and found.get("free"):
            # "a thank-you from all of us for being such good sports during the pilot": the trial is when the reader did
            # what is thanked for, nothing is lent
            found["loan"] = [s for s in found["loan"] if not self._thanked_during(doc, found["free"], s)]
            if not found["loan"]:
                del found["loan"]
        if found.get("conditional") and self.duration_words:
            # "keep them as long as you like", "as long as necessary": a time, not a condition
            found["conditional"] = [s for s in found["conditional"] if not self._duration(doc, s)]
            if not found["conditional"]:
                del found["conditional"]
        if found.get("conditional"):
            # "unless I hear otherwise", "unless you tell me otherwise": what happens by default, not a condition
            found["conditional"] = [s for s in found["conditional"] if not self._by_default(doc, s)]
            if not found["conditional"]:
                del found["conditional"]
        if found.get("conditional"):
            # "you helped more than once", "all at once": a count of times, not a condition
            found["conditional"] = [s for s in found["conditional"] if not (
                doc[s.start].lower_ == "once" and s.start > 0 and doc[s.start - 1].lower_ in ("than", "at"))]
            if not found["conditional"]:
                del found["conditional"]
        if found.get("conditional") and self.not_arrived_words:
            # "(check your promotions tab if you don't see it)": word asked of a delivery gone astray, not a condition
            found["conditional"] = [s for s in found["conditional"] if not self._not_arrived(doc, s)]
            if not found["conditional"]:
                del found["conditional"]
        if found.get("conditional") and self.arrival_places:
            # "just check in when you get to town": an arrival at a place, a time, not a threshold reached
            found["conditional"] = [s for s in found["conditional"] if not self._arrival(doc, s)]
            if not found["conditional"]:
                del found["conditional"]
        if found.get("conditional") and self.period_end_words and all(self._period_end(doc, s) for s in found["conditional"]):
            # "once the case is closed, just keep them": when a period ends, not a condition (with another condition
            # beside it, "yours once the trial is over if you like them", the time is part of that condition)
            del found["conditional"]
        if found.get("purchase") and self.purchase_set_apart:
            # "(separate from the three on the PO)": the thing of the sentence is set apart from what was bought
            found["purchase"] = [s for s in found["purchase"] if not self._set_apart(doc, s.start)]
            if not found["purchase"]:
                del found["purchase"]
        if found.get("purchase") and self.purchase_date_after:
            # "your renewal date moves to January 1": the date of a renewal, nothing bought
            found["purchase"] = [s for s in found["purchase"] if not (
                len(s) == 1 and s.end < len(doc) and doc[s.end].lower_ in self.purchase_date_after)]
            if not found["purchase"]:
                del found["purchase"]
        if found.get("request") and self.need_supposed_words:
            # "we figured the team could use them": a guess at the reader's need, the reason for a gift, no request
            found["request"] = [s for s in found["request"] if not self._need_supposed(doc, s)]
            if not found["request"]:
                del found["request"]
        if found.get("request") and found.get("handed_over"):
            # "please consider them on us", "please consider the two a gift": the "please consider" of a handing over
            # asks nothing; the things are the reader's already (not "please consider our proposal")
            over = found["handed_over"]
            found["request"] = [s for s in found["request"] if not any(h.start < s.end and s.start < h.end for h in over)]
            if not found["request"]:
                del found["request"]
        if found.get("offer_frame"):
            # "keep it with our thanks for all the feedback", "thank you for all your help": what the thanks is for, not
            # things offered "for all"
            found["offer_frame"] = [s for s in found["offer_frame"] if not self._thanks_for(doc, s)]
            if not found["offer_frame"]:
                del found["offer_frame"]
        if found.get("decline"):
            # "a donation is fine under our ethics policy", "falls within the gift policy": the policy is named as
            # what allows it, not as what forbids it
            found["decline"] = [s for s in found["decline"] if not self._policy_allows(doc, s)]
            if not found["decline"]:
                del found["decline"]
        if found.get("loan") and self.return_trip_after:
            # "the return flight", "back home on the 19th", "and return July 19": a journey back, nothing is lent
            found["loan"] = [s for s in found["loan"] if not (
                s[0].lower_.startswith("return") and s.end < len(doc) and doc[s.end].lower_ in self.return_trip_after)
                and not self._return_leg(doc, s)]
            if not found["loan"]:
                del found["loan"]
        if found.get("free"):
            # "you'll need to cover your registration", "you can pay for the hotel": the reader takes the cost on
            found["free"] = [s for s in found["free"] if not self._reader_pays(doc, s)]
            if not found["free"]:
                del found["free"]
        if found.get("loan") and self.kept_records:
            # "so your clips stay up for 60 days": the time a service keeps recordings, nothing lent for it
            found["loan"] = [s for s in found["loan"] if not self._records_kept(doc, s)]
            if not found["loan"]:
                del found["loan"]
        if found.get("receive"):
            # "$18,500 a unit installed", "$900 installed": what a price includes, not things received and put up
            found["receive"] = [s for s in found["receive"] if not self._price_installed(doc, s)]
            if not found["receive"]:
                del found["receive"]
        for label in ("give", "ship"):
            # "a call from the dispatch", "it came in the mail": the noun, not the verb
            if found.get(label) and self.noun_uses:
                found[label] = [s for s in found[label] if not (
                    len(s) == 1 and s[0].lower_ in self.noun_uses and s.start > 0
                    and (doc[s.start - 1].lower_ in self.noun_use_before or self._last_of_nouns(doc, s.start)))]
                if not found[label]:
                    del found[label]
        if found.get("keep"):
            # "no need to return them before June", "don't send them back until the trial ends": the return is
            # put off, not given up
            found["keep"] = [s for s in found["keep"] if not self._put_off(doc, s.end)]
            if not found["keep"]:
                del found["keep"]
        if found.get("keep"):
            # "no need to send it back": the thing stays, so the sentence says it is free and lends nothing
            found["free"] = list(found.get("free", [])) + list(found["keep"])
            found.pop("loan", None)
        for k in list(found):
            found[k] = sorted(found[k], key=lambda s: (s.start, -len(s)))
        found["uses"] = filter_spans(found.get("uses", [])) if found.get("uses") else []
        return found

    @staticmethod
    def _price_installed(doc, s) -> bool:
        """"installed" or "mounted" within a few words after a dollar amount ("$199 installed", "$199 a unit
        installed", "$199 each, installed"): a price's terms."""
        if len(s) != 1 or s[0].lower_ not in ("installed", "mounted"):
            return False
        return any(t.text.startswith("$") for t in doc[max(0, s.start - 5):s.start])

    _DETERMINERS = frozenset({"the", "a", "an", "our", "your", "their", "his", "her", "its", "this", "that"})
    _DURATION_FILLERS = frozenset({"you", "they", "we", "it", "he", "she", "the", "your", "team", "unit", "'d", "’d",
                                   "would", "will", "'ll", "’ll", "may", "might", "is", "'s", "’s", "are", "'re",
                                   "’re", "be", "still", "really", "find", "them", "deem", "consider", "see", "fit"})

    def _duration(self, doc, s) -> bool:
        """ "as long as you like", "so long as you need them", "as long as necessary": the phrase measures a time
        (a word of `duration_after_as_long_as` within four words, only pronouns and modals before it)."""
        if [t.lower_ for t in s] not in (["as", "long", "as"], ["so", "long", "as"]):
            return False
        for t in doc[s.end:s.end + 4]:
            if t.lower_ in self.duration_words:
                return True
            if t.lower_ not in self._DURATION_FILLERS:
                return False
        return False

    _DEFAULT_FILLERS = frozenset({"i", "we", "you", "hear", "hears", "heard", "tell", "tells", "say", "says", "let", "me",
                                  "us", "know", "advise", "advised", "am", "are", "'m", "’m", "told", "instructed", "from"})

    def _by_default(self, doc, s) -> bool:
        """ "unless I hear otherwise", "unless you tell me otherwise", "unless advised otherwise": "unless", a few words
        of being told, then "otherwise": the writer goes ahead by default, nothing is waited on."""
        if len(s) != 1 or s[0].lower_ != "unless":
            return False
        for t in doc[s.end:s.end + 5]:
            if t.lower_ == "otherwise" and t.i > s.end:
                return True
            if t.lower_ not in self._DEFAULT_FILLERS:
                return False
        return False

    _NOT_ARRIVED_FILLERS = frozenset({"you", "it", "they", "them", "do", "does", "did", "have", "has", "had", "can",
                                      "could", "is", "are", "was", "were", "'s", "’s", "still", "yet", "up", "in"})
    _NOT_WORDS = frozenset({"n't", "n’t", "not", "never", "cannot"})

    def _not_arrived(self, doc, s) -> bool:
        """ "if you don't see it", "if it hasn't arrived", "if they never showed up", "if you can't find it": "if", a
        subject and a negated verb of `not_arrived_after_if` (a thing missing, word of it asked), not a condition."""
        if doc[s.start].lower_ != "if":
            return False
        negated = False
        for t in doc[s.start + 1:s.start + 7]:
            w = t.lower_
            if w in self._NOT_WORDS:
                negated = True
            elif negated and w in self.not_arrived_words:
                return True
            elif w not in self._NOT_ARRIVED_FILLERS:
                return False
        return False

    def _arrival(self, doc, s) -> bool:
        """ "when you get to town", "when you get to the hotel", "when you get to Tulsa": "when you get to" and a place
        (`arrival_places`, or a name not opening the sentence) is when the reader arrives, not a threshold reached."""
        if [t.lower_ for t in s] != ["when", "you", "get", "to"] or s.end >= len(doc):
            return False
        after = [t.lower_ for t in doc[s.end:s.end + 3]]
        if any(after[:len(p)] == p for p in self.arrival_places):
            return True
        nxt = doc[s.end]
        return nxt.is_title and nxt.is_alpha and nxt.lower_ not in ("the", "a", "an", "gold", "silver", "platinum", "level", "tier")

    _PERIOD_COPULAS = frozenset({"is", "'s", "’s", "are", "'re", "’re", "has", "have", "been", "gets", "get", "up",
                                 "all", "fully", "finally"})

    def _need_supposed(self, doc, s) -> bool:
        """ "(we) figured the team could use them", "I thought you could really use a break": "could ... use" after a
        word of `need_supposed_before` (its subject, at most four words, between): the writer's guess at a need ("I
        think we could use three more" is the writer's own need told, a request)."""
        if doc[s.start].lower_ != "could" or doc[s.end - 1].lower_ != "use":
            return False
        for t in reversed(doc[max(0, s.start - 5):s.start]):
            if t.lower_ in self.need_supposed_words:
                return True
            if t.is_punct or t.lower_ in ("if", "whether", "but", "and", "so", "we", "i", "us", "me"):
                return False
        return False

    _THANKS = re.compile(r"(?:\bthanks|\bthank\s*-?\s*you|\bgratitude|\bappreciation|\bgrateful|\bthankful)"
                         r"(?:\s+(?:so\s+much|again))?$")

    def _thanks_for(self, doc, s) -> bool:
        """ "(with our) thanks for all the feedback", "thank you for every referral": "for all" / "for every" right after
        a word of thanks (and "you") says what is thanked, not whom things are for."""
        if len(s) != 2 or doc[s.start].lower_ != "for" or doc[s.start + 1].lower_ not in ("all", "every", "each", "any"):
            return False
        return bool(self._THANKS.search(doc[max(0, s.start - 5):s.start].text.lower()))

    def _period_end(self, doc, s) -> bool:
        """ "once the case is closed", "once the pilot ends", "once the trial's over": "once the" and a period's end (a
        word of `period_end_after_once_the` after one or two nouns and a copula), a time, not a condition."""
        if [t.lower_ for t in s] != ["once", "the"]:
            return False
        nouns = 0
        for t in doc[s.end:s.end + 6]:
            if t.lower_ in self.period_end_words and nouns:
                return True
            if t.lower_ in self._PERIOD_COPULAS and nouns:
                continue
            if t.is_alpha and t.pos_ in ("NOUN", "PROPN", "") and t.lower_ not in self._PERIOD_COPULAS and nouns < 2:
                nouns += 1
                continue
            return False
        return False

    def _last_of_nouns(self, doc, k: int) -> bool:
        """ "a snapshot goes to the desk sergeant and dispatch.": a word of `noun_uses` after "and"/"or" that ends its
        clause (nothing sent: no object follows) and joins a noun phrase opened by a determiner a few words before
        is the last noun of a list, not a verb ("we'll pack them and ship." has no determiner before it)."""
        if k < 3 or doc[k - 1].lower_ not in ("and", "or"):
            return False
        if k + 1 < len(doc) and not (doc[k + 1].is_punct or doc[k + 1].is_space):
            return False
        return any(doc[j].lower_ in self._DETERMINERS for j in range(max(0, k - 5), k - 1))

    _WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
                           "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})

    _PAYING = frozenset({"cover", "pay", "handle", "absorb"})

    def _reader_pays(self, doc, span) -> bool:
        """A cost taken on ("cover your registration", "pay for the hotel") whose payer, within the five words before
        it, is "you" (not "we", "I" or "us"): "you'll need to cover your registration", "you can pay for the hotel"."""
        if span[0].lemma_.lower() not in self._PAYING and span[0].lower_ not in ("cover", "covers", "pay", "pays"):
            return False
        for t in reversed(doc[max(0, span.start - 5):span.start]):
            if t.lower_ in ("you", "u"):
                return True
            if t.is_punct or t.lower_ in ("we", "i", "us", "we'll", "i'll"):
                return False
        return False

    def _records_kept(self, doc, span) -> bool:
        """ "(your clips) stay up for 60 days", "(videos are) stored for 30 days": a "for N days" whose subject, within
        the six words before it, is a recording or a file (`kept_records`), not a thing that could be lent."""
        if span[0].lower_ != "for":
            return False
        for t in reversed(doc[max(0, span.start - 6):span.start]):
            if t.lower_ in self.kept_records:
                return True
            if t.is_punct or t.lower_ in ("and", "but", "or", "you", "it", "them", "they"):
                return False
        return False

    def _return_leg(self, doc, span) -> bool:
        """ "returning BOI -> SLC Friday", "returning from Boise on the 6th" in a sentence about a flight: the journey
        back, nothing sent back. The word after "returning" is "from", a weekday, a day of the month ("the 20th") or a
        place's capitalised name or code, and the sentence names the flight or trip, or the going out ("fly out")."""
        if span[0].lower_ not in {"return", "returning", "returns"} or span.end >= len(doc) or len(span) > 1:
            return False
        nxt = doc[span.end]
        # or a day of the month: "returning the 20th", "return on the 3rd"
        dated = any(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", t.lower_) or t.lower_ in self._WEEKDAYS
                    for t in doc[span.end:span.end + 3]) and nxt.lower_ in {"on", "the"}
        if not (dated or nxt.lower_ == "from" or nxt.lower_ in self._WEEKDAYS or (nxt.is_alpha and nxt.text[:1].isupper())):
            return False
        travel = {"flight", "flights", "trip", "trips", "journey", "leg", "fare", "airfare", "itinerary", "travel",
                  # or says the going out by its verb: "fly out on Sunday and return on Wednesday", "depart the 6th"
                  "fly", "flies", "flying", "flew", "depart", "departs", "departing", "drive", "driving"}
        return any(t.lower_ in travel for t in doc)

    _POLICY_NAMES = frozenset({"gift policy", "ethics rules", "ethics policy", "ethics code", "code of ethics"})
    _ALLOWED_UNDER = re.compile(r"\b(?:(?:ok|okay|fine|allowed|permitted|acceptable|permissible|allowable)\s+(?:under|by|per)|"
                                r"(?:falls?|is|it's|are|well)\s+within|compl(?:y|ies|iant)\s+with|consistent\s+with|in\s+line\s+with)"
                                r"\s+(?:(?:our|the|their|its|city|county|department|agency|'s|\u2019s)\s+)*$")

    def _policy_allows(self, doc, span) -> bool:
        """A policy named as what the thing is allowed under ("fine under the city's ethics policy", "within our gift
        policy"): no refusal."""
        if span.text.lower() not in self._POLICY_NAMES:
            return False
        before = " ".join(t.lower_ for t in doc[max(0, span.start - 6):span.start]) + " "
        return bool(self._ALLOWED_UNDER.search(before)) and not any(
            t.lower_ in {"not", "n't", "never"} for t in doc[max(0, span.start - 6):span.start])

    def _put_off(self, doc, end: int) -> bool:
        """Words of time that put a return off ("until", "before", "yet") in the four tokens after `end`, before
        any punctuation ("no need to return them to us before June")."""
        for k in range(end, min(len(doc), end + 4)):
            if doc[k].is_punct:
                return False
            after = " ".join(t.lower_ for t in doc[k:k + 3])
            if any(after == w or after.startswith(w + " ") for w in self.return_later):
                return True
        return False

    def may_match(self, doc) -> bool:
        """False when no token pattern of ``self.matcher`` can match ``doc``: for every pattern, some
        word it requires (a token it cannot skip, of a fixed ``LOWER``/``ORTH``/``TEXT`` or ``IN``
        list) is missing from the doc. Most sentences of a large release hold the words of no
        pattern; the Matcher, whose patterns with optional and repeated tokens cost it ~0.3-1.6 ms a
        sentence, is then not run (it would find nothing)."""
        if self._needs is None:
            return True
        if not self._needs:
            return False
        from spacy.attrs import LOWER

        have = set(doc.to_array(LOWER).tolist())
        if have.isdisjoint(self._needs_any):  # no word of any pattern (most sentences)
            return False
        return any(all(not need.isdisjoint(have) for need in needs) for needs in self._needs)

    @staticmethod
    def _alternative(doc, start: int, window: int = 12) -> bool:
        """Token `start` is in the alternative a "rather than" or "instead of" sets aside ("rather than wait on
        a purchase order, ..."; "instead to return it", as learners of English write it), within its clause: what
        is not done."""
        j = start - 1
        while j > 0 and start - j <= window:
            tok = doc[j]
            if tok.text in {",", ";", ":", "(", ")"} or tok.lower_ in {"but", "so", "because"}:
                return False
            # "instead to send it back": the learner's form of "instead of sending it back"
            if (doc[j - 1].lower_, tok.lower_) in {("rather", "than"), ("instead", "of"), ("instead", "to")}:
                return True
            j -= 1
        return False

    _APART_WINDOW = 6

    def _set_apart(self, doc, start: int) -> bool:
        """A `purchase_set_apart` phrase ends within the few words before token `start`, no punctuation between
        ("separate from the three on the PO", "on top of your order")."""
        for j in range(start - 1, max(-1, start - 1 - self._APART_WINDOW), -1):
            if doc[j].is_punct:
                break
            for phrase in self.purchase_set_apart:
                n = len(phrase)
                if j - n + 1 >= 0 and tuple(t.lower_ for t in doc[j - n + 1:j + 1]) == phrase:
                    return True
        return False

    def _negated(self, doc, start: int, skip: frozenset | set = frozenset()) -> bool:
        """A negation among the few words before token `start`, within its clause ("no" of "no
        cost" negates nothing but the cost: tokens of `skip` are passed over)."""
        j = start - 1
        while j >= 0 and start - j <= self.negation_window:
            tok = doc[j]
            if tok.text in {",", ";", ":", "-", "--", "(", ")"} or tok.lower_ in {"but", "and", "so", "because"}:
                return False
            if tok.lower_ in self.negators and j not in skip:
                return True
            j -= 1
        return False

    def is_skipped(self, m, text: str) -> str | None:
        """Why a message carries no relation ("auto_reply", "calendar", "marketing_blast"), or None."""
        subj = (m.subject or "").strip().lower()
        low = text.lower()
        for kind in ("auto_reply", "calendar", "marketing_blast"):
            rule = self.skip.get(kind) or {}
            hits = sum(1 for cue in rule.get("body") or [] if cue in low)
            if any(subj.startswith(p) for p in rule.get("subject_prefixes") or []):
                # an event invitation written by a person ("Invitation: our summit") is a letter
                if kind != "calendar" or hits:
                    if kind == "calendar" and self._organizer_note(text, rule):
                        return None
                    return kind
                continue
            if hits >= int(rule.get("min_cues", 1) or 1) and hits:
                if kind == "marketing_blast" and self._greets_its_readers(m, text):
                    continue  # a letter to one or two readers sent through a mailing tool that adds a footer
                if kind == "calendar" and hits < 2 and not any(subj.startswith(p) for p in rule.get("subject_prefixes") or []):
                    continue
                if kind == "calendar" and self._organizer_note(text, rule):
                    return None
                return kind
        return None

    # a letter's greeting by first name near its top: "Hi Ana,", "Dear Ana and Luis,", "Good morning, Ana!"
    # or named alone at the head of a line ("Ana, your kit has shipped", "Ana, Luis: the study is live",
    # "Congratulations, Ana!", "Thank you, Ana!")
    _GREETING = re.compile(r"^[ \t]*(?:(?i:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|thank you|thanks|"
                           r"congratulations|congrats|welcome)[ \t,]+)?"
                           r"([A-Z][\w'\u2019-]+)(?:[ \t]*(?:,|and|&)[ \t]*([A-Z][\w'\u2019-]+))?[ \t]*[,!:\u2014-]", re.M)

    def _greets_its_readers(self, m, text: str) -> bool:
        """A message to at most two readers whose opening greets them by first name: a letter, even when a mailing
        tool adds an unsubscribe footer (a list's mail greets no one, or "everyone")."""
        readers = [*m.to, *m.cc]
        if not 1 <= len(readers) <= 2 or not self._personal_sender(m):
            return False
        firsts = set()
        for a in readers:
            name = (getattr(a, "name", "") or "").strip().strip('"')
            if name and "," in name:
                name = name.split(",", 1)[1].strip()  # "Ruiz, Ana"
            if name:
                firsts.add(name.split()[0].lower())
            local = (getattr(a, "email", "") or "").split("@")[0].lower()
            firsts.update(p for p in re.split(r"[._-]", local) if len(p) >= 3)
        for g in self._GREETING.finditer(text[:800]):
            said = {x.lower() for x in g.groups() if x}
            if said and said <= firsts:
                return True
        return False

    # the mailboxes of a firm's bulk mail, not of a person ("news@", "rewards@", "no-reply@")
    _BULK_MAILBOXES = frozenset({"info", "news", "newsletter", "newsletters", "noreply", "no-reply", "donotreply",
                                 "do-not-reply", "marketing", "offers", "offer", "deals", "rewards", "promo", "promos",
                                 "promotions", "team", "hello", "support", "sales", "updates", "update", "mail", "mailer",
                                 "contact", "members", "member", "club", "alerts", "notifications", "specials", "events"})

    def _personal_sender(self, m) -> bool:
        """The sender's address is a person's, not a firm's bulk mailbox: not one of `_BULK_MAILBOXES`, nor the
        domain's own name ("sweepsclub@sweepsclub.com", whose mail merge greets every reader by first name)."""
        email = (getattr(m.sender, "email", "") or "").lower()
        local, _, domain = email.partition("@")
        if not local or not domain:
            return True
        label = domain.split(".")[0]
        flat = re.sub(r"[._+-]", "", local)
        return local not in self._BULK_MAILBOXES and flat not in self._BULK_MAILBOXES and flat != label and \
            not (len(flat) >= 5 and flat in label)

    # a line of an invitation's generated fields: "When: ...", "Where: ...", "Organizer: ...", "Meeting ID: ..."
    _FIELD_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z /-]{0,24}:\s")
    _NOTE_PERSON = re.compile(r"\b(?:i|i'm|i'd|i'll|we|we're|we'd|we'll|us|our|my|you|your|you're|you'll)\b", re.I)

    def _organizer_note(self, text: str, rule: dict) -> bool:
        """A calendar invitation whose description holds a note its organiser wrote to the invitees ("We'd love to host
        you ... all on us"): a letter sent as an invitation, read like one. The generated lines (those holding a calendar
        cue, the "When:"/"Where:" fields) are no note; what is left must be prose of some length spoken from one person
        to another (a first- or second-person word)."""
        cues = [c for c in rule.get("body") or []]
        kept = []
        for line in text.splitlines():
            low = line.lower()
            if not line.strip() or self._FIELD_LINE.match(line) or any(c in low for c in cues):
                continue
            kept.append(line)
        note = " ".join(kept)
        return len(note.split()) >= 15 and bool(self._NOTE_PERSON.search(note))


_OPTIONAL_OPS = ("?", "*", "!")


def _required_token(spec: dict) -> bool:
    """A token of a Matcher pattern that every match holds (its ``OP`` cannot make it absent)."""
    op = spec.get("OP", spec.get("op"))
    if op is None or op == "+":
        return True
    if op in _OPTIONAL_OPS:
        return False
    m = re.fullmatch(r"\{\s*(\d*)\s*(?:,\s*\d*\s*)?\}", str(op))  # "{n}", "{n,m}", "{n,}", "{,m}"
    return bool(m and m.group(1) and int(m.group(1)) >= 1)


def _token_words(spec: dict) -> set[str] | None:
    """The lower-case words a pattern token can be (its ``LOWER``, ``ORTH`` or ``TEXT``, a string
    or an ``IN`` list), or None when it is not tied to words (``IS_ALPHA``, ``LIKE_NUM``, ``REGEX``,
    ``NOT_IN``, ...). Several word attributes: the most restrictive one."""
    best: set[str] | None = None
    for key, value in spec.items():
        if str(key).upper() not in ("LOWER", "ORTH", "TEXT"):
            continue
        if isinstance(value, str):
            words = {value.lower()}
        elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(w, str) for w in value["IN"]):
            words = {w.lower() for w in value["IN"]}
        else:
            continue
        if best is None or len(words) < len(best):
            best = words
    return best


def _words_regex(words) -> re.Pattern | None:
    """Any of ``words`` (phrases too, their spaces any whitespace) as a whole word, in any case."""
    forms = sorted({str(w).lower() for w in words or []}, key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")(?![\w-])",
                      re.I)


def _pattern_needs(patterns: list, strings) -> list[list[frozenset[int]]] | None:
    """For each Matcher pattern, the word sets (``LOWER`` hashes) a matching doc holds a word of,
    one per required token tied to words (`_required_token`, `_token_words`); None when some
    pattern requires no word (it may match anything: no sentence can be passed over). A doc
    holding a word of every set of some pattern may match (`RelationRules.may_match`), others
    cannot. Read from the patterns themselves, so the check cannot drift from them."""
    out: list[list[frozenset[int]]] = []
    for pattern in patterns:
        needs = []
        for spec in pattern:
            words = _token_words(spec) if isinstance(spec, dict) and _required_token(spec) else None
            if words:
                needs.append(frozenset(strings.add(w) for w in words))
        if not needs:
            return None
        out.append(needs)
    return out
