"""GIFT: things a vendor's note names by their kind only ("keep the cameras", "all forty licences") are the one
product of that kind named before it, in the note or in the thread's last messages; "free of" something that is no
charge says nothing of a gift, nor does "a free Y" of the products named before it ("the X include a free Y").
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, run
from test_relations import gift_triples as gifts


def _thread(*turns: tuple[str, str]):
    """("v" | "o", body) turns of one thread between Vera (the vendor) and Otto (the officer)."""
    out = []
    for i, (who, body) in enumerate(turns):
        sender, to = (VERA, OTTO) if who == "v" else (OTTO, VERA)
        out.append(msg(sender, [to], ("RE: " if i else "") + "Loaners", body, day=i + 1))
    return out


@pytest.mark.parametrize("turns,expected", [
    # named in the reader's message, kept in the vendor's answer
    ((("o", "We still have the two Porch Cams you lent us."), ("v", "Keep the cameras, with our thanks.")),
     [("v1", "o1", 398.0)]),
    # named two messages back, lent with a request to return them; the count comes from where they were named
    ((("v", "Sending three Yard Light Cams for the stakeout, please return them when it wraps."),
      ("o", "Stakeout's done. Where do I ship the three cameras?"),
      ("v", "Keep the cameras, no charge. Thanks for the help.")),
     [("v1", "o1", 747.0)]),
    # two products of the kind named there: no telling which
    ((("o", "We still have the Porch Cam and the Yard Light Cam you lent us."), ("v", "Keep the cameras, with our thanks.")),
     []),
    # the return asked for, the shipping free; free to use for a while: still lent
    ((("o", "We still have the two Porch Cams you lent us."), ("v", "Please send the cameras back by Friday, shipping is free.")),
     []),
    ((("o", "We still have the two Porch Cams you lent us."), ("v", "The cameras are free to use until June, then ship them back.")),
     []),
])
def test_things_named_by_their_kind_are_the_product_of_that_kind_named_before(turns, expected):
    _, edges = run(_thread(*turns))
    assert gifts(edges) == expected


def test_only_the_vendors_side_gives_what_it_names_by_kind():
    # the officer passing on his own loaners to the neighbours: not the vendor's gift, and not his to the vendor
    turns = (("v", "Two Porch Cams went out to you on loan yesterday."),
             ("o", "Got them. The cameras are going to the block captains, no charge to them."))
    _, edges = run(_thread(*turns))
    assert gifts(edges) == []


@pytest.mark.parametrize("body", [
    "Our Yard Light Cam sells for $249. Those cameras are free of the wiring faults older models had.",
    "The Porch Cam is our best seller: it's free of glare at night.",
])
def test_free_of_something_other_than_a_charge_is_no_gift(body):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == []


def test_free_of_charge_still_gives():
    _, edges = run([msg(VERA, [OTTO], "Cams", "Two Porch Cams are on their way to you, free of charge.")])
    assert gifts(edges) == [("v1", "o1", 398.0)]


@pytest.mark.parametrize("turns,expected", [
    # the free thing is another than the products named before it: those are sold, or the reader's own
    ((("v", "Your order of two Porch Cams shipped today. The Porch Cams include a free mounting plate."),), []),
    ((("o", "We bought two Porch Cams from your site."), ("v", "The cameras come with a free year of cloud storage.")), []),
    # "free" before the product it is said of, or terms of their own: given as before
    ((("v", "Here is a free Porch Cam for your porch, enjoy!"),), [("v1", "o1", 199.0)]),
    ((("o", "Could you send us two Porch Cams for the pilot?"),
      ("v", "Done, both cameras shipped with a free mount, no charge for any of it.")), [("v1", "o1", 398.0)]),
])
def test_a_free_thing_named_after_the_products_is_said_of_itself_not_of_them(turns, expected):
    _, edges = run(_thread(*turns))
    assert gifts(edges) == expected
