"""PROMOTED (found from probes EB, EF, EG and DT, whose endorsements were all missed; every sentence here is invented
for these tests, in the small world of ``test_relations.py``): words the vendor's side drafted or picked for a
customer to be quoted by, sent to that customer for leave to print them, and approved in the customer's reply, are
the customer's endorsement of what they name. Words refused, or never answered, endorse nothing."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VENDOR_SIG, VERA, FakeIndex, msg, of_type, run

SIGNED = ("Otto,\n\nFor the spring issue of our newsletter we'd like to print this line from your note to Sam:\n\n"
          "\"Acme Cams has been a dependable partner to Quarry Division, and the Porch Cam has earned its keep on "
          "our beat.\"\n- Officer Otto Officer, Quarry Division\n\nMay we run it as written?" + VENDOR_SIG)
DRAFTED = ("Otto,\n\nBelow is the quote we drafted for you for the case study; let me know if it can run as written.\n\n"
           "\"The Yard Light Cam cut our late-night calls on Kestrel Street in half, and I would put it on any "
           "block like ours.\"\n\nThank you!" + VENDOR_SIG)


def promoted(*messages):
    _, edges = run(list(messages), FakeIndex().see(*messages))
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.parametrize("ask,answer,expected", [
    (SIGNED, "Vera,\n\nApproved as written. Have a good weekend.\n\nOtto", [("o1", "org_v"), ("o1", "p_door")]),
    (DRAFTED, "Yes, go ahead - you may use my name and title with it.\n\nOtto", [("o1", "p_flood")]),
])
def test_words_the_vendor_drafted_and_the_customer_approved_endorse(ask, answer, expected):
    got = promoted(msg(VERA, [OTTO], "Newsletter line", ask, day=1),
                   msg(OTTO, [VERA], "RE: Newsletter line", answer, day=2))
    assert got == expected


@pytest.mark.parametrize("answer", [
    "Vera,\n\nPlease don't use my name on anything published. Sorry.\n\nOtto",
    "I'd rather you didn't run it until the captain has seen it.\n\nOtto",
    "Not yet - I need to check with the chief first.\n\nOtto",
])
def test_words_refused_or_held_back_endorse_nothing(answer):
    got = promoted(msg(VERA, [OTTO], "Newsletter line", SIGNED, day=1),
                   msg(OTTO, [VERA], "RE: Newsletter line", answer, day=2))
    assert got == []


def test_words_never_answered_endorse_nothing():
    assert promoted(msg(VERA, [OTTO], "Newsletter line", SIGNED, day=1)) == []
