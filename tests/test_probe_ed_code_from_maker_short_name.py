"""REFERRAL: a code the vendor handed the writer is the writer's own to share, also when the writer calls the vendor by
the first word of its longer name ("Quillfeather gave me a referral code" of "Quillfeather Home Systems"), as people
shorten a company's name; a code a neighbour gave the writer stays theirs to use. Wording and names are invented."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import test_referrals as T
from test_referrals import LOU, TESS, msg

pytest.importorskip("spacy")


class LongNameIndex(T.Index):
    def __init__(self):
        super().__init__()
        self.nodes["org_v"] = T._node("org_v", "organization", "Quillfeather Home Systems", [])
        self._forms = {f.lower(): n.id for n in self.nodes.values() for f in [n.name, *n.aliases, *n.emails]}


def run(nlp, messages):
    docs = {m.id: nlp(m.body) for m in messages}
    return T.extract_relations(messages, docs, LongNameIndex(), T.Profile())


@pytest.mark.parametrize("giver,owner", [("Quillfeather", "o2"), ("My neighbour", None)])
def test_a_code_from_the_vendor_called_short_is_the_writers_to_share(nlp, giver, owner):
    hand = msg(TESS, [LOU], "cameras for the block",
               f"Lou, {giver} gave me a referral code, ravi-15, good for 15% off a Glowpost. Share it around.", 1)
    nodes, edges = run(nlp, [hand])
    assert [e.source for e in edges if e.type == "REFERRAL"] == ([owner] if owner else [])
