"""Probe CW: places on a course given free, the people who take them named by the reader's side.

Formal agency English names the people chosen for places with "nominates", often with the organisation as the
subject and each one's unit in brackets ("the Academy nominates Sgt. Ames (North) and Sgt. Bell (#12)"); prices the
place as the cost's own ("Tuition is $450 per seat and we cover it in full - the agency is not billed"); and sends
paperwork back in the same breath ("Complete and return it by Friday") without returning the gift.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_relations import OLGA, OTTO, SID, VERA, gifts_read, msg  # noqa: E402

SIG = "\n\nVera Vendor\nAcme Cams"


def _offer(body):
    return msg(VERA, [OTTO], "Night Driving Course - two places", "Otto,\n\n" + body + SIG, day=4, hour=9)


def _reply(body):
    return msg(OTTO, [VERA], "RE: Night Driving Course - two places", "Vera,\n\n" + body + "\n\nOtto", day=5, hour=11,
               cc=[SID, OLGA])


def test_the_unit_nominates_two_people_for_places_priced_each():
    offer = _offer("We have put aside two places in our Night Driving Course for your department. Tuition is normally "
                   "$450 per seat; there would be no charge to you.")
    reply = _reply("Following review, the Academy nominates Sgt. Sid Sergeant (Quarry) and Olga Officer (#12) for the "
                   "two places.")
    assert gifts_read(offer, reply) == [("v1", "o2", 450.0), ("v1", "s1", 450.0)]


def test_tuition_priced_a_seat_and_covered_in_full():
    offer = _offer("Every autumn we set aside two scholarship places in the Night Driving Course for agencies we work "
                   "with. Tuition is $450 per seat and we cover it in full - the agency is not billed.")
    reply = _reply("Thank you. We nominate Sid Sergeant and Olga Officer for the two places.")
    assert gifts_read(offer, reply) == [("v1", "o2", 450.0), ("v1", "s1", 450.0)]


def test_a_form_sent_back_is_no_gift_returned():
    offer = _offer("We have put aside two places in our Night Driving Course for your department. Tuition is normally "
                   "$450 per seat; there would be no charge to you.")
    reply = _reply("We nominate Sid Sergeant and Olga Officer for the two places.\n\nBoth of you - Vera's office will "
                   "send you an enrolment form. Complete and return it by Friday and copy me.")
    assert gifts_read(offer, reply) == [("v1", "o2", 450.0), ("v1", "s1", 450.0)]
