"""REFERRAL readings from probe DS, in wording and names invented for these tests: a code the vendor says every
visitor of a stand gets, or whose offer "is open to all attendees", is everyone's, not the reader's to hand out."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, SID, VERA, msg, of_type, run  # noqa: E402


def test_every_visitor_gets_the_discount_with_the_code_is_no_referral():
    blast = msg(VERA, [OTTO], "Find us at the fair", "Every visitor to our tent gets $50 off a Porch Cam with code "
                                                      "OTTO50 this weekend.\n\nVera Vendor\nAcme Cams")
    fwd = msg(OTTO, [SID], "FW: Find us at the fair", "FYI - could help with the next order.\n\nOtto", day=2)
    assert of_type(run([blast, fwd])[1], "REFERRAL") == []


def test_an_offer_said_open_to_all_attendees_makes_its_code_public():
    blast = msg(VERA, [OTTO], "Stand 9", "Mention OTTO50 at stand 9 for $50 off a Porch Cam. The deal is open to all "
                                         "attendees.\n\nVera Vendor\nAcme Cams")
    assert of_type(run([blast])[1], "REFERRAL") == []


def test_a_code_for_the_reader_alone_is_still_a_referral():
    note = msg(VERA, [OTTO], "A code for you", "Otto, here is OTTO50 - every neighbour you send our way gets $50 off "
                                               "a Porch Cam.\n\nVera Vendor\nAcme Cams")
    share = msg(OTTO, [SID], "Porch Cam", "Sid, use my code OTTO50 when you order.\n\nOtto", day=2)
    [r] = of_type(run([note, share])[1], "REFERRAL")
    assert r.source == "o1"
