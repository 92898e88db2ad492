"""Being invited somewhere "as our guest(s)" says the host pays: a ticketed evening offered to an officer as
the vendor's guest, and accepted, is a gift of the ticket's price. Invented wording and names."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gifts_read, msg


def test_a_benefit_dinner_as_the_vendors_guest_is_a_gift():
    offer = msg(VERA, [OTTO], "Harbor Lights benefit",
                "Acme has a table at the Harbor Lights benefit dinner on June 6, and we'd like you to come as our "
                "guest. Tickets for the dinner are $275.")
    ok = msg(OTTO, [VERA], "RE: Harbor Lights benefit", "Thanks, Vera - I'll be there.", day=2)
    assert gifts_read(offer, ok) == [("v1", "o1", 275.0)]


def test_a_dinner_the_officer_pays_for_is_no_gift():
    offer = msg(VERA, [OTTO], "Harbor Lights benefit",
                "Acme has a table at the Harbor Lights benefit dinner on June 6. Tickets for the dinner are $275 and "
                "you can buy yours at the door.")
    assert gifts_read(offer) == []
