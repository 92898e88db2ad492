"""GIFT wording met by probe Z (Gmail printouts of a plate-reader vendor and a small town's police), each rule with a
near case it leaves alone. Every sentence is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, FakeIndex, msg, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Porch cameras")
    return gifts(run(th, FakeIndex().see(*th))[1])


def _one(sender, to, body):
    th = [msg(sender, to, "Board follow-up", body)]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_add_closing_a_relative_clause_is_what_the_writer_s_side_acquired():
    """"the X is the best tool we've added in years": praise of a thing the town has, no giving; "we've added two X
    to your order", "a X has been added" and "the X we added to your account" still give."""
    assert _one(OTTO, [CORA], "As I told the board, the Porch Cam is the best tool we've added in my ten years here.") == []
    assert _one(OTTO, [CORA], "Honestly the Porch Cams that we added last spring have paid off.") == []
    assert _gifts("Otto, we've added two Relay Chimes to your order, no charge.") == [("v1", "o1", 58.0)]
    assert _gifts("Otto, a free Relay Chime has been added.") == [("v1", "o1", 29.0)]


def test_a_thing_no_catalogue_lists_priced_where_it_is_given():
    """"I'm mailing you a tablet (the 10-inch model, $649) ... It's yours to keep.": the price printed with the thing
    handed over is its value, free by the next sentence; without a word that it is free, or with an invoice, no gift."""
    got = "Tablet arrived Monday, thanks a lot."
    assert _gifts("Otto, I'm mailing you a tablet (the 10-inch model, $649) with our app set up so you can check "
                  "footage on scene. It's yours to keep.", got) == [("v1", "o1", 649.0)]
    assert _gifts("Otto, I'm mailing you a $649 tablet with our app set up. It's yours to keep.", got) == [("v1", "o1", 649.0)]
    assert _gifts("Otto, I'm mailing you a tablet (the 10-inch model, $649) with our app set up.", got) == []
    assert _gifts("Otto, I'm mailing you a tablet (the 10-inch model, $649). Invoice to follow.", got) == []


def test_a_card_emailed_is_delivered():
    """"I've emailed you a $40 gift card": what goes by email arrives as it is sent, as "I've sent you" does."""
    assert _gifts("Otto, I've emailed you a $40 gift card.") == [("v1", "o1", 40.0)]
    assert _gifts("Otto, that's two $20 cards, so I've e-mailed you a $40 Visa gift card this morning.") == [("v1", "o1", 40.0)]
    assert _gifts("Otto, I've emailed you the quote for a Porch Cam.") == []


def test_a_rate_per_post_is_a_condition_and_the_credit_it_came_to_is_the_gift():
    """"for each review mentioning Acme, we'll add a free X": a rate (the reader's "Deal." accepts no gift yet); the
    later "four free X are now on your account" / "($116 of service)" is what it came to. "a X for each post on your
    beat" shares things out (no rate)."""
    assert _gifts("Here's a thought: for each review mentioning Acme on the station's blog this spring, we'll add a "
                  "free Relay Chime to one of your cameras.", "Deal.") == []
    assert _gifts("For each review mentioning Acme, we'll add a free Relay Chime to your order.", "Deal.",
                  "You posted four reviews, so four free Relay Chimes are now on your account.") == [("v1", "o1", 116.0)]
    assert _gifts("For each review mentioning Acme, we'll add a free month of service to your account.", "Deal.",
                  "Counted four reviews, so four free months are now on your account ($116 of service).") == [("v1", "o1", 116.0)]
