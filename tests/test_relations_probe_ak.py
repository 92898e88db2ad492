"""GIFT wording and layout met by probe AK (a PDF binder of Outlook printouts: an in-car video vendor and a county
sheriff's office), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

from giftgraph.nlp.relations import RelationRules
from giftgraph.nlp.relations.text import own_text


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_memo_heading_in_the_reply_is_its_own_text_not_quoted_history():
    """A reply written as a memo ("TO: ... / FROM: ... / RE: ...") declines in the text under its heading: its "FROM:"
    line follows the "TO:" line and no date line follows it, so it does not open quoted history. A quoted header
    ("From: ... / Sent: ...") still does."""
    rules = RelationRules.from_profile(None)
    memo = msg(OTTO, [VERA], "RE: Lamps", "MEMORANDUM\n\nTO: Ms. Vera Vendor, Acme Cams\nFROM: Otto Officer\n"
                                          "RE: Your offer of porch cameras\n\nMs. Vendor:\n\nOffice policy does not allow "
                                          "it, so I must respectfully decline the cameras.\n\nOtto Officer", day=2)
    assert "decline the cameras" in own_text(memo, rules)
    quoted = msg(OTTO, [VERA], "RE: Lamps", "Noted.\n\nTo: Otto\nFrom: Vera Vendor\nSent: Monday, March 1, 2016\n"
                                            "Subject: Lamps\n\nTwo Porch Cams for you.", day=2)
    assert "Two Porch Cams" not in own_text(quoted, rules)
    offer = msg(VERA, [OTTO], "Lamps", "Otto,\n\nAs a token of our appreciation I'd like to send two Porch Cams for "
                                       "your command staff, and they are yours to keep.\n\nVera")
    assert _run(offer, memo) == []


def test_consider_the_thing_of_a_kind_yours_gives_the_product_named_before():
    """"Please consider the camera yours!" after a sentence that names nothing ("I left the demo camera on your
    desk"): the camera is the Porch Cam the message named before, the reader's now. "Please consider whether the
    camera suits you" gives nothing."""
    offer = msg(VERA, [OTTO], "Demo", "Otto,\n\nHope the Porch Cam walkthrough helped. I left the demo camera on your "
                                      "counter on my way out. Please consider the camera yours!\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Demo", "Thanks Vera, it'll get used.\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "o1", 199.0)]
    ask = msg(VERA, [OTTO], "Demo", "Otto,\n\nHope the Porch Cam walkthrough helped. I left the demo camera on your "
                                    "counter on my way out. Please consider whether the camera suits you!\n\nVera")
    assert _run(ask, yes) == []


def test_a_cost_covered_then_said_paid_with_no_payer_is_each_ones_value():
    """"We covered the registration for you and Olga ... Registration is $350 a person and it's already paid": the
    "paid" is the vendor's payment of what it covered, not a sale; each of the two gets $350. Paid "by your
    department" is a sale."""
    from test_relations import OLGA
    offer = msg(VERA, [OTTO, OLGA], "Expo", "Otto and Olga,\n\nWe covered the registration for you and Olga at the "
                                            "Lakeshore Chiefs expo in May. Registration is $350 a person and it's already "
                                            "paid.\n\nVera\nAcme Cams")
    yes = msg(OTTO, [VERA], "RE: Expo", "thanks, see you there.\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "o1", 350.0), ("v1", "o2", 350.0)]
    sold = msg(VERA, [OTTO, OLGA], "Expo", "Otto and Olga,\n\nWe covered the registration for you and Olga at the "
                                           "Lakeshore Chiefs expo in May. Registration is $350 a person, paid by your "
                                           "department.\n\nVera\nAcme Cams")
    assert _run(sold, yes) == []


def test_promotional_goods_said_on_their_way_for_the_readers_unit_are_given():
    """"A holiday box of caps, mugs and scarves is on its way for the whole shift ... for all 9 of you (about $40 a
    person)": promotional goods sent unasked, each one's $40 times the nine, to the reader's unit. Goods the reader
    ordered are on their way too, and sold."""
    offer = msg(VERA, [OTTO], "Holidays", "Otto,\n\nA holiday box of Acme gear is on its way for the whole shift - caps, "
                                          "mugs and scarves for all 9 of you (figure about $40 a person). It should "
                                          "arrive Monday.\n\nVera\nAcme Cams")
    got = msg(OTTO, [VERA], "RE: Holidays", "Box showed up at roll call, thank you.\n\nOtto", day=3)
    assert _run(offer, got) == [("v1", "d1", 360.0)]
    ordered = msg(VERA, [OTTO], "Holidays", "Otto,\n\nThe box of Acme mugs you ordered is on its way for the whole "
                                            "shift (about $40 a person, invoice attached). It should arrive Monday."
                                            "\n\nVera\nAcme Cams")
    assert _run(ordered, got) == []


def test_a_service_comped_for_the_reader_and_the_rest_of_a_unit_goes_to_the_unit_at_the_amount_never_billed():
    """"I've comped six months of X for you and the other five officers in Quarry. That's ..., or $720 you will never
    see on an invoice.": the Quarry Division receives, worth the $720 never billed. Comped "for you" alone goes to the
    reader."""
    offer = msg(VERA, [OTTO], "Storage", "Otto,\n\nGood news - I've comped six months of Relay Chime for you and the "
                                         "other five officers in Quarry. That's six seats at $20 a month, or $720 you "
                                         "will never see on an invoice.\n\nVera")
    yes = msg(OTTO, [VERA], "RE: Storage", "Great, thank you.\n\nOtto", day=2)
    assert _run(offer, yes) == [("v1", "d1", 720.0)]
    alone = msg(VERA, [OTTO], "Storage", "Otto,\n\nGood news - I've comped six months of Relay Chime for you. That's "
                                         "six months at $20 a month, or $120 you will never see on an invoice.\n\nVera")
    assert _run(alone, yes) == [("v1", "o1", 120.0)]


def test_a_thank_you_to_the_readers_outside_organisation_by_its_kind_word_gives_to_it():
    """Written to the chief of an outside fire district: "... a Porch Cam for your brush truck, on us. It's a small way
    to say thank you to the district.": the district (the reader's organisation, by its address) receives. "... thank
    you to the county" (no word of the district's name) leaves the chief as the recipient."""
    from test_relations import NODES, _node
    nodes = dict(NODES)
    nodes["org_f"] = _node("org_f", "organization", "Birch Ridge Fire Protection District")
    nodes["f1"] = _node("f1", "person", "Fay Chief", ["Fay"], ["fchief@birchridgefire.example"], role="other")
    fay = "fchief@birchridgefire.example"
    offer = msg(VERA, [fay], "Truck", "Chief,\n\nI'd love to put a Porch Cam in your brush truck - on us, no charge. It's "
                                      "a small way to say thank you to the district for the fire season.\n\nVera")
    yes = msg(fay, [VERA], "RE: Truck", "That's generous, we'll take you up on it.\n\nFay", day=2)
    assert gifts(run([offer, yes], FakeIndex(nodes).see(offer, yes))[1]) == [("v1", "org_f", 199.0)]
    county = msg(VERA, [fay], "Truck", "Chief,\n\nI'd love to put a Porch Cam in your brush truck - on us, no charge. "
                                       "It's a small way to say thank you to the county for the fire season.\n\nVera")
    assert gifts(run([county, yes], FakeIndex(nodes).see(county, yes))[1]) == [("v1", "f1", 199.0)]
