"""GIFT (found from probe EF's leftovers; every sentence here is invented for these tests, in the small world of
``test_relations.py``): words in quotation marks signed as someone else's ('"Since we rolled out the X, ..." -
Officer Otto Officer', '"...," said Otto Officer') are quoted, not the writer's acts: a vendor's draft testimonial
that tells how the customer got the things gives nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


@pytest.mark.parametrize("quote", [
    "\"Since we rolled out the Porch Cam across Quarry Division, porch thefts on Kestrel Street dropped by half.\"\n"
    "- Officer Otto Officer",
    "\"Since Acme sent us our first Yard Light Cams, the alley behind the depot has gone quiet,\" said Otto Officer.",
])
def test_a_signed_quotation_is_no_gift_of_the_writer(quote):
    ask = msg(VERA, [OTTO], "Newsletter line",
              "Otto,\n\nFor the spring newsletter we'd like to print this:\n\n" + quote + "\n\nMay we use it?" + VENDOR_SIG,
              day=1)
    ok = msg(OTTO, [VERA], "RE: Newsletter line", "Approved as written.\n\nOtto", day=2)
    assert gifts_read(ask, ok) == []
