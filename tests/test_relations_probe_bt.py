"""GIFT wording met by probe BT (OCR'd printouts of a doorbell-camera vendor and a city police department), each rule
with a near case it leaves alone. Every sentence is invented for these tests (the small world of ``test_relations.py``:
its catalogue lists the Porch Cam at $199, the Porch Cam Elite and the Yard Light Cam at $249, the Relay Chime at $29)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SAM, VERA, FakeIndex, msg, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Porch cameras")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_price_printed_for_one_of_a_product_is_its_worth_before_the_catalogue_s():
    """The release prints what one of a catalogued thing costs (its list price of another year, a sale): beside its
    name in brackets, said "apiece" before the next thing is named, or in the next sentence of the plural things
    ("They sell for $120 each."). The gift is worth that many of that price, not the catalogue's; a rate or a total
    printed in the brackets leaves the catalogue price."""
    got = "Arrived today, thank you."
    assert _gifts("Otto, three Porch Cams are on their way to you, on the house - they run $159 apiece these days.",
                  got) == [("v1", "o1", 477.0)]
    assert _gifts("Otto, I've shipped you a Porch Cam Elite ($219) and a Relay Chime ($25.50), no charge.",
                  got) == [("v1", "o1", 244.5)]
    assert _gifts("Otto, we're sending eight Porch Cams over for your open house. These sell for $120 each, and there's "
                  "no cost to you.", got) == [("v1", "o1", 960.0)]
    # not a price of one: a discount, a rate, a total
    assert _gifts("Otto, I've shipped you a Porch Cam ($3/mo for recordings), no charge.", got) == [("v1", "o1", 199.0)]
    assert _gifts("Otto, I've shipped you two Porch Cams ($300 in all), no charge.", got) == [("v1", "o1", 300.0)]
    # a quote and an order: no gift, whatever the price
    assert _gifts("Otto, for twelve Porch Cams our price is $159 each.", "Please send the invoice, PO to follow.") == []


def test_a_rate_whose_count_is_the_subject_of_its_reward_verb_then_what_it_came_to():
    """"every 10 sign-ups earns a X, so two of them are headed your way": the rate's count is read as the subject of
    "earns" (the condition starts at the count, after "every"), and what it came to is sent, as "for every 10 uses, so
    two are ..." is; the rate alone is only a condition."""
    used = "Otto, your code was redeemed 31 times this quarter."
    assert _gifts(f"{used} Each 10 redemptions earns you a Relay Chime, so three of them are headed your way.",
                  "Ha, thanks.") == [("v1", "o1", 87.0)]
    assert _gifts(f"{used} Each 10 redemptions earns you a Relay Chime.", "Ha, thanks.") == []


def test_a_shipping_notice_naming_the_line_by_its_shorter_name_ships_the_gift_offered():
    """A clerk's notice under a subject of its own ("your three porch cameras shipped today, no charge per Vera") of
    the three Porch Cam Elites Vera gave days before: the shorter name of the line is the model offered, so the notice
    ships that gift and is no second gift of three Porch Cams. A notice of things the offer did not hold is a gift of
    its own."""
    def read(notice):
        th = [msg(VERA, [OTTO], "Swap", "Otto, I'd like to swap out your old setup: three Porch Cam Elites, no charge, "
                  "going out next week.\n\nVera Vendor\nAcme Cams", day=2),
              msg(OTTO, [VERA], "RE: Swap", "Much appreciated!\n\nOtto", day=2, hour=15),
              msg(SAM, [OTTO], "Order 5531 shipped", notice + "\n\nSam Shipper\nAcme Cams", day=5, cc=[VERA])]
        return gifts(run(th, FakeIndex().see(*th))[1])
    assert read("Otto - your three porch cameras shipped today via UPS, no charge per Vera.") == [("v1", "o1", 747.0)]
    assert read("Otto - your two yard light cameras shipped today via UPS, no charge per Vera.") == [
        ("v1", "o1", 498.0), ("v1", "o1", 747.0)]


def test_comp_d_spelled_with_its_apostrophe_is_free():
    """"comp'd" is "comped" as people type it: a thing said comp'd costs the reader nothing; said not comp'd, with an
    invoice to follow, it is sold."""
    assert _gifts("Otto, I moved your account up to the Porch Cam Elite for the rest of the year, all comp'd.",
                  "Oh nice, thanks!") == [("v1", "o1", 249.0)]
    assert _gifts("Otto, the Yard Light Cam ships Friday; it is not comp'd, I'm afraid, the invoice follows.",
                  "Understood.") == []


def test_things_said_to_be_the_unit_s_to_keep_or_keep_em_are_free():
    """"they're the squad's to keep." says, as "yours to keep" does, that the things stay; so does the informal "Keep
    'em."; "it's to keep the porch dry" or "the idea's to keep them through May, then they come back" says no such
    thing (a purpose, a loan)."""
    got = "Got them, thanks!"
    assert _gifts("Otto, three Relay Chimes went to the substation for the pilot, and they're the squad's to keep.",
                  got) == [("v1", "o1", 87.0)]
    assert _gifts("Otto, I dropped two Relay Chimes with your front desk. Keep 'em.", got) == [("v1", "o1", 58.0)]
    assert _gifts("Otto, three Relay Chimes went to the substation; the idea's to keep them through May, then they "
                  "come back to us.", got) == []
    assert _gifts("Otto, the Yard Light Cam hood we quoted is $12; it's to keep the lens dry.", got) == []


def test_a_price_of_one_said_by_its_unit_or_in_a_next_sentence_about_them():
    """"($22/ea)", "$210 a unit", and a next sentence about the things by a pronoun anywhere or by their retail price
    ("Retail on them is $210 apiece.") price one of the catalogued things given; a price per month is no price of one."""
    got = "Got them, thanks!"
    assert _gifts("Otto, four Relay Chimes went out to you today, no charge ($22/ea).", got) == [("v1", "o1", 88.0)]
    assert _gifts("Otto, two Yard Light Cams went out to you today at no charge, $210 a unit at retail.",
                  got) == [("v1", "o1", 420.0)]
    assert _gifts("Otto, two Yard Light Cams are on their way to you, no charge. Retail on them is $210 "
                  "apiece.", got) == [("v1", "o1", 420.0)]
    assert _gifts("Otto, two Yard Light Cams went out to you today, no charge ($5/mo for cloud video).",
                  got) == [("v1", "o1", 498.0)]


def test_an_amount_in_brackets_of_several_things_together_is_no_price_of_the_last():
    """"a Porch Cam Elite and a Relay Chime ($260 together)", "... ($260)" after the last of several things none priced
    before: the amount may be of them all, so it is read as before (the stated total), not as the Chime's price."""
    got = "Got them, thanks!"
    assert _gifts("Otto, I've shipped you a Porch Cam Elite and a Relay Chime ($260 together), no charge.",
                  got) == [("v1", "o1", 260.0)]
    assert _gifts("Otto, I've shipped you a Porch Cam Elite and a Relay Chime ($260), no charge.",
                  got) == [("v1", "o1", 278.0)]
