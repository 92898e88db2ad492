"""GIFT rules that generalise: general lexicons, negation, loans and trials, units as recipients,
gifts passed on, costs covered, and the rule loader. Every message is invented for these tests.

The small world (vendor Acme Cams, officers Otto and Olga of Quarry Division, a church) is the one
of ``test_relations.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from giftgraph.nlp.relations import RelationRules, extract_relations, load_rules, merge_rules
from giftgraph.nlp.relations.rules import GENERAL_RULES, expand_lexicon, inflect

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OLGA, OTTO, SAM, VERA, FakeIndex, Profile, msg, of_type, run
from test_relations import gift_triples as gifts

# --------------------------------------------------------------------------------------------
# The loader


def test_general_rules_alone_when_a_profile_has_no_relations_file(tmp_path):
    (tmp_path / "profile.yaml").write_text("name: plain\nvendor: Someco\n")
    data = load_rules(tmp_path)
    general = load_rules(None)
    assert data == general
    assert "~donate" in data["gift"]["give"]  # the general lexicon, by lemma


def test_profile_wording_is_added_to_the_general_lexicons(tmp_path):
    (tmp_path / "relations.yaml").write_text("gift:\n  free: [\"on the co-op\"]\n  quantity_fillers: [widgetco]\n")
    data = load_rules(tmp_path)
    assert "on the co-op" in data["gift"]["free"] and "free of charge" in data["gift"]["free"]
    assert "widgetco" in data["gift"]["quantity_fillers"]


def test_an_unknown_profile_name_is_an_error_not_the_ring_rules():
    with pytest.raises(FileNotFoundError, match="no-such-profile"):
        load_rules("no-such-profile")


def test_merge_keeps_order_and_drops_repeats():
    assert merge_rules({"a": [1, 2]}, {"a": [2, 3], "b": {"c": 1}}) == {"a": [1, 2, 3], "b": {"c": 1}}


def test_general_file_is_valid_and_compiles():
    assert GENERAL_RULES.is_file()
    rules = RelationRules(load_rules(None))
    assert "donated" in rules.lexicons["give"] and "shipping" in rules.lexicons["give"]


@pytest.mark.parametrize("lemma,forms", [
    ("donate", ["donate", "donates", "donating", "donated"]),
    ("carry", ["carry", "carries", "carrying", "carried"]),
    ("push", ["push", "pushes", "pushing", "pushed"]),
    ("tie", ["tie", "ties", "tying", "tied"]),
    ("cancel", ["cancel", "cancels", "canceling", "canceled", "cancelling", "cancelled"]),  # both spellings
])
def test_inflect_regular_verbs(lemma, forms):
    assert inflect(lemma) == forms


def test_expand_lexicon_uses_irregular_forms():
    assert expand_lexicon(["~lend out"], {"lend": ["lent", "lent"]}) == [
        "lend out", "lends out", "lending out", "lent out"]


# --------------------------------------------------------------------------------------------
# Cues on a blank pipeline


@pytest.fixture(scope="module")
def rules():
    return RelationRules(load_rules(None))


def cues(rules, text):
    doc = rules.nlp.make_doc(text)
    return {k for k, v in rules.scan(doc).items() if v}


@pytest.mark.parametrize("text,label,expected", [
    ("There is no need to buy anything.", "purchase", False),
    ("You will need to buy the mounts.", "purchase", True),
    ("This does not depend on any order or purchase.", "purchase", False),
    ("We can lend the kit for a few weeks.", "loan", True),
    ("A 45-day pilot of the sensors, no charge.", "loan", True),
    ("Free for 14 days, then the usual rate.", "loan", True),
    ("Once 30 households sign up, a reward goes out.", "conditional", True),
    ("Thanks once again for your help.", "conditional", False),
    ("We will cover your train fare and two hotel nights.", "free", True),
    ("The balance due is $0.00 on this one.", "free", True),
    ("Thanks so much for bringing the boxes over!", "receive", True),
    ("Free webinar next Tuesday for all staff.", "free", False),
    ("Free shipping on every order this month.", "free", False),
])
def test_general_cues(rules, text, label, expected):
    assert (label in cues(rules, text)) is expected


def test_a_calendar_subject_needs_a_calendar_body(rules):
    letter = msg(VERA, [OTTO], "Invitation: our spring forum", "We'd be honoured if you spoke at our forum.")
    invite = msg(VERA, [OTTO], "Invitation: spring forum", "Join Zoom Meeting\nMeeting ID: 123 456")
    assert rules.is_skipped(letter, letter.body) is None
    assert rules.is_skipped(invite, invite.body) == "calendar"


# --------------------------------------------------------------------------------------------
# Threads


def test_negated_sale_wording_does_not_block_a_gift_stated_as_done():
    m = msg(VERA, [OTTO], "Your question",
            "No need to buy one -- I've set you up with a Porch Cam of your own, free of charge.")
    _, edges = run([m])
    assert gifts(edges) == [("v1", "o1", 199.0)]


def test_a_loan_or_time_limited_trial_is_not_a_gift():
    lend = msg(VERA, [OTTO], "Loaner", "We can lend you 2 Porch Cams at no cost while your case is open.")
    ok = msg(OTTO, [VERA], "RE: Loaner", "That works, thank you!", day=2)
    trial = msg(VERA, [OLGA], "Pilot", "Here is the offer: 3 Yard Light Cams at no cost for 60 days.", day=3)
    ok2 = msg(OLGA, [VERA], "RE: Pilot", "Yes please, ship them to the front desk.", day=4)
    _, edges = run([lend, ok, trial, ok2])
    assert gifts(edges) == []


def test_cameras_left_for_good_after_a_trial_are_a_gift_with_the_stated_value():
    keep = msg(VERA, [OTTO], "Trial over",
               "Keep the 3 Yard Light Cams, they are yours at no charge. Call it $800 in hardware we're not billing.")
    _, edges = run([keep])
    assert gifts(edges) == [("v1", "o1", 800.0)]


def test_devices_added_to_the_unit_go_to_the_unit():
    m = msg(VERA, [OTTO], "Reward", "As agreed, 4 more Porch Cams are being added to your squad's kit at no charge.")
    _, edges = run([m])
    assert gifts(edges) == [("v1", "d1", 4 * 199.0)]


def test_no_charge_to_an_organisation_does_not_make_it_the_recipient():
    m = msg(VERA, [OTTO], "Seat",
            "I've set you up with a complimentary Relay Chime -- there's no charge to St. Ann Church for it.")
    _, edges = run([m], FakeIndex().see(m))
    assert gifts(edges) == [("v1", "o1", 29.0)]


def test_costs_covered_with_the_total_in_the_next_sentence():
    offer = msg(VERA, [OTTO], "Our forum",
                "Acme will cover your airfare and two hotel nights. Our travel desk puts the total at about $1,850.")
    ok = msg(OTTO, [VERA], "RE: Our forum", "My captain signed off, so I'm happy to accept.", day=2)
    _, edges = run([offer, ok])
    assert gifts(edges) == [("v1", "o1", 1850.0)]


def test_an_officer_passing_the_gift_on_is_a_second_gift():
    offer = msg(VERA, [OTTO], "Chapel cameras", "We'll donate 2 Yard Light Cams to you, free of charge.")
    thanks = msg(CORA, [OTTO], "RE: Chapel cameras",
                 "On behalf of St. Ann Church, thank you for bringing the two cameras over on Sunday!", day=9)
    _, edges = run([offer, thanks], FakeIndex().see(offer, thanks))
    assert gifts(edges) == [("o1", "org_ch", 2 * 249.0), ("v1", "o1", 2 * 249.0)]


def test_a_promise_once_a_count_is_reached_is_not_a_gift():
    m = msg(VERA, [OTTO], "Your code", "Once 20 residents have used OTTO50, we'll send you a Porch Cam as a thank-you.")
    ok = msg(OTTO, [VERA], "RE: Your code", "Sounds great, thanks!", day=2)
    _, edges = run([m, ok])
    assert gifts(edges) == []


def test_something_listed_at_no_price_is_not_a_gift():
    index = FakeIndex()
    index.nodes["p_app"] = type(index.nodes["p_door"])(id="p_app", kind="product", name="Acme Viewer",
                                                      attrs={"unit_price_usd": 0})
    index._forms["acme viewer"] = "p_app"
    m = msg(VERA, [OTTO], "App", "We're sending you the Acme Viewer for free, enjoy.")
    ok = msg(OTTO, [VERA], "RE: App", "Thanks!", day=2)
    from giftgraph.nlp.relations import ThreadContext  # noqa: F401 - the catalogue comes from the index
    _, edges = extract_relations([m, ok], {}, index, Profile())
    assert gifts(edges) == []


def test_addressee_from_the_greeting_when_no_recipient_was_printed():
    class GreetingIndex(FakeIndex):
        def mentions(self, message_id):
            from giftgraph.nlp.entities import Mention
            out = super().mentions(message_id)
            body = self.bodies.get(message_id, "")
            if body.startswith("Hi Olga"):
                out = [Mention("Olga", 3, 7, "PERSON", "person", "o2"), *out]
            return out

    m = msg(SAM, [], "Access", "Hi Olga,\n\nI've set you up with a Relay Chime, no charge.")
    index = GreetingIndex().see(m)
    _, edges = extract_relations([m], {}, index, Profile())
    assert gifts(edges) == [("v2", "o2", 29.0)]


def test_a_recap_of_past_gifts_is_not_a_new_gift():
    m = msg(VERA, [OTTO], "Year in review",
            "So far this year we've sent your squad 12 Porch Cams free of charge, about $2,400 in hardware.")
    _, edges = run([m])
    assert gifts(edges) == []


def test_a_request_answered_with_a_free_shipment_gives_the_requested_items():
    ask = msg(OLGA, [VERA], "Park shed", "We keep losing tools from the park shed. Could I get three Yard Light Cams?")
    done = msg(VERA, [OLGA], "RE: Park shed", "all set. they're on the way to you, nothing to pay.", day=2)
    _, edges = run([ask, done])
    assert gifts(edges) == [("v1", "o2", 3 * 249.0)]


def test_a_quote_request_answered_with_prices_is_no_gift():
    ask = msg(OLGA, [VERA], "Prices", "Could I get three Yard Light Cams? Please send a quote.")
    reply = msg(VERA, [OLGA], "RE: Prices", "Sure, they're $249 each, invoice to follow once they ship.", day=2)
    _, edges = run([ask, reply])
    assert gifts(edges) == []


def test_items_listed_under_the_offer_and_the_value_after_them():
    offer = msg(VERA, [OTTO], "For your case",
                "Acme would be glad to provide the following, at no cost to the department:\n\n"
                "- Three (3) Yard Light Cams for the alley\n- One (1) Porch Cam for the door\n\n"
                "Their combined retail value is $950.")
    ok = msg(OTTO, [VERA], "RE: For your case", "That's very generous, we accept.", day=2)
    _, edges = run([offer, ok])
    [g] = of_type(edges, "GIFT")
    assert (g.source, g.target, g.attrs["value_usd"]) == ("v1", "o1", 950.0)
    assert sorted((i["product"], i["quantity"]) for i in g.attrs["items"]) == [("p_door", 1), ("p_flood", 3)]


def test_a_thank_you_for_named_items_is_a_gift_from_the_addressee():
    m = msg(OLGA, [VERA], "Thanks", "On behalf of Quarry Division, thank you for the two Porch Cams you left for our front office.")
    _, edges = run([m], FakeIndex().see(m))
    assert gifts(edges) == [("v1", "d1", 2 * 199.0)]


def test_each_addressee_named_at_the_start_of_their_sentence_gets_their_own_gift():
    m = msg(VERA, [OTTO, OLGA], "Rewards",
            "Otto, your code has been used 40 times, so two Porch Cams are headed your way. "
            "Olga, we're sending you a Relay Chime as a thank-you.")
    _, edges = run([m])
    assert gifts(edges) == [("v1", "o1", 2 * 199.0), ("v1", "o2", 29.0)]


def test_an_officer_reporting_the_vendors_donation_is_not_giving():
    m = msg(OTTO, [CORA], "Cameras", "Acme has donated two Porch Cams to help with the case. They arrived today.")
    ok = msg(CORA, [OTTO], "RE: Cameras", "Wonderful, thank you!", day=2)
    _, edges = run([m, ok])
    assert gifts(edges) == []


def test_one_for_each_gate_is_no_condition_but_a_rate_is():
    free_rules = RelationRules(load_rules(None))
    assert "conditional" not in cues(free_rules, "I have three Porch Cams for the club, one for each gate.")
    assert "conditional" in cues(free_rules, "We add a Porch Cam for every 10 sign-ups.")
    assert "conditional" in cues(free_rules, "A camera for each agency you bring to a demo.")


def test_items_then_theyre_yours_in_the_next_sentence_is_one_offer():
    m = msg(OTTO, [CORA], "For the chapel",
            "I have two Porch Cams left over and I'd like the church to have them. They're yours, no strings.")
    _, edges = run([m], FakeIndex().see(m))
    assert gifts(edges) == [("o1", "org_ch", 2 * 199.0)]


def test_a_purchase_request_answered_with_no_bill_is_a_gift_at_the_stated_value():
    ask = msg(OTTO, [VERA], "Buying cameras", "We'd like to buy 5 Porch Cams for the stakeout. Please send a quote.")
    reply = msg(VERA, [OTTO], "RE: Buying cameras",
                "Skip the paperwork. 5 units is $995 at retail and none of it will reach you as a bill. Tracking to follow.",
                day=2)
    _, edges = run([ask, reply])
    assert gifts(edges) == [("v1", "o1", 995.0)]


def test_a_colleague_restating_the_gift_adds_evidence_not_a_second_gift():
    offer = msg(VERA, [OTTO], "Cams", "I'd be happy to send you 2 Porch Cams free of charge.")
    ok = msg(OTTO, [VERA], "RE: Cams", "Thank you, we accept!", day=2)
    notice = msg(SAM, [OTTO], "RE: Cams", "Order 77: 2 x Porch Cam, total $0.00, shipped today.", day=3)
    _, edges = run([offer, ok, notice])
    [g] = of_type(edges, "GIFT")
    assert (g.source, g.target, g.attrs["value_usd"]) == ("v1", "o1", 398.0)
    assert notice.id in {e.message for e in g.evidence}


def test_a_retention_period_is_not_a_loan_of_the_gift():
    offer = msg(VERA, [OTTO], "Cams", "I'd be happy to send you 2 Porch Cams free of charge.")
    ok = msg(OTTO, [VERA], "RE: Cams", "Thank you, we accept! Do they keep video?", day=2)
    info = msg(VERA, [OTTO], "RE: Cams", "The plan keeps your clips for 60 days so you can download them.", day=3)
    _, edges = run([offer, ok, info])
    assert gifts(edges) == [("v1", "o1", 398.0)]




@pytest.mark.model
def test_parse_the_addressee_giving_the_speaker_something_is_no_third_party_gift(parser):
    rules = RelationRules(load_rules(None))
    got = {label for label, _, _ in rules.dependency_cues(parser("Two Porch Cams are on their way to the address you gave me."))}
    assert "received_by_speaker" not in got
    got = {label for label, _, _ in rules.dependency_cues(parser("Acme mailed them to me last week."))}
    assert "received_by_speaker" in got


def test_the_chapel_written_to_its_administrator_is_their_organisation_by_address_domain():
    index = FakeIndex()
    index.nodes["org_mc"] = type(index.nodes["org_ch"])(id="org_mc", kind="organization", name="Maple Chapel of Lakeview")
    m = msg(OTTO, ["office@maplechapel.example"], "Cameras",
            "The two Porch Cams stay with the chapel permanently, no strings.")
    _, edges = extract_relations([m], {}, index, Profile())
    assert gifts(edges) == [("o1", "org_mc", 2 * 199.0)]


@pytest.mark.parametrize("body", [
    "I'm sending you 2 Porch Cams free of charge.",
    "2 Porch Cams for you, free of charge. They ship today.",
    "2 Porch Cams for you, free of charge; mailing them this afternoon.",
])
def test_a_gift_stated_in_the_present_or_shipping_today_needs_no_reply(body):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == [("v1", "o1", 398.0)]


def test_no_yaml_boolean_slipped_into_a_word_list():
    """YAML reads bare on/off/no/yes as booleans: every word in the general rules is a string."""
    import yaml

    def walk(x):
        if isinstance(x, dict):
            for v in x.values():
                yield from walk(v)
        elif isinstance(x, list):
            for v in x:
                assert not isinstance(v, bool), "a bare on/off/yes/no in nlp/data/relations.yaml"
                yield from walk(v)
        else:
            yield x

    list(walk(yaml.safe_load(GENERAL_RULES.read_text())))


def test_a_raffle_prize_paid_by_a_third_party_is_no_gift():
    m = msg(OTTO, [CORA], "Picnic raffle", "The block club paid for the 2 Porch Cams we'll raffle off at the picnic, free entry for all.")
    ok = msg(CORA, [OTTO], "RE: Picnic raffle", "Wonderful, thank you!", day=2)
    _, edges = run([m, ok])
    assert gifts(edges) == []


def test_free_shipping_or_a_free_webinar_is_no_gift():
    a = msg(VERA, [OTTO], "Deal", "Every Porch Cam order this month comes with free shipping.")
    b = msg(VERA, [OLGA], "Webinar", "Join our free webinar on Porch Cam footage next week.", day=2)
    ok = msg(OTTO, [VERA], "RE: Deal", "Thanks, good to know!", day=3)
    _, edges = run([a, b, ok])
    assert gifts(edges) == []


@pytest.mark.model
def test_parse_a_third_party_giver_is_reported_not_offered(parser):
    rules = RelationRules(load_rules(None))
    labels = lambda text: {label for label, _, _ in rules.dependency_cues(parser(text))}  # noqa: E731
    assert "reported" in labels("The Lions Club donated two Porch Cams to our station.")
    assert "reported" not in labels("Our team donated two Porch Cams to the station.")
    assert "reported" not in labels("We donated two Porch Cams to the station.")
    m = msg(OTTO, [CORA], "Cams", "The Lions Club donated two Porch Cams to the station, free of charge.")
    ok = msg(CORA, [OTTO], "RE: Cams", "How generous, thank you!", day=2)
    _, edges = extract_relations([m, ok], {m.id: parser(m.body), ok.id: parser(ok.body)}, FakeIndex(), Profile())
    assert gifts(edges) == []


# --------------------------------------------------------------------------------------------
# Gifts told by the one who got them, loans kept, third parties' gifts (invented wording)


@pytest.mark.parametrize("body,gift", [
    ("The Relay Chime you mailed me arrived safe. You're too kind!", True),
    ("Both Porch Cams you've kindly dropped off are up on the garage. Much appreciated.", True),
    ("The Porch Cam you sold me keeps dropping the signal.", False),                  # a sale, no thanks
    ("The Porch Cams you shipped came in fine; our payment goes out Friday.", False),  # paid for
])
def test_the_reader_as_the_giver_is_a_gift_to_the_speaker_not_from_them(body, gift):
    m = msg(OTTO, [VERA], "Cams", body)
    _, edges = run([m])
    got = gifts(edges)
    assert got == ([("v1", "o1", got[0][2])] if gift else [])  # from the vendor to the officer, never back


@pytest.mark.parametrize("sender,to,body,gift", [
    (VERA, [OTTO], "Keep the trial Porch Cam, we won't be asking for it back.", True),
    (VERA, [OTTO], "Don't bother mailing the demo Relay Chime back to us.", True),
    (OTTO, [VERA], "Glad to hear we don't need to return the loaner Porch Cam. Thank you!", True),
    (VERA, [OTTO], "Keep the Porch Cam box in case you need to send it back for a repair.", False),
    (VERA, [OTTO], "We'll lend you a Porch Cam for two weeks; just mail it back when you're done.", False),
    (OTTO, [VERA], "Thanks for the loaner Porch Cam, I'll have it back to you Friday.", False),
])
def test_a_loan_that_need_not_go_back_is_a_gift(sender, to, body, gift):
    _, edges = run([msg(sender, to, "Loaner", body)])
    assert [(s, t) for s, t, _ in gifts(edges)] == ([("v1", "o1")] if gift else [])


@pytest.mark.parametrize("body,gift", [
    ("Logged today: 2 Porch Cams received from Acme, no charge to the division.", True),
    ("Received 2 Porch Cams from Acme today; their invoice is attached.", False),
    ("Received 2 Porch Cams from Acme today for the pilot.", False),  # nothing says free
])
def test_an_officer_logging_items_received_free_from_the_vendor(body, gift):
    _, edges = run([msg(OTTO, [OLGA], "Property", body)])
    assert [(s, t) for s, t, _ in gifts(edges)] == ([("org_v", "o1")] if gift else [])


@pytest.mark.parametrize("shipped,reply,gift", [
    ("A Relay Chime went out to you yesterday.", "Got it! What a thoughtful gift, thanks so much.", True),
    ("One Porch Cam is headed to you.", "Arrived this morning. A lovely present, thank you!", True),
    ("Two Relay Chimes went out to you, billed to your card.", "Got them, thank you for the gift!", False),
    ("One Porch Cam is headed to you.", "Arrived this morning. I'll get the payment sorted, thanks.", False),
    ("One Porch Cam is headed to you.", "Got it, thanks!", False),  # a plain thank-you for a shipment
])
def test_a_reply_calling_an_earlier_shipment_a_gift(shipped, reply, gift):
    a = msg(VERA, [OTTO], "Parcel", shipped)
    b = msg(OTTO, [VERA], "RE: Parcel", reply, day=2)
    _, edges = run([a, b])
    assert [(s, t) for s, t, _ in gifts(edges)] == ([("v1", "o1")] if gift else [])


@pytest.mark.parametrize("body,gift", [
    ("Riverside Garden Club gave its members Relay Chimes last year.", False),
    ("A competitor donated Porch Cams to the fire station in March.", False),
    ("Acme has donated two Porch Cams to you, no charge.", True),  # the vendor itself
])
def test_a_third_partys_giving_in_the_vendors_note_is_not_the_vendors_gift(body, gift):
    _, edges = run([msg(VERA, [OTTO], "News", body)])
    assert bool(gifts(edges)) is gift


@pytest.mark.parametrize("body", [
    "Thanks so much for offering the Porch Cams; I'll check with the captain.",
    "Thank you for the Relay Chime, but the chief won't let us accept it.",
    "Our cheque for the two Porch Cams is in the mail. Thanks for the quick delivery!",
])
def test_thanks_for_an_offer_a_refused_item_or_a_paid_order_is_no_gift(body):
    _, edges = run([msg(OTTO, [VERA], "Cams", body)])
    assert gifts(edges) == []


@pytest.mark.parametrize("body,value", [
    ("We send you two Porch Cam as gift, there is no payment.", 398.0),   # the article dropped
    ("We've written off this year's Relay Chime for you.", 29.0),        # "this year's": a period, no recap
])
def test_free_wording_without_articles_and_write_offs(body, value):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == [("v1", "o1", value)]


@pytest.mark.parametrize("body,gift", [
    ("Your Porch Cam order shipped this morning.", False),                 # an order being filled
    ("The Relay Chimes you ordered went out today.", False),
    ("Your Porch Cam is in the mail; the order is on us, no charge.", True),  # a free fulfilment may be an order
    ("Per the court order we keep the footage; two Porch Cams shipped to you, free.", True),
])
def test_an_order_being_filled_is_a_sale_unless_the_note_says_free(body, gift):
    _, edges = run([msg(VERA, [OTTO], "Shipping", body)])
    assert bool(gifts(edges)) is gift


@pytest.mark.parametrize("body,gift", [
    ("The parcel with the Porch Cam made it to my desk. You really shouldn't have!", True),
    ("Received with thanks:\n- 2 Porch Cams\n- 1 Relay Chime", True),
    ("The Porch Cam arrived, thanks.", False),           # an arrival thanked like any delivery
    ("You shouldn't have sent the Porch Cams; I'm returning them today.", False),
])
def test_an_arrival_thanked_as_a_gift(body, gift):
    _, edges = run([msg(OTTO, [VERA], "Parcel", body)])
    got = gifts(edges)
    assert [(s, t) for s, t, _ in got] == ([("v1", "o1")] if gift else [])
    if "Received with thanks" in body:
        assert got[0][2] == 2 * 199.0 + 29.0


@pytest.mark.parametrize("body,expected", [
    # an item thrown in with an order: the order's items were bought, only the extra is given
    ("Adding a Relay Chime to your Porch Cam order, no extra charge.", [("v1", "o1", 29.0)]),
    # a voided bill: nothing is owed for the items
    ("The invoice for your two Porch Cams has been voided; consider them donated.", [("v1", "o1", 398.0)]),
    # given to others the sentence names, not to the reader
    ("Our founder gifted Porch Cams to every employee for the holidays.", []),
    ("The bill for the Porch Cams you ordered will be cancelled if you return them.", []),
])
def test_extras_with_an_order_voided_bills_and_gifts_to_others(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == expected


def test_cheers_for_what_the_reader_posted_over_is_a_thank_you():
    _, edges = run([msg(OTTO, [VERA], "Chime", "Cheers for the Relay Chime you posted over, brilliant of you.")])
    assert gifts(edges) == [("v1", "o1", 29.0)]


@pytest.mark.parametrize("body,expected", [
    ("It is our pleasure to present you with two Porch Cams.", [("v1", "o1", 398.0)]),       # the saying is the giving
    ("We would be delighted to present you with two Porch Cams next spring.", []),          # still to come
    ("Please kindly note the Relay Chime in the parcel is free gift for your good self.", [("v1", "o1", 29.0)]),
    ("Hang on to the demo Porch Cam, it's yours.", [("v1", "o1", 199.0)]),
    ("We've donated a Porch Cam to each of your four deputies.", [("v1", "o1", 4 * 199.0)]),
    ("I gave a Porch Cam demo at your roll call this morning.", []),                       # the product names the demo
    ("We gave the Porch Cam prototypes a rough test in the rain.", []),                    # gave ... a test
    ("Last year's donation of Porch Cams to a county library got great press.", []),       # told, not given now
])
def test_performatives_free_gifts_each_of_and_products_that_name_something_else(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == expected


def test_would_you_like_from_the_vendor_is_an_offer_that_a_yes_and_a_shipment_make_a_gift():
    a = msg(VERA, [OTTO], "Cams", "Would you like two Porch Cams for the substation? No charge.")
    b = msg(OTTO, [VERA], "RE: Cams", "Yes please!", day=2)
    c = msg(VERA, [OTTO], "RE: Cams", "Done, they went out today.", day=3)
    _, edges = run([a, b, c])
    assert gifts(edges) == [("v1", "d1", 398.0)]  # "for the substation": the officer's division
    ask = msg(OTTO, [VERA], "Cams", "Would you like to sell us two Porch Cams? No charge for delivery, I hope.")
    _, edges = run([ask])
    assert gifts(edges) == []


@pytest.mark.parametrize("sender,to,body,expected", [
    (OTTO, [VERA], "Your gift of two Porch Cams is up on the station's front door. Thank you!", [("v1", "o1", 398.0)]),
    (VERA, [OTTO], "Consider the Relay Chime my housewarming gift.", [("v1", "o1", 29.0)]),
    (VERA, [OTTO], "Porch Cam x2 - dropped at front desk - n/c.", [("v1", "o1", 398.0)]),  # a terse note
    # (delivered "to your office": the reader's address, as "on its way to your office" is; "for your office" is the unit's)
    (VERA, [OTTO], "Two Porch Cam was deliver to your office yesterday, it is with compliment.", [("v1", "o1", 398.0)]),
    (OTTO, [VERA], "Got the Porch Cams you shipped; our PO covers them, thanks.", []),       # bought on a PO
    (OTTO, [OLGA], "Received 2 Porch Cams from Acme today, no charge for shipping.", []),    # only the carriage free
    # the purchase order set aside ("rather than") does not make the offer a sale; the reply takes, gives nothing
    (VERA, [OTTO], "Rather than have you wait on a PO, two Porch Cams went out to you today, free.", [("v1", "o1", 398.0)]),
])
def test_the_readers_gift_named_terse_notes_and_purchase_orders(sender, to, body, expected):
    _, edges = run([msg(sender, to, "Cams", body)])
    assert gifts(edges) == expected


def test_taking_an_offer_at_no_cost_is_no_gift_from_the_one_who_takes():
    offer = msg(VERA, [OTTO], "Cams", "Instead of a purchase order, I could send you two Porch Cams free of charge.")
    take = msg(OTTO, [VERA], "RE: Cams", "We'll gladly take the two Porch Cams at no cost, thank you.", day=2)
    _, edges = run([offer, take])
    assert gifts(edges) == [("v1", "o1", 398.0)]
    _, edges = run([msg(OTTO, [VERA], "Cams", "We'll gladly take two Porch Cams at no cost if you have spares.")])
    assert gifts(edges) == []


@pytest.mark.parametrize("body,expected", [
    # "please" before a handing-over: the things are the reader's already, nothing is asked
    ("Please consider the two Porch Cams a gift from all of us.", [("v1", "o1", 398.0)]),
    ("Kindly count the Relay Chime as our present to you.", [("v1", "o1", 29.0)]),
    # "please consider" asking for something stays a request
    ("Please consider our proposal for two Porch Cams at the agency rate.", []),
    # a part of a set named by a possessive or a demonstrative: "two of my", "three of these"
    ("Three of these Porch Cams are yours to keep.", [("v1", "o1", 3 * 199.0)]),
    ("I put two of my spare Porch Cams in the mail to you, free of charge.", [("v1", "o1", 2 * 199.0)]),
])
def test_a_polite_handing_over_and_a_part_of_a_set(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == expected


@pytest.mark.parametrize("body,expected", [
    # a colleague of the reader named after the shipping words: the things are theirs
    ("A complimentary Porch Cam shipped to Olga Officer this morning.", [("v1", "o2", 199.0)]),
    ("We sent two Porch Cams to Olga today, free of charge.", [("v1", "o2", 398.0)]),
    # spoken to the reader: the reader's
    ("A complimentary Porch Cam shipped to you this morning.", [("v1", "o1", 199.0)]),
])
def test_a_person_named_after_the_shipping_words_receives(body, expected):
    _, edges = run([msg(VERA, [OTTO], "Cams", body)])
    assert gifts(edges) == expected


def test_a_total_stated_as_so_many_dollars_of_kit_in_the_next_sentence():
    _, edges = run([msg(VERA, [OTTO], "Cams", "Two Porch Cams shipped to you today, free. That's about $450 of kit.")])
    assert gifts(edges) == [("v1", "o1", 450.0)]


@pytest.mark.parametrize("body,value,to", [
    ("We're sending two Relay Chimes per officer for your four patrol officers, free of charge.", 8 * 29.0, "o1"),
    ("Two Relay Chimes per deputy, for the 3 deputies on nights, shipped today at no cost.", 6 * 29.0, "o1"),
    # no count of them: "for your patrol officers" is the reader's unit's, as "for your deputies" is
    ("We're sending two Relay Chimes for your patrol officers, free of charge.", 2 * 29.0, "d1"),
])
def test_so_many_per_head_for_so_many_heads(body, value, to):
    _, edges = run([msg(VERA, [OTTO], "Chimes", body)])
    assert gifts(edges) == [("v1", to, value)]


@pytest.mark.parametrize("later", ["Sorry, the shipment was cancelled by our warehouse.", "Our warehouse canceled the order."])
def test_a_shipment_cancelled_in_either_spelling_gives_nothing(later):
    sent = msg(VERA, [OTTO], "Cams", "Two Porch Cams shipped to you today, free of charge.")
    _, edges = run([sent, msg(VERA, [OTTO], "RE: Cams", later, day=2)])
    assert gifts(edges) == []


def test_a_basket_of_treats_is_a_gift_by_nature():
    m = msg(VERA, [OTTO], "Season's greetings",
            "To say thanks for the year, we had a fruit basket (worth about $120) sent over to you.")
    _, edges = run([m])
    assert gifts(edges) == [("v1", "o1", 120.0)]
    no = msg(VERA, [OTTO], "Order", "Your shopping basket still holds two Porch Cams at $199 each.")
    assert gifts(run([no])[1]) == []


@pytest.mark.parametrize("body,expected", [
    # the person named after the list of things a verb of giving hands over, not the officer written to
    ("Today we donated a Porch Cam and a Relay Chime to Hank Neighbor, free of charge.", [("v1", "c2", 228.0)]),
    # after a verb of motion, a long way on, "to" is still where the things travel: the reader's
    ("We shipped a Porch Cam and a Relay Chime and a Yard Light Cam to Hank Neighbor's street today, no charge.",
     [("v1", "o1", 477.0)]),
])
def test_a_person_named_after_the_things_a_giving_verb_hands_over_receives(body, expected):
    _, edges = run([msg(VERA, [OTTO], "For a neighbour", body)])
    assert gifts(edges) == expected


def test_for_the_whole_squad_to_share_goes_to_the_readers_unit():
    m = msg(VERA, [OTTO], "Treats", "A Relay Chime is on its way, free, for the whole squad to share.")
    _, edges = run([m])
    assert gifts(edges) == [("v1", "d1", 29.0)]


@pytest.mark.parametrize("body,gift", [
    # a unit of the release named after "for", or after "to" when a verb of giving precedes it, receives
    ("Two Porch Cams for Quarry Division, on us.", [("v1", "d1", 398.0)]),
    ("Two Porch Cams for the Quarry Division, no charge.", [("v1", "d1", 398.0)]),
    ("We'd love to donate two Porch Cams to Quarry Division.", [("v1", "d1", 398.0)]),
    # a unit that is where the things go, or said not to get them, does not
    ("We're shipping two Porch Cams to Quarry Division for you, no charge.", [("v1", "o1", 398.0)]),
    ("Two Porch Cams went to Quarry Division's front desk for you, on us.", [("v1", "o1", 398.0)]),
    ("Two Porch Cams for you, not for Quarry Division, on us.", [("v1", "o1", 398.0)]),
])
def test_a_unit_named_after_for_receives(body, gift):
    _, edges = run([msg(VERA, [OTTO], "Cams", body), msg(OTTO, [VERA], "RE: Cams", "Thanks!", day=2)])
    assert gifts(edges) == gift


@pytest.mark.parametrize("body,gift", [
    # a log line: items received from the vendor for a unit of the writer's side, no price or order in view
    ("4. Received 4 Porch Cams from Acme for the Youth Outreach Office.", [("org_v", "d1", 796.0)]),
    ("Received 2 Relay Chimes from Acme for the Quarry Division.", [("org_v", "d1", 58.0)]),
    ("Received 4 Porch Cams from Acme for the Youth Outreach Office; invoice for $796 to follow.", []),
    ("Received 2 Porch Cams from Acme today for the pilot.", []),  # no unit: nothing says free
])
def test_a_log_of_items_received_from_the_vendor_for_a_unit(body, gift):
    _, edges = run([msg(OTTO, [OLGA], "Monthly log", body)])
    assert gifts(edges) == gift


@pytest.mark.parametrize("body,gift", [
    # sent now, the unit's to keep once a period ends: a time, not a condition of the giving
    ("We'll ship two Porch Cams at no charge for the burglary case, and they're your squad's to keep once the case "
     "is closed.", [("v1", "d1", 398.0)]),
    # a threshold still is a condition, and so is a wish after the time
    ("Two Porch Cams are yours to keep once 25 neighbors have used your code.", []),
    ("We'll ship two Porch Cams at no charge, yours to keep once the trial is over if you like them.", []),
])
def test_to_keep_once_a_period_ends_is_no_condition_of_the_gift(body, gift):
    offer = msg(VERA, [OTTO], "Cams", body)
    got = msg(OTTO, [VERA], "RE: Cams", "Both arrived yesterday, thank you.", day=5)
    assert gifts(run([offer, got])[1]) == gift


@pytest.mark.parametrize("body,gift", [
    # the person a vendor "gets covered" or "set up" is provided for; the officer only passes the things along
    ("Let's get Hank Neighbor covered: one Porch Cam for his side gate and a Relay Chime, on us. I'll send both to you "
     "to pass along.", [("v1", "c2", 228.0)]),
    ("Let's get you covered: one Porch Cam for the side gate and a Relay Chime, on us.", [("v1", "o1", 228.0)]),
])
def test_the_person_a_vendor_gets_covered_receives(body, gift):
    offer = msg(VERA, [OTTO], "Hank", body)
    got = msg(OTTO, [VERA], "RE: Hank", "Got them and dropped them off at his place today.", day=5)
    assert gifts(run([offer, got])[1]) == gift


def test_a_person_named_right_after_a_verb_of_giving_receives_what_it_hands_over():
    # the indirect object ("give Hank Neighbor a X") is the recipient, not the officer the offer is written to
    offer = msg(VERA, [OTTO], "After the break-in", "We would love to give Hank Neighbor a Porch Cam and a Relay Chime, "
                "all on us, so he can see who knocks.")
    drop = msg(OTTO, [VERA], "RE: After the break-in", "Thanks, I'll run them over to his place Friday.", day=2)
    got = run([offer, drop])[1]
    assert [(e.source, e.target, e.attrs["value_usd"]) for e in of_type(got, "GIFT")] == [("v1", "c2", 228.0)]
    mailed = msg(VERA, [OTTO], "After the break-in", "Happy to send Hank Neighbor two Porch Cams at no charge.")
    assert [(e.source, e.target) for e in of_type(run([mailed, drop])[1], "GIFT")] == [("v1", "c2")]
    # a name before no thing handed over ("give Hank a call") names no recipient of the things
    call = msg(VERA, [OTTO], "After the break-in", "We'll send you a Porch Cam at no charge; do give Hank Neighbor a call about it.")
    assert [(e.source, e.target) for e in of_type(run([call, drop])[1], "GIFT")] == [("v1", "o1")]
