"""What an offer covers and who it is for: the longest product name an endorsement holds, a unit after "to" in a
long list, a later sentence adding items only when it counts them, a countdown to a threshold, things meant for
another person. Found by probe E (an invented Ring/LAPD-style release), fixed with general rules. Every
message is worded for these tests, in the small invented world of ``test_relations.py``."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, VERA, FakeIndex, Profile, gift_triples, msg, of_type, run

from giftgraph.nlp.relations import extract_relations

pytest.importorskip("spacy")


def parsed(nlp, messages):
    docs = {m.id: nlp(m.body) for m in messages}
    return extract_relations(messages, docs, FakeIndex().see(*messages), Profile())


def test_endorsed_product_is_the_longest_name_the_object_holds(nlp):
    # "Porch Cam" (named first, in the condition) is a word-for-word part of "Porch Cam Elite", the thing urged
    ask = msg(CORA, [OTTO], "Which one?", "Officer, which camera would you get for a rental duplex?")
    reply = msg(OTTO, [CORA], "RE: Which one?",
                "Your landlord's Porch Cam is fine out front; for the alley, I recommend the Porch Cam Elite.",
                day=2)
    _, edges = parsed(nlp, [ask, reply])
    assert {(e.source, e.target) for e in of_type(edges, "PROMOTED")} == {("o1", "p_pro")}


def test_unit_after_to_receives_when_a_giving_verb_opens_a_long_list_of_items():
    ask = msg(OTTO, [VERA], "Toy drive", "Quarry is running a toy drive raffle in December. Could Acme help?")
    offer = msg(VERA, [OTTO], "RE: Toy drive",
                "Acme is pleased to contribute three Porch Cam Elites plus four Relay Chimes to Quarry Division "
                "for the drive.", day=2)
    ok = msg(OTTO, [VERA], "RE: Toy drive", "Wonderful, we accept with thanks.", day=3)
    _, edges = run([ask, offer, ok], FakeIndex().see(ask, offer, ok))
    assert [(g.source, g.target) for g in of_type(edges, "GIFT")] == [("v1", "d1")]


def test_unit_after_to_is_still_a_shipping_address_after_a_verb_of_motion():
    offer = msg(VERA, [OTTO], "Spares",
                "We are donating three Porch Cam Elites plus four Relay Chimes, which I will mail to Quarry Division "
                "tomorrow, no charge.")
    ok = msg(OTTO, [VERA], "RE: Spares", "Wonderful, we accept with thanks.", day=3)
    _, edges = run([offer, ok], FakeIndex().see(offer, ok))
    assert [(g.source, g.target) for g in of_type(edges, "GIFT")] == [("v1", "o1")]


def test_a_later_sentence_about_another_product_adds_nothing_to_the_offer():
    offer = msg(VERA, [OTTO], "Your reward",
                "Otto, you've earned it: a Yard Light Cam is on its way to you, on us.\n\n"
                "About your question from last week, a Relay Chime near the garage usually fixes a weak signal.")
    got = msg(OTTO, [VERA], "RE: Your reward", "It came today. Much appreciated.", day=5)
    _, edges = run([offer, got], FakeIndex().see(offer, got))
    [g] = of_type(edges, "GIFT")
    assert [i["product"] for i in g.attrs["items"]] == ["p_flood"] and g.attrs["value_usd"] == 249


def test_a_list_line_under_the_offer_still_adds_its_items():
    offer = msg(VERA, [OTTO], "Your reward",
                "Otto, you've earned it: a Yard Light Cam is on its way to you, on us.\n\nPlus a Relay Chime for the hallway.")
    got = msg(OTTO, [VERA], "RE: Your reward", "It came today. Much appreciated.", day=5)
    _, edges = run([offer, got], FakeIndex().see(offer, got))
    [g] = of_type(edges, "GIFT")
    assert sorted(i["product"] for i in g.attrs["items"]) == ["p_chime", "p_flood"]


def test_a_countdown_to_the_threshold_is_no_gift_yet_and_the_later_shipment_is_one_gift():
    tally = msg(VERA, [OTTO], "Code tally", "Otto, OTTO50 is at 18 uses. Just two more to go until your Yard Light Cam is sent.")
    done = msg(VERA, [OTTO], "RE: Code tally", "OTTO50 passed 20 uses! Your Yard Light Cam went out today, free of charge.",
               day=9)
    got = msg(OTTO, [VERA], "RE: Code tally", "Got it this morning. Thanks!", day=12)
    _, edges = run([tally, done, got], FakeIndex().see(tally, done, got))
    gifts = of_type(edges, "GIFT")
    assert [(g.source, g.target, g.attrs["value_usd"]) for g in gifts] == [("v1", "o1", 249)]
    assert tally.id not in {e.message for g in gifts for e in g.evidence}
    assert of_type(run([tally], FakeIndex().see(tally))[1], "GIFT") == []


def test_things_sent_to_the_reader_but_meant_for_another_person_are_that_persons_gift():
    ask = msg(OTTO, [VERA], "Help for a neighbor", "Cora Civilian on Elm has had two break-ins. Can Acme do anything?")
    offer = msg(VERA, [OTTO], "RE: Help for a neighbor",
                "Sure thing. Three Porch Cams are headed your way today, free of charge. "
                "These are intended for Cora, so kindly drop them off with her.", day=2)
    got = msg(OTTO, [VERA], "RE: Help for a neighbor", "The boxes arrived; I'll bring them over to Cora tonight.", day=4)
    _, edges = run([ask, offer, got], FakeIndex().see(ask, offer, got))
    assert [(g.source, g.target, g.attrs["value_usd"]) for g in of_type(edges, "GIFT")] == [("v1", "c1", 3 * 199)]


def test_things_for_a_place_or_the_reader_stay_the_readers():
    offer = msg(VERA, [OTTO], "Spare cams",
                "Three Porch Cams leave our warehouse for you today, free of charge. They're for Quarry Station's lobby.")
    got = msg(OTTO, [VERA], "RE: Spare cams", "The boxes arrived, thank you.", day=4)
    _, edges = run([offer, got], FakeIndex().see(offer, got))
    assert [(g.source, g.target) for g in of_type(edges, "GIFT")] == [("v1", "o1")]


# -- probe H: the lines of a list under an offer ------------------------------------------------------------------
def test_a_list_line_naming_what_the_offer_above_gives_is_a_detail_of_that_offer():
    """'... two Relay Chimes for Quarry Division, on us.' and then '- Relay Chime: normally $29 each': the line
    describes the division's gift; it is no second gift to the reader."""
    body = ("Otto, happy news: we're adding two Relay Chimes for Quarry Division, on us.\n\n"
            "- Relay Chime: normally $29 each\n- Two units: $58 value, no charge")
    mails = [msg(VERA, [OTTO], "Chimes", body), msg(OTTO, [VERA], "RE: Chimes", "Great, thanks a lot!", day=2)]
    edges = run(mails, FakeIndex().see(*mails))[1]
    assert gift_triples(edges) == [("v1", "d1", 58.0)]


def test_a_list_under_a_trial_or_a_sale_lends_or_sells_its_items():
    """'Here is our offer for a no-cost 30-day trial:' over '- 4 Porch Cams' and '- no cost to the department':
    the cameras are lent for the trial, however free the list lines sound."""
    body = ("Otto, here is our proposal for a no-cost 30-day trial:\n- 4 Porch Cams for Quarry Division\n"
            "- Term: 30 days, no cost to the department\n\nLet me know.")
    edges = run([msg(VERA, [OTTO], "Trial", body), msg(OTTO, [VERA], "RE: Trial", "Yes, let's start Monday.", day=2)])[1]
    assert gift_triples(edges) == []
    gift = body.replace("proposal for a no-cost 30-day trial", "gift to the division, no strings attached")
    edges = run([msg(VERA, [OTTO], "Gift", gift), msg(OTTO, [VERA], "RE: Gift", "Thank you, we accept.", day=2)])[1]
    assert gift_triples(edges) != []  # the same list under a gift is a gift
