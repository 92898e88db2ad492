"""Probe CW: a trip and an honorarium offered to a speaker, told to the ethics office in a memo.

The speaker's answer only says they are honoured and are asking leave ("I have routed the request through my chain of
command"); what they took is told later, in a memo to their own side, as a lettered list under "I received the
following from <the vendor>:" ("a. Round-trip airfare: $300.00", "b. Lodging, two nights: $400.00", ...), under a
memo's own heading ("TO: / FROM: / DATE: 20 MAR 2016 / SUBJECT:"), which is no quoted header.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_relations import OTTO, SID, VERA, gifts_read, msg  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def test_lettered_list_of_what_was_received_values_the_trip():
    offer = msg(VERA, [OTTO], "Speaking at the Acme summit",
                "Otto,\n\nI would like you to present your crash-reduction work at our summit in June. We will arrange and "
                "pay for your round-trip airfare and two nights' lodging at the conference hotel. Speakers also receive "
                "an honorarium of $500." + SIG, day=6, hour=9)
    reply = msg(OTTO, [VERA], "RE: Speaking at the Acme summit",
                "Ms. Vendor,\n\nI would be honored. I have routed the request through my chain of command and will "
                "confirm as soon as it is approved.\n\nOtto", day=7, hour=10)
    memo = msg(OTTO, [SID], "Disclosure of travel and honorarium - summit",
               "MEMORANDUM\n\nTO:      Sid Sergeant, Professional Standards\nFROM:    Otto Officer\nDATE:    "
               "20 MAR 2016\nSUBJECT: Disclosure of travel and honorarium\n\n1. I wish to report that I received the following from Acme Cams in connection with my "
               "presentation at the summit:\n\n   a. Round-trip airfare: $300.00\n   b. Lodging, two nights, paid "
               "directly by the company: $400.00\n   c. An honorarium check in the amount of $500.00, handed to me at "
               "the reception.\n\n2. Receipts are attached to the paper copy.\n\nOtto", day=20, hour=14)
    assert gifts_read(offer, reply, memo) == [("v1", "o1", 1200.0)]


def test_a_memo_heading_is_the_message_own_text():
    """The TO / FROM / DATE heading of a memorandum written in the message is no quoted header: the own text (what
    entities and relations read) goes on past it; a quoted header, with the time it was sent, still ends it."""
    from giftgraph.nlp.signature import own_text_end

    memo = ("MEMORANDUM\n\nTO:      Sid Sergeant, Professional Standards\nFROM:    Otto Officer\nDATE:    20 MAR 2016\n"
            "SUBJECT: Disclosure of travel\n\n1. I wish to report that I received the following from Acme Cams.\n")
    assert memo[:own_text_end(memo)] == memo
    quoted = ("Noted, thanks.\n\nTo: Otto Officer\nFrom: Vera Vendor\nDate: 03/04/2016 10:02 AM\nSubject: Summit\n\n"
              "See you there.\n")
    assert own_text_end(quoted) < quoted.index("From:") + 1
