"""GIFT wording and layout met by probe AN (a Thunderbird mbox of an Exchange account: a body-camera vendor and a city
police), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

from giftgraph.nlp.relations import group_threads


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def _at(m, sent):
    m.sent = sent
    return m


def test_a_reply_printed_in_another_zone_is_read_after_the_offer_it_answers():
    """An Exchange server prints the vendor's offer at "15:10 +00:00"; the officer answers from a webmail account at
    "10:05 -08:00", which is 18:05 UTC: the answer comes after the offer, though its printed time sorts first."""
    offer = _at(msg(VERA, [OTTO], "Porch cam for the clubhouse", "Otto,\n\nI'll mail you a Porch Cam for the "
                                                                 "clubhouse. No charge.\n\nVera"),
                "2016-03-02T15:10:00+00:00")
    yes = _at(msg(OTTO, [VERA], "RE: Porch cam for the clubhouse", "Wow, thanks so much! 12 Elm Ct is the address."
                                                                    "\n\nOtto"), "2016-03-02T10:05:00-08:00")
    assert _run(offer, yes) == [("v1", "o1", 199.0)]
    threads = group_threads([offer, yes], lambda m: {m.sender.email, *(x.email for x in m.to)})
    assert [m.id for m in threads[0]] == [offer.id, yes.id]
    # an answer sent before the offer in real time (06:05 -08:00 is 14:05 UTC) takes up nothing
    early = _at(msg(OTTO, [VERA], "RE: Porch cam for the clubhouse", "Wow, thanks so much! 12 Elm Ct is the address."
                                                                      "\n\nOtto"), "2016-03-02T06:05:00-08:00")
    assert _run(offer, early) == []


def test_the_sentence_that_makes_things_free_names_the_unit_they_are_for():
    """"I've got three Porch Cams in my trunk. They're yours for the Quarry guys, no strings.": the unit the second
    sentence names receives them; said with no unit, the reader does."""
    unit = msg(VERA, [OTTO], "Spare cams", "Otto,\n\nI've got 3 Porch Cams sitting in my trunk. They're yours for the "
                                           "Quarry guys, no strings.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Spare cams", "Great, thank you. Drop them at the front desk.\n\nOtto", day=2)
    assert _run(unit, yes) == [("v1", "d1", 597.0)]
    reader = msg(VERA, [OTTO], "Spare cams", "Otto,\n\nI've got 3 Porch Cams sitting in my trunk. They're yours, no "
                                             "strings.\n\nVera")
    assert _run(reader, yes) == [("v1", "o1", 597.0)]


def test_a_thread_whose_only_anchor_is_an_amount_before_value_is_read():
    """"..., on us - $240 value." in a short note that names no product, code or vendor: the amount before the word
    "value" says what something is worth, so the thread is read (the `value_cue` pattern reads it there)."""
    note = msg(VERA, [OTTO], "Harbor St", "Heard the callout went fine. Threw in a year of cloud storage for you, "
                                          "on us - $240 value.\n\nVera")
    thanks = msg(OTTO, [VERA], "RE: Harbor St", "Appreciated.\n\nOtto", day=2)
    assert _run(note, thanks) == [("v1", "o1", 240.0)]
    sold = msg(VERA, [OTTO], "Harbor St", "Heard the callout went fine. A year of cloud storage is $240 if you want "
                                          "it.\n\nVera")
    assert _run(sold, thanks) == []


def test_a_service_added_to_all_of_a_units_things_is_the_units_not_the_publics():
    """"Added a year of storage to all 8 of the division's cams, on us": the unit whose things get the service receives
    it ("to all" names things, not everyone); "to all our customers" is still the public."""
    note = msg(VERA, [OTTO], "Harbor St", "Heard the callout went fine. Added a year of cloud storage to all 8 of the "
                                          "division's cams, on us - $240 value.\n\nVera")
    thanks = msg(OTTO, [VERA], "RE: Harbor St", "Appreciated.\n\nOtto", day=2)
    assert [(g, r, v) for g, r, v in _run(note, thanks)] == [("v1", "d1", 240.0)]
    public = msg(VERA, [OTTO], "Harbor St", "Heard the callout went fine. We gave a year of cloud storage to all our "
                                            "customers, on us - a $240 value.\n\nVera")
    assert _run(public, thanks) == []


CORA_SIG = "\n\nCora Civilian\nRaffle chair, St. Ann Church"


def test_things_named_in_answer_to_a_donation_asked_for_are_given_to_the_askers_organisation():
    """"Any chance Acme would donate a couple of things for the fall raffle?" - "Absolutely. Here's what we can do: *
    2x Porch Cam for the raffle": the request said the things are free; the asker signs for her church, which receives
    them. The same list answering a request to buy is a quote."""
    from test_relations import CORA
    ask = msg(CORA, [VERA], "Fall raffle", "Vera,\n\nOur fall raffle is October 9. Any chance Acme would donate a couple "
                                           "of things for it?" + CORA_SIG)
    answer = msg(VERA, [CORA], "RE: Fall raffle", "Hi Cora - absolutely. Here's what we can do:\n\n* 2x Porch Cam for "
                                                  "the raffle\n* a table banner if you want one\n\nVera", day=2)
    yes = msg(CORA, [VERA], "RE: Fall raffle", "Perfect, thank you!!" + CORA_SIG, day=3)
    assert _run(ask, answer, yes) == [("v1", "org_ch", 398.0)]
    buy = msg(CORA, [VERA], "Fall raffle", "Vera,\n\nOur fall raffle is October 9. Could we buy a couple of things "
                                           "for it?" + CORA_SIG)
    assert _run(buy, answer, yes) == []


def test_a_monthly_price_waived_for_a_number_of_months_is_worth_the_rate_times_the_months():
    """"We'll waive the Relay Chime subscription for the first six months, at no charge (normally $20/month)": $120;
    "for a full year" at "$150 a year" is $150; with no period said, the rate is no total."""
    six = msg(VERA, [OTTO], "Storage", "Otto,\n\nWe'll waive the Relay Chime subscription for the first six months, at "
                                       "no charge (normally $20/month).\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Storage", "Thank you, that's very kind.\n\nOtto", day=2)
    assert _run(six, yes) == [("v1", "o1", 120.0)]
    year = msg(VERA, [OTTO], "Storage", "Otto,\n\nWe'll waive the Relay Chime subscription for a full year, at no "
                                        "charge (normally $150 a year).\n\nVera")
    assert _run(year, yes) == [("v1", "o1", 150.0)]
    open_ended = msg(VERA, [OTTO], "Storage", "Otto,\n\nWe'll waive the Relay Chime subscription, at no charge "
                                              "(normally $20/month).\n\nVera")
    assert [v for *_, v in _run(open_ended, yes)] != [120.0]


def test_a_bonus_card_sent_for_a_codes_uses_is_the_reward_and_asking_whether_to_return_it_returns_nothing():
    """"Your code OTTO50 has now been used by four agencies. A bonus of $250 has been issued to you as a prepaid card,
    which should arrive next week.": the reward, sent. The officer asking "Should I send the card back?" returns
    nothing; saying it went back does; a bonus promised once the code is used ten times is a condition."""
    sent = msg(VERA, [OTTO], "Your code", "Otto,\n\nYour code OTTO50 has now been used by four agencies. A bonus of $250 "
                                          "has been issued to you as a prepaid card, which should arrive next week."
                                          "\n\nVera")
    asks = msg(OTTO, [VERA], "RE: Your code", "Thanks Vera. Should I send the card back? Not sure our policy allows it."
                                              "\n\nOtto", day=2)
    assert _run(sent, asks) == [("v1", "o1", 250.0)]
    back = msg(OTTO, [VERA], "RE: Your code", "Vera, I sent the card back today, our policy doesn't allow it.\n\nOtto",
               day=2)
    assert _run(sent, back) == []
    promised = msg(VERA, [OTTO], "Your code", "Otto,\n\nOnce your code OTTO50 has been used by ten agencies, a bonus of "
                                              "$250 will be issued to you as a prepaid card.\n\nVera")
    assert _run(promised, asks) == []
