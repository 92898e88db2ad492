"""An inline reply's answers are read (`giftgraph.nlp.signature.inline_answer_at`), but a quoted block that is history
is not a question answered: one that prints a message's header or a marker ("> -----Original Message-----", "> From:
...", "> On ... wrote:"), one that runs long, or a lone ">" with nothing quoted ends the writer's own text as before,
whatever follows it (a footer, a list-server's links). Every line is invented for these tests."""
from __future__ import annotations

import pytest

from giftgraph.ingest.message import Address, Message
from giftgraph.nlp.relations import RelationRules
from giftgraph.nlp.relations.text import own_text
from giftgraph.nlp.signature import own_text_end

OWN = "Sounds good, see you at the range on Friday.\n\nPriya\n\n"


@pytest.mark.parametrize("quoted,after", [
    ("> -----Original Message-----\n> From: Tomas Greer\n> Sent: Monday, May 4, 2026 9:12 AM\n> Subject: Range day\n>\n"
     "> Are we still on for Friday?\n", "Unsubscribe from this list: lists.example.org/leave\n"),
    ("> On Mon, May 4, 2026 at 9:12 AM, Tomas Greer <tgreer@range.example> wrote:\n> Are we still on for Friday?\n",
     "Sent from the Harbor Mail app\n"),
    ("".join(f"> line {i} of a long joke that was forwarded round the office\n" for i in range(12)),
     "Funny stuff, pass it on.\n"),
    (">\n", "Modify your account settings at rangenews.example/settings\n"),
])
def test_quoted_history_followed_by_more_text_still_ends_the_own_text(quoted, after):
    body = OWN + quoted + "\n" + after
    assert own_text_end(body) == len(OWN)
    m = Message(sender=Address(email="priya@harbor.example"), to=[Address(email="tgreer@range.example")],
                subject="RE: Range day", body=body, sent="2026-05-04T10:00:00-05:00")
    assert own_text(m, RelationRules.from_profile(None)).rstrip() == OWN.rstrip()


def test_a_short_question_answered_under_it_is_still_read():
    body = ("Answers below.\n\n> Can you bring the spare targets?\n\nYes, two boxes.\n\n"
            "> And the sign-in sheet?\n\nAlready printed.\n")
    assert own_text_end(body) == len(body)
