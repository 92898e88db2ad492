"""The reader's side offering to send the vendor's own things back to the vendor's side ("The demo X is still here -
let me know where you'd like it sent") is a return, not a gift from the officer to the vendor; the vendor's answer
"don't bother sending it back, keep it" is then the vendor's gift. Found by probe CD (a demo charging kit the vendor
told an officer to keep was read as the officer's gift to the vendor's trainer). Every message is invented for these
tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, gifts_read, msg


def _exchange(officer: str, vendor: str | None) -> list:
    out = [msg(OTTO, [VERA], "Trial kit", "Vera,\n\n" + officer + "\n\nOtto", day=2)]
    if vendor is not None:
        out.append(msg(VERA, [OTTO], "RE: Trial kit", "Otto,\n\n" + vendor + VENDOR_SIG, day=3))
    return gifts_read(*out)


@pytest.mark.parametrize("officer", [
    "The trial is over. The Porch Cam you left is still on my desk - tell me where you'd like it shipped.",
    "We're done testing, so I'll send the Yard Light Cam back to you this week.",
])
def test_sending_the_vendors_things_back_is_no_gift_to_the_vendor(officer):
    assert _exchange(officer, "Thanks, Otto - noted.") == []


def test_keep_it_in_answer_to_a_return_is_the_vendors_gift():
    officer = "The trial is over. The Porch Cam you left is still on my desk - tell me where you'd like it shipped."
    vendor = "No need to ship the Porch Cam back. Hold on to it, it's yours to keep."
    assert _exchange(officer, vendor) == [("v1", "o1", 199.0)]
