"""GIFT wording met by probe CX: a vendor's draft press release quoting an official, and a thank-you sent to a group
greeted together. Every sentence and name is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, gifts_read, msg

SIG = "\n\nVera Vendor\nAcme Cams"


def test_words_quoted_and_attributed_give_nothing():
    """A press release's quotation ('"X has given our officers a head start," said Chief Y') reports someone's words:
    no offer of the writer's, though it names a product and a verb of giving."""
    draft = msg(VERA, [OTTO], "Announcement draft", "Otto, here is the draft for your approval:\n\n"
                '"The Porch Cam has given our patrol officers a head start on every call," said Otto Officer, '
                "who leads the Quarry Division.\n\nAny edits?" + SIG, day=1, hour=9)
    ok = msg(OTTO, [VERA], "RE: Announcement draft", "The quote is fine as written. Thanks.\n\nOtto", day=2, hour=10)
    assert gifts_read(draft, ok) == []
    # the writer's own giving, not quoted, still is one
    given = msg(VERA, [OTTO], "Cams", "Otto, we have given your patrol officers a Porch Cam each, no charge." + SIG,
                day=3, hour=9)
    thanks = msg(OTTO, [VERA], "RE: Cams", "They arrived, thank you!\n\nOtto", day=4, hour=10)
    assert [t[:2] for t in gifts_read(given, thanks)] == [("v1", "o1")]


def test_things_with_your_names_for_a_group_greeted_together_are_each_ones():
    """"Hi both! ... jackets with your names on them" written to two people: a jacket for each one on the To line, not
    only the first; greeted by name alone, the one greeted."""
    offer = msg(VERA, [OTTO, OLGA], "For you two", "Hi both!\n\nA small thank-you from our support team: we've had fleece "
                "jackets made with your names on them, no charge. What sizes should I send?" + SIG, day=1, hour=9)
    reply = msg(OTTO, [VERA], "RE: For you two", "Large for me, medium for Olga. Much appreciated!\n\nOtto", day=2, hour=10)
    assert [t[:2] for t in gifts_read(offer, reply)] == [("v1", "o1"), ("v1", "o2")]
    alone = msg(VERA, [OTTO, OLGA], "For you", "Hi Otto!\n\nA small thank-you from our support team: we've had a fleece "
                "jacket made with your name on it, no charge. What size should I send?" + SIG, day=3, hour=9)
    reply2 = msg(OTTO, [VERA], "RE: For you", "Large, please. Much appreciated!\n\nOtto", day=4, hour=10)
    assert [t[:2] for t in gifts_read(alone, reply2)] == [("v1", "o1")]
