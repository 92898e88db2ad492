"""What free things are worth, told after them, found by probe BM: a condition that only asks for the number ("if your
ethics office wants a number", "if anyone asks") holds nothing back, and a sentence that names the gift's own things
again to sum them up ("the X kits are $40 apiece and the Y $25, so $260 all in") states the gift's value. A real
condition, or a sum of other things, does not. Every message is invented for these tests, in wording of their own (the
small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, FakeIndex, _node, run, vendor_thread

# a thing of the vendor's that no catalogue prices
LANTERN = _node("p_lan", "product", "Glowline", ["Glowline lantern"])
WORLD = {**NODES, LANTERN.id: LANTERN}


def _gifts(*bodies: str) -> list:
    mails = vendor_thread(*bodies, subject="Night shift")
    _, edges = run(mails, FakeIndex(WORLD).see(*mails))
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in edges if e.type == "GIFT")


GIVEN = "Otto, I left six Glowline lanterns at your watch desk for you, compliments of Acme."


@pytest.mark.parametrize("worth,value", [
    ("If the ethics board needs a figure, the Glowline lanterns are $40 apiece, so $240 all in.", 240.0),
    ("For your gift log, the Glowline lanterns come to $240 in total.", 240.0),
    ("For the disclosure form: the Glowline lanterns are $40 apiece, so $240 all in.", 240.0),
    ("In case anyone asks, it's $240 altogether.", 240.0),
])
def test_the_worth_told_after_free_things_is_their_value(worth, value):
    assert _gifts(f"{GIVEN} {worth}", "Much appreciated, thank you.") == [("v1", "o1", value)]


def test_a_real_condition_holds_the_sum_back():
    assert _gifts(f"{GIVEN} If you order a dozen more, the Glowline lanterns are $40 apiece, so $480 all in.",
                  "Much appreciated, thank you.") == [("v1", "o1", None)]
