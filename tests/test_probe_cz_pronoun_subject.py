"""Probe CZ: "... and I'd recommend it" after a product name the parser misreads ("the Brisa Go on 4W", "Go" taken
for a verb that becomes the subject of "recommend", the "I" hung on a noun before it): the first-person pronoun written
right before the verb (a modal or an adverb between) is its subject, and the writer endorses the thing. The misparse
is built by hand, as the parser gave it on the probe's own sentence; invented words."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from giftgraph.nlp.relations.promoted import endorsed_theme

_VOCAB = spacy.blank("en").vocab


def _misparsed(words, heads, deps, pos, lemmas):
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    return doc[:]


def _sentence(pronoun: str, modal: str):
    # "We 've had the Brisa Go on PICU ~3 wks and I 'd recommend it ."  (the parse: "Go" nsubj of "recommend",
    # "I" a conjunct of "wks")
    words = ["We", "'ve", "had", "the", "Brisa", "Go", "on", "PICU", "~3", "wks", "and", pronoun, modal, "recommend", "it", "."]
    heads = [2, 2, 2, 5, 5, 13, 5, 9, 9, 6, 9, 9, 13, 2, 13, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "compound", "nsubj", "prep", "compound", "compound", "pobj", "cc", "conj",
            "aux", "ccomp", "dobj", "punct"]
    pos = ["PRON", "AUX", "VERB", "DET", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "CCONJ", "PRON", "AUX", "VERB",
           "PRON", "PUNCT"]
    lemmas = ["we", "have", "have", "the", "Brisa", "go", "on", "PICU", "~3", "wk", "and", pronoun.lower(), "would",
              "recommend", "it", "."]
    return _misparsed(words, heads, deps, pos, lemmas)


def test_a_first_person_pronoun_written_before_the_verb_is_its_subject():
    theme = endorsed_theme(_sentence("I", "'d"))
    assert theme is not None and theme.text == "it"


def test_someone_else_before_the_verb_is_no_endorsement_of_the_writer():
    assert endorsed_theme(_sentence("they", "'d")) is None
