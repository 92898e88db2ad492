"""GIFT recipients from probe DF, in wording and names invented for these tests: a message that greets two or more
readers and gives "every attendee" / "each participant" something speaks of the readers themselves (they are the ones
who attended): each reader gets one, not only the first one addressed."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OLGA, OTTO, VERA, FakeIndex, gift_triples, msg, run  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def _read(body, to=(OTTO, OLGA)):
    ms = [msg(VERA, list(to), "Pilot workshop follow-up", body + SIG)]
    _, edges = run(ms, FakeIndex().see(*ms))
    return gift_triples(edges)


def test_each_participant_of_a_workshop_written_to_two_readers():
    body = ("Otto, Olga,\n\nMany thanks for joining the pilot workshop on Tuesday. To say thanks, each participant "
            "receives a Relay Chime ($29 retail); I dropped them off at your reception this afternoon.")
    assert _read(body) == [("v1", "o1", 29.0), ("v1", "o2", 29.0)]


def test_every_attendee_gets_one_named_readers():
    body = ("Hi Otto and Olga,\n\nGreat session yesterday. Every attendee gets a Relay Chime as a little thank you, "
            "and I left them with your front desk this morning.")
    assert _read(body) == [("v1", "o1", 29.0), ("v1", "o2", 29.0)]


def test_the_amount_said_of_the_thing_every_attendee_gets_is_each_ones():
    body = ("Otto, Olga,\n\nThanks for coming out to the field day. Every participant receives a pair of trail "
            "binoculars ($64 retail) as a thank you, and I left them with your front desk this morning.")
    assert _read(body) == [("v1", "o1", 64.0), ("v1", "o2", 64.0)]


def test_thanks_for_the_readers_giving_after_the_gift_is_no_receipt():
    # "giving us your Saturday" is what the thanks are for: the speaker received nothing
    body = ("Otto, Olga,\n\nEvery participant gets a Relay Chime ($29 retail) as a little thank you for giving us your "
            "Saturday, and I left them with your front desk this morning.")
    assert _read(body) == [("v1", "o1", 29.0), ("v1", "o2", 29.0)]
