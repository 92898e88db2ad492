"""GIFT rules of round gifts4 (structural, not phrase by phrase): a sentence saying something is free
without naming it speaks of the items of the sentence before; a service named once is one per device
it is bought for; "if you want them" is an offer's courtesy awaiting an answer; "you" after a verb is
its object; "for each of your N" shares out; "this year" without a tally names a period. Every message
is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OLGA, OTTO, SAM, VERA, FakeIndex, _node, msg, of_type, run
from test_relations import gift_triples as gifts

# a yearly service (no device of its own), priced per camera
SERVICE = _node("p_svc", "product", "Nightwatch Service", [], unit_price_usd=60, unit="year", device=False)
INDEX = {**NODES, SERVICE.id: SERVICE}


@pytest.mark.parametrize("body,expected", [
    # the items in one sentence, the terms in the next
    ("I set aside three Porch Cams from the last shipment. They're on us.", [("v1", "o1", 597.0)]),
    ("I kept some Porch Cams back from the trade show. All four are yours at no cost.", [("v1", "o1", 796.0)]),
    ("A Relay Chime for your front door left our dock this morning. There won't be a bill.", [("v1", "o1", 29.0)]),
    ("One Porch Cam went into the box with your manuals. It won't cost you a cent.", [("v1", "o1", 199.0)]),
    # terms of something else, a sale, a plan still to come: nothing carried
    ("The Porch Cams are $199 each. We'll cover the cost of installation.", []),
    ("I've set aside two Porch Cams for you. Just send the purchase order when ready.", []),
    ("We could put a Porch Cam aside for you next month. It won't cost you a cent.", []),
    # a sentence with its own terms is not given twice by a cheer after it
    ("Your three Porch Cams shipped today, free of charge. Keep it up!", [("v1", "o1", 597.0)]),
])
def test_terms_in_the_next_sentence_carry_the_items_named_before(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == expected


def test_a_service_covered_on_several_devices_is_one_per_device_once_the_reader_takes_it():
    offer = msg(VERA, [OTTO], "Cloud", "Recording to the cloud needs the Nightwatch Service. That is $60 a year per "
                "camera. We'll cover the cost on all five for the first year.")
    yes = msg(OTTO, [VERA], "RE: Cloud", "Very generous, thank you!", day=2)
    _, edges = run([offer, yes], FakeIndex(INDEX))
    assert gifts(edges) == [("v1", "o1", 300.0)]
    _, edges = run([offer], FakeIndex(INDEX))
    assert gifts(edges) == []  # a promise nobody answered
    said = msg(VERA, [OTTO], "Cloud", "The Nightwatch Service for your six cameras is switched on at no charge.")
    _, edges = run([said], FakeIndex(INDEX))
    assert gifts(edges) == [("v1", "o1", 360.0)]


def test_if_you_want_them_is_an_offer_that_waits_for_its_answer():
    offer = msg(VERA, [OTTO], "Spares", "We have two spare Porch Cams from the demo. They're yours if you want them, free.")
    yes = msg(OTTO, [VERA], "RE: Spares", "Yes please, that would be great.", day=2)
    no = msg(OTTO, [VERA], "RE: Spares", "No thanks, we're covered.", day=2)
    assert gifts(run([offer, yes])[1]) == [("v1", "o1", 398.0)]
    assert gifts(run([offer])[1]) == []
    assert gifts(run([offer, no])[1]) == []
    # a real condition stays one, answered or not
    cond = msg(VERA, [OTTO], "Spares", "Two Porch Cams are yours free if your chief signs the pilot form.")
    assert gifts(run([cond, yes])[1]) == []
    # wanting something else is no courtesy about the items
    other = msg(VERA, [OTTO], "Code", "Every ten uses of your code earns a Porch Cam, and if you need flyers just ask.")
    assert gifts(run([other, yes])[1]) == []


def test_you_after_a_verb_is_its_object_not_the_giver():
    note = msg(SAM, [OTTO], "Chimes", "Vera asked me to tell you that the two Porch Cams she promised you went out "
               "today. They're free.")
    # the colleague who promised them is the giver (she asked Sam to pass the news on: round gifts5)
    assert gifts(run([note])[1]) == [("v1", "o1", 398.0)]
    thanks = msg(OTTO, [VERA], "Cams", "The two Porch Cams you sent went up today, thanks so much!")
    assert gifts(run([thanks])[1]) == [("v1", "o1", 398.0)]  # here the reader did give


def test_for_each_of_your_n_shares_out_and_this_year_without_a_tally_names_a_period():
    each = msg(VERA, [OTTO], "Chimes", "Dropped off a Relay Chime for each of your four sergeants, no charge.")
    assert [v for _, _, v in gifts(run([each])[1])] == [116.0]
    period = msg(VERA, [OTTO], "Plan", "I've taken care of your Nightwatch Service this year; you won't see a charge.")
    assert gifts(run([period], FakeIndex(INDEX))[1]) == [("v1", "o1", 60.0)]
    tally = msg(VERA, [OTTO], "Update", "This year we have donated 40 Porch Cams to departments across the state.")
    assert gifts(run([tally])[1]) == []


@pytest.mark.parametrize("body,expected", [
    # telling news is no offer frame
    ("We are glad to inform you that two Porch Cams went to you today as a present.", [("v1", "o1", 398.0)]),
    ("We are glad to send two Porch Cams as a present if the chief approves.", []),
    # paid on the reader's behalf by the speaker's side: no sale
    ("The Nightwatch Service on your account is paid through December by us.", [("v1", "o1", 60.0)]),
    ("Your Nightwatch Service is paid through December; the receipt is attached.", []),  # who paid is not said
    # a price taken back that ends free
    ("We refunded what you paid for the Relay Chime, so it's free now.", [("v1", "o1", 29.0)]),
    ("The Porch Cam is $199 and the Relay Chime is free with it.", []),
    # a giver's words for what they give, thanks waved away
    ("Six Relay Chimes went out to your volunteers today, our contribution to the clean-up.", [("v1", "o1", 174.0)]),
    ("I left a Relay Chime in your mailbox on my way out. No need to thank me!", [("v1", "o1", 29.0)]),
    ("Please find enclosed one Relay Chime, it is gift for you.", [("v1", "o1", 29.0)]),
])
def test_telling_frames_payments_on_the_readers_behalf_and_a_givers_words(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Note", body)], FakeIndex(INDEX))
    assert gifts(edges) == expected


@pytest.mark.parametrize("body,expected", [
    # "for all N", "for each of your N" count the items, they frame no offer
    ("We've wiped the Nightwatch Service off your account for all four of your cameras, for good.", [("v1", "o1", 240.0)]),
    ("The Nightwatch Service is free for all officers who sign up by May.", []),           # an offer to anyone
    # "N of them" counts items named before
    ("Some Relay Chimes are left from the fair. Five of them are yours, no charge.", [("v1", "o1", 145.0)]),
    # the vendor's people speaking of their own giving in the present
    ("Nine Relay Chimes are packed for your volunteers and Acme is donating them.", [("v1", "o1", 261.0)]),
    # only the carriage waived on an order
    ("The Porch Cams you ordered left today; we waived the delivery charge.", []),
])
def test_counts_for_all_n_and_n_of_them_and_the_carriage_alone(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Note", body)], FakeIndex(INDEX))
    assert gifts(edges) == expected


def test_a_request_granted_free_for_later_is_a_gift_once_it_arrives():
    ask = msg(OTTO, [VERA], "Spare?", "Any chance of a spare Porch Cam for the report room?")
    yes = msg(VERA, [OTTO], "RE: Spare?", "Of course. I'll bring one over Friday, and don't think about paying for it.", day=2)
    got = msg(OTTO, [VERA], "RE: Spare?", "Got it today, thanks a lot.", day=5)
    assert gifts(run([ask, yes, got])[1]) == [("v1", "o1", 199.0)]
    # promised and never confirmed: the ask and the yes are an offer and its acceptance, as "want one?" - "yes
    # please" is (an accepted gift, not yet shipped)
    promised = of_type(run([ask, yes])[1], "GIFT")
    assert [(e.source, e.target, e.attrs["status"]) for e in promised] == [("v1", "o1", "accepted")]
    maybe = msg(VERA, [OTTO], "RE: Spare?", "Maybe - I'll bring one over if my boss agrees, no charge.", day=2)
    assert gifts(run([ask, maybe, got])[1]) == []


def test_an_officer_tells_a_colleague_the_vendor_gave_to_their_own_side():
    note = msg(OTTO, [OLGA], "Cams", "Acme just dropped off three Porch Cams for our squad at no charge.")
    assert [(a, v) for a, _, v in gifts(run([note])[1])] == [("org_v", 597.0)]
    hearsay = msg(OTTO, [OLGA], "Cams", "Acme gave the Elm Street library three Porch Cams at no charge.")
    assert gifts(run([hearsay])[1]) == []
    paid = msg(OTTO, [VERA], "Cams", "Thanks for the Porch Cams - the county's check should reach you Monday.")
    assert gifts(run([paid])[1]) == []


def test_an_answer_naming_its_own_items_offers_those_not_the_ones_asked_about():
    ask = msg(OTTO, [VERA], "Cloud", "Can our Porch Cams keep their video in the cloud?")
    ans = msg(VERA, [OTTO], "RE: Cloud", "That takes the Nightwatch Service. We'll cover the cost on all three.", day=2)
    yes = msg(OTTO, [VERA], "RE: Cloud", "Very generous, thanks!", day=3)
    assert gifts(run([ask, ans, yes], FakeIndex(INDEX))[1]) == [("v1", "o1", 180.0)]


@pytest.mark.parametrize("body,expected", [
    ("The Nightwatch Service for each of your three cameras is switched on. We're paying for it ourselves.",
     [("v1", "o1", 180.0)]),
    ("Two Porch Cams are set up at our own booth. We paid for them from the show budget.", []),   # the speaker's own
    ("The Nightwatch Service for each of your three cameras starts Monday. You'll pay for it monthly.", []),
])
def test_the_speakers_side_paying_for_the_readers_things_named_before(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Note", body)], FakeIndex(INDEX))
    assert gifts(edges) == expected


def test_terms_in_the_progressive_and_a_plain_pass_on_an_offer():
    said = msg(VERA, [OTTO], "Cam", "Your spare Porch Cam went out this morning. We won't be billing you for it.")
    assert gifts(run([said])[1]) == [("v1", "o1", 199.0)]
    offer = msg(VERA, [OTTO], "Chime", "Would you like a free Relay Chime for the squad room?")
    passed = msg(OTTO, [VERA], "RE: Chime", "Very kind, but I'll pass this time.", day=2)
    assert gifts(run([offer, passed])[1]) == []
    short = msg(OTTO, [VERA], "RE: Chime", "Thanks, but we'll have to pass.", day=2)
    assert gifts(run([offer, short])[1]) == []
    # passing the news along is no refusal
    yes = msg(OTTO, [VERA], "RE: Chime", "Yes please! I'll pass the news along to the squad.", day=2)
    sent = msg(VERA, [OTTO], "RE: Chime", "It went out today.", day=3)
    assert gifts(run([offer, yes, sent])[1]) == [("v1", "d1", 29.0)]  # "for the squad room": the division


def test_asking_for_a_balance_to_be_written_off_is_no_gift_even_when_thanked():
    """A colleague asks that old balances be written off (a request to the reader, not the speaker's
    offer); the reader's thanks later in the thread does not make it a gift."""
    ask = msg(OLGA, [OTTO], "Old balances", "The attached list shows balances unpaid since spring. I would ask that "
              "these balances be written off so the ledger is clean. Total value $4,210.50.")
    thanks = msg(OTTO, [OLGA], "RE: Old balances", "Got it, I will get the forms drawn up.\n\nThanks,", day=2)
    _, edges = run([ask, thanks])
    assert gifts(edges) == []


# -- probe H: upgrading the reader's devices to another product gives that product, one per device ------------------
def test_upgrading_the_readers_devices_to_another_product_gives_one_of_it_per_device():
    """'Upgrading your three Porch Cams to the Porch Cam Elite, free': the Elites are given (three of them), the
    Porch Cams are the reader's own."""
    offer = msg(VERA, [OTTO], "Upgrade", "Otto, we're upgrading your three Porch Cams to the Porch Cam Elite at no charge.")
    ok = msg(OTTO, [VERA], "RE: Upgrade", "Brilliant, thank you.", day=2)
    edges = run([offer, ok])[1]
    assert gifts(edges) == [("v1", "o1", 747.0)]
    assert [(i["product"], i["quantity"]) for e in of_type(edges, "GIFT") for i in e.attrs["items"]] == [("p_pro", 3)]


def test_if_it_is_of_use_is_a_courtesy_like_if_you_want_them():
    yes = msg(OTTO, [VERA], "RE: Fete", "Thanks, the division gladly accepts the three Porch Cams.", day=2)
    for opening in ("If it's helpful,", "If that would be of any use,"):
        offer = msg(VERA, [OTTO], "Fete", f"{opening} Acme would like to donate three Porch Cams to Quarry Division "
                    "for the summer fete.")
        assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", "d1", 597.0)]
        assert gifts(run([offer], FakeIndex().see(offer))[1]) == []  # still an offer waiting for its answer
    # a condition about something else stays one
    cond = msg(VERA, [OTTO], "Fete", "If it clears legal, Acme would like to donate three Porch Cams to Quarry Division.")
    assert gifts(run([cond, yes], FakeIndex().see(cond, yes))[1]) == []
