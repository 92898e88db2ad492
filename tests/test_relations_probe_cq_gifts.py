"""GIFT wording met by probe CQ (an ed-tech vendor and a school district, chatty mail): a cost said "covered" with the
reader's thing between ("we've got your fee covered"), "on our tab"; a price followed by "and we've got it covered";
"one for every deputy on your shift" (a share for each member, no rate: the unit's), "your whole staff" (a unit); goods "dropped at your office" this afternoon
(on their way, the office an address), "a mug for your desk" (the reader's own, no unit). Every sentence is invented
for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import gifts_read, vendor_thread

THANKS = "Wow, that is so kind. Thanks a bunch!"


def test_a_fee_said_covered_with_the_readers_thing_between():
    assert gifts_read(*vendor_thread(
        "Great news, Otto! We have your workshop fee covered ($640), so just register with the link below.", THANKS)) \
        == [("v1", "o1", 640.0)]


def test_a_room_on_our_tab():
    assert gifts_read(*vendor_thread(
        "Otto, we reserved a room for you at the lodge for both nights, on our tab ($520).", THANKS)) == [("v1", "o1", 520.0)]


def test_a_price_then_and_we_cover_it():
    assert gifts_read(*vendor_thread(
        "As thanks for all the help, we've arranged an ice cream truck for your shift next Tuesday. "
        "It runs $480 and we've got it covered.", THANKS)) == [("v1", "d1", 480.0)]
    assert gifts_read(*vendor_thread(
        "As thanks for all the help, we've arranged an ice cream truck for your shift next Tuesday. "
        "It runs $480 and I'll cover it.", THANKS)) == [("v1", "d1", 480.0)]


def test_one_for_every_member_on_a_team_is_a_share_not_a_rate_and_goes_to_the_team():
    # (Otto's shift is his division, d1: each member of it gets one, so the unit does)
    assert gifts_read(*vendor_thread(
        "For the holidays I'm mailing 12 movie gift cards, $15 each, one for every deputy on your shift!", THANKS)) \
        == [("v1", "d1", 180.0)]


def test_the_readers_whole_staff_is_the_readers_unit():
    assert gifts_read(*vendor_thread(
        "We'd like to treat your whole staff to a pizza lunch on Friday. It's on us!", THANKS)) == [("v1", "d1", None)]


def test_a_rate_for_each_one_who_signs_up_stays_conditional():
    assert gifts_read(*vendor_thread(
        "We send a $15 voucher for every officer who signs up with your link.", THANKS)) == []


def test_goods_dropped_at_the_readers_office_today_are_the_readers():
    assert gifts_read(*vendor_thread(
        "Hey Otto, I'm dropping a little care package at your office this afternoon: a fleece vest, a travel mug "
        "and a phone charger for your desk. Enjoy!")) == [("v1", "o1", None)]


def test_goods_dropped_off_for_a_unit_stay_the_units():
    assert gifts_read(*vendor_thread(
        "Hey Otto, I'm dropping a box of fleece vests at your office this afternoon for the whole Quarry Division. "
        "Enjoy!")) == [("v1", "d1", None)]
