"""GIFT value wording met by probe CM: the worth of a thing no catalogue lists, said as the subject of the next
sentence ("Its value is about $140.", "Their value is $60 each.") is the value of what was just given, as "It's worth
$140" is. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Tripod")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_its_value_is_after_a_thing_given():
    assert _gifts("Otto, I am leaving the spare tripod with you, it is yours to keep. Its value is about $140.",
                  "Much appreciated.") == [("v1", "o1", 140.0)]


def test_its_value_alone_gives_nothing():
    assert _gifts("Otto, the tripod we sold you last year. Its value is about $140 now.", "Ok.") == []
