"""GIFT wording and layout met by probe AR (a Google Takeout mbox: a police-dog equipment vendor, a sheriff's K9 unit, a
city police canine unit and a foundation), each rule with a near case it leaves alone. Every sentence is invented for
these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, SAM, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _run(*mails):
    return gifts(run(list(mails), FakeIndex().see(*mails))[1])


def test_a_quotes_delivery_field_is_how_the_things_come_not_a_giving():
    """"Shipping: $0.00 (hand delivered)" on a quote's lines is how the things will come; the quote sells them. A
    shipment said as done ("were hand delivered today") is still read as before, and so is a quote zeroed out."""
    quote = msg(SAM, [OTTO], "Quote 5521", "Hi Otto,\n\nHere is the quote you asked for:\n\n  Porch Cam, qty 3 @ $199.00 "
                "= $597.00\n  Mounting: included\n  Shipping: $0.00 (hand delivered)\n  Total: $597.00\n\nValid 60 days."
                "\n\nSam")
    assert _run(quote) == []
    method = msg(SAM, [OTTO], "Quote 5522", "Otto,\n\n  Relay Chime, qty 2 @ $29.00 = $58.00\n  Delivery: shipped by "
                 "ground\n\nSam")
    assert _run(method) == []
    zeroed = msg(SAM, [OTTO], "Invoice 5523", "Otto,\n\n  Porch Cam, qty 3 @ $199.00 = $597.00\n  Waived: -$597.00\n"
                 "  Balance due: $0.00\n  Shipping: hand delivered\n\nSam")
    assert _run(zeroed) == [("v2", "o1", 597.0)]
    done = msg(SAM, [OTTO], "Cams", "Otto,\n\nYour 3 Porch Cams were hand delivered today.\n\nSam")
    assert _run(done) == [("v2", "o1", 597.0)]


def test_a_third_party_handing_out_what_the_vendor_pays_for_gives_from_the_vendors_person_copied():
    """A church council's award "underwritten in full by our partner, Acme Cams", with Vera copied: Vera gives it. With
    two of the vendor's people copied there is no telling which, and the writer stays the giver."""
    body = ("Dear Officer,\n\nOn behalf of the St. Ann Church council, it is my pleasure to tell you that you have been "
            "chosen for this year's Good Neighbor Award. The award comprises a Porch Cam and a Relay Chime, underwritten "
            "in full by our partner, Acme Cams.\n\nWith warm regards,\nCora")
    yes = msg(OTTO, [CORA], "RE: Good Neighbor Award", "I'm honored, thank you. I accept.\n\nOtto", cc=[VERA], day=2)
    assert _run(msg(CORA, [OTTO], "Good Neighbor Award", body, cc=[VERA]), yes) == [("v1", "o1", 228.0)]
    assert _run(msg(CORA, [OTTO], "Good Neighbor Award", body, cc=[VERA, SAM]), yes) == [("c1", "o1", 228.0)]
