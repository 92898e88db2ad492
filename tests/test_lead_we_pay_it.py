"""GIFT (found from probe EF's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): "we will pay it directly to the forum", beside a cost the vendor's side takes on, is the giver
paying, not a sale to the reader; a bill to the reader still is."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg

OFFER = ("Otto,\n\nAcme would like to cover your registration for the Harbor Safety Forum (May 4-6, Tulsa). The full "
         "registration is $380 and {terms}; you'd only need to confirm your badge name.")
YES = "Thank you - I accept, and I'll see you in Tulsa.\n\nOtto"


def test_the_giver_paying_the_cost_is_no_sale():
    got = gifts_read(msg(VERA, [OTTO], "Forum", OFFER.format(terms="we will pay it directly to the forum") + VENDOR_SIG,
                         day=1),
                     msg(OTTO, [VERA], "RE: Forum", YES, day=2))
    assert got == [("v1", "o1", 380.0)]


@pytest.mark.parametrize("terms", ["we will invoice your department for it after the forum",
                                   "you will pay it at the door"])
def test_the_reader_billed_is_still_a_sale(terms):
    got = gifts_read(msg(VERA, [OTTO], "Forum", OFFER.format(terms=terms) + VENDOR_SIG, day=1),
                     msg(OTTO, [VERA], "RE: Forum", YES, day=2))
    assert got == []
