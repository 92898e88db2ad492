"""GIFT recipient met by probe CT: a gift-disclosure memo whose writer took the gift for their unit ("I accepted, on
behalf of the Quarry Division staff, a gift basket from X", "... for our whole Quarry Division") tells of a gift to
that unit, not to the writer; it joins the gift the vendor's own note made to the unit. Every sentence is invented
for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, VENDOR_SIG, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _read(*messages):
    return gifts(run(list(messages), FakeIndex().see(*messages))[1])


def _memo(body, day=9):
    return msg(OTTO, [CORA], "Gift report", "Ms. Hale,\n\n" + body + "\n\nOtto", day=day)


def test_a_gift_taken_on_behalf_of_the_unit_is_the_units():
    assert _read(_memo("Last Friday I accepted, on behalf of the Quarry Division staff, a fruit basket from Vera Vendor "
                       "of Acme Cams, worth about $90.")) == [("v1", "d1", 90.0)]
    assert _read(_memo("I accepted a gift basket from Vera Vendor of Acme Cams for our whole Quarry Division, worth "
                       "about $90.")) == [("v1", "d1", 90.0)]


def test_the_memo_prices_the_gift_the_vendor_made_to_the_unit():
    note = msg(VERA, [OTTO], "Happy holidays", "Otto,\n\nA fruit basket is on its way for the whole Quarry Division to "
                                               "share." + VENDOR_SIG, day=2)
    assert _read(note, _memo("I accepted, on behalf of the Quarry Division staff, a fruit basket from Vera Vendor of "
                             "Acme Cams, worth about $90.")) == [("v1", "d1", 90.0)]


def test_a_gift_for_the_writer_stays_the_writers():
    assert _read(_memo("I accepted a gift basket from Vera Vendor of Acme Cams, worth about $90.")) == [("v1", "o1", 90.0)]
