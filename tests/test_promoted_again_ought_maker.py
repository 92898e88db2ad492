"""PROMOTED: three everyday ways of praising a thing that were lost: the writer would make the same choice again ("I'd
buy the X again in a heartbeat", "Would get the X again."), advice said with "ought to" ("you ought to get a X"), and a
maker praised by what it makes ("Acme makes a great product") or by its people ("Acme's support team has been
excellent"). Near cases give nothing: the choice refused or put on
a condition, a purchase a team plans, "ought not", a maker's past ("used to make"), a figure of speech ("makes a great
case"), the writer's own or another's team praised. Every sentence is invented for these tests (the small world of ``test_relations.py``), read with the parse."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import CORA, SID, promoted_to


@pytest.mark.model
@pytest.mark.parametrize("reader", [SID, CORA])
@pytest.mark.parametrize("body,target", [
    ("Honestly, I'd pick the Yard Light Cam again without a second thought.", "p_flood"),
    ("Would buy the Relay Chime again.", "p_chime"),
    ("You ought to get a Yard Light Cam for that driveway.", "p_flood"),
    ("Acme builds excellent cameras.", "org_v"),
])
def test_praise_said_as_a_choice_again_advice_or_the_makers_work(parser, body, target, reader):
    assert promoted_to(parser, body, reader) == [("o1", target)]


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "I wouldn't pick the Yard Light Cam again.",
    "I'd buy the Relay Chime again if the battery lasted longer.",
    "We would order three Yard Light Cams again for the spring budget.",
    "You ought not to get the Relay Chime.",
    "Acme used to build excellent cameras.",
    "Acme makes a great case for the second phase.",
    "Sid says Acme builds excellent cameras.",
])
def test_a_choice_refused_or_planned_and_a_makers_past_are_not_praise(parser, body):
    assert promoted_to(parser, body, SID) == []


@pytest.mark.model
@pytest.mark.parametrize("body,endorses", [
    ("Acme's training staff were superb from start to finish.", True),
    ("Honestly the Acme crew has been terrific on every install.", True),
    ("Our own staff were superb from start to finish.", False),
    ("Sergeant Lowe's crew has been terrific on every install.", False),
    ("Acme's training staff were slow to reply.", False),
])
def test_a_maker_praised_by_its_people(parser, body, endorses):
    assert promoted_to(parser, body, SID) == ([("o1", "org_v")] if endorses else [])
