"""The word pre-check before the relation rules' token Matcher (`RelationRules.may_match`): it may
only pass over a sentence the Matcher cannot match, and it is read from the patterns themselves."""
from __future__ import annotations

import re

import pytest

from giftgraph.nlp.profile import Profile
from giftgraph.nlp.relations.rules import RelationRules, _pattern_needs, _required_token, _token_words, load_rules


def _token_patterns(data: dict) -> list:
    pats = []
    for section in ("gift", "referral", "promoted"):
        sec = data.get(section) or {}
        for key in ("uses_patterns", "discount_patterns"):
            pats += sec.get(key) or []
        for _label, ps in (sec.get("patterns") or {}).items():
            pats += ps or []
    return pats


def _words_for(spec: dict) -> list[str] | None:
    """Words one token of a pattern is spelled with in a made-up sentence ([] for an optional token
    left out); None when the token cannot be spelled here (a REGEX)."""
    op = str(spec.get("OP", ""))
    count = 1
    if op in ("?", "*", "!"):
        return []
    m = re.fullmatch(r"\{(\d*)(?:,(\d*))?\}", op)
    if m:
        count = int(m.group(1) or 0)
    word = None
    for key, value in spec.items():
        if key == "OP":
            continue
        if key in ("LOWER", "ORTH", "TEXT"):
            if isinstance(value, str):
                word = value
            elif isinstance(value, dict) and "IN" in value:
                word = value["IN"][-1]
            elif isinstance(value, dict) and "NOT_IN" in value:
                word = word or "zorbly"
            else:
                return None
        elif key == "IS_ALPHA":
            word = word or "zorbly"
        elif key == "LIKE_NUM":
            word = word or "7"
        elif key == "IS_PUNCT":
            word = word or ","
    return [word or "zorbly"] * count


def _sentences(patterns: list) -> list[str]:
    """A sentence spelled from each pattern, and each of those with one word left out."""
    out = []
    for p in patterns:
        words = [_words_for(spec) for spec in p]
        if any(w is None for w in words):
            continue
        flat = [w for ws in words for w in ws]
        out.append("Well , " + " ".join(flat) + " today .")
        for i in range(len(flat)):
            out.append("Well , " + " ".join(flat[:i] + flat[i + 1:]) + " today .")
    return out


@pytest.mark.parametrize("profile", [None, "ring_lapd", "flock_apd"])
def test_precheck_never_passes_over_a_sentence_the_matcher_matches(profile):
    rules = RelationRules(load_rules(Profile.load(profile) if profile else None))
    sentences = _sentences(_token_patterns(rules.data))
    assert len(sentences) > 100
    matched = skipped = 0
    for text in sentences:
        doc = rules.nlp.make_doc(text)
        hits = rules.matcher(doc)
        matched += bool(hits)
        if not rules.may_match(doc):
            skipped += 1
            assert not hits, text
    # the made-up sentences exercise both sides: many match, and many (a required word left out) cannot
    assert matched > 40 and skipped > 40
    # plain prose holding no pattern's words is passed over
    for text in ("The quarterly numbers are attached.", "Lunch moved to noon on Thursday, see the agenda.",
                 "Please review the draft contract before the call."):
        assert not rules.may_match(rules.nlp.make_doc(text)), text


def test_scan_is_the_same_with_and_without_the_precheck():
    rules = RelationRules(load_rules(None))
    texts = ["I'd highly recommend it to every neighbor.", "We left two at the front desk for you.",
             "The code was redeemed 12 times already.", "Save $20 off with the spring offer.",
             "Nothing here but a meeting note.", "Please accept these with our thanks."]
    full = RelationRules(load_rules(None))
    full._needs = None  # no pre-check: the Matcher runs on every sentence
    for text in texts:
        doc = rules.nlp.make_doc(text)
        got = {k: [(s.start, s.end) for s in v] for k, v in rules.scan(doc).items()}
        want = {k: [(s.start, s.end) for s in v] for k, v in full.scan(doc).items()}
        assert got == want, text


def test_required_tokens_and_words():
    assert _required_token({"LOWER": "a"}) and _required_token({"LOWER": "a", "OP": "+"})
    assert _required_token({"IS_ALPHA": True, "OP": "{1,6}"}) and _required_token({"LOWER": "x", "OP": "{2}"})
    assert not any(_required_token({"LOWER": "a", "OP": op}) for op in ("?", "*", "!", "{0,6}", "{,3}"))
    assert _token_words({"LOWER": {"IN": ["Parcel", "crate"]}}) == {"parcel", "crate"}
    assert _token_words({"ORTH": "$"}) == {"$"}
    assert _token_words({"LOWER": {"NOT_IN": ["x"]}, "IS_ALPHA": True}) is None
    assert _token_words({"TEXT": {"REGEX": "^[a-z]+$"}}) is None
    strings = RelationRules(load_rules(None)).nlp.vocab.strings
    needs = _pattern_needs([[{"LOWER": "mail"}, {"IS_ALPHA": True, "OP": "*"}, {"LOWER": {"IN": ["crate", "box"]}}]],
                           strings)
    assert needs == [[frozenset({strings["mail"]}), frozenset({strings["crate"], strings["box"]})]]
    # a pattern that needs no word can match any sentence: nothing is passed over
    assert _pattern_needs([[{"LIKE_NUM": True}, {"IS_PUNCT": True}]], strings) is None
