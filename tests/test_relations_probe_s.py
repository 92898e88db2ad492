"""Wording met by probe S (a plate-reader vendor and a city police department, one OCR'd text file printed from
Outlook), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small world
of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, msg, of_type, run
from test_relations import gift_triples as gifts


@pytest.mark.parametrize("said", [
    "I’d recommend the Porch Cam to any precinct that is short on detectives.",
    "I’ve been recommending the Porch Cam to every block captain I meet.",
])
def test_an_endorsement_typed_with_a_curly_apostrophe_is_read(said):
    """Outlook types "I'd" as "I’d": the lexicon's phrases written with ' match it."""
    ask = msg(VERA, [OTTO], "Flyer", "Otto, would you say a word about the Porch Cam for our flyer?")
    said_it = msg(OTTO, [VERA], "RE: Flyer", f"Vera,\n\n{said}\n\nOtto", day=2)
    assert [(e.source, e.target) for e in of_type(run([ask, said_it])[1], "PROMOTED")] == [("o1", "p_door")]


def test_a_refusal_typed_with_a_curly_apostrophe_declines():
    offer = msg(VERA, [OTTO], "Porch Cams", "Otto, we’d like to give you two Porch Cams, no charge.")
    no = msg(OTTO, [VERA], "RE: Porch Cams", "Vera, that’s kind, but I can’t accept them.", day=2)
    assert gifts(run([offer, no])[1]) == []
