""""Installed" after a price ("$199 a unit installed", "$900 installed") says what the price includes, not that
things were received and put up: a third party quoting such a price to an officer who was given the things does
not thank them for passing them on. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, OTTO, VERA, gift_triples, msg, run


@pytest.mark.parametrize("price", ["The price sheet puts the Porch Cam at $199 a unit installed, so book them at that.",
                                   "Book them at $199 installed, per the price sheet."])
def test_a_price_installed_is_no_receipt(price):
    ms = [msg(VERA, [OTTO], "Porch Cams", "Otto,\n\nNo need to send the two Porch Cams back, keep them with our thanks.\n\nVera"),
          msg(OTTO, [CORA], "FW: Porch Cams", "Cora, what form do I use for donated equipment?\n\nOtto", day=3),
          msg(CORA, [OTTO], "RE: FW: Porch Cams", f"Otto,\n\nUse form D-4. {price}\n\nCora", day=4)]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 398.0)]
