"""GIFT values priced per person, gifts to several addressees, and the vendor named as who pays: a round of golf
"about $140 a golfer", "the three of you" written to three people, "($450 each)" for both of them, a service whose
regular price is said beside the words that waive it, "covered by Acme", "Acme's treat". Every message is invented
for these tests (the small world of ``test_relations.py``: Vera of Acme Cams; Otto and Olga of Quarry Division)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OLGA, OTTO, VERA, msg, of_type, run
from test_relations import VENDOR_SIG as SIG
from test_relations import vendor_thread as thread


def gifts(messages):
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(run(messages)[1], "GIFT"))


def to_both(body, *replies):
    """Vera writes to Otto and Olga; each answers in a reply of their own."""
    out = [msg(VERA, [OTTO, OLGA], "Outing", body + SIG, day=1)]
    for n, (who, text) in enumerate(replies):
        out.append(msg(who, [VERA], "RE: Outing", text, day=2 + n))
    return out


# -- an amount per person is each person's, not the whole gift's to share out ----------------------------------
def test_a_round_priced_per_golfer_for_two_addressees_is_that_much_for_each():
    ms = to_both("The tee time, carts and the clubhouse lunch are all covered by Acme (it comes out near $140 a golfer). "
                 "Hope you can both join us.", (OTTO, "Count me in, thanks."), (OLGA, "Thank you, I'll be there."))
    assert gifts(ms) == [("v1", "o1", 140.0), ("v1", "o2", 140.0)]


def test_an_amount_each_for_both_of_you_is_each_ones():
    ms = to_both("Your passes for the spring expo are on us for both of you ($310 each).",
                 (OTTO, "Brilliant, thanks."), (OLGA, "Much appreciated."))
    assert gifts(ms) == [("v1", "o1", 310.0), ("v1", "o2", 310.0)]


def test_the_number_of_you_that_is_the_number_written_to_is_those_people():
    ms = to_both("The workshop normally runs $640 a person, but we're happy to waive the tuition for the two of you.",
                 (OTTO, "Thank you, very generous."), (OLGA, "Thanks so much."))
    assert gifts(ms) == [("v1", "o1", 640.0), ("v1", "o2", 640.0)]


def test_a_meal_for_a_group_of_the_readers_priced_per_head_goes_to_the_readers_unit_for_every_head():
    ms = thread("Breakfast for the five of you at the range day is on us, roughly $18 a head.", "The crew says thanks!")
    assert gifts(ms) == [("v1", "d1", 90.0)]


def test_an_amount_per_person_with_nothing_given_gives_nothing():
    assert gifts(thread("The banquet is $45 a head; please pay at the door.", "Thanks, see you there.")) == []
    assert gifts(to_both("Seats at the expo are $310 each for both of you, invoiced to the department.",
                         (OTTO, "Thanks."), (OLGA, "Thanks."))) == []


# -- the regular price said beside a service waived is what it is worth ------------------------------------------
def test_a_waived_service_is_worth_its_regular_price_said_before_or_after():
    assert gifts(thread("We'd be glad to waive the course fee for you. Places usually run $525.", "Thank you!")) == \
        [("v1", "o1", 525.0)]
    assert gifts(thread("Places usually run $525 each, but we'd be glad to waive the course fee for you.",
                        "Thank you!")) == [("v1", "o1", 525.0)]


def test_a_regular_price_beside_a_sale_price_gives_nothing():
    body = "The Porch Cam usually costs $199; this month officers pay $149."
    assert gifts(thread(body, "Thanks, I'll order one.")) == []


# -- the vendor named as who pays ---------------------------------------------------------------------------------
def test_a_cost_covered_by_the_vendor_or_its_treat_is_a_gift():
    assert gifts(thread("Your room at the lodge is paid for by Acme ($260).", "Thanks a lot!")) == [("v1", "o1", 260.0)]
    assert gifts(thread("Supper on Thursday was Acme's treat; it came to about $70 a person.", "Thanks again!")) == \
        [("v1", "o1", 70.0)]
    assert gifts(thread("Your hotel is on us, about $380.", "Thank you so much.")) == [("v1", "o1", 380.0)]


def test_carriage_covered_by_the_vendor_is_no_gift():
    assert gifts(thread("The shipping on your order is covered by Acme. The invoice for $398 is attached.",
                        "Thanks.")) == []


# -- things priced one by one in the sentence before the one that counts and gives them ---------------------------
def test_things_priced_each_then_counted_where_they_are_given_are_the_count_times_the_price():
    ms = thread("We had fleece vests printed for the range staff, $64 each with the crest. I'd love to send "
                "half a dozen over, no charge.", "Send them over, thanks!")
    assert gifts(ms) == [("v1", "o1", 384.0)]
    assert gifts(thread("We had fleece vests printed, $64 each. Happy to send you one, on us.", "Thanks!")) == \
        [("v1", "o1", 64.0)]


def test_things_priced_each_then_counted_for_an_order_give_nothing():
    ms = thread("We had fleece vests printed for the range staff, $64 each. I can send six once the purchase order "
                "clears.", "Thanks, I'll raise it.")
    assert gifts(ms) == []


# -- a reward rate, then what it came to ------------------------------------------------------------------------
def test_a_reward_rate_then_the_count_it_came_to_sent_is_a_gift_of_that_count():
    ms = thread("Your code MARLO-4 is at 15 orders. You earn a Porch Cam for every 5, so three are headed your way.",
                "Thanks!!")
    assert gifts(ms) == [("v1", "o1", 597.0)]
    ms = thread("For every 10 sign-ups we send a Porch Cam, which means two are on their way to you.", "Thank you!")
    assert gifts(ms) == [("v1", "o1", 398.0)]


def test_a_reward_rate_alone_is_a_condition_not_a_gift():
    assert gifts(thread("You earn a Porch Cam for every 5 uses of your code.", "Cool, thanks.")) == []


def test_an_amount_per_person_after_nights_counted_is_not_a_night_s_price():
    """"three nights at the lodge" counts nights; "$1,200 per person" said next is what each person gets, not the price of
    one of the nights."""
    ms = to_both("Otto and Olga,\n\nAcme is paying for your flights, three nights at the Harbor Lodge and your meals at the summit. "
                 "Budget about $1,200 per person, all on our dime.",
                 (OTTO, "Count me in, thanks."), (OLGA, "Thank you, I'll be there."))
    assert gifts(ms) == [("v1", "o1", 1200.0), ("v1", "o2", 1200.0)]
