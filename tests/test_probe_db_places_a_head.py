"""GIFT value from probe DB, in wording and names invented for these tests: places counted for one reader ("two
seats with your name on them", "four tickets for you") and priced "a head" are worth the count times the price, as
the reader takes them all; one place priced a head is worth the price."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import gifts_read, vendor_thread  # noqa: E402


def test_counted_places_priced_a_head_are_the_count_times_the_price():
    offer = ("Otto, we've a hospitality lounge at the racecourse for the spring meeting and I've kept four places "
             "for you, lunch included, all on us. They come to £60 a head.")
    assert gifts_read(*vendor_thread(offer, "Lovely, thanks Vera - I'll bring the family.")) == [("v1", "o1", 240.0)]


def test_one_place_priced_a_head_is_the_price():
    offer = ("Otto, we've a hospitality lounge at the racecourse for the spring meeting and there's a place for you, "
             "lunch included, all on us. It comes to £60 a head.")
    assert gifts_read(*vendor_thread(offer, "Lovely, thanks Vera.")) == [("v1", "o1", 60.0)]
