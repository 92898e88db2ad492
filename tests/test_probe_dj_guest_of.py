"""Gift disclosures found by probe DJ: the writer tells their own side they had an outing "as the guest of" one of
the vendor's people ("I went to the symphony as a guest of Vera Vendor"), the worth said in the next sentence: the host's treat, a gift to the writer. Said of somebody outside the
vendor's side, or with the writer paying, it is none. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, gifts_read, msg


def _log(body: str, day: int = 9) -> object:
    return msg(OTTO, [SID], "For the register", "Sid,\n\n" + body + "\n\nOtto", day=day)


@pytest.mark.parametrize("body,value", [
    ("Last Saturday I went to the ballgame as the guest of Vera Vendor of Acme Cams. The seats were worth about $90.",
     90.0),
    ("On the 12th I went to the symphony as a guest of Vera Vendor (Acme Cams). The seats were worth roughly $140.",
     140.0),
])
def test_an_outing_as_the_vendor_persons_guest_is_a_gift(body, value):
    assert gifts_read(_log(body)) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "Last Saturday I went to the ballgame as the guest of Vera Vendor of Acme Cams, but I paid for my own ticket ($90).",
    "Last Saturday I went to the ballgame as the guest of my brother-in-law. The seats were worth about $90.",
])
def test_a_guest_who_paid_or_of_no_vendor_has_no_gift(body):
    assert gifts_read(_log(body)) == []
