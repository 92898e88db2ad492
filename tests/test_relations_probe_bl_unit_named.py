"""Wording found by probe BL (a vendor's grant of equipment "for the Cholla County Detention Division"): a unit of the
agency named after the words of the agency's own name ("for the Metro Police Quarry Division") is the unit the things are
for. Every message is invented for these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _thread(*bodies):
    ms = vendor_thread(*bodies, subject="Good news")
    return gifts(run(ms, FakeIndex().see(*ms))[1])


def test_the_unit_named_after_its_agencys_name_is_the_recipient():
    offer = ("We're donating four Porch Cams for the Metro Police Quarry Division, at no cost. They ship "
             "Monday.")
    assert _thread(offer, "Much appreciated, thank you.") == [("v1", "d1", 796.0)]


def test_words_not_of_the_agencys_name_before_a_unit_keep_the_reader_the_recipient():
    offer = "We're donating four Porch Cams for the night shift of the Quarry Division, at no cost. They ship Monday."
    assert _thread(offer, "Much appreciated, thank you.") == [("v1", "o1", 796.0)]
