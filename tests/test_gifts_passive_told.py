"""GIFT: one not of the vendor's side telling of a thing "given to" someone, the giver unsaid and the writer nowhere in
the sentence (an ethics officer's summary: "the expense detail also lists a $50 Harbor Bakery card given to Sid
Sergeant on March 14"), reports a giving: the writer gave nothing. The writer's own passing on ("I gave it to you for
the front desk") is still theirs. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, SID, VENDOR_SIG, VERA, gifts_read, msg


def test_a_giving_told_in_the_passive_by_a_third_is_not_the_writers():
    body = ("Chief,\n\nSummary of Q1 contacts with Acme, checked against their expense detail:\n\n"
            "- Otto Officer reported receiving dinner at the Quay Grill on March 4 from Vera Vendor, his share about $70.\n"
            "- The expense detail also lists a $50 Harbor Bakery card given to Sid Sergeant on March 14, which he did "
            "not disclose.\n\nOlga")
    assert all(g != "o2" for g, _, _ in gifts_read(msg(OLGA, [OTTO], "Q1 gift reconciliation", body, day=3)))


def test_an_officer_passing_a_thing_on_still_gives_it():
    m0 = msg(VERA, [OTTO], "Cam", "Here's a free Porch Cam for you, Otto, keep it." + VENDOR_SIG, day=1)
    m1 = msg(OTTO, [SID], "Porch Cam", "Sid,\n\nAcme sent me a Porch Cam for free last week; I gave it to you for the "
                                       "front desk, no charge.\n\nOtto", day=3)
    assert ("v1", "o1", 199.0) in gifts_read(m0, m1)
