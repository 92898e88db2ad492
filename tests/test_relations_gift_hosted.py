"""GIFT: hospitality and promotional goods a vendor's side offers with no word that they are free ("I've got two
spare tickets to Friday's game. Want them?", "Can I send a few fleece vests over for the unit?", "let me buy you
lunch") are given when the reader takes them up, valued by what is said of them or left without a value; a sale, a
registration, a proposed meal nobody said they would pay for, a thing named only as a modifier ("the dinner menu")
or a refusal is no gift. Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, run
from test_relations import gift_triples as gifts


def _thread(*turns: tuple[str, str]):
    """("v" | "o", body) turns of one thread between Vera (the vendor, who signs with her company's name, as a
    seller's mail does: a thread that names no product, code, value or vendor is not read for relations) and Otto."""
    out = []
    for i, (who, body) in enumerate(turns):
        sender, to = (VERA, OTTO) if who == "v" else (OTTO, VERA)
        sig = "\n\nVera Vendor\nAcme Cams" if who == "v" else "\n\nOtto"
        out.append(msg(sender, [to], ("RE: " if i else "") + "Weekend", body + sig, day=i + 1))
    return out


@pytest.mark.parametrize("offer,answer,expected", [
    # counted in the question, priced one by one after it; the game named in the sentence before
    ("We have the company suite at Mercer Park for the June 14 game. Would you like a couple of seats? "
     "Suite seats run $190 apiece.", "Yes please, thank you!", [("v1", "o1", 380.0)]),
    # counted where the seats are named, priced next, asked two sentences on
    ("I've got three seats for the Falcons vs. Rovers on Sunday, upper deck. Face value is $60 apiece and I can't "
     "make it. Would you and your kids like them?", "That's very kind, yes please.", [("v1", "o1", 180.0)]),
    ("Any interest in a couple of seats for the Mudcats on Friday? Two tickets along the third-base line, $44 each.",
     "He'd be thrilled. Thank you!", [("v1", "o1", 88.0)]),
    # no value said: a gift all the same, of no stated worth
    ("We've got two spare tickets to the Knicks on the 12th, floor level. Interested?", "Yes! Thank you so much.",
     [("v1", "o1", None)]),
    ("Let me buy you lunch when you're in town next week.", "Sounds good, thank you.", [("v1", "o1", None)]),
    ("Our team is doing a steak dinner at Gallagher's on Thursday after the show. Join us?", "Wouldn't miss it, thanks.",
     [("v1", "o1", None)]),
    ("I had a bunch of quarter-zip fleeces made up with the logo. Want a few for your guys?", "Yes please!",
     [("v1", "o1", None)]),
])
def test_hospitality_offered_and_taken_up_is_a_gift(offer, answer, expected):
    _, edges = run(_thread(("v", offer), ("o", answer)))
    assert gifts(edges) == expected


def test_promotional_goods_counted_and_priced_after_the_offer():
    turns = (("v", "We'd love to send over six soft-shell jackets for your crew. They retail for $70 each."),
             ("o", "Thank you!! The guys will love them."))
    _, edges = run(_thread(*turns))
    assert [(s, round(v)) for s, _, v in gifts(edges)] == [("v1", 420)]


@pytest.mark.parametrize("offer,answer", [
    # sold, quoted, registered, invoiced, bought elsewhere
    ("Would you like a quote for six soft-shell jackets? They run $85 each.", "Yes, please send the quote."),
    ("Would you like two seats at the training? Seats are $300 each and we can invoice the department.", "Yes please."),
    ("We can hold two seats in Tuesday's certification class for your deputies. Would you like them?",
     "Yes please, the department will pay the tuition."),
    ("Would you like a couple of the new mugs for the office? They're $12 each on our store.", "Sure, I'll order them there."),
    ("Would you like to join us for the user conference in May? Registration is $650.", "Sure, I'll submit the registration."),
    # a meal proposed, nobody saying they pay for it
    ("Would you like to grab lunch on Friday?", "Sure, sounds good."),
    ("How about lunch Thursday to go over the pilot results?", "Works for me."),
    # the thing only a modifier of what is sent
    ("Can I send you the dinner menu for the awards banquet?", "Yes please."),
    ("Want me to send the shirt sizes form for the new uniforms?", "Sure, thanks."),
    ("Do you want your ticket number for the support case?", "Yes please."),
    # offered, and declined
    ("I have two extra tickets to the Hawks game on Friday. Want them?", "Thanks, but we're not allowed to accept gifts."),
    ("Can I send you a few fleece vests with our logo for the unit?", "No thank you, we can't accept them."),
])
def test_sales_registrations_proposals_and_refusals_are_no_gift(offer, answer):
    _, edges = run(_thread(("v", offer), ("o", answer)))
    assert gifts(edges) == []


def test_only_the_vendors_side_hosts():
    # the officer inviting the vendor: no gift from either side
    turns = (("o", "I have two extra tickets to the Hawks game on Friday. Want them?"), ("v", "Sure, thanks a lot!"))
    _, edges = run(_thread(*turns))
    assert gifts(edges) == []


def test_a_date_is_no_count():
    # "the May 9 game": nine is the day, not a count of seats
    turns = (("v", "We have the suite for the May 9 game, two seats for you, on us. Seats run $150 apiece."),
             ("o", "Thank you, we'll be there."))
    _, edges = run(_thread(*turns))
    assert gifts(edges) == [("v1", "o1", 300.0)]


def test_what_the_hospitality_came_to_said_afterwards_is_its_value():
    # in a note of its own, days later, to the same reader
    offer = msg(VERA, [OTTO], "Dinner Friday?", "Otto,\n\nNow that the launch is done, I'd love to take you to dinner at "
                                                "Harbor Grill on Friday.\n\nVera Vendor\nAcme Cams", day=1)
    yes = msg(OTTO, [VERA], "RE: Dinner Friday?", "Sounds great, thank you.\n\nOtto", day=2)
    after = msg(VERA, [OTTO], "Thanks", "Otto,\n\nGreat evening. For your records, dinner last night came to $132, and I "
                                        "was glad to host it.\n\nVera Vendor\nAcme Cams", day=6)
    assert gifts(run([offer, yes, after])[1]) == [("v1", "o1", 132.0)]
    # in the thread, by the bill and its tip
    lunch = _thread(("v", "I'll bring lunch for the crew on Thursday, my treat."), ("o", "That's generous, thanks."),
                    ("v", "Glad the crew enjoyed it. Rosa's came to $188 with the tip."))
    assert [v for *_, v in gifts(run(lunch)[1])] == [188.0]


def test_an_amount_said_afterwards_of_something_else_is_not_its_value():
    offer = msg(VERA, [OTTO], "Dinner Friday?", "Otto,\n\nI'd love to take you to dinner at Harbor Grill on Friday."
                                                "\n\nVera Vendor\nAcme Cams", day=1)
    yes = msg(OTTO, [VERA], "RE: Dinner Friday?", "Sounds great, thank you.\n\nOtto", day=2)
    sale = msg(VERA, [OTTO], "Invoice", "Otto,\n\nThe invoice for the cameras was $1,200, paid by your PO.\n\nVera Vendor"
                                        "\nAcme Cams", day=6)
    late = msg(VERA, [OTTO], "Thanks", "Otto,\n\nDinner came to $132.\n\nVera Vendor\nAcme Cams", day=60)
    assert gifts(run([offer, yes, sale, late])[1]) == [("v1", "o1", None)]


def test_an_amount_a_pop_prices_each_of_the_things_counted():
    """"$35 a pop" is the informal "$35 each": three seats at that price are worth $105, not $35."""
    turns = (("v", "I've got three seats going spare for the Harriers at Brockley Park on Sunday - $35 a pop, but "
                   "they're yours if you want them."),
             ("o", "Lovely, count me in. Ta very much."))
    _, edges = run(_thread(*turns))
    assert gifts(edges) == [("v1", "o1", 105.0)]
