"""GIFT (found from probe DO's regression check; every sentence here is invented for these tests, in the small world
of ``test_relations.py``): thanks for hospitality passed along for someone else ("Olga Officer asked me to pass along
her thanks for the dinner") is that person's, not the writer's; passed along for someone the release does not name
as a person, it is nobody's known; the writer who was there too ("... to thank you for hosting us") had it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_lead_received_by_and_office import PeopleIndex
from test_relations import OTTO, VERA, gift_triples, msg, run


def _read(body):
    m = msg(OTTO, [VERA], "Friday", body + "\n\nOtto", day=2)
    return [(g, r) for g, r, _v in gift_triples(run([m], PeopleIndex().see(m))[1])]


def test_thanks_passed_along_for_a_named_person_is_theirs():
    assert _read("Olga Officer asked me to pass along her thanks for the dinner on Friday.") == [("v1", "o2")]


@pytest.mark.parametrize("body,expected", [
    ("The captain asked me to pass along his thanks for the dinner on Friday.", []),
    ("The captain asked me to thank you for the dinner on Friday - we both enjoyed it.", [("v1", "o1")]),
    ("Thanks again for the dinner on Friday.", [("v1", "o1")]),
])
def test_thanks_passed_along_for_someone_unnamed(body, expected):
    assert _read(body) == expected
