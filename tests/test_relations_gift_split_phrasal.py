"""GIFT: a verb of handing over said with its object between it and its particle ("dropped two X off", "handed the X
over", "passed a couple of X along") gives as the verb said whole does ("dropped off two X"); a thing handed back, or
footage dropped off, gives nothing. Every message is invented for these tests (the small world of
``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import NODES, OTTO, VERA, FakeIndex, _node, msg, run
from test_relations import gift_triples as gifts

from giftgraph.nlp.relations.rules import _split_phrasals

# a thing whose name holds a particle, besides the world's cameras
_NODES = {**NODES, "p_plug": _node("p_plug", "product", "Plug In Siren", [], unit_price_usd=60)}


def _thread(first: tuple[str, str], reply: str) -> list:
    who, body = first
    a, b = (VERA, OTTO) if who == "vendor" else (OTTO, VERA)
    mails = [msg(a, [b], "Swing-by", f"{body}\n\nThanks"), msg(b, [a], "RE: Swing-by", f"{reply}\n\nThanks", day=2)]
    return gifts(run(mails, FakeIndex(_NODES).see(*mails))[1])


@pytest.mark.parametrize("said", ["Otto, I dropped three Porch Cams off at roll call on Monday.",
                                  "Otto, I handed a Yard Light Cam over to you after roll call.",
                                  "Otto, I passed two Porch Cams along to you through Sgt. Mills.",
                                  # a particle inside the thing's name
                                  "Otto, I dropped four Plug In Sirens off at roll call this morning."])
def test_the_verb_and_its_particle_around_the_things_give(said: str) -> None:
    got = _thread(("vendor", said), "Got them, much appreciated.")
    assert len(got) == 1 and got[0][:2] == ("v1", "o1")


@pytest.mark.parametrize("said", [("vendor", "Otto, please hand the Yard Light Cam back to Sam after the trial."),
                                  ("officer", "Vera, I dropped the Porch Cam footage off at the lab this morning.")])
def test_a_thing_handed_back_or_footage_dropped_off_gives_nothing(said: tuple[str, str]) -> None:
    assert _thread(said, "Will do.") == []


def test_only_the_lexicons_verbs_with_a_particle_are_split() -> None:
    pats = _split_phrasals(["~hand over", "~give", "~set up", "~drop off"])
    assert [p[-1]["LOWER"] for p in pats] == ["over", "off"]
