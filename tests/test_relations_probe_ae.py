"""GIFT wording met by probe AE (.eml folder of a drone vendor and a county sheriff), each rule with a near case it
leaves alone. Every sentence is invented for these tests (the small world of ``test_relations.py``: Vera of Acme
Cams; Otto and Olga of Quarry Division; Sid; Cora)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, SID, VERA, FakeIndex, _node, msg, run
from test_relations import VENDOR_SIG as SIG
from test_relations import gift_triples as gifts

COURSE = _node("p_course", "product", "Night Flight Course", [], unit_price_usd=640, device=False)


def _to(to, body, *replies, index=None):
    """Vera writes ``body`` to ``to``; each (sender, text) of ``replies`` answers her, a day apart."""
    th = [msg(VERA, to, "Course", body + SIG, day=1)] + [
        msg(frm, [VERA], "RE: Course", text + "\n\nX", day=2 + i) for i, (frm, text) in enumerate(replies)]
    return gifts(run(th, (index or FakeIndex()).see(*th))[1])


def test_the_people_the_reader_registers_take_the_places_offered():
    """"... agreed to waive the tuition for two of your officers" - "Please register Otto Officer and Olga Officer": a
    place each for the two named; the reader naming three for two places, or a thing that is no place, changes
    nothing."""
    index = FakeIndex({**NODES, "p_course": COURSE})
    offer = ("Sid, places on the Night Flight Course usually cost $640 per person, but our director has agreed to waive "
             "the tuition for two of your officers.")
    assert _to([SID], offer, (SID, "Wonderful. Please register Otto Officer and Olga Officer."), index=index) == \
        [("v1", "o1", 640.0), ("v1", "o2", 640.0)]
    assert _to([SID], offer, (SID, "Wonderful, thanks. Please sign up Otto Officer, Olga Officer and Cora Civilian."),
               index=index) == [("v1", "s1", 1280.0)]
    assert _to([SID], "Sid, we'd like to send two Porch Cams for your people, no charge.",
               (SID, "Wonderful, thanks. Please register Otto Officer and Olga Officer."), index=index) == \
        [("v1", "s1", 398.0)]


def _kept(last):
    th = [msg(OTTO, [VERA], "Night search", "Vera, could we borrow a Porch Cam tonight for a search?\n\nOtto", day=1),
          msg(VERA, [OTTO], "RE: Night search", "Bringing one over now." + SIG, day=1, hour=10),
          msg(OTTO, [VERA], "RE: Night search", "We found her, thanks. Where should I return the Porch Cam?\n\nOtto", day=2),
          msg(VERA, [OTTO], "RE: Night search", last + SIG, day=3)]
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_things_kept_with_a_unit_are_the_units():
    """"Keep the Porch Cam with Quarry Division ..., it's yours" written to Otto: the division keeps it; "keep the Porch
    Cam ..., it's yours" stays Otto's."""
    assert _kept("Don't return it. Keep the Porch Cam with Quarry Division for as long as you need it, it's yours.") == \
        [("v1", "d1", 199.0)]
    assert _kept("Don't return it. Keep the Porch Cam for as long as you need it, it's yours.") == [("v1", "o1", 199.0)]


def test_the_guest_the_reader_names_takes_the_second_place():
    """"host you and a guest ... (about $240 a seat)" - "Count me in. Olga Officer will come with me.": Otto and Olga,
    $240 each; no guest named, or a guest the release does not know, leaves the seat Otto's alone."""
    offer = ("Otto, we have two open seats in our box for the rodeo on Friday. We'd be glad to host you and a guest; "
             "tickets and food are on Acme (about $240 a seat).")
    assert _to([OTTO], offer, (OTTO, "Count me in, thanks. Olga Officer will come with me.")) == \
        [("v1", "o1", 240.0), ("v1", "o2", 240.0)]
    assert _to([OTTO], offer, (OTTO, "Count me in, thanks. My brother will come with me.")) == [("v1", "o1", 240.0)]
    assert _to([OTTO], offer, (OTTO, "Count me in, thanks.")) == [("v1", "o1", 240.0)]
