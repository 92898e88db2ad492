"""GIFT (found from probe EG's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): a caterer's meal or a season's party laid on by the vendor's side ("The catering for Quarry
Division's holiday party is on Acme") is hospitality, as a lunch is; the price said next with the thing "already
paid" ("it's already paid, roughly $610 all in") is its value. A party the reader's side is billed for is no gift."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def test_a_units_party_catered_on_the_vendor_is_a_gift_at_the_price_said_paid():
    offer = msg(VERA, [OTTO], "Year-end party",
                "Otto,\n\nThe catering for Quarry Division's holiday party on the 19th is on Acme. Tannery Smokehouse "
                "will drop it at the station by five; it's already paid, roughly $610 all in." + VENDOR_SIG, day=1)
    thanks = msg(OTTO, [VERA], "RE: Year-end party", "Vera, the whole division thanks you.\n\nOtto", day=2)
    assert gifts_read(offer, thanks) == [("v1", "d1", 610.0)]


def test_a_party_the_reader_is_billed_for_is_no_gift():
    offer = msg(VERA, [OTTO], "Year-end party",
                "Otto,\n\nThe catering for Quarry Division's holiday party on the 19th comes to $610, invoiced to your "
                "office on the usual terms." + VENDOR_SIG, day=1)
    ok = msg(OTTO, [VERA], "RE: Year-end party", "Thanks, Vera, send the invoice over.\n\nOtto", day=2)
    assert gifts_read(offer, ok) == []
