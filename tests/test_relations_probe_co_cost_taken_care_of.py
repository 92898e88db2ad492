"""GIFT wording met by probe CO: a cost of the reader's said taken on with no one named, in the vendor's side's own
message ("The greens fees ($60 a player) are taken care of.", "your two nights at the lodge have been covered ($310)"),
is the writer's side paying, as "are on us" says it; not a cost said covered by someone else ("covered by the
county") nor the carriage. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts

YES = "Count me in for Saturday, and thank you."


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Saturday")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_priced_cost_taken_care_of_is_paid_by_the_writer():
    assert _gifts("Otto, we'd like you to join Sam and me for a round of golf at Birchwood on Saturday. The greens "
                  "fees ($60 a player) are taken care of.", YES) == [("v1", "o1", 60.0)]


def test_a_cost_covered_by_someone_else_is_no_gift():
    assert _gifts("Otto, we'd like you to join Sam and me for a round of golf at Birchwood on Saturday. The greens "
                  "fees ($60 a player) are covered by the county.", YES) == []
