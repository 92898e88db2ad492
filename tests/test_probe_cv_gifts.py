"""GIFT readings from probe CV, in wording and names invented for these tests: a card of a shop named in the
possessive, as a family shop is called ("a $60 Pruitt's card"), is a gift card of that amount."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import gifts_read, vendor_thread  # noqa: E402


def test_a_card_of_a_shop_named_in_the_possessive_is_a_gift_card():
    assert gifts_read(*vendor_thread("Otto, I tucked a $60 Pruitt's card in with the March statement, treat yourself.",
                                     "That was so kind, got it this morning. Thank you!")) == [("v1", "o1", 60.0)]
    # a business card handed over is no gift card
    assert gifts_read(*vendor_thread("Otto, I left a stack of Pruitt's cards at your desk for the front counter.",
                                     "Got them, thanks.")) == []


def test_a_vendors_note_with_an_amount_and_no_signature_is_read():
    """A note dashed off by the vendor's people with a nickname and no signature names neither the vendor nor a
    product: its amount is what makes it worth reading."""
    from test_relations import OTTO, VERA, msg
    note = msg(VERA, [OTTO], "happy holidays!!", "Otto,\n\nI tucked a $40 Pruitt's card in the envelope with your statement, "
                                                  "happy holidays.\n\nV", day=1)
    thanks = msg(OTTO, [VERA], "RE: happy holidays!!", "Got it, thank you!!\n\nOtto", day=2)
    assert gifts_read(note, thanks) == [("v1", "o1", 40.0)]
    # an amount the reader states is no vendor's note
    ask = msg(OTTO, [VERA], "question", "Vera, was the $40 on the last invoice for the cable?\n\nOtto", day=3)
    assert gifts_read(ask) == []


def test_what_the_thing_costs_the_giver_or_would_cost_elsewhere_is_its_value():
    """"the pair runs me about 300 bucks", "a captain would charge you $400 for a day like that": the worth of a thing
    given, said as what it costs the giver or what anyone else would charge the reader."""
    assert gifts_read(*vendor_thread("Otto\n\nmy other two seats are yours for the summer. the pair runs me about 300 "
                                     "bucks so use them", "Thanks Vera, the kids will love it")) == [("v1", "o1", 300.0)]
    assert gifts_read(*vendor_thread("Otto, the sailing trip Sunday is on the house. A captain would charge you $400 "
                                     "for a day like that.", "What a day, thanks for having us")) == [("v1", "o1", 400.0)]
    # a price quoted for a sale is no value of a gift
    assert gifts_read(*vendor_thread("Otto, a second Porch Cam would run you $199 with the bracket.",
                                     "Thanks, I'll think about it")) == []


def test_a_seasonal_ham_or_turkey_sent_round_is_a_present():
    """"a Christmas ham for everyone in your division", as a holiday basket is: worth something, its price said or not."""
    assert gifts_read(*vendor_thread("Otto, we're sending a holiday turkey for everyone in your division.",
                                     "Thank you, very generous as always")) == [("v1", "d1", None)]
