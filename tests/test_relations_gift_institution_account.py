"""A thing added "to the library's account" when the agency is a library: the institution's own, not the reader's. The
agency's own word ("library", "school") with a possessive after "to" names whose the thing becomes; the same word with
no possessive ("delivered to the library") is only where it goes. Every sentence is invented (the small world of
``test_relations.py``, its agency renamed a library)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, SID, VENDOR_SIG, VERA, FakeIndex, Node, msg, run
from test_relations import gift_triples as gifts

LIBRARY_NODES = dict(NODES)
_a = NODES["org_a"]
LIBRARY_NODES["org_a"] = Node(id="org_a", kind=_a.kind, name="Fenwick Hollow Public Library", aliases=[],
                              emails=list(_a.emails), attrs=dict(_a.attrs))


def _gifts(body):
    th = [msg(VERA, [SID], "Renewal", body + VENDOR_SIG, day=1),
          msg(SID, [VERA], "RE: Renewal", "Very kind, thank you.\n\nSid", day=2)]
    return gifts(run(th, FakeIndex(LIBRARY_NODES).see(*th))[1])


def test_added_to_the_institution_s_account_is_the_institution_s():
    assert _gifts("Sid, as a thank-you for the panel talk, we've added a free year of Porch Cam Elite to the "
                  "library's account (a $300 value).") == [("v1", "org_a", 300.0)]


def test_delivered_to_the_institution_stays_with_the_reader():
    assert _gifts("Sid, as a thank-you for the panel talk, a free Porch Cam Elite is yours, delivered to the "
                  "library on Monday (a $300 value).") == [("v1", "s1", 300.0)]
