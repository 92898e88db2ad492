"""A unit named in the possessive before its own event ("for the Quarry Division's spring cookout is on us") receives
the hospitality, as "for your squad's party" does; a person of the unit named that way ("for the Quarry Division's
captain") is not the unit. Invented wording (probe EG)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, VENDOR_SIG, VERA, msg, run  # noqa: E402
from test_relations import gift_triples as gifts  # noqa: E402


@pytest.mark.parametrize("body,gift", [
    ("Lunch for Quarry Division's awards night is on us, about $620 all in.", [("v1", "d1", 620.0)]),
    ("The barbecue for the Quarry Division's summer picnic is on us, about $410 all in.", [("v1", "d1", 410.0)]),
    # a drop point of the unit is still an address for the reader
    ("Two Porch Cams went to Quarry Division's front desk for you, on us.", [("v1", "o1", 398.0)]),
])
def test_a_unit_named_in_the_possessive_before_its_event_receives(body, gift):
    _, edges = run([msg(VERA, [OTTO], "Party", body + VENDOR_SIG),
                    msg(OTTO, [VERA], "RE: Party", "Thank you from all of us.", day=2)])
    assert gifts(edges) == gift
