"""GIFT wording met by probe AB (an .eml export of a forensics vendor and a county sheriff's lab: gifts of training and
access), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run, vendor_thread
from test_relations import gift_triples as gifts

SIG = "\n\nVera Vendor\nAcme Cams"


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Porch cameras")
    return gifts(run(th, FakeIndex().see(*th))[1])


def _two(offer, reply, subject="Spring course"):
    th = [msg(VERA, [OTTO], subject, offer + SIG, day=1), msg(OTTO, [VERA], "RE: " + subject, reply + "\n\nOtto", day=2)]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_credit_booked_for_a_code_s_uses_is_its_amount():
    """"... signed with your code X, so $400 in store credit is now on your account": the reward the uses came to, a
    credit named by where it is spent; a credit for something else (an outage) or only promised is none."""
    assert _gifts("Quick update: two agencies signed with your code OTTO50, so $400 in store credit is now on your "
                  "account.") == [("v1", "o1", 400.0)]
    assert _gifts("Good news, two agencies used your code, so $400 of credit is now on your account.") == [("v1", "o1", 400.0)]
    assert _gifts("Sorry about the outage last week; $80 in service credit is now on your account.") == []
    assert _gifts("Once two agencies sign with your code OTTO50, $400 in store credit will be on your account.") == []


def test_paying_a_cost_the_offer_left_out_takes_nothing_back():
    """"We'll pay our own airfare" under an offer of the pass and the hotel pays for the part left to the reader, and
    "Olga and I will come" takes the invitation up; paying for what was offered is still a sale after all."""
    offer = "We'd love to host you at the summit: your pass ($900) and your hotel ($300) are on us."
    assert _gifts(offer, "Count me in. We'll pay our own airfare.") == [("v1", "o1", 1200.0)]
    assert _gifts(offer, "I will come. We'll book and pay our own flights.") == [("v1", "o1", 1200.0)]
    assert _gifts(offer, "Count me in, but we'll pay for the hotel ourselves.") == []


def test_two_people_named_as_the_object_each_get_a_share():
    """"send you and Olga a X each", "put Olga and Sid Sergeant through the course ... for both of them": the pair
    named receives, one share each; "both passes ($900 each)" is 900 each, not the pair's total each."""
    assert _two("Otto, we'd like to send you and Olga a Relay Chime each, no charge.", "Thanks!", "Chimes") == [
        ("v1", "o1", 29.0), ("v1", "o2", 29.0)]
    assert _two("Otto, we'd like to put Olga and Sid Sergeant through our installer course in May. The seats normally "
                "run $300 each, but we'll waive the tuition for both of them.", "Very generous, thank you. Yes please.") == [
        ("v1", "o2", 300.0), ("v1", "s1", 300.0)]
    assert _two("We'd love to have you and Olga there as our guests: we'll cover both passes ($900 each).",
                "Olga and I will come.", "Summit") == [("v1", "o1", 900.0), ("v1", "o2", 900.0)]
    # one person named: the reader's gift as before
    assert _two("Otto, we'd like to send you a Relay Chime, no charge.", "Thanks!", "Chimes") == [("v1", "o1", 29.0)]


def test_the_loaner_kept_is_the_thing_lent_before():
    """"keep the loaner, it's yours now, no charge": the thing an earlier thread lent the reader is given; kept only
    until the reader's own comes back, it is still lent."""
    lent = [msg(VERA, [OTTO], "Backlog", "Otto, I'm shipping you a loaner Porch Cam today; send it back when yours is "
                "repaired." + SIG, day=1),
            msg(OTTO, [VERA], "RE: Backlog", "Loaner arrived, thanks.\n\nOtto", day=2)]

    def later(text):
        th = lent + [msg(OTTO, [VERA], "Loaner", "Ours is back from repair. How do you want the loaner back?\n\nOtto", day=5),
                     msg(VERA, [OTTO], "RE: Loaner", text + SIG, day=6)]
        return gifts(run(th, FakeIndex().see(*th))[1])

    assert later("Honestly, keep the loaner, it's yours now, no charge.") == [("v1", "o1", 199.0)]
    assert later("Keep the loaner until the new ones arrive, no charge.") == []


def test_the_unit_said_to_own_the_things_now_receives():
    """"it's the division's now, no charge": the reader's unit of that kind is given the things, not the reader."""
    assert _gifts("Keep the Porch Cam, it's the division's now, no charge.") == [("v1", "d1", 199.0)]
    assert _gifts("Keep the Porch Cam, it's yours now, no charge.") == [("v1", "o1", 199.0)]
