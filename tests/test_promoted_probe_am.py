"""PROMOTED wording met by probe AM: an officer asking the reader to pass her own advice on ("Tell your members: ...").
Every sentence is invented for these tests."""
from __future__ import annotations

import pytest


def _promoted(parser, body):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from test_relations import CORA, OTTO, FakeIndex, Profile, msg, of_type

    from giftgraph.nlp.relations import extract_relations

    m = msg(OTTO, [CORA], "block party", body + "\n\nOtto")
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
def test_praise_the_reader_is_asked_to_pass_on_is_the_writers(parser):
    """"Tell your members: the X is a great ..." / "Please tell the block captains the X is excellent": the writer's own
    praise, for the reader to repeat; not someone else's words."""
    assert _promoted(parser, "Sounds fun. And tell your members: on a budget the Yard Light Cam is a great first camera.") \
        == [("o1", "p_flood")]
    assert _promoted(parser, "Please tell the block captains the Yard Light Cam is excellent.") == [("o1", "p_flood")]


@pytest.mark.model
def test_telling_reported_or_asked_for_is_still_no_endorsement(parser):
    """Someone else telling, the writer asking to be told, a question, a negated telling: no endorsement."""
    assert _promoted(parser, "Hank told his members the Yard Light Cam is great.") == []
    assert _promoted(parser, "Tell me if the Yard Light Cam is any good.") == []
    assert _promoted(parser, "Could you tell them the Yard Light Cam is great?") == []
    assert _promoted(parser, "Don't tell anyone the Yard Light Cam is great.") == []


@pytest.mark.model
def test_the_writers_choice_said_against_others_is_praise(parser):
    """"I'd pick it over the bargain brands any day" after the product is named, "I would take the X over any other":
    a stated preference. A purchase told ("We picked the X over the Y for the lot"), a negated or an asked choice, and
    "pick it up" are not."""
    named = "We put a Yard Light Cam on the back lot last spring. "
    assert _promoted(parser, named + "I'd pick it over the bargain brands any day.") == [("o1", "p_flood")]
    assert _promoted(parser, "I would take the Yard Light Cam over any other brand.") == [("o1", "p_flood")]
    assert _promoted(parser, "We picked the Yard Light Cam over the Porch Cam for the lot.") == []
    assert _promoted(parser, named + "I wouldn't pick it over the bargain brands.") == []
    assert _promoted(parser, named + "Would you pick it over the bargain brands?") == []
    assert _promoted(parser, named + "I'd pick it up from the desk on Friday.") == []
