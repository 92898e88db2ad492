"""GIFT wording met by probe CL: "no need to pack it up and ship it back" lets the reader keep the thing as "no need to
ship it back" does (the packing is said before the return); "please pack it up and send it back" still ends a loan.
Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Trial unit")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_no_need_to_pack_it_up_and_send_it_back_is_kept():
    assert _gifts("Otto, the trial of the Relay Chime is over. No need to pack it up and mail it back.") \
        == [("v1", "o1", 29.0)]
    assert _gifts("Otto, the trial of the Porch Cam is over. You don't need to box them up and ship them back.") \
        == [("v1", "o1", 199.0)]


def test_packing_it_up_to_send_back_is_a_return():
    assert _gifts("Otto, the trial of the Relay Chime is over. Please pack it up and mail it back by Friday.") == []
