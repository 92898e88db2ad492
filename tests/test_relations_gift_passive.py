"""GIFT told in the passive: "I was given two X by <one of the vendor's people>" is that person's gift to the
speaker, never the speaker's gift to the reader; "the depot was given two X by <someone>" is hearsay of the one
named, no gift of the speaker's either. Every line is invented for these tests (the profile of
test_unseen_release.py, other people)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_unseen_release import _build, _exported

REP = "Tamsin Ockley <tamsin.ockley@lumenfield.example>"
SGT = "Sgt. Rufus Penhale <rpenhale@brookmoorpd.example>"
LT = "Lt. Ines Darrow <idarrow@brookmoorpd.example>"
HELLO = ("p0", REP, SGT, "Expo", "Fri, 3 Jan 2025 09:00:00 -0700",
         "Rufus,\n\nLovely to catch up at the county expo.\n\nTamsin Ockley\nLumenfield")


def _gifts(tmp_path, body):
    mails = [HELLO, ("p1", SGT, LT, "For the register", "Mon, 6 Jan 2025 10:00:00 -0700",
                     body + "\n\nSgt. Rufus Penhale\nBrookmoor Police Department")]
    g = _exported(tmp_path, _build(tmp_path, mails))
    names = {n["id"]: n["name"] for n in g["nodes"]}
    return sorted((names[e["source"]], names[e["target"]]) for e in g.get("edges", g.get("links", []))
                  if e["type"] == "GIFT")


def test_i_was_given_by_a_vendors_person_is_their_gift_to_me(tmp_path):
    body = "Ma'am,\n\nFor the register: I was given two Halo Chimes by Tamsin Ockley at the expo last week."
    assert _gifts(tmp_path, body) == [("Tamsin Ockley", "Rufus Penhale")]


def test_a_passive_gift_to_someone_else_is_no_gift_of_the_speakers(tmp_path):
    body = "Ma'am,\n\nFor the record, the front desk was given two Halo Chimes by Tamsin Ockley last week."
    assert ("Rufus Penhale", "Ines Darrow") not in _gifts(tmp_path, body)
