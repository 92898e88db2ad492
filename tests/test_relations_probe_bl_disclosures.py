"""Wording found by probe BL (an inmate-communications vendor and a county detention division, printed from Outlook
and OCR'd): an officer's disclosure to their own side of hospitality that names a colleague treated with them ("X of
Acme took Olga and me to lunch"), of a thing the sentence calls a gift ("left a fruit basket for me at reception as a
holiday gift"), with its worth said in the next sentence, each person's ("it came to about $38 a head"). Every message
is invented for these tests, in wording of their own (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def _memo(body: str) -> list:
    """Otto writes to his own sergeant (no one of the vendor's side reads it)."""
    m = msg(OTTO, [SID], "Disclosure", f"Sarge,\n\n{body}\n\nOtto")
    return gifts(run([m], FakeIndex().see(m))[1])


@pytest.mark.parametrize("body,expected", [
    # the colleague named beside the writer had it too; the amount in the next sentence is each one's
    ("Sam Shipper of Acme took Olga Officer and me out for lunch on Tuesday. He covered the bill, about $38 a head.",
     [("v2", "o1", 38.0), ("v2", "o2", 38.0)]),
    ("Vera Vendor from Acme Cams took me to the hockey game in their suite. The seats come to $75 per person.",
     [("v1", "o1", 75.0)]),
    # a thing the sentence itself calls a gift, left for the writer; its worth in the next sentence
    ("Vera Vendor of Acme Cams left a fruit basket for me at reception on Monday as a holiday gift. I checked the "
     "shop's website and it's worth about $45.", [("v1", "o1", 45.0)]),
    ("Sam Shipper of Acme gave me a leather notebook as a birthday present. Roughly $25 retail.",
     [("v2", "o1", 25.0)]),
])
def test_disclosed_treat_or_gift_names_everyone_treated_and_the_worth_said_after(body, expected):
    assert _memo(body) == expected


@pytest.mark.parametrize("body", [
    "Sam Shipper of Acme offered to take Olga Officer and me out for lunch; I declined for both of us.",
    "Vera Vendor of Acme Cams took Olga Officer and me to lunch, and I paid for both of our meals myself.",
    "Vera Vendor of Acme Cams left a price sheet for me at reception on Monday.",
    "If Sam Shipper of Acme gave me a notebook as a gift, would I have to report it?",
])
def test_declined_paid_for_or_no_gift_said_is_no_disclosed_gift(body):
    assert _memo(body) == []
