"""GIFT values from probe DS, in wording and names invented for these tests: the price of one place said as an
entry fee ("entry is $140 per player and we cover it") is the worth of the place given, as tuition or registration
priced per seat is."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import gifts_read, vendor_thread  # noqa: E402


def test_an_entry_fee_per_player_covered_by_the_giver_is_the_value():
    assert gifts_read(*vendor_thread("Otto,\n\nAcme is sponsoring a foursome at the Elks benefit outing at Elm Hollow on "
                                     "June 2\nand we have a spot open. We'd love to have you play as our guest - entry "
                                     "is $140 per player and Acme\ncovers it.",
                                     "Count me in, thanks Vera!")) == [("v1", "o1", 140.0)]
