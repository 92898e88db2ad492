"""A courtesy title before two capitalised words ("Dr. Quintero Lund") may be a compound surname of someone
whose header prints it hyphenated or surname-first ("Quintero-Lund, Aurelio"), not a given name and surname."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from giftgraph.ingest.message import Address
from giftgraph.nlp.profile import Profile
from giftgraph.nlp.resolve import Resolver

_spec = importlib.util.spec_from_file_location("entity_world", Path(__file__).parent / "fixtures" / "entity_world.py")
ew = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ew)


@pytest.fixture(scope="module")
def ring():
    return Profile.load("ring_lapd")


def test_title_and_two_words_find_a_compound_surname(ring):
    msgs = [ew.msg(Address("Aurelio Quintero-Lund", "aql@x.example"), [ew.DANA], "Audit", "Draft.\n"),
            ew.msg(Address("Beltrán Sosa, Pilar Inés", "psosa@x.example"), [ew.DANA], "Audit 2", "Draft.\n", page=2)]
    res = Resolver(ring, msgs)
    res.merge_headers()
    aql = res.uf.find("e:aql@x.example")
    assert res.find_person("Dr. Quintero Lund") == aql
    assert res.find_person("Dr. Quintero-Lund") == aql
    assert res.find_person("Quintero Lund") == aql  # the title's words left out of the name's span
    assert res.find_person("Ms. Beltran Sosa") == res.uf.find("e:psosa@x.example")
    # a given name and a surname after a title are still read as such
    assert res.find_person("Dr. Aurelio Quintero-Lund") == aql
    assert res.find_person("Dr. Lund Quintero") is None
