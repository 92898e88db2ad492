"""GIFT, PROMOTED and code wording met by probe U (Gmail printouts of a doorbell vendor and a small town's
police), each rule with a near case it leaves alone. Every sentence is invented for these tests (the small
world of ``test_relations.py``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, SID, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts


def test_money_spent_on_the_house_is_not_on_the_house():
    """"On the house" is free only as the idiom: "the best money I've spent on the house" is the house."""
    told = msg(OTTO, [VERA], "Block party", "Vera,\n\nGood day - 20 Porch Cams went out to residents.\n\nOur post got "
                                            "plenty of comments. Olga chimed in, pasting hers here:\n\n\"Olga Officer: I've had "
                                            "an Acme Porch Cam on my porch for two years now and it's the best money I've spent "
                                            "on the house.\"\n\nOtto")
    assert gifts(run([told], FakeIndex().see(told))[1]) == []
    offer = msg(VERA, [SID], "For your porch", "Sid, the Porch Cam Elite is on the house.", day=2)
    yes = msg(SID, [VERA], "RE: For your porch", "It arrived this morning, thank you!", day=4)
    assert gifts(run([offer, yes], FakeIndex().see(offer, yes))[1]) == [("v1", "s1", 249.0)]


@pytest.mark.model
def test_a_recommendation_coordinated_with_an_imperative_of_telling_is_the_writers(nlp):
    """"Tell the kids to ..., and I'd recommend X": the writer's clause has its own "I"; the parse hangs it
    under the imperative verb of telling, which is no one else's saying."""
    from giftgraph.nlp.relations.promoted import endorsed_theme

    doc = nlp("Tell the kids to lock the shed, and I'd recommend a Porch Cam for the side door.")
    assert endorsed_theme(doc[:]) is not None
    said = nlp("My neighbor asked about it and said she would recommend a Porch Cam for the side door.")
    assert endorsed_theme(said[:]) is None


@pytest.mark.model
def test_a_thing_that_would_be_great_is_a_pick_not_praise(nlp):
    """An officer choosing a reward ("Porch Cam Elite would be great, thanks") praises nothing he has."""
    from giftgraph.nlp.relations.promoted import endorsed_theme

    for text in ["Porch Cam Elite would be great, thanks Vera.", "The Yard Light Cam would be perfect."]:
        assert endorsed_theme(nlp(text)[:]) is None
    for text in ["The Porch Cam Elite is great.", "A Porch Cam would be a great addition to any home."]:
        assert endorsed_theme(nlp(text)[:]) is not None


def test_things_said_to_be_the_units_to_keep_go_to_the_unit():
    """"Sending three X to the Quarry Division, no charge. They're the division's to keep": shipped to the unit
    (a verb of motion) and said to be the unit's: the unit receives, not the sergeant written to."""
    offer = msg(VERA, [SID], "Break-ins", "Sergeant,\n\nSure thing. I'm sending three Porch Cams to the Quarry Division, "
                                         "no charge. No need to return them after the case - they're the division's to "
                                         "keep for the next one.", day=3)
    got = msg(SID, [VERA], "RE: Break-ins", "The cameras came in today, two are up already. Thanks!", day=5)
    assert gifts(run([offer, got], FakeIndex().see(offer, got))[1]) == [("v1", "d1", 597.0)]
    mine = msg(VERA, [SID], "Break-ins", "Sergeant,\n\nSure thing. I'm sending three Porch Cams to the Quarry Division, "
                                        "no charge, and they're yours to keep.", day=3)
    assert gifts(run([mine, got], FakeIndex().see(mine, got))[1]) == [("v1", "s1", 597.0)]


def test_words_quoted_as_a_named_colleagues_are_that_colleagues_endorsement():
    """A comment pasted into the mail as "Name: ..." in quotation marks is the named person's words: an officer's
    endorsement when that person is an officer, and never the writer's (an unknown speaker's words are no one's)."""
    from test_relations import of_type

    pasted = msg(OTTO, [VERA], "Our post", "Vera,\n\nOlga commented under the post, pasting it here:\n\n\"Olga Officer: "
                                          "I highly recommend the Acme Porch Cam to anyone on the block.\"\n\nOtto")
    pairs = {(e.source, e.target) for e in of_type(run([pasted], FakeIndex().see(pasted))[1], "PROMOTED")}
    assert pairs == {("o2", "p_door")}
    stranger = msg(OTTO, [VERA], "Our post", "Vera,\n\nA resident commented under the post:\n\n\"Dale Quimby: "
                                            "I highly recommend the Acme Porch Cam to anyone on the block.\"\n\nOtto")
    assert of_type(run([stranger], FakeIndex().see(stranger))[1], "PROMOTED") == []
    own = msg(OTTO, [VERA], "Our post", "Vera, I highly recommend the Acme Porch Cam to anyone on the block.")
    assert {(e.source, e.target) for e in of_type(run([own], FakeIndex().see(own))[1], "PROMOTED")} == {("o1", "p_door")}


def test_each_thing_of_a_recommended_list_is_endorsed():
    """"I'd recommend picking up a X or a Y": both things of the list are recommended; a comparison ("X over Y")
    or a choice "between X and Y" endorses only the one picked."""
    from test_relations import CORA, of_type

    def pairs(body):
        m = msg(OTTO, [CORA], "Tips", body)
        return sorted((e.source, e.target) for e in of_type(run([m], FakeIndex().see(m))[1], "PROMOTED"))

    assert pairs("If a parcel has gone missing, I highly recommend picking up a Porch Cam or a Yard Light Cam for "
                 "the driveway.") == [("o1", "p_door"), ("o1", "p_flood")]
    assert pairs("I highly recommend the Porch Cam over the Yard Light Cam for a small porch.") == [("o1", "p_door")]
    assert pairs("Between the Porch Cam and the Yard Light Cam, I highly recommend the Porch Cam.") == [("o1", "p_door")]
