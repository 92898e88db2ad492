"""The profile ruler (a PhraseMatcher behind an EntityRuler) finds exactly what spaCy's EntityRuler finds."""
import random

import pytest
import spacy

from giftgraph.nlp.components import ProfileRuler, rules_from_profile
from giftgraph.nlp.profile import Profile


@pytest.fixture(scope="module", params=["ring_lapd", "flock_apd"])
def rulers(request):
    nlp = spacy.blank("en")
    patterns = rules_from_profile(Profile.load(request.param), nlp.tokenizer)
    old = nlp.add_pipe("entity_ruler", name="reference", config={"overwrite_ents": True})
    old.add_patterns(patterns)
    new = nlp.add_pipe("giftgraph_entity_ruler", name="profile", config={"overwrite_ents": True})
    new.add_patterns(patterns)
    return nlp, patterns, old, new


def _words(pattern):
    return [next(iter(t.values())) for t in pattern]


def test_same_matches_as_entity_ruler(rulers):
    nlp, patterns, old, new = rulers
    assert isinstance(new, ProfileRuler)
    plain = [p for p in patterns if p["label"] != "PROMO_CODE"]
    vocabulary = [w for p in plain for w in _words(p["pattern"])]
    rng = random.Random(7)
    texts = []
    for p in plain:  # every alias as written, in lower case, in capitals and title case, among other aliases' words
        for case in (str, str.lower, str.upper, str.title):
            texts.append(" ".join(case(w) for w in _words(p["pattern"])) + " and "
                         + " ".join(rng.choice(vocabulary) for _ in range(4)))
    # a long run of alias words: overlapping and nested matches, longest first
    texts.append(" ".join(rng.choice(vocabulary) for _ in range(3000)))
    texts.append("Use code SPRING25 or WELCOME10 at checkout; the code-word was ALPHA-XY99.")
    found = 0
    for text in texts:
        a, b = old.match(nlp.make_doc(text)), new.match(nlp.make_doc(text))
        assert a == b, text
        found += len(a)
        d1, d2 = old(nlp.make_doc(text)), new(nlp.make_doc(text))
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in d1.ents] == [(e.start, e.end, e.label_, e.ent_id_) for e in d2.ents]
    assert found > len(plain)


def test_case_sensitive_alias_and_new_patterns():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("giftgraph_entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "DIVISION", "pattern": [{"ORTH": "Harbor"}], "id": "division:Harbor"},
                        {"label": "DIVISION", "pattern": [{"ORTH": "HQ"}, {"LOWER": "annex"}], "id": "division:HQ Annex"}])
    assert [e.text for e in nlp("the harbor and Harbor, hq annex and HQ ANNEX").ents] == ["Harbor", "HQ ANNEX"]
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "harbor"}, {"LOWER": "club"}], "id": "organization:Harbor Club"}])
    doc = nlp("Harbor Club meets at Harbor")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Harbor Club", "organization:Harbor Club"), ("Harbor", "division:Harbor")]


def test_removed_and_replaced_patterns_are_not_matched():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("giftgraph_entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "lantern"}, {"LOWER": "club"}], "id": "organization:Lantern Club"}])
    assert [e.text for e in nlp("the Lantern Club met").ents] == ["Lantern Club"]
    ruler.remove("organization:Lantern Club")
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "kite"}, {"LOWER": "guild"}], "id": "organization:Kite Guild"}])
    assert [e.text for e in nlp("the Lantern Club and the Kite Guild met").ents] == ["Kite Guild"]
    assert [e.text for e in nlp.from_bytes(nlp.to_bytes())("the Kite Guild met").ents] == ["Kite Guild"]


def test_a_name_wrapped_over_one_line_break_is_matched():
    """Plain-text mail wraps at ~76 characters: "the Harbor Watch\\nLiaison Office" is still the profile's name;
    a paragraph break between the words is not."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("giftgraph_entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "DIVISION", "id": "division:Harbor Watch Liaison Office",
                         "pattern": [{"LOWER": "harbor"}, {"LOWER": "watch"}, {"LOWER": "liaison"}, {"LOWER": "office"}]}])
    doc = nlp("thanks for the cameras you left for the Harbor Watch\nLiaison Office last week")
    assert [(" ".join(e.text.split()), e.ent_id_) for e in doc.ents] == [
        ("Harbor Watch Liaison Office", "division:Harbor Watch Liaison Office")]
    assert not nlp("for the Harbor Watch\n\nLiaison Office").ents
