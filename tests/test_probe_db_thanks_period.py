"""GIFT readings from probe DB, in wording and names invented for these tests: a time word inside the opening clause
of thanks ("as a thank you for all your help with the new rota this year, ...") says what the thanks are for, not a
recap of what was given before; the giving after the comma is a new gift."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import gifts_read, vendor_thread  # noqa: E402


def test_a_period_in_the_clause_of_thanks_is_no_recap():
    offer = ("Otto, as a thank you for all your help getting the new schedule of works agreed this year, we'd like to "
             "send our fitter round to service your gas fire at home, on the house. It's normally £120 +VAT.")
    assert gifts_read(*vendor_thread(offer, "That's ever so kind - thank you. Friday would suit.")) == [("v1", "o1", 120.0)]


def test_a_recap_of_this_year_still_is_one():
    # a tally of what was given this year is no new gift
    recap = "Otto, this year we sent your unit four gas fire services at no charge, worth £480 in all."
    assert gifts_read(*vendor_thread(recap, "Thanks for the summary.")) == []
