"""GIFT recipient met by probe CL: "please keep the analyzer in the lab" (or "keep them in the division") says the
reader's unit keeps the thing, so the unit receives; "the lab" is a laboratory's short name. "keep it in your car"
names no unit. Every sentence and name is invented for these tests (the small world of ``test_relations.py``, Otto's
unit renamed a laboratory and one analyzer added)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, FakeIndex, _node, gift_triples, run, vendor_thread

LAB_NODES = {**NODES, "d1": _node("d1", "division", "Harbor Laboratory", []),
             "p_an": _node("p_an", "product", "Vireo 12", ["Vireo 12 analyzer"], unit_price_usd=7400)}


def _gifts(*bodies, nodes=LAB_NODES):
    th = vendor_thread(*bodies, subject="Evaluation")
    return gift_triples(run(th, FakeIndex(nodes).see(*th))[1])


def test_kept_in_the_lab_is_the_lab_s():
    assert _gifts("Otto, your evaluation of the Vireo 12 wraps up this week. Please keep the analyzer in the lab, "
                  "no charge.") == [("v1", "d1", 7400.0)]
    assert _gifts("Otto, your trial of the Relay Chime is over. Keep it in the division, no charge.", nodes=NODES) \
        == [("v1", "d1", 29.0)]


def test_kept_anywhere_else_is_the_reader_s():
    assert _gifts("Otto, your trial of the Relay Chime is over. Keep it in your car, no charge.") == [("v1", "o1", 29.0)]
