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


# ---------------------------------------------------------------------------- anchors
def _context(rules):
    """A ThreadContext's catalogues alone (an index with a vendor, a product and a code)."""
    from types import SimpleNamespace

    from giftgraph.graph.model import Node
    from giftgraph.nlp.relations.context import ThreadContext

    nodes = {"organization:tallow": Node(id="organization:tallow", kind="organization", name="Tallowick",
                                          aliases=["Tallowick Labs"]),
             "product:lamp": Node(id="product:lamp", kind="product", name="Glowmere Lamp", aliases=["glowmere"],
                                  attrs={"unit_price_usd": 80}),
             "code:zq": Node(id="code:zq", kind="code", name="ZQ-77", attrs={"key": "ZQ77"})}
    ctx = ThreadContext.__new__(ThreadContext)
    ctx.rules, ctx.profile, ctx.nodes = rules, None, {}
    ctx.index = SimpleNamespace(nodes=nodes, vendor_id="organization:tallow", agency_id=None, find=lambda *a, **k: None)
    ctx._build_catalogues()
    return ctx


def test_anchor_prefilter_finds_what_the_anchor_regexes_find():
    rules = RelationRules(load_rules(None))
    ctx = _context(rules)
    texts = ["Two GLOWMERE lamps for the front office.", "a glowmerelamp", "Tallowick sent these over",
             "tallowick sent these", "Use code zq 77 at checkout.", "use zq-77x", "worth about $300 in gear",
             "$300 worth", "The 12 boxes are worth it", "valued at roughly 40 dollars", "Nothing of note today.",
             "GLOWMERE lamp with a dotless \u0131 and a dotted \u0130", "Gl\u0131wmere", "glow\u017fmere", ""]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    found = 0
    for text in texts:
        want = bool(ctx.anchor_ci and ctx.anchor_ci.search(text)) or bool(ctx.anchor_cs and ctx.anchor_cs.search(text))
        assert ctx._anchored(text) == want, text
        found += want
    assert 10 < found < len(texts)


def test_a_trie_alternation_matches_what_the_plain_one_matches():
    import re

    from giftgraph.nlp.relations.context import _trie_alternation

    forms = ["Ferrowick", "Ferro", "Ferrowick Labs", "F.W.", "Quillan", "Quill", "Q", "Zoë-9", "a+b (c)"]
    plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
    trie = re.compile(r"(?<!\w)(?:" + _trie_alternation(forms) + r")(?!\w)")
    texts = ["Ferrowick Labs shipped it", "Ferrowicks", "a Ferro lamp", "ferrowick", "Quillan's", "Quil", "Q.",
             "the F.W. crate", "F.W", "Zoë-9 and Zoë-99", "a+b (c)!", "xa+b (c)", "Ferrowick Lab", "", "Q"]
    for text in texts:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert sum(bool(trie.search(t)) for t in texts) > 8
    # a form that ever longer ones continue, over and over, is too deep a trie: the caller uses the plain one
    assert _trie_alternation(["k" * n for n in range(1, 80)]) is None


def test_the_codes_trie_finds_every_printing_find_known_finds():
    from giftgraph.nlp.codes import find_known, known_code_regex
    from giftgraph.nlp.relations.context import _known_codes_regex

    keys = {"ZQ7", "ZQ778", "ZR10", "LUMEN5", "LUMEN50", "ABCD", "A1", "A"}
    trie = _known_codes_regex(keys)
    assert trie.pattern != known_code_regex(keys).pattern
    texts = ["Use zq 7 and zq-778 and ZQ.7.7.8 today", "zq778x zq7-", "zq7_8", "lumen-5-0. lumen5.0 LUMEN 50-",
             "a1 A-1 a 1 b a.", "ab-cd, a.b.c.d; A B C D E", "x-zq7 9zq7 zq7.9 zq7. zq7 ", "A--1 a_1 a  1", ""]
    found = 0
    for text in texts:
        want = [(h.start, h.end, h.text) for h in find_known(text, keys)]
        assert [(m.start(), m.end(), m.group(0)) for m in trie.finditer(text)] == want, text
        found += len(want)
    assert found > 15


def test_the_anchor_finds_a_code_and_a_vendor_form_as_the_plain_regexes_do():
    import re

    from giftgraph.graph.model import Node
    from giftgraph.nlp.codes import known_code_regex

    rules = RelationRules(load_rules(None))
    ctx = _context(rules)
    # more codes, some of them beginning alike or continuing each other
    for i, name in enumerate(["ZQ-7", "ZQ-778", "ZR-10", "LUMEN5", "LUMEN50", "AB-C-D"]):
        key = re.sub(r"[^A-Za-z0-9]", "", name).upper()
        ctx.index.nodes[f"code:{i}"] = Node(id=f"code:{i}", kind="code", name=name, attrs={"key": key})
    ctx._build_catalogues()
    keys = set(ctx.code_keys)
    assert {"ZQ77", "ZQ778", "LUMEN5", "LUMEN50"} <= keys
    code_rx = known_code_regex(keys)
    forms = {*ctx.vendor_forms, *ctx.codes}
    form_rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
    texts = ["Use code zq 77 at checkout.", "use zq-77x", "zq.778 works", "ZQ 7 7 8", "zq-7-7-8.", "zq7", "zq--77",
             "Lumen 50 off", "lumen5", "LUMEN500", "lumen-5-0", "ab c d", "A.B.C.D.x", "ab-c-d", "ZR 10 and zr1",
             "Tallowick Labs sent it", "Tallowicks", "ZQ-778 in caps", "LUMEN50.", "plain words only", ""]
    texts += [t.upper() for t in texts] + [t.lower() for t in texts]
    found = 0
    for text in texts:
        want = bool(code_rx.search(text)) or bool(form_rx.search(text))
        got = bool(ctx.anchor_ci and ctx.anchor_ci.search(text)) or bool(ctx.anchor_cs and ctx.anchor_cs.search(text))
        assert got == want == ctx._anchored(text), text
        found += want
    assert 20 < found < len(texts)


# ---------------------------------------------------------------------------- analyses decoded on demand
def test_an_analysis_read_from_json_is_decoded_on_first_use():
    from giftgraph.nlp.analysis import Analysis, _Ent

    text = "Ask Mira Holt about the Glowmere Lamp."
    eager = Analysis(text, [_Ent(4, 13, 1, 3, "PERSON", "", "Mira Holt", ["mira", "holt"], [0, 0]),
                            _Ent(24, 37, 5, 7, "PRODUCT", "product:lamp", "Glowmere Lamp", ["glowmere", "lamp"], [0, 0])],
                     9, {5: "glowmere"})
    lazy = Analysis.from_json(text, eager.to_json())
    assert lazy.text == text and lazy._data is not None  # the text needs no decoding
    assert [e.to_list() for e in lazy.ents] == [e.to_list() for e in eager.ents] and lazy._data is None
    assert len(lazy) == 9 and [t.lower_ for t in lazy[4:7]] == ["glowmere"]
    assert lazy.to_json() == eager.to_json()
    again = Analysis.from_json(text, eager.to_json())
    assert again.to_json() == eager.to_json() and len(again) == 9  # to_json and len decode too
