"""GIFT met by probe CT: the small keepsakes a firm hands out with its name on them (a set of engraved pens, a
challenge coin, keychains, lanyards) are given by their nature, as mugs and caps are: dropped off for a reader with
no price and no word that they are free, they are a gift; asked for, sold or lent they are not. Every sentence is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, VENDOR_SIG, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _gifts(body, frm=VERA, to=OTTO, sig=VENDOR_SIG):
    th = [msg(frm, [to], "Last week", body + sig)]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_keepsakes_left_for_the_reader_are_a_gift():
    assert _gifts("Otto,\n\nI left a boxed pen set for you with the desk officer on my way out.") == [("v1", "o1", None)]
    assert _gifts("Otto,\n\nA challenge coin for each of your crew went out in today's post.") == [("v1", "d1", None)]


def test_keepsakes_in_a_disclosure_with_their_worth():
    assert _gifts("Ms. Hale,\n\nI have accepted from Vera Vendor of Acme Cams two fountain pens, valued at about $60.",
                  frm=OTTO, to=CORA, sig="\n\nOtto") == [("v1", "o1", 60.0)]


def test_keepsakes_asked_for_sold_or_lent_are_no_gift():
    assert _gifts("Otto,\n\nCould you bring a few pens to the signing on Friday?") == []
    assert _gifts("Otto,\n\nThe invoice for the 300 printed lanyards your office ordered is attached, $1.50 each.") == []
    assert _gifts("Otto,\n\nOur booth will have keychains and brochures for anyone who stops by.") == []
