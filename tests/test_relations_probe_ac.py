"""GIFT and PROMOTED wording met by probe AC (a PDF binder of a less-lethal-weapons vendor and a university police
department), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world
of ``test_relations.py``: Vera of Acme Cams; Otto and Olga of Quarry Division; Sid; Cora)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, SID, VERA, FakeIndex, _node, msg, run, vendor_thread
from test_relations import VENDOR_SIG as SIG
from test_relations import gift_triples as gifts


def _gifts(*bodies, index=None):
    th = vendor_thread(*bodies, subject="Range day")
    return gifts(run(th, (index or FakeIndex()).see(*th))[1])


def _to(to, body, *replies, index=None):
    """Vera writes ``body`` to ``to``; each (sender, text) of ``replies`` answers her, a day apart."""
    th = [msg(VERA, to, "Range day", body + SIG, day=1)] + [
        msg(frm, [VERA], "RE: Range day", text + "\n\nX", day=2 + i) for i, (frm, text) in enumerate(replies)]
    return gifts(run(th, (index or FakeIndex()).see(*th))[1])


def test_cases_and_packs_count_the_things_in_them():
    """"three cases of X", "2 cs X": the count of a thing sold by the case is the number of cases."""
    assert _gifts("Otto, we'll ship three cases of Relay Chimes at no charge.", "Thanks!") == [("v1", "o1", 87.0)]
    assert _gifts("Otto, we'll ship 2 cs Relay Chimes at no charge.", "Thanks!") == [("v1", "o1", 58.0)]


def test_comp_as_a_verb_and_no_tuition_say_free():
    """"we'd like to comp a seat for you", "you're registered, no tuition": free; "comp time" is no gift."""
    assert _gifts("Places usually run $525 each, but we'd be glad to comp a place for you.", "Thank you!") == \
        [("v1", "o1", 525.0)]
    assert _gifts("Otto, you're registered for the May class, no tuition. Seats usually run $525.", "Thank you!") == \
        [("v1", "o1", 525.0)]
    assert _gifts("Otto, the May class is $525 a seat; let me know if you want one.", "Thank you, I'll use comp time "
                  "to attend.") == []


def test_things_priced_each_and_counted_after_their_price_are_worth_the_count_times_the_price():
    """"Seats normally run $1,250 each, but we'd like to comp two seats for you" is two seats' worth; "... six jackets
    for you, no charge. They retail for $85 each." six jackets'. One seat waived stays one seat's."""
    assert _gifts("Seats normally run $1,250 each, but we'd like to comp two seats for you.", "Thank you!") == \
        [("v1", "o1", 2500.0)]
    assert _gifts("We'd love to send over six Acme jackets for you, no charge. They retail for $85 each.",
                  "Oh wow, thank you!") == [("v1", "o1", 510.0)]
    assert _gifts("Seats normally run $1,250 each, but we'd like to comp your seat.", "Thank you!") == \
        [("v1", "o1", 1250.0)]


def test_a_reward_check_that_should_reach_the_reader_is_paid_to_the_reader():
    """"That's a $500 referral bonus, and the check should reach you next week.": the vendor pays the reward (no sale,
    sent); the city's check reaching the vendor, or a price and a check, is a sale."""
    assert _gifts("Otto, that's a $500 referral bonus, and the check should reach you next week.") == \
        [("v1", "o1", 500.0)]
    assert _gifts("Otto, two Porch Cams are $398, and the check should reach you next week.", "ok") == []
    th = [msg(OTTO, [VERA], "Invoice", "Vera, the city's check should reach you next week.\n\nOtto", day=1)]
    assert gifts(run(th, FakeIndex().see(*th))[1]) == []


def test_the_people_taken_to_a_meal_are_who_it_is_for_each_at_the_price_a_head_said_next():
    """"I'd like to take Otto Officer and Olga Officer to dinner, Acme's treat. It usually comes to about $90 a
    head." written to Sid: Otto and Olga get $90 each (not Sid, not $45 each); "the Chief" is the one person whose
    title begins with Chief. "Take you to dinner" stays the reader's."""
    chief = _node("k1", "person", "Rhea Vance", [], ["rvance@pd.example"], role="officer", title="Chief of Police")
    index = FakeIndex({**NODES, "k1": chief})
    assert _to([SID], "Sid, after the demo I'd like to take Otto Officer and Olga Officer to dinner, Acme's treat. "
               "It usually comes to about $90 a head.", (SID, "They'll both be there, thanks.")) == \
        [("v1", "o1", 90.0), ("v1", "o2", 90.0)]
    assert _to([SID], "Sid, after the demo I'd like to take the Chief and Otto Officer to dinner, Acme's treat. "
               "It usually comes to about $90 a head.", (SID, "They'll both be there, thanks."), index=index) == \
        [("v1", "k1", 90.0), ("v1", "o1", 90.0)]
    assert _to([OTTO], "Otto, I'd like to take you to dinner after the demo, Acme's treat. It usually comes to about "
               "$90 a head.", (OTTO, "Count me in, thanks.")) == [("v1", "o1", 90.0)]
    assert _to([OTTO], "Otto, we should take the new recruits to lunch sometime.", (OTTO, "Sure, thanks.")) == []


@pytest.mark.model
def test_glad_of_what_someone_else_does_is_no_endorsement(nlp):
    from giftgraph.nlp.relations.promoted import endorsed_theme

    for text in ["Good questions, and I'm glad the committee is asking them.", "I am glad you asked."]:
        assert endorsed_theme(nlp(text)[:]) is None
    for text in ["I'm glad we went with them.", "I am so glad we bought the Halo Cam."]:
        assert endorsed_theme(nlp(text)[:]) is not None


def test_the_people_the_reader_sends_take_the_places_offered():
    """"we'd like to comp two seats for your program" - "I'd like to send Otto Officer and Olga Officer": a seat each
    for the two named (not the reader); a reply naming the giver's side leaves the places the reader's."""
    offer = "Sid, seats normally run $525 each, but we'd like to comp two seats for your program."
    assert _to([SID], offer, (SID, "That's very generous. I'd like to send Otto Officer and Olga Officer.")) == \
        [("v1", "o1", 525.0), ("v1", "o2", 525.0)]
    assert _to([SID], offer, (SID, "That's very generous, thank you. I'd like to send Vera Vendor my list.")) == \
        [("v1", "s1", 1050.0)]
