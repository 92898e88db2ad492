"""Wording found by probe BV: a post pasted into the mail in quotation marks under a line that names its author ("Olga put
this up on the precinct Facebook page last night:") is the author's words, not the writer's: an endorsement in it is the
author's. "I posted this:" keeps the writer's. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import OTTO, SID, FakeIndex, msg, of_type, run


def _pairs(body):
    m = msg(OTTO, [SID], "Page post", body)
    return sorted((e.source, e.target) for e in of_type(run([m], FakeIndex().see(m))[1], "PROMOTED"))


@pytest.mark.parametrize("intro", [
    "Olga put this up on the precinct Facebook page last night:",
    "Olga Officer posted this on the block group this morning, under her own name:",
])
def test_a_post_under_a_line_naming_its_author_is_the_authors(intro):
    body = f"Sid,\n\n{intro}\n\n\"I highly recommend the Acme Porch Cam to anyone on the block.\"\n\nOtto"
    assert _pairs(body) == [("o2", "p_door")]


def test_the_writers_own_post_stays_the_writers():
    body = "Sid,\n\nI put this up on the precinct page last night:\n\n\"I highly recommend the Acme Porch Cam to anyone " \
           "on the block.\"\n\nOtto"
    assert _pairs(body) == [("o1", "p_door")]
