"""GIFT wording met by probe W (an .eml folder of a drone vendor and a county sheriff: hospitality and in-kind
gifts), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OLGA, OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def test_sending_people_somewhere_is_no_gift():
    """"I'd send anyone there" sends people (to a class, a shop), not a thing; "send everyone a X" still gives."""
    tip = msg(OTTO, [CORA], "Cameras", "Cora,\n\nThe Acme Porch Cam is the genuine article, I'd send anyone there.\n\nOtto")
    thanks = msg(CORA, [OTTO], "RE: Cameras", "Thanks Otto, that helps.\n\nCora", day=2)
    assert gifts(run([tip, thanks], FakeIndex().see(tip, thanks))[1]) == []
    give = msg(VERA, [OTTO], "Cameras", "Otto, I'll send everyone a Porch Cam, no charge.")
    got = msg(OTTO, [VERA], "RE: Cameras", "Thank you, they came in today.", day=2)
    assert gifts(run([give, got], FakeIndex().see(give, got))[1]) == [("v1", "o1", 199.0)]


def test_a_reward_for_whoever_does_something_is_conditional():
    """"Anyone who answers the questions gets a $30 card" promises a reward on a condition: no gift yet; the card
    later said to be on its way is one."""
    poll = msg(VERA, [OTTO, OLGA], "Poll", "Hi both,\n\nWe're gathering opinions on the Porch Cam. Anyone who answers "
                                          "the five questions by Friday gets a $30 gift card as our thanks.\n\nVera")
    done = msg(OTTO, [VERA], "RE: Poll", "Done, thanks Vera!", day=2)
    assert gifts(run([poll, done], FakeIndex().see(poll, done))[1]) == []
    sent = msg(VERA, [OTTO], "Poll", "Otto, thanks for answering the questions. Your $30 gift card is on its way as "
                                     "our thanks.\n\nVera")
    assert gifts(run([sent], FakeIndex().see(sent))[1]) == [("v1", "o1", 30.0)]


def test_things_of_your_in_the_plural_go_one_each_to_the_addressees_the_greeting_names():
    """"Hi Otto and Olga, your $40 gift cards are on their way": one card each, of the amount stated, to each
    addressee the greeting names; a count ("your two tickets") or a greeting that names one leaves it as it was."""
    cards = msg(VERA, [OTTO, OLGA], "Questionnaire", "Hi Otto and Olga,\n\nThanks for answering our questionnaire! Your "
                                                    "$40 gift cards are on their way to your inboxes.\n\nVera")
    assert gifts(run([cards], FakeIndex().see(cards))[1]) == [("v1", "o1", 40.0), ("v1", "o2", 40.0)]
    cams = msg(VERA, [OTTO, OLGA], "Cams", "Hi Otto and Olga,\n\nYour Porch Cams shipped today, no charge.\n\nVera")
    assert gifts(run([cams], FakeIndex().see(cams))[1]) == [("v1", "o1", 199.0), ("v1", "o2", 199.0)]
    one = msg(VERA, [OTTO, OLGA], "Cams", "Hi Otto,\n\nYour Porch Cams shipped today, no charge.\n\nVera")
    assert [r for _, r, _ in gifts(run([one], FakeIndex().see(one))[1])] == ["o1"]


def test_a_return_of_another_thing_leaves_the_gift_standing():
    """"Keep the X; the Y does need to come back" ... "the chime went back Monday": the return is of the Y the offer
    said was lent, not of the X given; "we mailed it back" still returns the gift."""
    offer = msg(VERA, [OTTO], "Trial over", "Otto,\n\nThe Porch Cam from the trial: keep it, no need to send it back. "
                                            "The Relay Chime does need to come back to us, Sam will email a label.\n\nVera")
    for back in ["Olga mailed the Relay Chime back on Monday.", "Olga mailed the chime back on Monday."]:
        reply = msg(OTTO, [VERA], "RE: Trial over", f"Vera,\n\nThanks for letting us keep the Porch Cam. {back}\n\nOtto", day=3)
        assert gifts(run([offer, reply], FakeIndex().see(offer, reply))[1]) == [("v1", "o1", 199.0)]
    sent = msg(OTTO, [VERA], "RE: Trial over", "Vera,\n\nThanks, but we mailed it back on Monday.\n\nOtto", day=3)
    assert gifts(run([offer, sent], FakeIndex().see(offer, sent))[1]) == []


def test_a_gift_said_to_be_a_thank_you_to_a_unit_goes_to_that_unit():
    """"Consider it Acme's thank-you to the Quarry Division": the unit named receives; "my thank-you to you" does not
    move it."""
    for body, to in [("consider it Acme's thank-you to the Quarry Division.", "d1"), ("consider it my thank-you to you.", "o1")]:
        offer = msg(VERA, [OTTO], "Trial over", "Otto,\n\nThe Porch Cam your officers have been testing: keep it. No need "
                                                f"to send it back, {body}\n\nVera")
        yes = msg(OTTO, [VERA], "RE: Trial over", "Vera,\n\nThank you for letting us keep the Porch Cam.\n\nOtto", day=3)
        assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", to, 199.0)]


def test_things_no_catalogue_lists_added_to_a_gift_add_their_value():
    """"Keep the X. I'm also shipping six caps ($15 apiece)": the caps' stated value adds to the X's list price;
    stated alone, without "also", it is still the gift's value."""
    offer = msg(VERA, [OTTO], "Trial over", "Otto,\n\nThe Porch Cam from the trial: keep it, no need to send it back. "
                                            "I'm also having our warehouse ship six Acme ball caps for your officers "
                                            "(they're $15 apiece retail).\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Trial over", "Vera,\n\nThe caps came in and thank you for letting us keep the Porch "
                                              "Cam.\n\nOtto", day=3)
    assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", "o1", 289.0)]


def test_the_amount_a_share_came_to_answered_without_a_bill_is_a_gift_of_it():
    """"Could you tell me what my share came to?" (to log it) answered "Your share was about $38": the reader had
    that much; an answer that asks to be paid ("send me a check") gives nothing."""
    ask = msg(OTTO, [VERA], "lunch yesterday", "Vera,\n\nThanks again for lunch at the diner after the training. Our "
                                               "rules make me log any meal from a vendor over $20. Could you tell me what "
                                               "my share came to?\n\nOtto")
    told = msg(VERA, [OTTO], "RE: lunch yesterday", "Of course, happy to help with the paperwork. Your share was about $38 "
                                                    "with tip. Glad you could make it!\n\nVera", day=2)
    assert gifts(run([ask, told], FakeIndex().see(ask, told))[1]) == [("v1", "o1", 38.0)]
    billed = msg(VERA, [OTTO], "RE: lunch yesterday", "Sure - your share was about $38 with tip, you can send me a check "
                                                      "whenever.\n\nVera", day=2)
    assert gifts(run([ask, billed], FakeIndex().see(ask, billed))[1]) == []


@pytest.mark.model
def test_the_real_deal_is_praise(nlp):
    """"The X is the real deal" vouches for it; asked, or in someone else's mouth, it does not."""
    from giftgraph.nlp.relations.promoted import endorsed_theme

    assert endorsed_theme(nlp("Honestly, the Porch Cam is the real deal, I'd send anyone there.")[:]) is not None
    assert endorsed_theme(nlp("Is the Porch Cam the real deal?")[:]) is None
    assert endorsed_theme(nlp("Dana said the Porch Cam is the real deal.")[:]) is None


def test_a_thing_for_anyone_who_wants_it_is_no_condition():
    """"... for anyone who wants it" names who may use the thing, no reward for doing something: still a gift."""
    give = msg(VERA, [OTTO], "Spare", "Otto, I'm sending a Porch Cam over, free, for anyone who wants it on your squad.")
    got = msg(OTTO, [VERA], "RE: Spare", "It came in today, thank you!", day=2)
    assert [(g, v) for g, _, v in gifts(run([give, got], FakeIndex().see(give, got))[1])] == [("v1", 199.0)]
