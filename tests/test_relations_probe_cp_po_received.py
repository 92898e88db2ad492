"""GIFT wording met by probe CP: a vendor's reply to a purchase order that acknowledges it in the buyer's shorthand
("Thanks, PO received and the cameras ship Friday.") speaks of a sale being filled, even when the same reply gives
something else for free; the free thing is still a gift. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, gifts_read, msg


def test_po_received_in_a_reply_that_also_gives_is_no_gift_to_the_buyer():
    order = msg(OLGA, [VERA], "Purchase Order 7731 - Porch Cams",
                "Vera,\n\nPurchase Order 7731 is issued for four Porch Cams, total $796. Invoices to accounts payable."
                "\n\nOlga", day=2, cc=[OTTO])
    reply = msg(VERA, [OLGA], "RE: Purchase Order 7731 - Porch Cams",
                "Olga, thanks, PO received and the cameras ship Friday.\n\nOtto - apart from that, I'm also sending "
                "you two Relay Chimes at no charge.\n\nVera", day=3, cc=[OTTO])
    got = gifts_read(order, reply)
    assert not [g for g in got if g[1] == "o2"], got  # nothing given to the buyer
    assert [g for g in got if g[1] == "o1"], got  # the chimes still are


def test_po_acknowledged_alone_is_no_gift():
    reply = msg(VERA, [OLGA], "RE: order", "Olga, PO received and the cameras ship Friday; no charge for the freight."
                "\n\nVera", day=3)
    assert gifts_read(reply) == []
