"""Gift disclosures found by probe CB: the writer tells their own side that one of the vendor's people paid for what
they had together ("I had lunch with X of Acme, who paid the bill"), with the worth in the next sentence ("My share
came to $35", "Face value was $75 apiece"; an amount a head is left to the reading of such amounts); a disclosure of
a gift the release shows already (an offer taken up) gives that gift the worth it never had; "per our gift policy"
cited before a disclosure is no refusal. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, VENDOR_SIG, VERA, gifts_read, msg


def _log(body: str, day: int = 9) -> object:
    return msg(OTTO, [SID], "For the register", "Sid,\n\n" + body + "\n\nOtto", day=day)


@pytest.mark.parametrize("body,value", [
    ("For the register: I had lunch at the Harbor Grill with Vera Vendor of Acme Cams on the 4th, and she picked up "
     "the check. My share was about $35.", 35.0),
    ("Vera Vendor of Acme Cams paid for our breakfast after the range session. Mine came to $22.", 22.0),
    ("Noting for the file that I had supper with Vera Vendor (Acme Cams), who covered the bill - roughly $64 for my "
     "part.", 64.0),
])
def test_a_meal_the_vendor_person_paid_for_is_disclosed_as_a_gift(body, value):
    assert gifts_read(_log(body)) == [("v1", "o1", value)]


@pytest.mark.parametrize("body", [
    "I had lunch with Vera Vendor of Acme Cams on the 4th and paid for my own meal. It was $18.",
    "I had lunch with Vera Vendor of Acme Cams on the 4th; we split the check. My share was $35.",
    "Per our gift policy I turned down the dinner Vera Vendor of Acme Cams offered to pay for.",
])
def test_a_meal_the_writer_paid_for_or_refused_is_no_gift(body):
    assert gifts_read(_log(body)) == []


def test_a_disclosure_gives_its_worth_to_the_gift_the_thread_shows():
    offer = msg(VERA, [OTTO], "Hockey", "Otto, I've got a pair of tickets to Friday's hockey game in the Acme box. "
                "They're yours if you'd like them." + VENDOR_SIG, day=2)
    taken = msg(OTTO, [VERA], "RE: Hockey", "That's great, thank you!\n\nOtto", day=2, hour=13)
    told = _log("Under our gifts policy, reporting that I accepted two hockey tickets from Vera Vendor of Acme Cams. "
                "Face value was $75 apiece.", day=8)
    assert gifts_read(offer, taken) == [("v1", "o1", None)]
    assert gifts_read(offer, taken, told) == [("v1", "o1", 150.0)]
