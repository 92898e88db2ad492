"""A thing sent inside the reader's organisation's mail system ("in the internal mail", "in the interoffice mail")
is on its way to them, as "in the post" is. Every message is invented (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, gift_triples, msg, run

SIG = "\n\nVera Vendor\nAcme Cams"


@pytest.mark.parametrize("where", ["in the internal mail", "in the interoffice mail", "in the inter-office mail"])
def test_a_gift_voucher_in_the_internal_mail_is_sent(where):
    body = (f"Otto,\n\nThanks for judging the photo competition at our stand. As a small thank-you I've put a $75 gift "
            f"voucher for Tern Lane Cinema {where} for you.{SIG}")
    assert gift_triples(run([msg(VERA, [OTTO], "Judging", body, cc=[OLGA], day=2)])[1]) == [("v1", "o1", 75.0)]


def test_a_paid_order_in_the_internal_mail_is_no_gift():
    body = f"Otto,\n\nThe invoice for the four chargers ($240) is in the internal mail for your accounts team.{SIG}"
    assert gift_triples(run([msg(VERA, [OTTO], "Chargers", body, day=2)])[1]) == []
