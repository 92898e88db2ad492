"""A company's name that ends a sentence with its suffix ("..., Inc.", "Ltd.", "Corp.") ends the sentence when the
next word opens one ("In addition, ...", "The ...", "We ..."): otherwise the next sentence's words (a bill sent to
the vendor's account) are read with the gift of the first. Wording invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from giftgraph.nlp.relations import split_sentences

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, VERA, gifts_read, msg


def sentences(text):
    return [text[s:e] for _, s, e in split_sentences(text)]


@pytest.mark.parametrize("text,n", [
    ("Two passes to the Harbor Safety Summit are reserved for you as guests of Brindle Optics, Inc. In addition, "
     "your hotel has been booked.", 2),
    ("The kits were made by Pell & Rowe Ltd. We sent four of them.", 2),
    ("Samples came from Quint Corp. Please let me know if they arrived.", 2),
    # still one sentence: a suffix inside the sentence, or before a word that opens none
    ("Brindle Optics, Inc. and its dealers sent two kits.", 1),
    ("Ask Dana Morrow Jr. Harper about the kits.", 1),
])
def test_company_suffix_ends_a_sentence_before_an_opening_word(text, n):
    assert len(sentences(text)) == n


def test_gift_before_a_billing_sentence_is_read_after_an_inc():
    body = ("A complimentary pass to the Harbor Safety Summit (valued at $540) has been extended to you as a guest of "
            "Acme Cams, Inc. In addition, two nights at the Quayside Inn have been arranged and will be billed to "
            "the Acme Cams corporate account.\n\nVera Vendor\nAcme Cams")
    got = gifts_read(msg(VERA, [OTTO], "Summit", body))
    assert [(g, r) for g, r, _ in got] == [("v1", "o1")]
