"""Hospitality had is thanked for after the fact, with no offer in view ("Thanks again for supper at the Mill on
Friday."): a meal, tickets or an outing nobody lends and the host pays for, a gift of unsaid worth from the one vendor
person thanked to the one who thanks. Not thanks for a meeting or for help, nor a meal the writer paid a share of.
Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, gift_triples, msg, run


@pytest.mark.parametrize("thanks", [
    "Thanks again for supper at the Mill on Friday, the crab cakes were something else.",
    "Thank you for the tickets, my boys had a blast at the game.",
])
def test_thanks_for_hospitality_had_is_a_gift(thanks):
    m = msg(OTTO, [VERA], "Friday", f"Vera,\n\n{thanks}\n\nOtto", day=5)
    assert gift_triples(run([m])[1]) == [("v1", "o1", None)]


@pytest.mark.parametrize("thanks", [
    "Thanks for the meeting on Friday, the demo was useful.",
    "Thanks for supper at the Mill on Friday. I've sent you my half of the bill.",
    "Thanks for your help with the install on Friday.",
])
def test_thanks_for_a_meeting_help_or_a_shared_bill_is_no_gift(thanks):
    m = msg(OTTO, [VERA], "Friday", f"Vera,\n\n{thanks}\n\nOtto", day=5)
    assert gift_triples(run([m])[1]) == []


def test_a_later_refusal_in_the_thread_does_not_undo_hospitality_had():
    ms = [msg(OTTO, [VERA], "Friday", "Vera,\n\nThanks again for supper at the Mill on Friday.\n\nOtto", day=5),
          msg(VERA, [OTTO], "RE: Friday", "Otto,\n\nGlad you could come. While you sort out the budget, I could lend your "
                                          "office a demo unit for a month.\n\nVera", day=6),
          msg(OTTO, [VERA], "RE: Friday", "Vera,\n\nKind of you, but I'll have to decline; our rules don't allow it.\n\nOtto",
              day=7)]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", None)]


def test_hospitality_for_the_writer_s_whole_unit_is_the_unit_s():
    m = msg(OTTO, [VERA], "Friday", "Vera,\n\nThanks for lunch at Bo's on Friday. You didn't need to buy for the whole "
                                    "squad, but nobody minded.\n\nOtto", day=5)
    assert gift_triples(run([m])[1]) == [("v1", "d1", None)]


def test_hospitality_offered_in_the_thread_is_not_counted_again_when_thanked_for():
    ms = [msg(VERA, [OTTO], "Friday", "Otto,\n\nLet me take you to lunch at Bo's on Friday, my treat.\n\nVera", day=3),
          msg(OTTO, [VERA], "RE: Friday", "Vera,\n\nThanks for lunch at Bo's, that was kind of you.\n\nOtto", day=6)]
    assert len(gift_triples(run(ms)[1])) == 1
