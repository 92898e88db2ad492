"""Uses reported of "your link" with no code named (probe AM): in a note to several officers on their codes, "Olga -
17 neighbours have joined through your link!" is a count of the one code Olga owns. Invented wording."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_relations import NODES, OLGA, OTTO, VERA, FakeIndex, Profile, _node, msg, of_type

from giftgraph.nlp.relations import extract_relations


def _uses(report: str, to=(OTTO, OLGA)):
    nodes = dict(NODES, code2=_node("code2", "code", "OLGA25", key="OLGA25"))
    give = msg(VERA, [OLGA], "Your code", "Olga, your personal code is OLGA25 - $25 off any Porch Cam.", day=2)
    give1 = msg(VERA, [OTTO], "Your code", "Otto, your personal code is OTTO50 - $50 off any Porch Cam.", day=2)
    tally = msg(VERA, list(to), "Monthly tally", report, day=20)
    _, edges = extract_relations([give, give1, tally], {}, FakeIndex(nodes), Profile())
    return {r.attrs["code"]: r.attrs["uses"] for r in of_type(edges, "REFERRAL")}


def test_uses_of_your_link_said_to_one_officer_by_name_are_that_officers_codes():
    got = _uses("Great month! Olga - 17 neighbours have joined through your link! Otto, OTTO50 is at 4 redemptions.")
    assert got == {"code2": 17, "code1": 4}


def test_the_one_code_of_a_message_is_not_the_code_of_your_link_said_to_another():
    """The message names Otto's code only; the count said to Olga by name is hers, not Otto's."""
    assert _uses("Olga: 9 residents have signed up with your link so far. Otto, OTTO50 is at 4 redemptions.") == \
        {"code2": 9, "code1": 4}


def test_no_count_without_a_reader_to_give_it_to():
    """Written to both, opened by no name: no telling whose code; a threshold is no count."""
    assert _uses("Great month! 17 neighbours have joined through your link!") == {"code2": None, "code1": None}
    assert _uses("Olga - once 25 neighbours have joined through your link, a Yard Light Cam is yours.")["code2"] is None
