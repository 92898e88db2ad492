"""Hospitality had with no worth said by the giver, then the one who had it says what their part came to, in a
thanks or a disclosure ("my share was about $64", "my portion came to $64"): that is what they had. Not a question
("was my share about $64?"). Every message is invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_relations import FakeIndex, Profile, extract_relations, of_type, vendor_thread  # noqa: E402

TREAT = ("Otto,\n\nIt was good to catch up at the Lantern Room on Thursday. Naturally the lunch was on us, we enjoyed "
         "hearing about the new precinct.")


def gifts(parser, *bodies):
    ms = vendor_thread(*bodies)
    _, edges = extract_relations(ms, {m.id: parser(m.body) for m in ms}, FakeIndex().see(*ms), Profile())
    return sorted((e.source, e.target, e.attrs["value_usd"]) for e in of_type(edges, "GIFT"))


@pytest.mark.model
@pytest.mark.parametrize("reply", [
    "Vera,\n\nThanks for lunch. I put it on the ethics log as required (my share was roughly $64).",
    "Vera,\n\nMuch appreciated. My portion came to $64, which I reported to the clerk.",
])
def test_the_recipients_share_said_after_is_the_value(parser, reply):
    assert gifts(parser, TREAT, reply) == [("v1", "o1", 64.0)]


@pytest.mark.model
def test_a_question_about_the_share_says_no_value(parser):
    assert gifts(parser, TREAT, "Vera,\n\nThanks for lunch. For the ethics log, was my share about $64?") == \
        [("v1", "o1", None)]
