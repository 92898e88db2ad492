"""Promo codes recognised by their shape and by how the text introduces them.

A token is a promo (discount, referral) code when the text introduces it as one and it is not an
ordinary word:

- after a code noun: "code xyz-50", "promo code: FRIEND.2023", "coupon SPRING24", "codes AB1 and CD2"
  (not after a postal, door, verification, tracking, legal or colour kind of code: "zip code 90210",
  "penal code 459", "code blue");
- put into a form: "use FRIEND.2023 at checkout", "enter ab 12 cd when you sign up", "apply
  SAVE20 for 20% off" (an entry verb, the code, then a checkout or discount word close after it);
- named as a code: "XYZ50 is my referral code", "the XYZ50 code";
- in a URL: a query parameter (``?promo=...``, ``&ref=...``) or a path segment after a referral
  word (``/invite/...``);
- a profile's own token regexes (``promo_codes.yaml``), with one of its context words near.

Shape: letters and digits, in any case, with dots, hyphens or underscores inside ("xyz-50",
"FRIEND.2023"), or short groups separated by spaces when introduced as a code ("ab 12 cd"). Pure
numbers (order, phone, zip), measures and times ("10am", "4k"), money, e-mail addresses, and
ordinary English words (the WordNet word index the spaCy pipeline ships for its lemmatizer) are not
codes; a word in capitals is one only after a promo kind of code ("promo code WELCOME"). A number
that a document or object noun introduces ("order number AB123", "tracking # 1Z9", "serial no. X")
is never a code.

Identity: `code_key` (letters and digits, upper case) makes "ab-12", "AB12" and "ab 12" one code;
the printed forms are kept (the node's name and aliases). `CodeFinder.find_known` finds every
printing of known codes in a text, introduced or not ("18 neighbours have used ab-12 so far").

The lexicon is ``nlp/data/codes.yaml`` (general English shop and marketing usage).

>>> f = CodeFinder(words={"free", "shipping", "order", "number"})
>>> [h.text for h in f.find("Use code xyz-50 for free shipping; your order number is AB12345.")]
['xyz-50']
>>> code_key("ab 12-cd")
'AB12CD'
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar
from urllib.parse import parse_qsl, urlsplit

__all__ = ["CodeHit", "CodeFinder", "code_key", "find_known", "table_counts", "known_code_regex", "code_names", "PromoCodes", "load_lexicon", "english_words", "default_finder"]

DATA = Path(__file__).parent / "data" / "codes.yaml"
T = TypeVar("T")

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)*|[#%$&]")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\])]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,6}/[^\s<>\"'\])]*", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SEP = re.compile(r"[^A-Za-z0-9]")
# characters allowed between a cue and its code: spaces, a colon, an equals or dash, quotes, brackets, bold
_GAP = re.compile(r"\s*(?:[:=,\-\u2013\u2014]\s*)?[\"'\u201c\u2018(*\[]?\s*")
# a line that ends with a colon, then a line that holds one token
_LINE_AFTER = re.compile(r"^[^\n:]{0,160}:[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*([A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)*)[ \t]*(?=\n|$)",
                         re.M)
_DETERMINERS = {"the", "my", "your", "our", "this", "that", "his", "her", "their", "a", "an", "its"}
_POSSESSIVE_PRONOUNS = frozenset({"yours", "mine", "hers", "his", "theirs"})
_FILLERS = {"is", "was", "reads", "remains", "here", "below", "again", "too", "also", "as", "well"}


# what a code is for when it opens a door rather than takes money off: "use WEB-24 to register for the webinar",
# "code X to log in" (unless the sentence speaks of money or a discount: "use X to sign in and save $20")
_ACCESS_AFTER = re.compile(r"^[\"'\u201d\u2019)\]]?\s+(?:\w+\s+){0,2}?to\s+(?:register\s+for|log\s*in|sign\s+in|access|unlock|"
                           r"verify|track)\b", re.I)
_MONEY_NEAR = re.compile(r"[$%\u00a3\u20ac]|\b(?:off|save|saves|saving|savings|discount|discounted|promo|coupon|cheaper|deal)\b",
                         re.I)


def _for_access(text: str, start: int, end: int) -> bool:
    """The code at ``text[start:end]`` is said to be for registering, logging in or tracking, with no money or
    discount in its sentence: an access code, no promo code."""
    if not _ACCESS_AFTER.match(text[end:end + 60]):
        return False
    a = max(text.rfind(".", 0, start), text.rfind("\n\n", 0, start), 0)
    b = min((i for i in (text.find(".", end), text.find("\n\n", end)) if i >= 0), default=len(text))
    return not _MONEY_NEAR.search(text[a:start] + " " + text[end:b])


def code_key(text: str) -> str:
    """The identity of a code: its letters and digits in upper case ("ab-12" -> "AB12")."""
    return _SEP.sub("", text).upper()


@dataclass(frozen=True)
class CodeHit:
    """A code in a text: character offsets, the printed form, its key and how it was introduced
    (``noun``, ``entry``, ``named``, ``url``, ``pattern``, ``known``)."""

    start: int
    end: int
    text: str
    key: str
    how: str


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> dict:
    import yaml

    data = yaml.safe_load(Path(path or DATA).read_text(encoding="utf-8")) or {}
    return {k: [str(w).lower() for w in v] for k, v in data.items() if isinstance(v, list)}


@functools.lru_cache(maxsize=2)
def english_words(model: str | None = None) -> frozenset:
    """English words from the WordNet word index of an installed spaCy pipeline's lemmatizer
    (empty when none is installed)."""
    import importlib.util

    from spacy.lookups import Lookups

    from giftgraph.nlp.components import DEFAULT_MODEL, FALLBACK_MODELS

    for name in ([model] if model else [DEFAULT_MODEL, *FALLBACK_MODELS]):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            continue
        for base in spec.submodule_search_locations:
            for f in sorted(Path(base).glob("*/lemmatizer")):
                try:
                    return words_from_lookups(Lookups().from_disk(f))
                except (OSError, ValueError):
                    continue
    return frozenset()


def words_from_lookups(lookups) -> frozenset:
    """The words of a spaCy lemmatizer's ``lemma_index`` and ``lemma_exc`` tables."""
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        if lookups.has_table(table):
            for _key, value in lookups.get_table(table).items():
                if isinstance(value, (list, tuple)):
                    words.update(str(w).lower() for w in value if "_" not in str(w))
                elif isinstance(value, dict):
                    words.update(str(w).lower() for w in value if "_" not in str(w))
    return frozenset(words)


class CodeFinder:
    """Finds promo codes in texts (see the module docstring).

    words: the English word list (default: `english_words()`); patterns, context, window: a
    profile's extra token regexes, the words one of which must stand within ``window`` tokens of
    a token they match, and that window."""

    def __init__(self, *, words: Iterable[str] | None = None, patterns: Iterable[str] = (),
                 context: Iterable[str] = (), window: int = 15, lexicon: dict | None = None):
        from spacy.lang.en.stop_words import STOP_WORDS

        lex = lexicon or load_lexicon()
        self.lex = {k: set(v) for k, v in lex.items()}
        self.words = frozenset(words) if words is not None else english_words()
        self.stop = set(STOP_WORDS)
        self.patterns = [re.compile(rf"(?:{p})") for p in patterns]
        self.context = {str(w).lower() for w in context} | self.lex.get("code_nouns", set())
        self.window = int(window)
        self.checkout_phrases = [p.split() for p in self.lex.get("checkout_phrases", [])]

    # -- words and shapes ------------------------------------------------------------------
    def is_word(self, w: str) -> bool:
        """An ordinary English word (or an inflection of one)."""
        w = w.lower()
        if w in self.stop or w in self.words:
            return True
        if not self.words:  # no word list: a lower-case run of letters counts as a word
            return w.isalpha()
        # a contraction typed without its apostrophe: "thats", "dont", "youre", "weve", "theyll"
        for suf in ("s", "nt", "re", "ve", "ll", "d", "m"):
            if w.endswith(suf) and w[:-len(suf)] in self.stop:
                return True
        for suf, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""),
                         ("ers", ""), ("ly", ""), ("ies", "y"), ("ied", "y")):
            if w.endswith(suf) and len(w) > len(suf) + 2 and w[:-len(suf)] + add in self.words:
                return True
        return False

    def shaped(self, t: str, *, promo: bool = False, caps_context: bool = False) -> bool:
        """Whether a token can be a code: letters and digits ("xyz-50"), or letters that are no
        English word ("Zqvex"), or a word in capitals after a promo kind of code."""
        alnum = _SEP.sub("", t)
        if not 3 <= len(alnum) <= 30 or not re.fullmatch(r"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)*", t):
            return False
        has_d, has_a = any(c.isdigit() for c in alnum), any(c.isalpha() for c in alnum)
        if not has_a:
            return False  # a number: an order, a phone, a zip, an amount
        if has_d:
            if self._measure(t):
                return False  # a measure or a time: "10am", "4k", "30mins"
            if re.fullmatch(r"(?:19|20)\d\d(?:s|'s)?", t.lower()):
                return False
            return True
        parts = [p for p in re.split(r"[._\-]", t) if p]
        if t.isupper():
            if len(alnum) < 4:
                return False
            if promo and not caps_context:
                return True
            return not all(self.is_word(p) for p in parts)
        if re.search(r"[a-z][A-Z]", t):  # camel case: "SaveMore"
            return not caps_context
        if t[0].isupper() and not promo:
            return False  # a capitalised word is a name, not a code, unless a promo code noun says so
        return len(alnum) >= 4 and not all(self.is_word(p) for p in parts)

    def _measure(self, t: str) -> bool:
        m = re.fullmatch(r"\d+(?:[.,]\d+)?([a-z]{1,4})\.?", t.lower())
        return bool(m and m.group(1) in self.lex.get("unit_suffixes", set()))

    # -- finding ---------------------------------------------------------------------------
    def _tokens(self, text: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """The tokens of ``text`` that start outside the ``blocked`` spans (URLs, addresses)."""
        if not blocked:
            return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        spans: list[list[int]] = []  # the union of the blocked spans, in order (tokens are in order too)
        for a, b in sorted(blocked):
            if spans and a <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], b)
            else:
                spans.append([a, b])
        out, k = [], 0
        for m in _TOKEN.finditer(text):
            s = m.start()
            while k < len(spans) and spans[k][1] <= s:
                k += 1
            if k < len(spans) and spans[k][0] <= s:
                continue
            out.append((s, m.end(), m.group(0)))
        return out

    def find(self, text: str) -> list[CodeHit]:
        """The codes the text introduces (see the module docstring), in text order."""
        hits: list[CodeHit] = []
        blocked: list[tuple[int, int]] = []
        for m in _URL.finditer(text):
            hits.extend(self._url_codes(text, m.start(), m.group(0)))
            blocked.append((m.start(), m.end()))
        for m in _EMAIL.finditer(text):
            blocked.append((m.start(), m.end()))
        toks = self._tokens(text, blocked)
        low = [t[2].lower() for t in toks]
        nouns = self.lex.get("code_nouns", set())
        entry = self.lex.get("entry_verbs", set())
        taken: set[int] = set()

        def add(i: int, j: int, how: str) -> None:
            if any(k in taken for k in range(i, j)):
                return
            s, e = toks[i][0], toks[j - 1][1]
            printed = text[s:e]
            if self._numbered(toks, low, i, text) or _for_access(text, s, e):
                return
            taken.update(range(i, j))
            hits.append(CodeHit(s, e, printed, code_key(printed), how))

        starts = None
        for m in _LINE_AFTER.finditer(text):  # "Here is your personal code:\n\n    AB-12\n"
            if any(a <= m.start(1) < b for a, b in blocked):
                continue
            intro = m.group(0)[:m.start(1) - m.start()].lower()
            if not any(re.search(rf"\b{re.escape(n)}\b", intro) for n in nouns):
                continue
            if starts is None:
                starts = {tk[0]: x for x, tk in enumerate(toks)}
            k = starts.get(m.start(1))
            if k is not None and toks[k][1] == m.end(1) and self.shaped(toks[k][2], promo=True) and \
                    (re.search(r"\d", toks[k][2]) or toks[k][2].isupper()) and \
                    not any(re.search(rf"\b{re.escape(w)}\s+code\b", intro) for w in self.lex.get("not_code_kinds", [])):
                add(k, k + 1, "noun")
        if "\n" in text and any(w in nouns for w in low):
            if starts is None:
                starts = {tk[0]: x for x, tk in enumerate(toks)}
            self._listed(text, toks, starts, add)
        for i, w in enumerate(low):
            if w in nouns:
                self._after_noun(text, toks, low, i, add)
                self._owners_listed(text, toks, low, i, add)
            elif w in entry:
                self._after_entry(text, toks, low, i, add)
        for i in range(len(toks)):
            if i not in taken:
                self._named(text, toks, low, i, add)
        for i in range(len(toks)):
            if i not in taken:
                self._discount_after(text, toks, i, add)
        if self.patterns:
            for i, (_s, _e, t) in enumerate(toks):
                if i in taken or not any(p.fullmatch(t) for p in self.patterns):
                    continue
                # a heading's words in capitals, joined by a hyphen ("OPEN-SOURCE", "HANDS-ON"), are English
                # words a code's shape happens to fit, though a promo offer be printed nearby
                if not re.search(r"\d", t) and all(self.is_word(p) for p in re.split(r"[._\-]", t) if p):
                    continue
                lo, hi = max(0, i - self.window), min(len(toks), i + 1 + self.window)
                if any(low[k] in self.context for k in range(lo, hi) if k != i):
                    add(i, i + 1, "pattern")
        hits.sort(key=lambda h: h.start)
        return hits

    _ROSTER = re.compile(r"^[ \t]*(?:[-*\u2022>][ \t]+)?([A-Z][A-Za-z.'\u2019 ]{1,60}?)[ \t]*(?::|[ \t][-\u2013\u2014])[ \t]*"
                         r"([A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)+)[ \t]*$", re.M)

    def _listed(self, text: str, toks, starts: dict[int, int], add) -> None:
        """Codes handed out one a line or one a table row, under words that name them as codes:
        "a personal referral code for each of you:\n  - Sergeant Ames: HB-AMES10\n  - Detective Roe: HB-ROE10"
        (a label of a few capitalised words, a colon or a spaced dash, then a token with a separator in it, in
        the lines after a code noun), and a table whose header has a code column ("Code | Uses | Reward\n
        HB-AMES10 | 17 | ..."; cells set apart by bars or tabs): each row's cell of that column."""
        nouns, not_kinds = self.lex.get("code_nouns", set()), self.lex.get("not_code_kinds", set())
        id_words = self.lex.get("id_kinds", set()) | self.lex.get("id_nouns", set())
        noun_rx = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(nouns)) + r")\b", re.I)

        def add_at(a: int, b: int) -> None:
            k = starts.get(a)
            if k is not None and toks[k][1] == b:
                t = toks[k][2]
                if self.shaped(t, promo=True) and (re.search(r"\d", t) or t.isupper()):
                    add(k, k + 1, "noun")

        for m in self._ROSTER.finditer(text):
            label = m.group(1).split()
            if any(w.lower().strip(".") in not_kinds | id_words | nouns for w in label) or len(label) > 5:
                continue
            before = text[max(0, m.start() - 400):m.start()]
            if noun_rx.search(before) and re.search(r"\d", m.group(2)):
                add_at(m.start(2), m.end(2))
        for start, ln, cells, col in _table_rows(text, lambda cells: _code_column(cells, nouns, not_kinds)):
            cell = cells[col]
            at = ln.find(cell) if cell else -1
            if at >= 0 and re.fullmatch(r"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)*", cell):
                add_at(start + at, start + at + len(cell))

    def _numbered(self, toks, low, i, text) -> bool:
        """The token is numbered by a document or object noun: "order number X", "tracking # X"."""
        id_nouns, id_kinds = self.lex.get("id_nouns", set()), self.lex.get("id_kinds", set())
        k = i - 1
        while k >= 0 and low[k] in {"is", "was", ":", "#"} | _DETERMINERS and low[k] not in id_nouns:
            k -= 1
        if k >= 0 and low[k] in id_nouns:
            return k == 0 or low[k - 1] in id_kinds or low[k] in {"#", "ref", "reference", "id", "number", "no"} and (
                k > 0 and low[k - 1] in id_kinds)
        if k >= 0 and low[k] in id_kinds and (i - k) <= 2:
            return True  # "tracking 1Z999", "order AB123"
        return False

    def _gap_ok(self, text: str, a: int, b: int) -> bool:
        return bool(_GAP.fullmatch(text[a:b]))

    def _start_after(self, text, toks, low, i) -> int | None:
        """Index of the first token after cue ``i`` that can start the code (fillers skipped)."""
        j = i + 1
        while j < len(toks) and low[j] in _FILLERS and self._gap_ok(text, toks[j - 1][1], toks[j][0]):
            j += 1
        if j >= len(toks) or not self._gap_ok(text, toks[j - 1][1], toks[j][0]):
            return None
        return j

    def _spaced(self, text, toks, low, j) -> int | None:
        """End index of a code printed as short groups with single spaces ("ab 12 cd"), else None."""
        stops = self.lex.get("spaced_stops", set())
        k = j
        while k < len(toks) and k - j < 5:
            t = toks[k][2]
            if k > j and text[toks[k - 1][1]:toks[k][0]] != " ":
                break
            if not re.fullmatch(r"[A-Za-z0-9]{1,4}", t) or low[k] in stops or low[k] in self.stop and not t.isdigit():
                break
            if t.isalpha() and len(t) >= 3 and self.is_word(t) or self._measure(t):
                break  # an English word ("slot") or a measure ("10am") is not a group of a code
            k += 1
        if k - j < 2:
            return None
        joined = "".join(toks[x][2] for x in range(j, k))
        if not (re.search(r"\d", joined) and re.search(r"[A-Za-z]", joined)) or len(joined) < 4:
            return None
        # the groups must end the phrase: punctuation, the end, or a function word
        if k < len(toks):
            gap = text[toks[k - 1][1]:toks[k][0]]
            if gap == " " and low[k] not in stops and low[k] not in self.stop:
                return None
        return k

    def _after_noun(self, text, toks, low, i, add) -> None:
        prev = low[i - 1] if i > 0 else ""
        if prev in self.lex.get("not_code_kinds", set()):
            return
        promo = low[i] not in ("code", "codes") or prev in self.lex.get("promo_kinds", set())
        caps_context = toks[i][2].isupper() and len(toks[i][2]) > 1
        j = self._start_after(text, toks, low, i)
        if j is None:
            self._after_phrase(text, toks, low, i, add)
            return
        if low[j] in self.lex.get("code_nouns", set()):
            return
        k = self._spaced(text, toks, low, j)
        if k is not None:
            add(j, k, "noun")
            return
        if not self.shaped(toks[j][2], promo=promo, caps_context=caps_context):
            self._after_phrase(text, toks, low, i, add)
            return
        if toks[j][2].isalpha() and toks[j][2].istitle():
            # "the referral code Acme gave me: AB-1234": a capitalised name that opens the words about the code, when
            # a colon or "is" then sets out a code with letters and digits (`_after_phrase`)
            later: list[tuple[int, int, str]] = []
            self._after_phrase(text, toks, low, i, lambda a, b, how: later.append((a, b, how)))
            if later:
                add(*later[0])
                return
        add(j, j + 1, "noun")
        # a list: "codes AB12, CD34 and EF56" (the later ones with a digit)
        n = j + 1
        while n < len(toks):
            gap = text[toks[n - 1][1]:toks[n][0]]
            if low[n] in ("and", "or") and gap == " ":
                n += 1
            elif not re.fullmatch(r"\s*[,/;]\s*", gap):
                break
            if n >= len(toks) or not re.search(r"\d", toks[n][2]) or not self.shaped(toks[n][2]):
                break
            add(n, n + 1, "noun")
            n += 1

    def _after_phrase(self, text, toks, low, i, add) -> None:
        """A few words about the code, then a colon or "is", then the code: "the code for your residents: AB12",
        "a discount code just for you: AB12", "the code for the block party is AB12" (a token with letters and
        a digit, in the same sentence; not when the words say it is a door, gate or other kind of code)."""
        not_kinds = self.lex.get("not_code_kinds", set())
        if i == 0 or low[i - 1] not in _DETERMINERS | self.lex.get("promo_kinds", set()):
            return  # "the code", "your discount code" (not "I wrote code for the app: v2")
        for j in range(i + 1, min(len(toks), i + 10)):
            gap = text[toks[j - 1][1]:toks[j][0]]
            if re.search(r"[.!?;]|\n\s*\n", gap) or low[j] in not_kinds:
                return
            # "a code of your own, AB12." - the code set after a comma, closing its clause
            after = text[toks[j][1]:toks[j + 1][0]] if j + 1 < len(toks) else "."
            if j > i + 1 and "," in gap and low[j] != "is" and re.match(r"\s*[.,;:!?(]", after):
                gap = ":"
            if j > i + 1 and (":" in gap or low[j] == "is"):
                k = j if ":" in gap and low[j] != "is" else j + 1
                if k >= len(toks) or k > j and not self._gap_ok(text, toks[j][1], toks[k][0]):
                    return
                t = toks[k][2]
                if re.search(r"\d", t) and re.search(r"[A-Za-z]", t) and self.shaped(t, promo=True):
                    add(k, k + 1, "noun")
                return

    def _owners_listed(self, text, toks, low, i, add) -> None:
        """Codes handed out by owner after a code noun, in the same sentence: "here are your codes: Ann's is
        XK-PINE and Bo's is XK-ELM" (a possessive name, "is", then a token shaped as a code in capitals or with
        a digit); and in the lines after it, "Ann - yours is XK-PINE" (a possessive pronoun, "is", then such a
        token printed with a separator inside: "we give each of you a personal code. / Bo - yours is XK-ELM")."""
        if i > 0 and low[i - 1] in self.lex.get("not_code_kinds", set()):
            return
        ended = False
        for j in range(i + 1, min(len(toks), i + 40)):
            if re.search(r"[.!?]\s|\n\s*\n", text[toks[j - 1][1]:toks[j][0]]):
                ended = True  # the sentence ended: only the pronoun's form reads on
            if j >= i + 3 and low[j - 1] == "is" and low[j - 2] in _POSSESSIVE_PRONOUNS and \
                    text[toks[j - 2][1]:toks[j - 1][0]] == " ":
                t = toks[j][2]
                if self._gap_ok(text, toks[j - 1][1], toks[j][0]) and self.shaped(t, promo=True) and \
                        re.search(r"[._\-]", t) and (re.search(r"\d", t) or t.isupper()):
                    add(j, j + 1, "noun")
                continue
            if ended or j < i + 4 or low[j - 1] != "is" or low[j - 2] != "s" or \
                    text[toks[j - 3][1]:toks[j - 2][0]] not in ("'", "\u2019"):
                continue
            if not toks[j - 3][2][:1].isupper() or text[toks[j - 2][1]:toks[j - 1][0]] != " ":
                continue
            t = toks[j][2]
            if self._gap_ok(text, toks[j - 1][1], toks[j][0]) and self.shaped(t, promo=True) and (
                    re.search(r"\d", t) or t.isupper()):
                add(j, j + 1, "noun")

    def _checkout_near(self, low, k, span: int = 8) -> bool:
        words = self.lex.get("checkout_words", set())
        window = low[k:k + span]
        if any(w in words for w in window):
            return True
        for ph in self.checkout_phrases:
            n = len(ph)
            if any(window[x:x + n] == ph for x in range(len(window))):
                return True
        return False

    def _after_entry(self, text, toks, low, i, add) -> None:
        j = i + 1
        if j < len(toks) and low[j] == "in":  # "punch in", "type in", "put in"
            j += 1
        if j < len(toks) and low[j] in _DETERMINERS:
            j += 1
        if j >= len(toks) or not self._gap_ok(text, toks[j - 1][1], toks[j][0]):
            return
        if low[j] in self.lex.get("code_nouns", set()) or low[j] in self.lex.get("promo_kinds", set()):
            return  # "use code X", "use promo code X": the code noun introduces it
        k = self._spaced(text, toks, low, j)
        end = k if k is not None else j + 1
        if k is None:  # a brand in camel case ("use your SkyMiles") is no code: digits, or capitals
            t = toks[j][2]
            if not self.shaped(t) or not (re.search(r"\d", t) or t.isupper()):
                return
        if self._checkout_near(low, end):
            add(j, end, "entry")

    def _named(self, text, toks, low, i, add) -> None:
        """"XYZ50 is my code", "the XYZ50 code", "my XYZ50 promo"."""
        t = toks[i][2]
        if not re.search(r"\d", t) or not self.shaped(t):
            return
        nouns, kinds = self.lex.get("code_nouns", set()), self.lex.get("promo_kinds", set())
        k = i + 1
        # "ab-12 has been used 31 times", "xy.50 is at 18 uses": a report of its uses names a code
        # (printed with a separator, so not a model or part number run together)
        if k < len(toks) and low[k] in ("is", "was", "has", "had", "got", "hit", "reached") and re.search(r"[._\-]", t):
            uses = self.lex.get("use_words", set())
            if any(w in uses for w in low[k + 1:k + 6]) and text[toks[i][1]:toks[k][0]] == " ":
                add(i, i + 1, "named")
                return
        if k < len(toks) and low[k] in ("is", "was"):
            k += 1
            while k < len(toks) and (low[k] in _DETERMINERS or low[k] in kinds):
                k += 1
            if k < len(toks) and low[k] in nouns:
                add(i, i + 1, "named")
            return
        if k < len(toks) and low[k] in nouns and i > 0 and low[i - 1] in _DETERMINERS:
            if text[toks[i][1]:toks[k][0]] == " ":
                add(i, i + 1, "named")

    # what a code takes off, right after it: "X for $25 off", "X, 15% off", "X gets you $50 off"
    _OFF = re.compile(r"\s*,?\s*(?:(?:for|gets?(?: you)?|takes?|saves?(?: you)?|is)\s+)?(?:an?\s+)?(?:extra\s+)?"
                      r"(?:\$\s?\d[\d,.]*|\d[\d.]*\s?(?:%|percent))\s+off\b", re.I)

    def _discount_after(self, text, toks, i, add) -> None:
        """A token printed with a separator and a digit ("xyz-50", "SPRING.24"), or in capitals then digits ("ZELL20"),
        followed by what it takes off: "FOOTHILL-25, for $25 off", "ab.12 gets you 10% off", "ZELL20 gets you 20% off"."""
        t = toks[i][2]
        separated = re.search(r"\d\d", t) and re.search(r"[A-Za-z]{3}", t) and re.search(r"[._\-]", t)
        if not (separated or re.fullmatch(r"[A-Z]{3,}\d{2,}", t)) or not self.shaped(t):
            return
        off = self._OFF.match(text, toks[i][1])
        # (a word in capitals and digits only with what it gets or saves the reader: a model "XRT200 takes 20% off
        # the power draw" is no code)
        if off and (separated or re.search(r"\b(?:gets?|saves?)\s+you\b", off.group(0), re.I)):
            add(i, i + 1, "named")

    def _url_codes(self, text: str, base: int, url: str) -> list[CodeHit]:
        params, paths = self.lex.get("url_params", set()), self.lex.get("url_path_words", set())
        out = []
        u = url if re.match(r"[a-z]+://", url, re.I) else "http://" + url
        try:
            parts = urlsplit(u)
        except ValueError:
            return out
        offset = base - (len(u) - len(url))
        found: list[tuple[str, str]] = []
        for k, v in parse_qsl(parts.query, keep_blank_values=False):
            if k.lower() in params:
                found.append((k.lower(), v))
        segs = [s for s in parts.path.split("/") if s]
        for a, b in zip(segs, segs[1:]):
            if a.lower() in paths:
                found.append((a.lower(), b))
        for k, v in found:
            v = v.strip()
            if not re.fullmatch(r"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)*", v):
                continue
            # a generic key ("code", "ref") carries many things (tracking, unsubscribe tokens): letters and digits only
            weak = k in ("ref", "r", "code", "join", "share", "friend", "friends", "offer", "pc", "dc", "rc")
            if weak and not (re.search(r"\d", v) and re.search(r"[A-Za-z]", v)):
                continue
            if not (v.isdigit() and len(v) >= 4 and not weak) and not self.shaped(v, promo=True):
                continue
            at = u.find(v, len(parts.scheme) + 3 + len(parts.netloc))
            if at < 0:
                continue
            s = offset + at
            out.append(CodeHit(s, s + len(v), text[s:s + len(v)], code_key(v), "url"))
        return out

    def find_known(self, text: str, keys: Iterable[str]) -> list[CodeHit]:
        return find_known(text, keys)


def table_counts(text: str, count_words: Iterable[str]) -> dict[str, int]:
    """The count each row of a table of codes gives its code: {code key: n} for a table whose header has a code
    column and a column of counts ("Code | Sign-ups | Reward" over "HB-AMES10 | 17 | Chime Pro"; cells set apart
    by bars or tabs), the count column named by one of ``count_words`` (uses, redemptions, sign-ups...)."""
    lex = load_lexicon()
    nouns, not_kinds = set(lex.get("code_nouns", [])), set(lex.get("not_code_kinds", []))
    counts = {w.lower() for w in count_words}

    def header(cells: list[str]) -> tuple[int, int] | None:
        col = _code_column(cells, nouns, not_kinds)
        num = next((c for c, cell in enumerate(cells) if (w := cell.lower().split()) and w[-1] in counts), None)
        return (col, num) if col is not None and num is not None else None

    out: dict[str, int] = {}
    for _start, _ln, cells, (col, num) in _table_rows(text, header):
        code, n = cells[col], cells[num].replace(",", "")
        if re.fullmatch(r"[A-Za-z0-9]+(?:[._\-][A-Za-z0-9]+)+|[A-Za-z0-9]*\d[A-Za-z0-9]*", code) and n.isdigit():
            out[code_key(code)] = int(n)
    return out


_CELLS = re.compile(r"[ \t]*\|[ \t]*|\t+")  # a table's cells, set apart by bars or tabs


def _code_column(cells: list[str], nouns, not_kinds) -> int | None:
    """The column a table's header names as codes: a cell of at most three words ending in a code noun ("Promo
    Code", "Code"), none of them a kind of number that is no code."""
    for c, cell in enumerate(cells):
        words = cell.lower().split()
        if words and words[-1] in nouns and not any(w in not_kinds for w in words) and len(words) <= 3:
            return c
    return None


def _table_rows(text: str, header: Callable[[list[str]], T | None]) -> Iterator[tuple[int, str, list[str], T]]:
    """The rows of the tables in ``text`` (lines of cells set apart by bars or tabs) under a header line ``header``
    accepts: (the row's offset in ``text``, the row, its cells, what ``header`` said of its header) for each row as
    wide as its header; a line of another width may be a new header, a line of no cells ends the table."""
    head: T | None = None
    width = 0
    at = 0
    for ln in text.split("\n"):
        start, at = at, at + len(ln) + 1
        if "|" not in ln and "\t" not in ln.strip():
            head = None
            continue
        cells = _CELLS.split(ln.strip())
        if head is not None and len(cells) == width:
            yield start, ln, cells, head
            continue
        head, width = header(cells), len(cells)


def find_known(text: str, keys: Iterable[str]) -> list[CodeHit]:
    """Every printing of the codes ``keys`` (see `code_key`) in ``text``: any case, with or
    without dots, hyphens or spaces between its letters and digits ("ab-12", "AB12", "ab 12")."""
    keys = sorted({k for k in keys if k}, key=len, reverse=True)
    if not keys:
        return []
    rx = _known_regex(tuple(keys))
    return [CodeHit(m.start(), m.end(), m.group(0), code_key(m.group(0)), "known") for m in rx.finditer(text)]


def known_code_regex(keys: Iterable[str]):
    """The compiled (case-insensitive) regex `find_known` uses for ``keys``."""
    return _known_regex(tuple(sorted({k for k in keys if k}, key=len, reverse=True)))


@functools.lru_cache(maxsize=16)
def _known_regex(keys: tuple[str, ...]):
    alts = []
    for k in keys:
        chars = [re.escape(c) for c in k]
        alts.append(r"[._\- ]?".join(chars))
    return re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alts) + r")(?![A-Za-z0-9]|[._\-][A-Za-z0-9])", re.I)


def code_names(forms: dict[str, Counter[str]]) -> dict[str, tuple[str, list[str]]]:
    """(name, aliases) of each code key from the counts of its printed forms: the form printed
    most often names it (ties: the first counted); the others, and the bare key, are aliases."""
    out = {}
    for key, counts in forms.items():
        name = max(counts, key=lambda f: (counts[f], -list(counts).index(f)))
        aliases = sorted({f for f in counts if f != name} | ({key} if key != name else set()))
        out[key] = (name, aliases)
    return out


@functools.lru_cache(maxsize=8)
def _cached_finder(patterns: tuple, context: tuple, window: int) -> CodeFinder:
    return CodeFinder(patterns=patterns, context=context, window=window)


def default_finder(profile=None) -> CodeFinder:
    """A finder with the profile's extra patterns (``promo_codes.yaml``), if any."""
    pats = tuple(getattr(profile, "promo_patterns", None) or ())
    ctx = tuple(getattr(profile, "promo_context", None) or ())
    window = int(getattr(profile, "promo_window", 15) or 15)
    return _cached_finder(pats, ctx, window)


# ---------------------------------------------------------------------------------- spaCy
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.util import filter_spans  # noqa: E402


@Language.factory("giftgraph_promo_codes", default_config={"patterns": [], "context": [], "window": 15})
def make_promo_codes(nlp: Language, name: str, patterns: list[str], context: list[str], window: int):
    words = None
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None:
            words = words_from_lookups(lookups) or None
    return PromoCodes(CodeFinder(words=words, patterns=patterns, context=context, window=window))


class PromoCodes:
    """Marks the codes a text introduces as ``PROMO_CODE`` entities whose id is ``code:<printed
    form>`` (the span itself may be wider when the code sits inside a URL token). A code wins over a
    statistical entity it overlaps, not over a profile's product, unit or organisation."""

    def __init__(self, finder: CodeFinder):
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        hits = self.finder.find(doc.text)
        if not hits:
            return doc
        ents = list(doc.ents)
        ruled = [e for e in ents if e.ent_id_.split(":", 1)[0] in ("product", "division", "organization")]
        new = []
        for h in hits:
            span = doc.char_span(h.start, h.end, alignment_mode="expand")
            # a code inside a product or unit name is that name; a name inside a code ("XPD" of
            # "XPD-LEE20") is part of the code
            if span is None or any(e.start <= span.start and span.end <= e.end for e in ruled):
                continue
            new.append(Span(doc, span.start, span.end, label="PROMO_CODE", span_id="code:" + h.text))
        if not new:
            return doc
        keep = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in new)]
        doc.ents = filter_spans(new + keep)
        return doc
