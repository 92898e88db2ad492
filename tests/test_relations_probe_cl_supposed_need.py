"""GIFT wording met by probe CL (redaction-tool .txt printouts of a diagnostics vendor and a county health department):
"we figured the team could use them" after things are sent is the writer's guess at the reader's need, the reason for
the gift, not a request ("could use" is a request cue: "we could really use three for the pilot"). Every sentence is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, run, vendor_thread
from test_relations import gift_triples as gifts


def _gifts(*bodies):
    th = vendor_thread(*bodies, subject="Winter gear")
    return gifts(run(th, FakeIndex().see(*th))[1])


def test_a_guess_at_the_readers_need_gives_the_reason_for_a_gift():
    assert _gifts("Otto, a carton of Acme beanies is on its way to you. We figured the squad could use them "
                  "on night shifts.") == [("v1", "o1", None)]
    assert _gifts("Otto, two Relay Chimes are on their way to you, no charge. I figured your crew could really use "
                  "them.") == [("v1", "o1", 58.0)]
    assert _gifts("Otto, I'm sending a carton of Acme beanies. I bet the squad could use them this winter.") \
        == [("v1", "o1", None)]


def test_the_writers_own_need_is_still_a_request():
    """"Otto, could you use X?" and "we could use three more" stay requests: only a guess about others is a reason."""
    assert _gifts("Otto, I think we could use three more Relay Chimes for the pilot.") == []
    assert _gifts("Otto, we could really use a few Relay Chimes if you have spares.") == []
