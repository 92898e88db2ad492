"""GIFT wording met by probe AZ (a towing firm's owner writing run-on notes to a city's traffic police,
pasted into a Word document), each rule with a near case it leaves alone. Every sentence is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def _offer(body, reply="Vera, they got here this morning and the crew is enjoying them. Thank you.\n\nOtto"):
    return (msg(VERA, [OTTO], "for the crew", body + "\n\nVera Vendor\nAcme Cams"),
            msg(OTTO, [VERA], "RE: for the crew", reply, day=2))


def test_gift_baskets_in_the_plural_priced_by_the_basket():
    """"five fruit baskets ... about $60 a basket": baskets sent for an occasion are a present in the plural as in the
    singular, and five of them priced by the basket are worth five times the price, whatever is said between them
    (a parenthesis of what is in them). Priced by another thing than the one counted, the count multiplies nothing."""
    body = ("Otto hi, we are Shipping Over five Thank-You Fruit Baskets from Millbrook Farms (pears, the jams, some "
            "walnut brittle) at about $60 a basket, hope the crew enjoys")
    assert _run(*_offer(body)) == [("v1", "o1", 300.0)]
    assert _run(*_offer("Otto, we are shipping over a fruit basket from Millbrook Farms, about $60.")) == [("v1", "o1", 60.0)]
    # $60 a pound is no basket's price: not five times it
    assert _run(*_offer("Otto, we are shipping over five fruit baskets, with pears at $60 a pound.")) != [("v1", "o1", 300.0)]


def test_shop_cards_counted_and_priced_each_after_them():
    """"6 Tillbury Bakery cards, $15 each": a count of cards of a named shop with an amount each is gift cards, worth
    the count times the amount, as "a $15 Tillbury Bakery card" is (for the crew: the reader's unit); so are "gift cards" with the shop's name of two
    words between the count and the noun. Business cards so counted are nothing."""
    assert _run(*_offer("Otto, I'm dropping off 6 Tillbury Bakery cards, $15 each for the crew.")) == [("v1", "d1", 90.0)]
    assert _run(*_offer("Otto, I'm dropping off 6 Tillbury Bakery gift cards, $15 each for the crew.")) == \
        [("v1", "d1", 90.0)]
    assert _run(*_offer("Otto, I'm dropping off 60 business cards, $15 for the box, for the crew.")) == []


def test_a_meal_the_giver_wants_to_feed_the_readers_group_priced_a_head():
    """"We want to feed your crew, lunch from Pell's, they quoted us $16 a head and you have 15 on the crew": the
    vendor's side provides the meal ("feed"), the caterer's quote to the vendor is no sale to the reader, and the
    heads counted ("you have 15 on the crew") times the price a head is its worth, to the reader's unit. A meal
    only proposed ("want to grab lunch Friday?") is none."""
    body = ("Otto, we want to feed your crew Friday, lunch from Pell's Smokehouse, they quoted us $16 a head and you "
            "have 15 on the crew, just say the word")
    assert _run(*_offer(body, "Vera, the crew will love it. Thank you!\n\nOtto")) == [("v1", "d1", 240.0)]
    assert _run(*_offer("Otto, want to grab lunch Friday at Pell's Smokehouse?",
                        "Vera, sure, Friday works.\n\nOtto")) == []
