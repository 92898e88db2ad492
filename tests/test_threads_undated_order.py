"""Threads: a message whose date was lost (a table export with no date column) is read where what it answers puts
it: right after the message it quotes, a reply quoting none of the thread last, an original first; so an offer's
undated answer is read after the offer. Every name and sentence is invented for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg

from giftgraph.nlp.relations.threads import group_threads


def _undated(m, replying_to=None):
    m.sent = ""
    m.in_reply_to = replying_to.id if replying_to is not None else None
    return m


def test_undated_messages_follow_what_they_quote():
    offer = msg(VERA, [OTTO], "Lanterns", "Two Yard Light Cams for the lot?", day=3)
    later = msg(OTTO, [VERA], "RE: Lanterns", "One more question about mounting.", day=9)
    answer = _undated(msg(OTTO, [VERA], "RE: Lanterns", "Yes please.", day=4), offer)
    answer2 = _undated(msg(VERA, [OTTO], "RE: Lanterns", "Great, shipping Monday.", day=5), answer)
    stray = _undated(msg(OTTO, [VERA], "RE: Lanterns", "Sorry, one more thing.", day=6))
    (thread,) = group_threads([stray, answer2, later, answer, offer], lambda m: {m.sender.email, *(a.email for a in m.to)})
    assert [m.id for m in thread] == [offer.id, answer.id, answer2.id, later.id, stray.id]


def test_an_undated_acceptance_takes_the_offer_up():
    offer = msg(VERA, [OTTO], "Chime", "We'd love for you to have a Relay Chime for your porch, on us. Say the word and "
                                      "I'll send it." + VERA_SIG, day=2)
    reply = _undated(msg(OTTO, [VERA], "RE: Chime", "That's kind of you, yes please!\n\nOtto", day=3), offer)
    assert gifts_read(reply, offer) == [("v1", "o1", 29.0)]


VERA_SIG = VENDOR_SIG
