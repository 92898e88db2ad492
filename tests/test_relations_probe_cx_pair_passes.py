"""GIFT wording met by probe CX (a federal FOIA release: a vendor's summit passes for an ASAC and his supervisory
agent). Every sentence and name is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, VERA, FakeIndex, _node, msg, run
from test_relations import gift_triples as gifts

SIG = "\n\nVera Vendor\nAcme Cams"
# an agent printed with her rank in capitals and a hyphenated surname, as a directory prints her
NELL = _node("n1", "person", "Nell Ames-Roth", ["Nell", "SSA Ames-Roth", "SSA Nell Ames-Roth"], ["nell@pd.example"],
             role="officer")


def _read(offer, reply):
    th = [msg(VERA, [OTTO], "Summit", offer + SIG, day=1, hour=9),
          msg(OTTO, [VERA], "RE: Summit", reply + "\n\nOtto", day=2, hour=11)]
    return gifts(run(th, FakeIndex({**NODES, "n1": NELL}).see(*th))[1])


def test_passes_for_each_of_you_go_to_the_pair_named_just_before():
    """"have you and SSA Ames-Roth at the summit. ... two complimentary passes (registration is $1,100), one for each
    of you": the pair named in the sentence before (a rank in capitals, a hyphenated surname), each a pass; the
    registration fee is one attendee's, not the two passes' total."""
    assert _read("We'd love to have you and SSA Ames-Roth with us at our summit in June. We'd like to offer two "
                 "complimentary passes (registration is $1,100), one for each of you.",
                 "We'll both be there - thank you.") == [("v1", "n1", 1100.0), ("v1", "o1", 1100.0)]
    # the reader alone invited: one pass, the reader's
    assert _read("We'd love to have you with us at our summit in June. We'd like to offer you a complimentary pass "
                 "(registration is $1,100).", "I'll be there - thank you.") == [("v1", "o1", 1100.0)]
    # the pair asked to come and pay: no gift
    assert _read("We'd love to have you and SSA Ames-Roth with us at our summit in June. Registration is $1,100 for "
                 "each of you.", "We'll both register.") == []
