"""A gift an official disclosed is no gift once it goes back: the official's own side tells them to return it ("Please
return the vest to her"), or the official says it went back ("I gave them back to her the next day"). Coming back from
somewhere, or being told there is no need to return it, leaves the gift standing. Every sentence here is invented for
this test (the small world of test_relations.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SID, gifts_read, msg  # noqa: E402

ASK = "Vera Vendor of Acme left a fleece vest and two mugs on my desk, about $60 together. Can I hang on to them?"


def thread(answer: str, *, own: str = ""):
    first = msg(OTTO, [SID], "Question on a gift", "Sid,\n\n" + ASK + (" " + own if own else "") + "\n\nOtto", day=3)
    msgs = [first]
    if answer:
        msgs.append(msg(SID, [OTTO], "RE: Question on a gift", "Otto,\n\n" + answer + "\n\nSid", day=4))
    return gifts_read(*msgs)


@pytest.mark.parametrize("answer,own", [
    ("That's over our limit. Please return the vest and the mugs to Ms. Vendor with a short note.", ""),
    ("Sorry, no. Send them back to Acme and copy me.", ""),
    ("", "I already gave them back to her this morning, but I want it on file."),
])
def test_a_disclosed_gift_that_goes_back_is_no_gift(answer, own):
    assert thread(answer, own=own) == []


@pytest.mark.parametrize("answer", [
    "Yes, keep them. I only returned from leave today, sorry for the slow answer.",
    "No need to return them - they're under the limit.",
    "The mugs won't be worth the postage to send back, so keep them all; they're under the limit.",
])
def test_a_gift_kept_stays_a_gift(answer):
    assert thread(answer) == [("v1", "o1", 60.0)]
