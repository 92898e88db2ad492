"""A sentence that speaks of the things by a pronoun ("It's roughly a $4,000 trailer and it's yours") after the sentence
before it, in the same paragraph, gave them to an organisation by name with a verb of giving ("We'd like to donate our
old trailer to St. Ann Church"): the organisation receives, not the person the mail is written to; found by probe CN (a
trailer donated to a volunteer fire association read as its president's). Every message is invented for these tests
(the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import CORA, VENDOR_SIG, VERA, gifts_read, msg


def _thread(body: str) -> list:
    offer = msg(VERA, [CORA], "Good news", "Cora,\n\n" + body + VENDOR_SIG)
    thanks = msg(CORA, [VERA], "RE: Good news", "How generous, thank you so much!\n\nCora", day=2)
    return gifts_read(offer, thanks)


@pytest.mark.parametrize("body", [
    "We have decided to give our spare generator to St. Ann Church. It's a roughly $4,000 machine and it's yours at no "
    "cost.",
    "Acme would love to donate the box truck from our spring open house to St. Ann Church. They're all yours, no "
    "charge -- roughly $4,000 of gear.",
])
def test_things_given_to_an_organisation_then_called_yours_are_the_organisations(body):
    assert _thread(body) == [("v1", "org_ch", 4000.0)]

