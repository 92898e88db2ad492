"""GIFT rules of round gifts5 (structural): the items named in one message of the vendor's side and the
terms ("it's yours, nothing to pay", "it's in the post, on us") in a later one, across the reader's plain
answer; a vendor's question offering a thing ("could your squad use one?", "would a spare one be of use?");
a product that is only what an event or a paper is about ("the setup call on the X"); the goods leaving the
sender's premises or sent by post; a colleague sending on someone's behalf ("Vera asked me to send you
one"); a terse receipt log ("rec'd"). Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, SAM, VERA, msg, of_type, run
from test_relations import gift_triples as gifts


def items(edges):
    return sorted((i["product"], i["quantity"]) for e in of_type(edges, "GIFT") for i in e.attrs["items"])


def test_terms_in_a_later_message_of_the_vendor_carry_the_items_named_before():
    found = msg(VERA, [OTTO], "Spare", "Found a Porch Cam still sealed in its box after the trade fair.")
    terms = msg(VERA, [OTTO], "RE: Spare", "Meant to mention: it's yours, nothing to pay. Sending it today.", day=2)
    got = msg(OTTO, [VERA], "RE: Spare", "Arrived this morning, thank you!", day=4)
    edges = run([found, terms, got])[1]
    assert gifts(edges) == [("v1", "o1", 199.0)]
    assert items(edges) == [("p_door", 1)]
    assert gifts(run([found])[1]) == []  # naming a spare is no gift


def test_a_vendors_question_answered_yes_then_sent_free_is_a_gift_of_the_things_offered():
    ask = msg(VERA, [OTTO], "Chime", "Would a Relay Chime be of use at your house?")
    yes = msg(OTTO, [VERA], "RE: Chime", "It would indeed.", day=2)
    sent = msg(VERA, [OTTO], "RE: Chime", "Done, it's in the post and it's on us.", day=3)
    edges = run([ask, yes, sent])[1]
    assert gifts(edges) == [("v1", "o1", 29.0)]
    assert items(edges) == [("p_chime", 1)]


@pytest.mark.parametrize("reply,after", [
    ("Thanks, but I can't accept it.", "Understood, it's yours another time, on us."),        # refused
    ("Sure - please send a quote first.", "Quote attached; it's on its way, on us."),          # a sale
    ("Yes, and could I have two Porch Cams as well?", "All in the post, on us."),              # the reader's own items
])
def test_no_carry_across_a_refusal_a_sale_or_the_readers_own_request(reply, after):
    ask = msg(VERA, [OTTO], "Chime", "Would a Relay Chime be of use at your house?")
    edges = run([ask, msg(OTTO, [VERA], "RE: Chime", reply, day=2), msg(VERA, [OTTO], "RE: Chime", after, day=3)])[1]
    assert ("v1", "o1", 29.0) not in gifts(edges)


def test_no_carry_from_a_priced_message():
    price = msg(VERA, [OTTO], "Cam", "The Porch Cam lists at $199.")
    ok = msg(OTTO, [VERA], "RE: Cam", "OK, go ahead.", day=2)
    sent = msg(VERA, [OTTO], "RE: Cam", "It's in the post, it's yours.", day=3)
    assert gifts(run([price, ok, sent])[1]) == []


@pytest.mark.parametrize("offer,expected", [
    ("Could your squad use a spare Porch Cam? No charge.", [("v1", "d1", 199.0)]),
    ("Can you use two Relay Chimes at the front desk? They're free.", [("v1", "o1", 58.0)]),
    ("Want a spare Relay Chime for your porch? It's free.", [("v1", "o1", 29.0)]),
])
def test_a_vendors_offer_question_is_an_offer_not_a_request(offer, expected):
    yes = msg(OTTO, [VERA], "RE: Offer", "We could, thanks!", day=2)
    assert gifts(run([msg(VERA, [OTTO], "Offer", offer), yes])[1]) == expected


def test_the_officers_question_stays_a_request():
    ask = msg(OTTO, [VERA], "Ask", "Can you use your pull to get us two free Relay Chimes?")
    ok = msg(OTTO, [VERA], "RE: Ask", "Thanks for thinking about it.", day=2)
    assert gifts(run([ask, ok])[1]) == []


@pytest.mark.parametrize("body,expected", [
    # the product is what an event or a paper is about
    ("There's no charge for the setup call on the Porch Cam next week.", []),
    ("The workshop about your Relay Chimes is free for every officer.", []),
    ("A printed manual for the Porch Cam is complimentary; ask at the desk.", []),
    # the thing itself is still given
    ("No charge for the Porch Cam we dropped at your door.", [("v1", "o1", 199.0)]),
    # a unit after "at your" is where the thing is, not who gets it
    ("No charge for the Porch Cam we dropped at your desk.", [("v1", "o1", 199.0)]),
    ("No charge for the Porch Cam, it's for your squad.", [("v1", "d1", 199.0)]),
    ("We've waived the full price of the Relay Chime you took home from our booth, so it's yours at no cost.",
     [("v1", "o1", 29.0)]),
])
def test_a_product_that_an_event_is_about_is_no_item(body, expected):
    assert gifts(run([msg(VERA, [OTTO], "Note", body)])[1]) == expected


@pytest.mark.parametrize("body,expected", [
    ("Two Relay Chimes left the depot at noon, with our compliments.", [("v2", "o1", 58.0)]),
    ("Your Porch Cam is in the post, free of charge.", [("v2", "o1", 199.0)]),
    ("One complimentary Porch Cam left our warehouse for you an hour ago.", [("v2", "o1", 199.0)]),
    ("Vera left the office early; the Porch Cam quote follows tomorrow.", []),
])
def test_goods_leaving_the_senders_premises_or_in_the_post_are_sent(body, expected):
    assert gifts(run([msg(SAM, [OTTO], "Note", body)])[1]) == expected


def test_a_colleague_sending_on_someones_behalf_gives_for_them():
    note = msg(SAM, [OTTO], "Cam", "Vera asked me to send you a Porch Cam. It shipped this morning, no charge.")
    assert gifts(run([note])[1]) == [("v1", "o1", 199.0)]
    # only someone of the vendor's side: an officer's request does not make the officer the giver
    asked = msg(SAM, [OTTO], "Cam", "Olga asked me to ship you a Porch Cam; it went out today at no charge.")
    assert gifts(run([asked])[1]) == [("v2", "o1", 199.0)]


def test_a_terse_receipt_log_with_abbreviations():
    log = msg(OTTO, [OLGA], "Log", "Rec'd 3 Relay Chimes from Acme today, n/c.")
    assert gifts(run([log])[1]) == [("org_v", "o1", 87.0)]
    bought = msg(OTTO, [OLGA], "Log", "Rec'd 3 Relay Chimes from Acme today, invoice attached.")
    assert gifts(run([bought])[1]) == []


def test_the_reader_dropped_them_by_and_is_thanked():
    note = msg(OTTO, [VERA], "Chimes", "Picked up the three Relay Chimes you dropped by yesterday. The night shift loved them, "
               "thank you!")
    assert gifts(run([note])[1]) == [("v1", "o1", 87.0)]


def test_an_offer_then_its_things_said_to_be_in_the_readers_mailbox():
    note = msg(VERA, [OTTO], "For you", "I'd like you to have a Relay Chime, no strings attached. It's in your mailbox.")
    assert gifts(run([note])[1]) == [("v1", "o1", 29.0)]
    later = msg(VERA, [OTTO], "For you", "I'd like you to have a Relay Chime, no strings attached. I'll bring it Monday.")
    assert gifts(run([later])[1]) == []  # promised, nobody answered


def test_quantities_cut_at_a_hyphen():
    note = msg(VERA, [OTTO], "Chimes", "A half-dozen Relay Chimes went out to you this morning at no charge.")
    assert gifts(run([note])[1]) == [("v1", "o1", 174.0)]


def test_the_vendor_as_the_agent_of_a_passive_giving_to_the_speakers_side():
    note = msg(OLGA, [OTTO], "Chimes", "Four Relay Chimes were donated to us by Acme last week, free of charge.")
    assert gifts(run([note])[1]) == [("org_v", "o2", 116.0)]
    other = msg(OLGA, [OTTO], "Chimes", "Four Relay Chimes were donated to the library by Acme last week, free of charge.")
    assert gifts(run([other])[1]) == []  # someone else's gift


@pytest.mark.parametrize("body,expected", [
    ("Your Porch Cam is covered under warranty, so the repair is free of charge.", []),   # the repair is free
    ("We credited back what you paid for the Relay Chime, which makes it free.", [("v1", "o1", 29.0)]),
])
def test_what_ends_free_after_a_price_taken_back_is_the_thing_itself(body, expected):
    assert gifts(run([msg(VERA, [OTTO], "Note", body)])[1]) == expected


def test_enclosed_things_thanked_for_are_a_gift():
    sent = msg(VERA, [OTTO], "Chimes", "Enclosed are three Relay Chimes for the break room.")
    thanks = msg(OTTO, [VERA], "RE: Chimes", "Thanks a bunch for these!", day=3)
    assert gifts(run([sent, thanks])[1]) == [("v1", "o1", 87.0)]
    bill = msg(VERA, [OTTO], "Chimes", "Enclosed are three Relay Chimes and the invoice for them.")
    assert gifts(run([bill, thanks])[1]) == []


def test_a_learners_present_and_no_need_money():
    note = msg(VERA, [OTTO], "Cam", "The Porch Cam I give you on Monday is present from our company, no need money.")
    assert gifts(run([note])[1]) == [("v1", "o1", 199.0)]


@pytest.mark.parametrize("reply", ["Sorry, I have to send it back - our rules.", "I'm boxing them back up for you, can't keep them."])
def test_sending_it_back_refuses_the_offer(reply):
    offer = msg(VERA, [OTTO], "Chime", "Here's a free Relay Chime for your porch.")
    assert gifts(run([offer, msg(OTTO, [VERA], "RE: Chime", reply, day=2)])[1]) == []


def test_a_donation_that_went_to_an_outside_group_is_not_the_readers():
    note = msg(VERA, [OTTO], "Fair", "Our donation of Relay Chimes went to the Birchwood tenants association this spring.")
    assert gifts(run([note])[1]) == []
    ours = msg(VERA, [OTTO], "Fair", "Our donation of Relay Chimes went out to you this spring, no charge.")
    assert gifts(run([ours])[1]) == [("v1", "o1", 29.0)]


def test_what_do_i_owe_you_answered_nothing_is_a_gift_already_handed_over():
    ask = msg(OTTO, [VERA], "Chime", "What do I owe you for the Relay Chime you brought to roll call?")
    free = msg(VERA, [OTTO], "RE: Chime", "Not a thing, it's on me.", day=2)
    assert gifts(run([ask, free])[1]) == [("v1", "o1", 29.0)]
    price = msg(VERA, [OTTO], "RE: Chime", "It's $29, pay whenever you like.", day=2)
    assert gifts(run([ask, price])[1]) == []


@pytest.mark.parametrize("body,expected", [
    ("Loved the Porch Cam you sent for the holidays! You're the best.", [("v1", "o1", 199.0)]),
    ("Thanks for the Porch Cam tips, really useful.", []),          # the tips are about the product
    ("Thanks for your Relay Chime questions at the demo.", []),
])
def test_thanks_said_another_way_and_thanks_for_what_is_said_about_a_product(body, expected):
    assert gifts(run([msg(OTTO, [VERA], "Note", body)])[1]) == expected


@pytest.mark.parametrize("body,expected", [
    ("FYI, I accepted a Relay Chime from Acme at the fair; it was free. Logging it.", [("org_v", "o1", 29.0)]),
    ("Acme wanted to give us free Porch Cams but the chief said no.", []),
    ("Did Acme give you a free Porch Cam too?", []),
    ("We are in receipt of five Relay Chimes donated by Acme.", [("org_v", "o1", 145.0)]),
    ("The library is in receipt of five Relay Chimes donated by Acme.", []),
])
def test_an_officer_logging_a_receipt_or_a_wish(body, expected):
    assert gifts(run([msg(OTTO, [OLGA], "Log", body)])[1]) == expected


def test_an_officers_own_donation_to_someone_else_is_not_a_gift_to_the_reader():
    note = msg(OTTO, [OLGA], "Old cam", "I donated my old Porch Cam to the thrift store on Pine.")
    assert gifts(run([note])[1]) == []


def test_a_terse_line_with_2x_and_no_chg():
    note = msg(VERA, [OTTO], "Chimes", "2x Relay Chime - no chg - for your front desk. Delivered.")
    edges = run([note])[1]
    assert [(a, v) for a, _, v in gifts(edges)] == [("v1", 58.0)]
    assert items(edges) == [("p_chime", 2)]


def _with_service():
    from test_relations import NODES, FakeIndex, _node

    plan = _node("p_plan", "product", "Night Plan", [], unit_price_usd=60, unit="year", device=False)
    return FakeIndex({**NODES, plan.id: plan})


@pytest.mark.parametrize("body,expected", [
    ("We've upgraded your three Porch Cams to the Night Plan at zero cost.", [("p_plan", 3)]),
    ("Your squad's two Porch Cams now run on the Night Plan, fully paid for by us.", [("p_plan", 2)]),
    # devices given with it are still given
    ("Two Porch Cams went out to you today with the Night Plan on each, no charge.", [("p_door", 2), ("p_plan", 1)]),
])
def test_the_readers_own_devices_count_the_service_and_are_not_given(body, expected):
    edges = run([msg(VERA, [OTTO], "Plan", body)], _with_service())[1]
    assert items(edges) == expected


def test_giving_every_attendee_is_to_the_public():
    note = msg(VERA, [OTTO], "Expo", "We are giving every visitor of the fair a free Relay Chime.")
    assert gifts(run([note])[1]) == []


def test_a_learners_please_received_and_we_not_charge():
    note = msg(VERA, [OTTO], "Chimes", "Please received 3 Relay Chime from us, we not charge anything.")
    assert gifts(run([note])[1]) == [("v1", "o1", 87.0)]


def test_the_vendor_dropped_things_off_for_the_officers_unit():
    note = msg(OLGA, [OTTO], "Cams", "Acme dropped off two Porch Cams for the squad this morning, no charge. I signed for them.")
    assert [(a, v) for a, _, v in gifts(run([note])[1])] == [("org_v", 398.0)]
    other = msg(OLGA, [OTTO], "Cams", "Acme dropped off two Porch Cams for the library this morning, no charge.")
    assert gifts(run([other])[1]) == []


def test_an_accepted_offer_taken_back_by_the_giver_is_no_gift():
    offer = msg(VERA, [OTTO], "Cam", "Would you like a free Porch Cam?")
    yes = msg(OTTO, [VERA], "RE: Cam", "Yes please.", day=2)
    back = msg(VERA, [OTTO], "RE: Cam", "So sorry - our lawyers say we can no longer hand out free units.", day=3)
    assert gifts(run([offer, yes, back])[1]) == []
    assert gifts(run([offer, yes])[1]) == [("v1", "o1", 199.0)]


def test_a_length_in_months_of_a_yearly_service_counts_years():
    note = msg(VERA, [OTTO], "Plan", "Twelve months of the Night Plan for your Porch Cam, compliments of Acme, from today.")
    assert items(run([note], _with_service())[1]) == [("p_plan", 1)]
    two = msg(VERA, [OTTO], "Plan", "24 months of the Night Plan for your Porch Cam, compliments of Acme, from today.")
    assert items(run([two], _with_service())[1]) == [("p_plan", 2)]
    # a hyphenated number word, which the tokenizer cuts at the hyphen, likewise
    words = msg(VERA, [OTTO], "Plan", "Thirty-six months of the Night Plan for your Porch Cam, compliments of Acme.")
    assert items(run([words], _with_service())[1]) == [("p_plan", 3)]


@pytest.mark.parametrize("body,expected", [
    ("Acme has covered the shipping cost of the three Porch Cams you ordered.", []),      # the carriage only
    ("I can't give you a free Porch Cam, but here's a 20% coupon.", []),                   # the giving negated
    ("We're not able to send a free Relay Chime this year, sorry.", []),
    ("You'll find a Relay Chime in the box with your name on it. It's a present from all of us.", [("v1", "o1", 29.0)]),
])
def test_the_carriage_covered_a_negated_giving_and_a_present(body, expected):
    assert gifts(run([msg(VERA, [OTTO], "Note", body)])[1]) == expected


@pytest.mark.parametrize("body,expected", [
    # after the sealed probe's run (round gifts5): terms said by what the reader will not pay, "em" for them
    ("The Night Plan for you camera is on now, one year, we are paying it, you pay nothing.", [("p_plan", 1)]),
    ("got the boss to say yes!! two relay chimes for your fun run, totally free, dropped em at the front desk.", [("p_chime", 2)]),
    ("The Night Plan for your camera is on now, one year; you pay it monthly.", []),
])
def test_you_pay_nothing_and_dropped_em(body, expected):
    assert items(run([msg(VERA, [OTTO], "Note", body)], _with_service())[1]) == expected


OFFER = "We could send you three Porch Cams at no cost."


@pytest.mark.parametrize("reply,gift", [
    # replies that name accepting or thank without saying yes: the offer stays open, no gift
    ("May we accept these under our rules?", False),
    ("Not sure we're allowed to accept them.", False),
    ("Thanks, I'll check with my captain first.", False),
    ("Very kind of you, but we have plenty of cameras already.", False),
    ("We would love them, but the city will pay for them.", False),
    ("Thank you, but no.", False),
    ("Much appreciated! I need to run it by the lieutenant first.", False),
    ("Appreciated, but we're not allowed to take them.", False),
    ("Thx, I'll check with the watch commander.", False),
    ("Thanks! Sadly, county rules say no gifts over $20.", False),
    ("Gracious of you. Our standing orders prohibit accepting them, though.", False),
    ("We'll have to sit this one out, thanks anyway.", False),
    ("Thanks for the offer! We're going to hold off for now.", False),
    # yes said plainly, in other words than the lexicon's first ones, or as where to send them
    ("Sure thing, send them over.", True),
    ("By all means, we gladly accept.", True),
    ("Lovely, could you ship them to the substation on Birch Road?", True),
    # a yes in a few words, as people type it
    ("I'm in!", True),
    ("That works for us.", True),
    ("You're the best.", True),
    ("Love it.", True),
    ("Cheers, really appreciated.", True),
    ("Not sure we can take them. Any guidance appreciated.", False),
    ("Let me check with my captain. Cheers, Otto", False),
    ("Great, looking forward to it.", True),
    ("Yes! The crew will be thrilled.", True),
    ("Heck yes.", True),
    ("ok thx", True),
    ("I'd be so grateful.", True),
    # a yes that is the whole sentence
    ("Yes.", True),
    ("Sure!", True),
    ("Deal.", True),
    ("Appreciated.", True),
    ("Sure. Let me run it by the chief first.", False),
    ("Much appreciated! I checked with the lieutenant and he's fine with it.", True),
])
def test_a_reply_to_an_offer_is_a_yes_only_when_it_says_yes(reply, gift):
    offer = msg(VERA, [OTTO], "Cams", OFFER)
    answer = msg(OTTO, [VERA], "RE: Cams", reply, day=2)
    assert gifts(run([offer, answer])[1]) == ([("v1", "o1", 3 * 199.0)] if gift else [])


@pytest.mark.parametrize("later,gift", [
    ("We haven't received any cameras, and we never asked for them.", False),
    ("Nothing has arrived here so far.", False),
    ("They arrived this morning.", True),
])
def test_a_receipt_said_not_to_have_happened_confirms_nothing(later, gift):
    offer = msg(VERA, [OTTO], "Cams", OFFER)
    answer = msg(OTTO, [VERA], "RE: Cams", later, day=3)
    assert gifts(run([offer, answer])[1]) == ([("v1", "o1", 3 * 199.0)] if gift else [])


@pytest.mark.parametrize("note,gift", [
    ("Those won't be shipped until your department signs the purchase agreement.", False),
    ("They have not gone out yet.", False),
    ("They went out this morning.", True),
])
def test_shipping_said_not_to_have_happened_ships_nothing(note, gift):
    offer = msg(VERA, [OTTO], "Cams", OFFER)
    update = msg(VERA, [OTTO], "RE: Cams", note, day=3)
    assert gifts(run([offer, update])[1]) == ([("v1", "o1", 3 * 199.0)] if gift else [])


@pytest.mark.parametrize("by_vendor,later,gift", [
    # the recipient's side pays after all, or the giver bills the reader: a sale, no gift
    (False, "Our ethics officer says I have to pay for them, so I've mailed a check today.", False),
    (True, "Accounting says these have to be billed after all; your invoice is attached.", False),
    (False, "We paid in full for them, per policy.", False),
    (False, "I sent a payment of $597 today.", False),
    # paying for the carriage, paying a visit, someone else's payment, payment waived: still a gift
    (False, "We'll pay the shipping, no problem.", True),
    (False, "We paid a visit to the Elm Street victims and mounted them there.", True),
    (False, "I still have to file the form listing the vendor-paid cameras.", True),
    (True, "No need to pay for them, they are on us.", True),
])
def test_paid_or_billed_after_all_is_a_sale(by_vendor, later, gift):
    offer = msg(VERA, [OTTO], "Cams", "Three Porch Cams shipped to you today at no cost.")
    answer = msg(VERA, [OTTO], "RE: Cams", later, day=3) if by_vendor else msg(OTTO, [VERA], "RE: Cams", later, day=3)
    assert gifts(run([offer, answer])[1]) == ([("v1", "o1", 3 * 199.0)] if gift else [])


@pytest.mark.parametrize("ask,gift", [
    ("Would Acme be able to donate two Porch Cams for the Elm Street thefts?", True),   # a gift asked for
    ("Any chance you could spare two Porch Cams for the Elm Street thefts?", True),
    ("Could you send two Porch Cams for the Elm Street thefts?", False),                # terms never said
])
def test_a_gift_asked_for_granted_and_received_is_a_gift(ask, gift):
    """The answer says nothing of terms; the request asked for a donation; the asker then has them."""
    request = msg(OTTO, [VERA], "Request", ask)
    grant = msg(VERA, [OTTO], "RE: Request", "Of course! Happy to help. I'll get them out to you this week.", day=2)
    got = msg(OTTO, [VERA], "RE: Request", "The cameras came in today. Thanks a ton!", day=6)
    assert gifts(run([request, grant, got])[1]) == ([("v1", "o1", 2 * 199.0)] if gift else [])


@pytest.mark.parametrize("reply,gift", [
    ("Thanks, but I'm sending both cameras back to you today.", False),
    ("I gave the two units back to your rep this morning.", False),
    ("Thanks! We will take the cameras out back to the yard.", True),   # "out back": a place, not a return
])
def test_things_sent_back_with_words_between_the_verb_and_back(reply, gift):
    sent = msg(VERA, [OTTO], "Cams", "Two Porch Cams shipped to you today, free of charge.")
    _, edges = run([sent, msg(OTTO, [VERA], "RE: Cams", reply, day=2)])
    assert gifts(edges) == ([("v1", "o1", 398.0)] if gift else [])


@pytest.mark.parametrize("reply,passed_on", [
    ("Great news: I donated both Porch Cams to St. Ann Church.", True),
    ("I gave them to St. Ann Church for their parking lot.", True),   # the things named in the gift before
    ("I will give them to St. Ann Church.", False),                    # still to come
])
def test_the_recipient_giving_the_things_on_in_a_reply_is_a_gift_of_their_own(reply, passed_on):
    from test_relations import FakeIndex

    sent = msg(VERA, [OTTO], "Cams", "Two Porch Cams shipped to you today, free of charge.")
    answer = msg(OTTO, [VERA], "RE: Cams", reply, day=3)
    got = gifts(run([sent, answer], FakeIndex().see(sent, answer))[1])
    assert got == ([("o1", "org_ch", 398.0), ("v1", "o1", 398.0)] if passed_on else [("v1", "o1", 398.0)])


LENT = "I can lend you three Porch Cams for the Elm Street thefts. Please send them back when the case closes."


@pytest.mark.parametrize("later,gift", [
    # the lender lets the things stay: the loan became a gift of what was lent
    ("No need to send them back - keep them, they're yours.", True),
    ("Don't bother returning the cameras. Consider them a donation to your squad.", True),
    ("Hang on to them for good, no need to return anything.", True),
    # the return only put off, or still asked for
    ("No rush - there's no need to return them before June.", False),
    ("You don't need to send them back until the trial is over.", False),
    ("Keep them as long as the case runs, then ship them back to us.", False),
])
def test_things_lent_become_a_gift_when_the_lender_lets_them_stay(later, gift):
    lend = msg(VERA, [OTTO], "Loan", LENT)
    got = msg(OTTO, [VERA], "RE: Loan", "Thanks, they arrived today.", day=3)
    edges = run([lend, got, msg(VERA, [OTTO], "RE: Loan", later, day=20)])[1]
    assert gifts(edges) == ([("v1", "o1", 3 * 199.0)] if gift else [])
    assert gifts(run([lend, got])[1]) == []  # a loan alone is no gift


@pytest.mark.parametrize("shipped,count", [
    ("Turns out we only had one left, so I've shipped you one Porch Cam today.", 1),   # fewer than offered
    ("I've shipped you one Porch Cam today; the other two will follow next week.", 3),  # the rest to come
    ("Your three Porch Cams shipped today.", 3),
])
def test_fewer_shipped_than_offered_is_what_was_given_unless_the_rest_follows(shipped, count):
    offer = msg(VERA, [OTTO], "Cams", OFFER)
    yes = msg(OTTO, [VERA], "RE: Cams", "Yes please, that would be great.", day=2)
    edges = run([offer, yes, msg(VERA, [OTTO], "RE: Cams", shipped, day=3)])[1]
    assert items(edges) == [("p_door", count)]
    assert gifts(edges) == [("v1", "o1", count * 199.0)]


def test_a_word_of_a_product_already_named_is_not_another_item():
    """The breakdown after an offer ("..., free of charge: one cam for the front door, the chime for the hall")
    names the things again by a word of their names; "cam" is another product's alias here, not a third item."""
    from test_relations import NODES, FakeIndex, _node

    nodes = dict(NODES, p_door=_node("p_door", "product", "Porch Cam", ["porch camera", "cam"], unit_price_usd=199))
    offer = msg(VERA, [OTTO], "Kit", "We'd like to send you a Porch Cam Elite and a Relay Chime, free of charge: "
                                     "one cam for the front door and the chime for the hall.")
    yes = msg(OTTO, [VERA], "RE: Kit", "Thank you, I gladly accept.", day=2)
    edges = run([offer, yes], FakeIndex(nodes))[1]
    assert items(edges) == [("p_chime", 1), ("p_pro", 1)]
    assert gifts(edges) == [("v1", "o1", 249.0 + 29.0)]


def test_a_shipping_notice_under_its_own_subject_ships_a_colleagues_offer():
    """The clerk's "your order has shipped" note, a new thread, to the one offered the things: the shipment of that
    offer, not a second gift from the clerk. A notice of more than was offered stays a shipment of its own."""
    offer = msg(VERA, [OTTO], "Cams for the thefts", "We'd like to give you three Porch Cams, free, for the Quarry thefts.")
    yes = msg(OTTO, [VERA], "RE: Cams for the thefts", "Great, yes please.", day=2)
    notice = msg(SAM, [OTTO], "Order update", "Your 3 Porch Cams shipped today by courier.", day=5)
    edges = run([offer, yes, notice])[1]
    assert gifts(edges) == [("v1", "o1", 3 * 199.0)]
    assert {ev.message for e in of_type(edges, "GIFT") for ev in e.evidence} == {offer.id, yes.id, notice.id}
    more = msg(SAM, [OTTO], "Order update", "Your 5 Porch Cams shipped today by courier.", day=5)
    first = next(e for e in of_type(run([offer, yes, more])[1], "GIFT") if e.source == "v1")
    assert more.id not in {ev.message for ev in first.evidence}


def test_a_unit_said_not_to_be_the_recipient_does_not_receive():
    sent = msg(VERA, [OTTO], "For you", "I've mailed you a Porch Cam - it's yours personally, not for the division.")
    assert gifts(run([sent])[1]) == [("v1", "o1", 199.0)]


def test_an_organisation_that_is_the_first_object_of_a_giving_verb_receives():
    from test_relations import FakeIndex

    offer = msg(VERA, [OTTO], "Church", "We'd like to provide St. Ann Church with two Porch Cams at no charge.")
    yes = msg(OTTO, [VERA], "RE: Church", "Wonderful, they accept with thanks.", day=2)
    assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", "org_ch", 398.0)]


def test_each_addressee_named_before_a_share_gets_the_share_after_the_name():
    """'Otto, ... a $50 gift card, and Olga, a Porch Cam': two readers, each their own gift."""
    note = msg(VERA, [OTTO, OLGA], "Thanks", "To thank you both: Otto, I'm sending you a $50 gift card, and Olga, "
                                           "a Porch Cam for your porch.")
    assert gifts(run([note])[1]) == [("v1", "o1", 50.0), ("v1", "o2", 199.0)]


@pytest.mark.parametrize("note", ["vera, thx for the Porch Cam for my house. works good", "Thanx for the Porch Cam!"])
def test_a_quick_thanks_for_named_items_is_a_gift_known_from_the_recipient(note):
    assert gifts(run([msg(OTTO, [VERA], "porch", note)])[1]) == [("v1", "o1", 199.0)]


@pytest.mark.parametrize("body,target", [
    ("We'd like to give the Quarry Division a spare Porch Cam, free, for use at St. Ann Church.", "d1"),
    ("We'd like to give you a spare Porch Cam, free, for St. Ann Church.", "org_ch"),  # given to the reader for the church
])
def test_an_organisation_or_unit_that_is_the_indirect_object_of_a_giving_verb_receives(body, target):
    """'give <unit> a thing ... for <another place>': the one given to is the first object, not the place after
    'for' that the thing will be used at."""
    from test_relations import FakeIndex

    offer = msg(VERA, [OTTO], "Spare", body)
    yes = msg(OTTO, [VERA], "RE: Spare", "We accept, thank you.", day=2)
    assert [t for _, t, _ in gifts(run([offer, yes], FakeIndex().see(offer, yes))[1])] == [target]


def test_a_maybe_in_a_clause_before_the_giving_does_not_hedge_the_offer():
    """A run-on sentence of one paragraph: the hedge stands in a clause (cut at ';' or ':') before the one that gives,
    so the offer stands; a hedge in the giving clause, or after it, still holds the offer back."""
    offer = msg(VERA, [OTTO], "Cams", "I have been thinking about your porch since Tuesday: we will send you two Porch Cams "
                "free of charge next week.")
    yes = msg(OTTO, [VERA], "RE: Cams", "Yes please, we accept with thanks.", day=2)
    assert gifts(run([offer, yes])[1]) == [("v1", "o1", 398.0)]
    for hedged in ("About your porch: we might send you two Porch Cams free of charge.",
                   "We will send you two Porch Cams free of charge; I'll need to run it by our finance team."):
        assert gifts(run([msg(VERA, [OTTO], "Cams", hedged), yes])[1]) == []


def test_let_me_know_if_a_group_would_like_them_is_no_condition_of_the_offer():
    """'let me know if the team would like them': asks for the answer (as 'if you'd like them' does), whoever it names;
    the offer waits for the yes. A condition on something else ('if the council approves') still holds it back."""
    yes = msg(OTTO, [VERA], "RE: Cams", "Yes please, we accept with thanks.", day=2)
    offer = msg(VERA, [OTTO], "Cams", "We can send two Porch Cams free of charge, so let me know if the block club would like them.")
    assert gifts(run([offer])[1]) == []
    assert gifts(run([offer, yes])[1]) == [("v1", "o1", 398.0)]
    other = msg(VERA, [OTTO], "Cams", "We can send two Porch Cams free of charge, so let me know if the council approves.")
    assert gifts(run([other, yes])[1]) == []


def test_a_product_that_adds_a_feature_gives_nothing():
    """'The Porch Cam adds a night mode': the product is the subject of 'add' (what it does); 'we'll add a Porch Cam
    at no charge' is still giving."""
    ask = msg(OTTO, [VERA], "Night", "Does anything of yours see in the dark?")
    answer = msg(VERA, [OTTO], "RE: Night", "The Porch Cam adds a night mode for dark streets.", day=2)
    back = msg(OTTO, [VERA], "RE: Night", "Good to know, thanks.", day=3)
    assert gifts(run([ask, answer, back])[1]) == []
    given = msg(VERA, [OTTO], "RE: Night", "We'll add a Porch Cam at no charge.", day=2)
    assert gifts(run([ask, given, msg(OTTO, [VERA], "RE: Night", "Wonderful, thank you, we accept!", day=3)])[1]) == [("v1", "o1", 199.0)]


def test_a_product_on_each_of_so_many_counts_that_many():
    """'the Relay Chime on each of the four' (one for each of the things just counted): four chimes, while the two
    Porch Cams of the sentence stay two."""
    offer = msg(VERA, [OTTO], "Cams", "We will send two Porch Cams free of charge, and a Relay Chime on each of the four "
                "doors is on us too.")
    yes = msg(OTTO, [VERA], "RE: Cams", "Yes please, we accept with thanks.", day=2)
    assert items(run([offer, yes])[1]) == [("p_chime", 4), ("p_door", 2)]


def test_a_shipping_notice_ships_an_offer_that_said_it_ships_and_was_received_only_later():
    """'I send you 3 X, warehouse ships them tomorrow' (the offer speaks of its own shipping), then the clerk's notice
    under a subject of its own ('order total $0.00'), then the reader's 'the 3 came in, thx' in the first thread,
    after the notice: one gift, the vendor's; the notice is its shipment, not a second gift from the clerk."""
    offer = msg(VERA, [OTTO], "Cams for the thefts", "Yes we can. I send you 3 Porch Cams, no cost, our warehouse ship "
                "them tomorrow.")
    yes = msg(OTTO, [VERA], "RE: Cams for the thefts", "Great, thank you.", day=2)
    notice = msg(SAM, [OTTO], "Shipment SO-5521", "Your shipment is sent today. 3 x Porch Cam. Order total: $0.00", day=3)
    came = msg(OTTO, [VERA], "RE: Cams for the thefts", "the 3 cams came in today, thx.", day=6)
    edges = run([offer, yes, notice, came])[1]
    assert gifts(edges) == [("v1", "o1", 3 * 199.0)]


@pytest.mark.parametrize("passed,on", [
    ("Came in Tuesday, thx. Handed the Porch Cam to Hank Neighbor yesterday, his porch was hit twice.", True),
    ("Came in Tuesday, thx. Gave it to Hank Neighbor yesterday, his porch was hit twice.", True),
    ("Came in Tuesday, thx. Dropped the Porch Cam off with Hank Neighbor yesterday.", True),
    ("Came in Tuesday, thx. I might give it to Hank Neighbor if he wants it.", False),
    ("Came in Tuesday, thx. Never gave it to Hank Neighbor, he moved away.", False),
])
def test_the_recipient_who_passes_the_things_on_to_a_named_person_gives_them(passed, on):
    """The officer given a thing says they gave it on to a person of the release outside both sides ("handed the X to
    Hank Neighbor", "dropped the X off with ..."): a second gift, officer -> that person, of those things; a maybe,
    a condition or a negation gives nothing, and the vendor's gift stands either way."""
    from test_relations import FakeIndex

    offer = msg(VERA, [OTTO], "Cam", "I send you one Porch Cam for the thefts, no cost.")
    got = msg(OTTO, [VERA], "RE: Cam", passed, day=5)
    edges = run([offer, got], FakeIndex().see(offer, got))[1]
    assert gifts(edges) == ([("o1", "c2", 199.0)] if on else []) + [("v1", "o1", 199.0)]


@pytest.mark.parametrize("who,note", [
    (VERA, "Dropped them off at your front counter on my way in."),
    (OTTO, "Picked them up from the lobby this morning."),
    (OTTO, "Just opened the box, both look brand new."),
])
def test_things_dropped_off_picked_up_or_unpacked_confirm_the_offer(who, note):
    offer = msg(VERA, [OTTO], "Cams", OFFER)
    later = msg(who, [OTTO if who == VERA else VERA], "RE: Cams", note, day=3)
    assert gifts(run([offer, later])[1]) == [("v1", "o1", 3 * 199.0)]
