"""GIFT items met by probe CL: a laboratory's analyzer named by its kind only ("please keep the analyzer") is the one
analyzer product named before it, as "keep the cameras" is the one camera. Every sentence and name is invented for
these tests (the small world of ``test_relations.py`` with one analyzer added)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, FakeIndex, _node, run, vendor_thread

NODES_WITH_ANALYZER = {**NODES, "p_an": _node("p_an", "product", "Vireo 12", ["Vireo 12 analyzer"], unit_price_usd=7400)}


def _items(*bodies):
    th = vendor_thread(*bodies, subject="Evaluation unit")
    _, edges = run(th, FakeIndex(NODES_WITH_ANALYZER).see(*th))
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in edges if e.type == "GIFT")


def test_the_analyzer_is_the_analyzer_named_before():
    assert _items("Otto, your evaluation of the Vireo 12 ends this month. Please keep the analyzer, no charge.") \
        == [("v1", "o1", 7400.0)]
    assert _items("Otto, your evaluation of the Vireo 12 ends this month. Please keep the analyser, no charge.") \
        == [("v1", "o1", 7400.0)]
