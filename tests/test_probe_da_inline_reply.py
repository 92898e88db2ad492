"""A reply written between the lines it answers ("answers inline below", each question quoted with "> " and the
answer under it) is the writer's own text after the first quoted line too: the answers are read, the quoted lines
are not read as the writer's words. A reply above a quoted message (top-posting) still ends at the quote. Every
sentence is invented for these tests (the small world of ``test_relations.py``: the vendor Acme Cams)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, FakeIndex, Profile, msg, of_type  # noqa: E402

from giftgraph.nlp.relations import RelationRules, extract_relations
from giftgraph.nlp.relations.text import own_text
from giftgraph.nlp.signature import own_text_end

INLINE = ("Sid, my answers are under your questions.\n\n"
          "> Which of the bidders would you pick again?\n\n"
          "Without a doubt Acme. I highly recommend Acme to any department our size.\n\n"
          "> Did they charge you for the training day?\n\n"
          "No, the training was part of the contract.\n\n"
          "Otto Officer\nCrime Prevention Unit\n")
TOP = ("Sid,\n\nSee below, thanks.\n\nOtto\n\n"
       "> I highly recommend Acme to any department our size.\n> Sid\n")
WRAPPED = ("Thanks Sid.\n\n"
           "> I highly recommend Acme to any department our size, and the Porch Cam\n"
           "is the best camera we have tried.\n")


def test_the_answers_of_an_inline_reply_are_own_text():
    end = own_text_end(INLINE)
    assert "Without a doubt Acme" in INLINE[:end] and "Crime Prevention Unit" in INLINE[:end]


def test_a_top_posted_reply_still_ends_at_the_quote():
    assert own_text_end(TOP) == TOP.index(">")
    assert own_text_end(WRAPPED) == WRAPPED.index(">")  # a wrapped quoted line is no answer


def test_the_quoted_lines_of_an_inline_reply_are_blanked_in_place():
    m = msg(OTTO, [SID], "RE: bidders", INLINE)
    text = own_text(m, RelationRules.from_profile(None))
    assert "Without a doubt Acme" in text and "No, the training was part of the contract." in text
    assert "Which of the bidders" not in text and "charge you" not in text
    assert all(a == b for a, b in zip(text, INLINE) if not a.isspace())  # offsets kept: the answers where they were


def _promoted(parser, body):
    m = msg(OTTO, [SID], "RE: bidders", body)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
def test_an_endorsement_answered_inline_is_the_writers(parser):
    assert _promoted(parser, INLINE) == [("o1", "org_v")]


@pytest.mark.model
def test_praise_only_quoted_above_an_inline_answer_is_not_the_writers(parser):
    body = ("Sid, quick notes below.\n\n> I highly recommend Acme to any department our size.\n\n"
            "Noted. We are still comparing bids.\n\nOtto\n")
    assert _promoted(parser, body) == []
