"""GIFT readings from probe DG, in wording and names invented for these tests: a cc'd reader the offer names by first
name only declines for themself; a "so maybe ..." of advice after the giving hedges nothing; a meal "on the company
card" is paid by the writer's side."""
from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import NODES, OLGA, OTTO, VERA, FakeIndex, gift_triples, gifts_read, msg, run, vendor_thread  # noqa: E402


def _bare_names():
    """The small world with the officers known by their full names only (no first-name alias)."""
    nodes = dict(NODES)
    for pid in ("o1", "o2"):
        nodes[pid] = replace(nodes[pid], aliases=[])
    return FakeIndex(nodes)


def test_a_ccd_reader_named_by_first_name_declines_only_for_themself():
    offer = msg(VERA, [OTTO], "Expo", "Otto -- we'll cover your registration ($600) for the expo in Tulsa. Olga, the same "
                                     "offer stands for you.\n\nVera Vendor\nAcme Cams", day=1, cc=[OLGA])
    no = msg(OLGA, [VERA], "RE: Expo", "Thanks Vera, but I'll pass. I can't accept travel from a vendor.\n\nOlga",
             day=2, cc=[OTTO])
    yes = msg(OTTO, [VERA], "RE: Expo", "Count me in, thanks.\n\nOtto", day=3)
    assert gift_triples(run([offer, no, yes], _bare_names())[1]) == [("v1", "o1", 600.0)]
    # a cc'd reader the offer does not name still says no for the whole office
    offer2 = msg(VERA, [OTTO], "Expo", "Otto -- we'll cover your registration ($600) for the expo in Tulsa.\n\n"
                                      "Vera Vendor\nAcme Cams", day=1, cc=[OLGA])
    no2 = msg(OLGA, [VERA], "RE: Expo", "Thanks Vera, but we can't accept travel from a vendor.\n\nOlga", day=2, cc=[OTTO])
    assert gift_triples(run([offer2, no2], _bare_names())[1]) == []


def test_so_maybe_advice_after_the_giving_hedges_nothing():
    assert gifts_read(*vendor_thread("Otto, dropped a Yard Light Cam at your place, yours to keep, so maybe go easy on it",
                                     "ha thanks")) == [("v1", "o1", 249.0)]
    # a maybe of the giving itself still hedges it
    assert gifts_read(*vendor_thread("Otto, maybe we can drop a Yard Light Cam at your place for you to keep",
                                     "ha thanks")) == []


def test_a_meal_on_the_company_card_is_the_writers_treat():
    assert gifts_read(*vendor_thread("Otto - lunch friday at the Gristmill? on the corporate card of course",
                                     "works for me")) == [("v1", "o1", None)]
    # the reader paying with their own office's card buys
    assert gifts_read(*vendor_thread("Otto, can you send the invoice for the two Porch Cams?",
                                     "Paid it on the company card this morning.")) == []


def test_a_meal_asked_after_the_readers_name_and_a_dash_is_offered():
    """"Otto - lunch Friday?": a quick note puts a dash, not a comma, after the reader's name."""
    assert gifts_read(*vendor_thread("Otto -- drinks after the expo Tuesday? my treat", "sure")) == [("v1", "o1", None)]
    assert gifts_read(*vendor_thread("Otto \u2014 would you be free for dinner Thursday? our treat", "sure")) == [("v1", "o1", None)]


def test_a_terse_yes_takes_up_hospitality():
    """"sg" (sounds good) alone as the whole reply takes up the meal offered."""
    assert gifts_read(*vendor_thread("Otto -- lunch fri at the Gristmill? my treat. want to show u the new cams",
                                     "sg")) == [("v1", "o1", None)]


def test_so_maybe_after_a_mobile_signature_run_on():
    """A phone's "Sent from my iPhone" run into the sentence after the advice leaves the advice advice."""
    assert gifts_read(*vendor_thread("Otto, dropped a Yard Light Cam at your place, yours to keep, so maybe go easy on it "
                                     "-v Sent from my iPhone", "ha thanks")) == [("v1", "o1", 249.0)]
