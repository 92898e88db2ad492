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
# A small invented world: a vendor (Acme Cams), an agency, people, products, a church, a division.
# Every message below is worded for these tests (no sentence comes from a real release).

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
    _node("d1", "division", "Quarry Division", ["Quarry"]),
    _node("p_door", "product", "Porch Cam", ["porch camera", "Acme Porch Cam"], unit_price_usd=199),
    _node("p_pro", "product", "Porch Cam Elite", [], unit_price_usd=249),
    _node("p_flood", "product", "Yard Light Cam", ["yard light camera"], unit_price_usd=249),
    _node("p_chime", "product", "Relay Chime", [], unit_price_usd=29),
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


VENDOR_SIG = "\n\nVera Vendor\nAcme Cams"


def vendor_thread(*bodies, subject="Note"):
    """Vera, Otto, Vera, ... in turn, a day apart, under one subject; Vera signs as the vendor, Otto with his name."""
    out = []
    for i, body in enumerate(bodies):
        vera = i % 2 == 0
        out.append(msg(VERA if vera else OTTO, [OTTO if vera else VERA], ("RE: " if i else "") + subject,
                       body + (VENDOR_SIG if vera else "\n\nOtto"), day=i + 1))
    return out


def gift_triples(edges):
    """(giver, recipient, value) of each GIFT edge, sorted: what most GIFT tests compare."""
    return sorted(((e.source, e.target, e.attrs["value_usd"]) for e in of_type(edges, "GIFT")), key=str)


def gifts_read(*messages):
    """`gift_triples` of the GIFT edges read from ``messages`` (their bodies seen by the fake index)."""
    return gift_triples(run(list(messages), FakeIndex().see(*messages))[1])


def promoted_to(parser, body, reader):
    """(endorser, target) of the PROMOTED edges of one note from Otto to ``reader``, read with the parse."""
    m = msg(OTTO, [reader], "Cameras", body)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return [(e.source, e.target) for e in of_type(edges, "PROMOTED")]


# --------------------------------------------------------------------------------------------
# Money, numbers, sentences


@pytest.mark.parametrize("text,value", [
    ("just about $4,000", 4000), ("$2.4k", 2400), ("roughly 800 bucks", 800), ("$1,990.00", 1990),
    ("seven hundred dollars", 700), ("USD 950", 950), ("$3.5 million", 3_500_000), ("2,500 dollars", 2500),
    ("$2 billion", 2_000_000_000), ("$8K", 8000),
    # an amount before a comma ("retail about $450, all free"); not the start of "$1,200"
    ("retail about $450, all free", 450), ("$1,200, shipped", 1200), ("worth $75,", 75),
])
def test_parse_money(text, value):
    assert parse_money(text)[0][0] == value


def test_parse_money_ignores_plain_numbers():
    assert parse_money("12 porch cams plus 3 chimes, ticket #7720") == []
    assert [v for v, _, _ in parse_money("$1,20 is no amount; $450, $2,500 and $3,000,000 are")] == [450, 2500, 3_000_000]


def test_words_to_number():
    assert words_to_number("three") == 3
    assert words_to_number("fourteen hundred") == 1400
    assert words_to_number("three thousand two hundred") == 3200
    assert words_to_number("camera") is None


def test_split_sentences_undoes_line_wraps():
    text = "Morning Otto,\n\nFour Porch Cams are\nready for your team. Cheers!\n* first point\n* second point"
    got = [" ".join(text[s:e].split()) for _, s, e in split_sentences(text)]
    assert got == ["Morning Otto,", "Four Porch Cams are ready for your team.", "Cheers!", "* first point",
                   "* second point"]


def test_threads_by_subject_and_people():
    a = msg(VERA, [OTTO], "Camera loan", "x", day=1)
    b = msg(OTTO, [VERA], "RE: Camera loan", "y", day=2)
    c = msg(SID, [CORA], "Camera loan", "z", day=3)  # same subject, other people: another thread
    threads = group_threads([a, b, c], lambda m: {m.sender.email, *(x.email for x in m.to)})
    assert sorted(len(t) for t in threads) == [1, 2]
    later = msg(OTTO, [VERA], "RE: Camera loan", "w", day=2)
    later.sent = "2016-11-02T09:00:00-08:00"  # the same subject eight months on: a new conversation
    threads = group_threads([a, b, later], lambda m: {m.sender.email, *(x.email for x in m.to)})
    assert sorted(len(t) for t in threads) == [1, 2]


# --------------------------------------------------------------------------------------------
# GIFT: positives


def test_offer_accepted_and_shipped_is_one_gift_with_all_evidence():
    offer = msg(VERA, [OTTO], "Loaner gear for the burglary case",
                "Otto -\n\nOur team would love to donate 10 Porch Cams plus 2 Yard Light Cams to help the "
                "burglary investigation, at no cost to the department.\n\nVera", day=1, page=3, bates="MPD-000103")
    accept = msg(OTTO, [VERA], "RE: Loaner gear for the burglary case",
                 "That's extremely kind of you. We accept with thanks; have them delivered to the front desk.", day=2)
    ship = msg(SAM, [OTTO], "RE: Loaner gear for the burglary case",
               "Otto, the boxes left our warehouse this afternoon (Porch Cam x 10, Yard Light Cam x 2, billed at $0).",
               day=5)
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
    assert "no cost" in first.quote and first.page == 3 and first.bates == "MPD-000103"
    assert first.file == "release.pdf"
    assert 0 < g.confidence <= 1


@pytest.mark.parametrize("phrase,value", [
    ("roughly $3,000 worth of equipment", 3000), ("$1.5k in hardware", 1500), ("around 600 bucks worth of kit", 600),
    ("hardware valued at $2,490.00", 2490),
])
def test_stated_value_wins_over_prices(phrase, value):
    offer = msg(VERA, [OTTO], "Some gear", f"Heads up: {phrase}, two Porch Cams among it, is yours compliments of Acme.")
    got = msg(OTTO, [VERA], "RE: Some gear", "The box showed up at the desk today. Thanks a lot!", day=3)
    _, edges = run([offer, got])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["value_usd"] == value
    assert g.attrs["value_source"] == "stated"


@pytest.mark.parametrize("words,qty", [("a dozen", 12), ("half a dozen", 6), ("two", 2), ("a", 1), ("a pair of", 2)])
def test_quantities_in_words(words, qty):
    offer = msg(VERA, [OTTO], "Donation", f"Acme is donating {words} Porch Cams to you at no charge.")
    ship = msg(VERA, [OTTO], "RE: Donation", "Your package was dispatched today.", day=2)
    _, edges = run([offer, ship])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["items"] == [{"product": "p_door", "quantity": qty}]
    assert g.attrs["value_usd"] == qty * 199


def test_you_is_the_addressee_and_the_church_is_the_organisation():
    ask = msg(OTTO, [VERA], "St. Ann thefts",
              "Someone has broken into St. Ann Church two times now. Can you help us catch whoever did it?")
    offer = msg(VERA, [OTTO], "RE: St. Ann thefts",
                "Glad to help: I can get 3 Porch Cams over to the church at no charge. Who's the best contact for delivery?",
                day=2)
    thanks = msg(CORA, [VERA], "RE: St. Ann thefts",
                 "Everything got here safely. Our parish is so grateful for your donation.", day=6, cc=[OTTO])
    _, edges = run([ask, offer, thanks])
    [g] = of_type(edges, "GIFT")
    assert (g.source, g.target) == ("v1", "org_ch")
    assert g.attrs["purpose"] == "investigation"


def test_your_team_is_the_addressees_division():
    offer = msg(VERA, [OTTO], "Gear for the squad", "Four Porch Cams are set aside for your squad, courtesy of Acme.")
    ship = msg(VERA, [OTTO], "RE: Gear for the squad", "Tracking number to follow - they left this morning.", day=2)
    _, edges = run([offer, ship])
    [g] = of_type(edges, "GIFT")
    assert g.target == "d1"


def test_one_for_you_and_one_for_a_neighbour_splits_the_items():
    offer = msg(OTTO, [CORA], "Cameras for you and Hank",
                "Got two spare Porch Cams: one's for you, the other for Hank Neighbor - free. "
                "I'll swing by with them Thursday.")
    thanks = msg(CORA, [OTTO], "RE: Cameras for you and Hank",
                 "Really appreciate the cameras! Hank mounted his over the weekend.", day=5)
    _, edges = run([offer, thanks])
    gifts = sorted(of_type(edges, "GIFT"), key=lambda e: e.target)
    assert [(g.source, g.target) for g in gifts] == [("o1", "c1"), ("o1", "c2")]
    for g in gifts:
        assert g.attrs["items"] == [{"product": "p_door", "quantity": 1}]
        assert g.attrs["value_usd"] == 199
        assert g.attrs["purpose"] == "community"
        assert {e.message for e in g.evidence} == {offer.id, thanks.id}


def test_person_named_only_in_text_gets_a_node():
    offer = msg(OTTO, [CORA], "Spare cameras",
                "I brought home a pair of Porch Cams at no charge, one to you and one to Ines Okafor.")
    thanks = msg(CORA, [OTTO], "RE: Spare cameras", "Both arrived - thanks a bunch for the cameras!", day=3)
    nodes, edges = run([offer, thanks])
    ines = [n for n in nodes if n.kind == "person" and n.name == "Ines Okafor"]
    assert ines and any(e.target == ines[0].id for e in of_type(edges, "GIFT"))


def test_gift_shipped_in_the_offer_message_itself():
    m = msg(VERA, [OTTO], "Congrats", "We just mailed you a Porch Cam Elite and threw in a Relay Chime, no charge.")
    _, edges = run([m])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["value_usd"] == 249 + 29
    assert g.attrs["status"] == "shipped"


# --------------------------------------------------------------------------------------------
# GIFT: negatives (each gives no edge)


def test_discounted_sale_is_not_a_gift():
    q = msg(VERA, [OTTO], "Agency rate", "Agency pricing takes the Porch Cam down to $149.25 (25% off), shipping "
                                         "included. An invoice will follow by email.")
    p = msg(OTTO, [VERA], "RE: Agency rate", "Invoice settled today - $149.25 paid by card.", day=2)
    _, edges = run([q, p])
    assert of_type(edges, "GIFT") == []


def test_paid_purchase_and_praise_give_promoted_only():
    m = msg(OLGA, [VERA], "My camera", "Picked one up at the store with my own money. Honestly, I trust this "
                                        "product completely and tell anyone who asks to get an Acme Porch Cam.")
    _, edges = run([m])
    assert of_type(edges, "GIFT") == []
    assert [(e.source, e.target) for e in of_type(edges, "PROMOTED")] == [("o2", "p_door")]


def test_declined_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Something for you",
                "To say thanks for all your help, we'd love to get a Yard Light Cam to you for your house.")
    fw = msg(OTTO, [SID], "FW: Something for you",
             "Sarge, Acme is offering me a free yard light camera - am I allowed to take it?", day=2)
    sarge = msg(SID, [OTTO], "RE: FW: Something for you",
                "Negative. Under department rules we can't take gifts from vendors.", day=2)
    no = msg(OTTO, [VERA], "RE: Something for you",
             "Kind of you to think of me, but I must turn down the Yard Light Cam.", day=3)
    ok = msg(VERA, [OTTO], "RE: Something for you", "No problem at all, I understand.", day=3)
    _, edges = run([offer, fw, sarge, no, ok])
    assert of_type(edges, "GIFT") == []
    _, edges = run([offer, no, ok])  # the officer's own refusal is enough
    assert of_type(edges, "GIFT") == []
    _, edges = run([offer, fw])  # only asked about ("am I allowed to take it?"): no yes, nothing shipped
    assert of_type(edges, "GIFT") == []
    yes = msg(OTTO, [VERA], "RE: Something for you", "That's very kind, I'd love one.", day=3)
    _, edges = run([offer, fw, yes])  # the yes that follows the question
    assert len(of_type(edges, "GIFT")) == 1


def test_hypothetical_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Open house", "We may have a handful of free Yard Light Cams to hand out at your "
                                            "open house; I'll need to run it by our marketing folks.")
    reply = msg(OTTO, [VERA], "RE: Open house", "That would be wonderful, thank you! Keep me posted on what they decide.",
                day=2)
    _, edges = run([offer, reply])
    assert of_type(edges, "GIFT") == []
    firm = msg(VERA, [OTTO], "Open house", "We have a handful of free Yard Light Cams to hand out at your open house.")
    _, edges = run([firm, reply])  # the same thread without the hedge: a gift
    assert len(of_type(edges, "GIFT")) == 1


def test_withdrawn_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Two cameras", "Acme would like to send 2 Porch Cams your way, free.")
    yes = msg(OTTO, [VERA], "RE: Two cameras", "Wow, thank you - that's really kind.", day=2)
    back = msg(VERA, [OTTO], "RE: Two cameras", "Apologies, our legal team has asked us to pull the offer.", day=3)
    _, edges = run([offer, yes, back])
    assert of_type(edges, "GIFT") == []
    _, edges = run([offer, yes])  # not withdrawn: a gift
    assert len(of_type(edges, "GIFT")) == 1


def test_unanswered_offer_is_not_a_gift():
    offer = msg(VERA, [OTTO], "Two cameras", "We'd be glad to ship you two Porch Cams at no charge.")
    _, edges = run([offer])
    assert of_type(edges, "GIFT") == []


def test_conditional_promise_is_not_a_gift_until_the_threshold_is_reported():
    promise = msg(VERA, [OTTO], "Code for you", "OTTO50 is your personal code ($50 off). Each time ten residents "
                                               "order with it, Acme will mail you a complimentary Porch Cam.")
    report = msg(VERA, [OTTO], "OTTO50 tally", "Good news: OTTO50 has 23 redemptions, which earns you 2 free Porch "
                                              "Cams. What address should we use?", day=20)
    ship = msg(SAM, [OTTO], "RE: OTTO50 tally", "Both Porch Cams were sent out this morning, no charge.", day=25)
    _, edges = run([promise])
    assert of_type(edges, "GIFT") == []
    _, edges = run([promise, report, ship])
    [g] = of_type(edges, "GIFT")
    assert g.attrs["purpose"] == "referral_reward"
    assert g.attrs["value_usd"] == 2 * 199 and g.source == "v1"


def test_marketing_blast_out_of_office_and_calendar_invite_give_nothing():
    blast = msg(VERA, [OTTO, OLGA, SID], "Acme Neighborhood Newsletter",
                "Just launched: the Yard Light Cam, $249.\n* HOLIDAY DEAL: a Relay Chime free with any Porch Cam Elite.\n"
                "Officers are our heroes, so partner agencies get free Porch Cams!\n"
                "This message went to subscribers of our mailing list. Click here to opt out | Privacy")
    ooo = msg(OTTO, [VERA], "Out of Office: Acme Neighborhood Newsletter",
              "I'm away until Monday and reading mail only now and then. My Porch Cam is great though.")
    invite = msg(VERA, [OTTO, SID], "Invitation: Acme product walkthrough @ Tue Apr 4, 2pm",
                 "Vera Vendor invited you to an event.\nWalkthrough: two Porch Cams will be raffled off free.\n"
                 "Reply for otto@pd.example: Yes, Maybe, No")
    _, edges = run([blast, ooo, invite])
    assert edges == []


def test_marketing_footer_alone_marks_a_blast():
    blast = msg(VERA, [OTTO, OLGA], "Spring savings",
                "Partner agencies get free Porch Cams this spring!\n"
                "You got this note as a subscriber. To opt out of these mailings, click here.")
    ok = msg(OTTO, [VERA], "RE: Spring savings", "Thanks, sounds great!", day=2)
    _, edges = run([blast, ok])
    assert of_type(edges, "GIFT") == []
    plain = msg(VERA, [OTTO, OLGA], "Spring savings", "Partner agencies get free Porch Cams this spring!")
    _, edges = run([plain, ok])  # without the footer it reads as an offer
    assert of_type(edges, "GIFT")


# --------------------------------------------------------------------------------------------
# REFERRAL


def test_referral_owner_code_discount_and_latest_uses():
    assign = msg(VERA, [OTTO], "A code just for you", "We created OTTO50 just for you - it knocks $50 off any "
                                                       "Porch Cam.")
    share = msg(OTTO, [VERA], "RE: A code just for you", "Perfect, I'll include OTTO50 in this week's community email.",
                day=2)
    use = msg(SID, [OTTO], "RE: community email", "Bought myself a Porch Cam using OTTO50 - thanks for the tip.", day=4)
    r1 = msg(VERA, [OTTO], "OTTO50 update", "Quick update: OTTO50 was redeemed 12 times in June.", day=10)
    r2 = msg(VERA, [OTTO], "OTTO50 - end of July", "OTTO50 hit 30 redemptions by the end of July. Once it reaches "
                                                   "100 uses, there's a bonus in it for you.", day=20)
    nodes, edges = run([assign, share, use, r1, r2])
    [r] = of_type(edges, "REFERRAL")
    assert (r.source, r.target) == ("o1", "org_v")
    assert r.attrs["code"] == "code1" and r.attrs["uses"] == 30 and r.attrs["discount"] == "$50 off"
    assert r.confidence >= 0.9  # "just for you": a strong assignment
    assert {e.message for e in r.evidence} >= {assign.id, share.id, r1.id, r2.id}
    assert use.id not in {e.message for e in r.evidence}  # a buyer using the code is not evidence
    code = next(n for n in nodes if n.id == "code1")
    assert code.attrs["owner"] == "o1"
    assert of_type(edges, "GIFT") == []  # a purchase with a code is not a gift


def test_code_printed_another_way_is_the_indexed_code():
    """Codes are found by the entity stage (giftgraph.nlp.codes); here a printing of the indexed
    code in another case and punctuation ("pier-25" for PIER25) is the same code."""
    nodes = dict(NODES, code2=_node("code2", "code", "PIER25", key="PIER25"))
    index = FakeIndex({k: v for k, v in nodes.items() if k != "code1"})
    m = msg(VERA, [OTTO], "Resident discount", "Residents can enter code pier-25 at checkout for $25 off a Porch Cam; "
                                               "hand it out as you like.")
    nodes_out, edges = extract_relations([m], {}, index, Profile())
    [r] = of_type(edges, "REFERRAL")
    code = next(n for n in nodes_out if n.kind == "code")
    assert code.name == "PIER25" and code.attrs["owner"] == "o1" and r.attrs["code"] == code.id


# --------------------------------------------------------------------------------------------
# PROMOTED


def test_officer_endorsing_product_and_vendor():
    m = msg(OTTO, [OLGA, SID], "Resident discount",
            "My own Acme Porch Cam has been great and I'd honestly recommend it to your residents. "
            "I'm a huge fan of it.\n\nTruthfully, I swear by these things.")
    _, edges = run([m])
    pairs = {(e.source, e.target) for e in of_type(edges, "PROMOTED")}
    assert pairs == {("o1", "p_door"), ("o1", "org_v")}
    prod = next(e for e in of_type(edges, "PROMOTED") if e.target == "p_door")
    assert len(prod.evidence) == 2  # the recommendation and "a huge fan of it" (pronoun -> the camera)


def test_vendor_request_and_non_officer_praise_are_not_promoted():
    ask = msg(VERA, [OTTO], "Following up", "If the cameras are working out, it would mean a lot if you told your "
                                            "colleagues about Acme. Always great to hear from you!")
    civ = msg(CORA, [OTTO], "Thanks", "My Porch Cam is wonderful and I've been raving about them to the whole street.")
    dist = msg(OTTO, [VERA], "RE: code", "Going to pass OTTO50 around at roll call this week.")
    _, edges = run([ask, civ, dist])
    assert of_type(edges, "PROMOTED") == []


def test_officer_asked_to_spread_the_word_is_not_promoting():
    ask = msg(OTTO, [OLGA], "Cameras", "Could you mention the Acme Porch Cam at your next community meeting?")
    _, edges = run([ask])
    assert of_type(edges, "PROMOTED") == []


# --------------------------------------------------------------------------------------------
# Profiles


@pytest.mark.parametrize("name", ["ring_lapd", "flock_apd"])
def test_shipped_profiles_have_relation_rules(name):
    data = load_rules(name)
    rules = RelationRules(data)
    assert data["gift"]["free"] and data["referral"]["uses_patterns"] and data["promoted"]["endorse"]
    doc = rules.nlp.make_doc("the two cameras are yours at no cost")
    assert rules.scan(doc)["free"]


@pytest.mark.parametrize("name", ["ring_lapd", "flock_apd"])
@pytest.mark.parametrize("text,label,expected", [
    ("Would the county be able to lend us a few cameras?", "request", True),
    ("We would also be able to ship two more next month.", "request", False),
    ("Thanks once more for all the gear, it's already up.", "receive", True),
    ("We're truly grateful for your generosity.", "receive", True),
    ("Thanks for the quick reply.", "receive", False),
    ("I'd wholeheartedly recommend them to any block captain.", "endorse", True),
    ("I fully trust this brand with my own front door.", "endorse", True),
    ("I trust this finds you well.", "endorse", False),
    ("I've been telling all of my coworkers about it.", "endorse", True),
    ("Honestly, people should just get one.", "endorse", True),
    ("Maybe this would be something your board could look at.", "not_endorse", True),
    ("You could pitch it to your congregation.", "not_endorse", True),
    ("You're now our top neighborhood partner!", "purpose:referral_reward", True),
    ("We'd like to get a couple of cameras out to you.", "give", True),
    ("I'll get back to you tomorrow about the cameras.", "give", False),
    ("Free shipping, and the setup fee is waived too.", "free", False),
])
def test_token_patterns_allow_words_in_between(name, text, label, expected):
    rules = RelationRules(load_rules(name))
    assert bool(rules.scan(rules.nlp.make_doc(text)).get(label)) is expected


def test_quoted_history_is_not_read_again():
    offer = msg(VERA, [OTTO], "Two cameras", "We'd be pleased to send 2 Porch Cams to you, free.")
    reply = msg(OTTO, [VERA], "RE: Two cameras", "Let me ask my lieutenant first.\n\n-----Original Message-----\n"
                                                "From: Vera\nWe'd be pleased to send 2 Porch Cams to you, free. "
                                                "They went out this morning.", day=2)
    _, edges = run([offer, reply])
    assert of_type(edges, "GIFT") == []


# --------------------------------------------------------------------------------------------
# Recipients, givers and quantities in other wordings


def test_named_organisation_after_to_is_the_recipient_and_unresolved_short_names_count():
    ask = msg(OTTO, [VERA], "Repeat burglaries", "St. Ann got broken into again last weekend.")
    offer = msg(VERA, [OTTO], "RE: Repeat burglaries",
                "Acme will contribute 2 Yard Light Cams to St. Ann Church without charge.", day=2)
    got = msg(OTTO, [VERA], "RE: Repeat burglaries", "The cameras are mounted on the rectory now. We're grateful.", day=5)
    _, edges = run([ask, offer, got], FakeIndex().see(ask, offer, got))
    [g] = of_type(edges, "GIFT")
    assert g.target == "org_ch" and g.attrs["value_usd"] == 2 * 249


def test_division_after_to_is_a_shipping_address_not_the_recipient():
    offer = msg(VERA, [OTTO], "Your reward",
                "A Porch Cam Elite just shipped to Quarry Division in your name, with no charge.")
    _, edges = run([offer], FakeIndex().see(offer))
    [g] = of_type(edges, "GIFT")
    assert g.target == "o1"


def test_division_after_for_is_the_recipient():
    offer = msg(VERA, [OTTO], "Five cameras", "Acme is donating 5 Porch Cams for Quarry Division, no charge.")
    ok = msg(OTTO, [VERA], "RE: Five cameras", "They showed up this afternoon - thank you!", day=4)
    _, edges = run([offer, ok], FakeIndex().see(offer, ok))
    [g] = of_type(edges, "GIFT")
    assert g.target == "d1"


def test_shipping_notice_alone_names_the_authorising_giver():
    notice = msg(SAM, [OTTO], "Shipment notice #8820",
                 "Order #8820 is out the door: Porch Cam x 3, balance $0.00, charges waived as authorized by Vera Vendor.")
    _, edges = run([notice])
    [g] = of_type(edges, "GIFT")
    assert (g.source, g.target) == ("v1", "o1")
    assert g.attrs["items"] == [{"product": "p_door", "quantity": 3}]


def test_greeting_picks_you_among_several_addressees():
    offer = msg(VERA, [OLGA, OTTO], "Cameras", "Hello Otto,\n\nAcme can set aside 20 units of the Porch Cam for you, free.")
    yes = msg(OTTO, [VERA], "RE: Cameras", "Yes please, we'd be glad to have them.", day=2)
    _, edges = run([offer, yes])
    [g] = of_type(edges, "GIFT")
    assert g.target == "o1" and g.attrs["items"] == [{"product": "p_door", "quantity": 20}]
    assert g.attrs["status"] == "accepted" and g.confidence < 0.8


def test_each_of_you_gives_every_addressee_the_items():
    offer = msg(VERA, [OLGA, OTTO], "Cameras", "There's a Yard Light Cam for both of you, free of charge.")
    yes = msg(OTTO, [VERA], "RE: Cameras", "That's so kind, many thanks.", day=2)
    _, edges = run([offer, yes])
    assert sorted(e.target for e in of_type(edges, "GIFT")) == ["o1", "o2"]


def test_free_item_with_a_purchase_is_not_a_gift():
    m = msg(VERA, [OTTO], "Bundle", "Buy a Porch Cam Elite this month and the Relay Chime comes free.")
    ok = msg(OTTO, [VERA], "RE: Bundle", "Good to know, thank you!", day=2)
    _, edges = run([m, ok])
    assert of_type(edges, "GIFT") == []


# --------------------------------------------------------------------------------------------
# Dependency rules on parsed sentences (trained pipeline)


@pytest.mark.model
def test_dependency_rules_find_received_and_requests(parser):
    rules = RelationRules(load_rules("ring_lapd"))
    texts = {
        "received": "Acme mailed them to me on Friday.",
        "received_dative": "Their team shipped us three doorbells.",
        "request": "Will Acme be able to donate some cameras to the shelter?",
        "offer": "We'd gladly ship you these units at no cost.",
    }
    got = {k: {label for label, _, _ in rules.dependency_cues(parser(t))} for k, t in texts.items()}
    assert got["received"] == {"received_by_speaker", "reported"}  # Acme, a third party, gave
    assert got["received_dative"] == {"received_by_speaker", "reported"}
    assert "request" in got["request"]
    assert got["offer"] == set()


@pytest.mark.model
def test_parsed_docs_block_a_received_report_from_becoming_an_offer(parser):
    # "Vera mailed us 2 Yard Light Cams" reports what the sender received, not the sender's
    # offer: with the parsed Doc the dependency rule sees it.
    m = msg(OTTO, [CORA], "Cameras", "Vera mailed us 2 Yard Light Cams free of charge.")
    ok = msg(CORA, [OTTO], "RE: Cameras", "Awesome, much appreciated!", day=2)
    docs = {m.id: parser(m.body), ok.id: parser(ok.body)}
    _, without = run([m, ok])
    assert of_type(without, "GIFT")  # lexical rules alone take it for an offer by Otto
    _, edges = extract_relations([m, ok], docs, FakeIndex(), Profile())
    assert of_type(edges, "GIFT") == []


@pytest.mark.model
@pytest.mark.slow
def test_whole_pipeline_on_a_small_release():
    """Entities (the real EntityIndex) then relations, on invented messages with invented people."""
    from giftgraph.nlp.extract import extract

    def m(frm, to, subject, body, sent):
        return Message(sender=Address(name=frm[0], email=frm[1]), to=[Address(name=to[0], email=to[1])],
                       subject=subject, body=body, sent=sent, provenance=[Provenance(file="t.eml")])

    nadia, ruth = ("Nadia Brooks", "nadia.brooks@ring.com"), ("Ruth Calder", "41234@lapd.lacity.org")
    colin, felix = ("Colin Marsh", "colin.marsh@ring.com"), ("Felix Okoye", "40001@lapd.lacity.org")
    msgs = [
        m(nadia, ruth, "Canyon Road robberies", "Ruth,\n\nWe want to back your robbery investigation: Ring is "
          "donating six Spotlight Cams (roughly $1.2k in equipment) free of charge. Expect them early next week."
          "\n\nNadia\n", "2017-02-06T10:00:00-08:00"),
        m(ruth, nadia, "RE: Canyon Road robberies", "Nadia, that's fantastic. Thank you on behalf of the whole unit."
          "\n\nDet. Ruth Calder #41234\nTopanga Division\n", "2017-02-06T14:00:00-08:00"),
        m(nadia, ruth, "RE: Canyon Road robberies", "Ruth - your Spotlight Cams were sent out by UPS this morning."
          "\n\nNadia\n", "2017-02-13T09:00:00-08:00"),
        m(colin, felix, "Floodlight Cams", "Felix,\n\nFor your department each Floodlight Cam runs $159, and we "
          "cover shipping. How many should I put you down for?\n\nColin\n", "2017-02-07T10:00:00-08:00"),
        m(felix, colin, "RE: Floodlight Cams", "Put us down for 3; the purchase order is in the works. Truly, the "
          "Floodlight Cam is the best thing I've bought, and I'd recommend it to anybody.\n\n"
          "Officer Felix Okoye #40001\n", "2017-02-07T12:00:00-08:00"),
    ]
    ext = extract(msgs)
    names = {n.id: n.name for n in ext.nodes}
    got = {(e.type, names.get(e.source), names.get(e.target)) for e in ext.edges if e.type in ("GIFT", "PROMOTED", "REFERRAL")}
    assert got == {("GIFT", "Nadia Brooks", "Ruth Calder"), ("PROMOTED", "Felix Okoye", "Floodlight Cam")}
    gift = next(e for e in ext.edges if e.type == "GIFT")
    assert gift.attrs["value_usd"] == 1200 and gift.attrs["items"][0]["quantity"] == 6
    assert gift.attrs["purpose"] == "investigation" and len({ev.message for ev in gift.evidence}) == 3


def test_your_division_from_the_addressees_signature_when_the_index_has_no_membership():
    nodes = dict(NODES)
    nodes["o1"] = _node("o1", "person", "Otto Officer", ["Otto"], [f"otto@{AGENCY}"], role="officer")  # no division
    index = FakeIndex(nodes)
    hello = msg(OTTO, [VERA], "Hello", "Appreciated the walkthrough yesterday.\n\nOtto Officer\nQuarry Division")
    offer = msg(VERA, [OTTO], "For your division", "Three Porch Cams for your division are on us.", day=2)
    ok = msg(OTTO, [VERA], "RE: For your division", "Received them this morning, thanks!", day=4)
    _, edges = run([hello, offer, ok], index.see(hello, offer, ok))
    [g] = of_type(edges, "GIFT")
    assert g.target == "d1"


def test_uses_reported_in_other_words_and_in_the_codes_thread():
    assign = msg(VERA, [OTTO], "OTTO50 is live", "OTTO50 is set up and gives buyers $50 off.")
    r1 = msg(VERA, [OTTO], "RE: OTTO50 is live", "Update: 14 neighbors have already used it.", day=9)
    r2 = msg(VERA, [OTTO], "RE: OTTO50 is live", "Strong month - the code has now been redeemed by 27 customers.", day=30)
    _, edges = run([assign, r1, r2])
    [r] = of_type(edges, "REFERRAL")
    assert r.attrs["uses"] == 27 and {e.message for e in r.evidence} == {assign.id, r1.id, r2.id}


def test_you_is_not_the_givers_colleague_on_the_to_line():
    offer = msg(VERA, [SAM, OTTO], "Two cameras", "We'd be pleased to send you two Porch Cams, no charge.")
    ok = msg(OTTO, [VERA], "RE: Two cameras", "Both came in today - thank you.", day=3)
    _, edges = run([offer, ok])
    [g] = of_type(edges, "GIFT")
    assert g.target == "o1"


def test_a_second_free_shipment_after_the_first_shipped_is_a_second_gift():
    offer = msg(VERA, [OTTO], "Cameras for the case", "Otto, we'd like to donate 4 Porch Cams to the investigation, "
                "free of charge.", day=1)
    accept = msg(OTTO, [VERA], "RE: Cameras for the case", "Thank you, we gladly accept.", day=2)
    ship = msg(VERA, [OTTO], "RE: Cameras for the case", "The 4 Porch Cams shipped this morning.", day=3)
    more = msg(VERA, [OTTO], "RE: Cameras for the case", "Since they helped, we just mailed you 2 Yard Light Cams, "
               "free of charge.", day=20)
    _, edges = run([offer, accept, ship, more])
    gifts = sorted(of_type(edges, "GIFT"), key=lambda g: g.attrs["date"])
    assert [{(i["product"], i["quantity"]) for i in g.attrs["items"]} for g in gifts] == [{("p_door", 4)}, {("p_flood", 2)}]
    assert [g.attrs["value_usd"] for g in gifts] == [4 * 199, 2 * 249]
    assert {e.message for e in gifts[1].evidence} == {more.id}
    # a shipping notice for the same gift stays one gift
    _, edges = run([offer, accept, ship, msg(VERA, [OTTO], "RE: Cameras for the case",
                                             "Tracking for the 4 Porch Cams: they shipped by ground.", day=4)])
    assert len(of_type(edges, "GIFT")) == 1


def test_a_code_handed_over_to_the_one_the_sentence_opens_by_naming():
    """A vendor writes to two officers at once: "Olga, your code is ...": Olga's, not the first addressee's."""
    nodes = dict(NODES, code2=_node("code2", "code", "OLGA25", key="OLGA25"))
    m = msg(VERA, [OTTO, OLGA], "Codes", "Otto already has his. Olga, your code is OLGA25, for $25 off a Porch Cam.")
    nodes_out, edges = extract_relations([m], {}, FakeIndex(nodes), Profile())
    [r] = of_type(edges, "REFERRAL")
    assert (r.source, r.attrs["code"]) == ("o2", "code2")
