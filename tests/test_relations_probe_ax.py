"""Probe AX: kinds of statement an invented release (a face-search app vendor and a state police bureau) showed the
relations stage misreading. Every sentence is worded anew for these tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OLGA, OTTO, SAM, SID, VERA, FakeIndex, gift_triples, msg, of_type, run  # noqa: E402

from giftgraph.graph.model import Node  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "It would be our pleasure to set your squad up with three Porch Cams, compliments of Acme, one each for Otto "
    "Officer, Olga Officer and Sid Sergeant.",
    "We'd love to hand your crew three Porch Cams free of charge - one apiece to Otto, Olga and Sarge.",
])
def test_things_shared_one_each_among_people_listed_after_it(sentence):
    ms = [msg(VERA, [SID], "For the squad", f"Sergeant,\n\n{sentence}\n\nVera Vendor\nAcme Cams", day=3),
          msg(SID, [VERA], "RE: For the squad", "Kind of you. We accept.\n\nSid", day=3, hour=10, cc=[OTTO, OLGA])]
    assert gift_triples(run(ms)[1]) == [("v1", "o1", 199.0), ("v1", "o2", 199.0), ("v1", "s1", 199.0)]


def test_one_each_for_a_list_naming_someone_unknown_is_not_shared_out_to_the_ones_known():
    ms = [msg(VERA, [SID], "For the squad", "Sergeant,\n\nWe'd love to hand you two Porch Cams free of charge, one "
              "each for Otto and Bertrand Nobody.\n\nVera Vendor\nAcme Cams", day=3),
          msg(SID, [VERA], "RE: For the squad", "Kind of you. We accept.\n\nSid", day=3, hour=10)]
    assert ("v1", "o2", 199.0) not in gift_triples(run(ms)[1])


# a service sold by the year, for the tests of free time added
_PLAN = Node(id="p_watch", kind="product", name="Watchtower Plan", aliases=["Watchtower licence"],
             emails=[], attrs={"unit_price_usd": 1200, "device": False})


def _with_plan(mails):
    return run(list(mails), FakeIndex({**NODES, _PLAN.id: _PLAN}).see(*mails))[1]


@pytest.mark.parametrize("body,value", [
    ("Brisco and Lyle Falls both signed on with your code OTTO50. That's two free years added to your licence, "
     "thank you!", 2400.0),
    ("Great news: Lyle Falls came in with your code OTTO50, and the renewal is booked. "
     "Also, six bonus months have been credited to your licence.", None),
])
def test_free_time_added_to_the_readers_service_for_a_codes_uses_is_a_reward(body, value):
    ms = [msg(VERA, [OTTO], "Your code", f"Otto,\n\n{body}\n\nVera Vendor\nAcme Cams", day=7)]
    edges = _with_plan(ms)
    if value is None:
        assert [e.attrs["value_usd"] for e in of_type(edges, "GIFT")] == [600.0]
    else:
        got = of_type(edges, "GIFT")
        assert [(e.source, e.target, e.attrs["value_usd"], e.attrs["purpose"]) for e in got] == [
            ("v1", "o1", value, "referral_reward")]


@pytest.mark.parametrize("body", [
    "Once two more agencies sign on with your code OTTO50, two free years will be added to your licence.",
    "Sorry about Monday's outage: we've added two free months to your licence.",
    "Every plan comes with two free months added to your licence when you renew.",
])
def test_free_time_promised_or_given_for_an_outage_or_sold_is_no_gift(body):
    ms = [msg(VERA, [OTTO], "Your licence", f"Otto,\n\n{body}\n\nVera Vendor\nAcme Cams", day=7)]
    assert of_type(_with_plan(ms), "GIFT") == []


@pytest.mark.parametrize("yes", ["Kind of you, and we accept. Olga will be your contact for getting the two of them set up.",
                                 "Many thanks -- we gladly accept. Olga can coordinate getting them set up."])
def test_a_colleagues_note_under_its_own_subject_after_an_acceptance_with_thanks_is_the_same_gift(yes):
    """An offer accepted in a reply that names who will get the things set up (which receives nothing yet), then the
    giver's colleague, in a thread of its own, telling the reader the things went out, free: one gift, from the one
    who offered."""
    offer = msg(VERA, [OTTO], "For your squad", "Otto,\n\nWe'd be delighted to give you two Porch Cams, no charge."
                "\n\nVera Vendor\nAcme Cams", day=2)
    ok = msg(OTTO, [VERA], "RE: For your squad", f"{yes}\n\nOtto", day=2, hour=10)  # (an hour later: msg's minutes wrap)
    note = msg(SAM, [OTTO], "Your cams are ready", "Hi Otto!\n\nVera asked me to get you set up. Your two Porch Cams "
               "shipped this morning, no charge at all!\n\nSam Shipper\nAcme Cams", day=4)
    edges = run([offer, ok, note])[1]
    assert gift_triples(edges) == [("v1", "o1", 398.0)]
