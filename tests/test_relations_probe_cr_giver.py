"""GIFT giver met by probe CR: a vendor's writer who names a colleague as the one who will send the things ("Sam, our
shipping lead, will send out two ...", "Sam will ship them") writes for that colleague, who gives; "we will send" and
a person of the reader's side named keep the writer as the giver. Every sentence is invented for these tests (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts

OK = "Great, thank you."


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Cameras for the crew")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_colleague_named_with_who_they_are_sends():
    assert _gifts("Otto, Sam, our shipping lead, will send out two Porch Cams for your crew to keep - no invoice "
                  "and nothing to send back.", OK) == [("v2", "d1", 398.0)]


def test_a_colleague_named_alone_sends():
    assert _gifts("Hi Otto. Sam is shipping two Porch Cams for your crew to keep, no invoice.", OK) == [
        ("v2", "d1", 398.0)]


def test_we_send_keeps_the_writer():
    assert _gifts("Otto, we will send out two Porch Cams for your crew to keep - no invoice.", OK) == [
        ("v1", "d1", 398.0)]


def test_a_colleague_reported_as_having_shipped_leaves_the_writer_giving():
    assert _gifts("A small thank-you for the tour: Sam shipped you two Porch Cams this morning, no invoice.", OK) == [
        ("v1", "o1", 398.0)]
