"""A price cut anyone can have, then ", but" the writer's side paying the reader's cost outright: the giving is the
second clause ("Code X takes 10% off for anyone, but we'd rather cover your pass ourselves"). Invented wording."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import OTTO, VERA, gifts_read, msg


def _offer(sentence):
    body = f"Hi Otto,\n\nAbout the Lakeshore Safety Forum in May.\n\n{sentence}\n\nBest,\nVera Vendor\nAcme Cams"
    return msg(VERA, [OTTO], "Forum in May", body, day=4, hour=9)


def _yes():
    return msg(OTTO, [VERA], "RE: Forum in May", "Sounds good, please go ahead and book it.\n\nOtto", day=4, hour=13)


def test_a_public_price_cut_then_but_we_cover_your_registration_is_a_gift():
    s = ("Members can knock 20% off the registration with the code LSF20, but we'd much prefer to cover your "
         "registration ($540) for you.")
    assert gifts_read(_offer(s), _yes()) == [("v1", "o1", 540.0)]


def test_a_price_cut_offered_to_the_reader_stays_a_sale():
    s = "With the code LSF20 you get 20% off the registration ($540), but you'd pay the rest yourself."
    assert gifts_read(_offer(s), _yes()) == []
