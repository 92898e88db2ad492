"""A mail merge from a firm's bulk mailbox greets every reader by first name ("Dear Otto,") and carries an unsubscribe
footer: it is a marketing blast, whose "FREE" offers give no one anything (a sweepstakes club's "you are entitled to
receive for FREE ..." became a gift on the Enron inbox once a greeting by name made any footed mail a letter). A
person's own letter through a mailing tool stays a letter. Every message is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, VERA, FakeIndex, _node, msg, of_type, run

# the vendor's own bulk mailboxes, known to the release as people of the vendor's side (as an index makes them)
WORLD = dict(NODES)
for nid, mailbox in (("b1", "acmecams@acmecams.example"), ("b2", "rewards@acmecams.example"),
                     ("b3", "no-reply@acmecams.example")):
    WORLD[nid] = _node(nid, "person", mailbox, [], [mailbox], role="vendor_employee")

FOOTER = ("\nPrizeHarbor Club, 4 Dockside Way, Port Elm\nYou are receiving this email because you signed up for "
          "PrizeHarbor alerts. Unsubscribe | Manage preferences")
OFFER = ("Dear Otto,\nGood news! You are entitled to receive for FREE* the Yard Light Cam, valued at $100.00, simply "
         "by becoming an Acme customer this month.")


@pytest.mark.parametrize("sender", ["acmecams@acmecams.example", "rewards@acmecams.example",
                                    "no-reply@acmecams.example"])
def test_a_bulk_mailbox_greeting_by_name_is_still_a_blast(sender):
    _, edges = run([msg(sender, [OTTO], "Otto, your FREE gift is waiting", OFFER + FOOTER)], FakeIndex(WORLD))
    assert of_type(edges, "GIFT") == []


def test_a_persons_letter_through_a_mailing_tool_is_read():
    letter = msg(VERA, [OTTO], "For the range day", "Dear Otto,\nAs a thank-you for the range day, we're sending you a "
                 "$40 gift card for the Elm Street Diner.\nVera" + FOOTER)
    _, edges = run([letter])
    assert [e.attrs.get("value_usd") for e in of_type(edges, "GIFT")] == [40]
