"""A product named by a model number ("RX7", "Q-20") is counted in the plural as "RX7s": the scanner adds the
plural of a name that ends in a digit as it does for one that ends in a letter (probe N: a drone vendor's
"two K4s" was no product, so the offer named no items and the shipping clerk's notice became the gift).
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, VERA, FakeIndex, _node, msg, of_type, run

WORLD = dict(NODES)
WORLD["p_rx"] = _node("p_rx", "product", "RX7", ["Acme RX7"], unit_price_usd=900)
WORLD["p_num"] = _node("p_num", "product", "Lumen 360", ["360"], unit_price_usd=50)


def gifts(messages):
    return sorted((e.source, e.target, e.attrs["value_usd"], tuple((i["product"], i["quantity"]) for i in e.attrs["items"]))
                  for e in of_type(run(messages, FakeIndex(WORLD))[1], "GIFT"))


@pytest.mark.parametrize("line", [
    "We're putting three RX7s in the post for you this week, free of charge.",
    "Three Acme RX7s are yours to keep, no cost to you.",
])
def test_a_model_number_in_the_plural_is_the_product(line):
    offer = msg(VERA, [OTTO], "Loaners", f"Otto,\n\n{line}")
    thanks = msg(OTTO, [VERA], "RE: Loaners", "Got them today, thank you!", day=2)
    assert gifts([offer, thanks]) == [("v1", "o1", 2700.0, (("p_rx", 3),))]


def test_a_number_alone_gets_no_plural():
    # "the 360s" is no plural of a product whose alias is the bare number
    offer = msg(VERA, [OTTO], "Loaners", "Otto,\n\nWe're putting three 360s in the post for you this week, free of charge.")
    thanks = msg(OTTO, [VERA], "RE: Loaners", "Got them today, thank you!", day=2)
    assert all(("p_num", 3) not in g[3] for g in gifts([offer, thanks]))
