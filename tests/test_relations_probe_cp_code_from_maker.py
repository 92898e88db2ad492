"""REFERRAL wording met by probe CP: an officer who says the vendor gave them a referral code and hands it to a
colleague ("Acme gave me a referral code, OTTO50. Put it on your order and you get 10% off") is the code's owner; a
code a neighbour or a flyer gave them stays theirs to use, not to hand out. Every sentence is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, FakeIndex, msg, of_type, run


def _referrals(body):
    m = msg(OTTO, [OLGA], "chime order", body)
    return sorted((e.source, e.target) for e in of_type(run([m], FakeIndex().see(m))[1], "REFERRAL"))


def test_a_code_the_vendor_gave_the_writer_is_the_writers_to_share():
    assert _referrals("Olga,\n\nAcme gave me a referral code, OTTO50. Put it on your order and you get 10% off the "
                      "chimes, and I get credit toward our training.\n\nOtto") == [("o1", "org_v")]


def test_a_code_a_neighbour_gave_the_writer_is_not_theirs_to_share():
    assert _referrals("Olga,\n\nMy neighbour gave me a code, OTTO50. Put it on your order and you get 10% off the "
                      "chimes.\n\nOtto") == []
