"""GIFT wording and layout met by probe AK (a PDF binder of Outlook printouts: an in-car video vendor and a county
sheriff's office), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

from giftgraph.nlp.relations import RelationRules
from giftgraph.nlp.relations.text import own_text


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_memo_heading_in_the_reply_is_its_own_text_not_quoted_history():
    """A reply written as a memo ("TO: ... / FROM: ... / RE: ...") declines in the text under its heading: its "FROM:"
    line follows the "TO:" line and no date line follows it, so it does not open quoted history. A quoted header
    ("From: ... / Sent: ...") still does."""
    rules = RelationRules.from_profile(None)
    memo = msg(OTTO, [VERA], "RE: Lamps", "MEMORANDUM\n\nTO: Ms. Vera Vendor, Acme Cams\nFROM: Otto Officer\n"
                                          "RE: Your offer of porch cameras\n\nMs. Vendor:\n\nOffice policy does not allow "
                                          "it, so I must respectfully decline the cameras.\n\nOtto Officer", day=2)
    assert "decline the cameras" in own_text(memo, rules)
    quoted = msg(OTTO, [VERA], "RE: Lamps", "Noted.\n\nTo: Otto\nFrom: Vera Vendor\nSent: Monday, March 1, 2016\n"
                                            "Subject: Lamps\n\nTwo Porch Cams for you.", day=2)
    assert "Two Porch Cams" not in own_text(quoted, rules)
    offer = msg(VERA, [OTTO], "Lamps", "Otto,\n\nAs a token of our appreciation I'd like to send two Porch Cams for "
                                       "your command staff, and they are yours to keep.\n\nVera")
    assert _run(offer, memo) == []

