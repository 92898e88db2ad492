"""GIFT wording met by probe V (a PDF binder of Outlook and Gmail printouts: a doorbell vendor's chatty outreach
manager and officers answering from their phones), each rule with a near case it leaves alone. Every sentence is
invented for these tests (the small world of ``test_relations.py``)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, msg, run
from test_relations import gift_triples as gifts

from giftgraph.nlp.entities import Mention


class PeopleIndex(FakeIndex):
    """The stand-in index, also reporting the people the bodies name in full (as the entity stage does)."""

    def mentions(self, message_id):
        out = list(super().mentions(message_id))
        body = self.bodies.get(message_id, "")
        for n in self.nodes.values():
            if n.kind == "person":
                for mm in re.finditer(r"(?:(?:Mr|Mrs|Ms)\. )?" + re.escape(n.name), body):
                    out.append(Mention(mm.group(0), mm.start(), mm.end(), "PERSON", "person", n.id))
        return sorted(out, key=lambda x: x.start)


def test_her_after_a_verb_of_giving_is_the_person_named_before():
    """"Mrs. Cora Civilian ... I'd love to give her a X, our gift to her": the woman named before receives, not the
    officer written to, who only carries it over."""
    offer = msg(VERA, [OTTO], "For a neighbour", "Hi Otto,\n\nI was told one of your older residents, Mrs. Cora Civilian "
                                                 "over on Birch, had her porch broken into twice. That's awful. I'd love to "
                                                 "give her a Yard Light Cam for the back door, no charge, our gift to her. "
                                                 "Could you run it over to her?\n\nVera Vendor\nAcme Cams", day=2)
    yes = msg(OTTO, [VERA], "RE: For a neighbour", "Sure thing, I'll drop it by her place Monday.\n\nOtto", day=3)
    assert gifts(run([offer, yes], PeopleIndex().see(offer, yes))[1]) == [("v1", "c1", 249.0)]
    # "to her grandson": the pronoun is not what the things are given to (whoever the grandson is, not Mrs. Civilian)
    other = msg(VERA, [OTTO], "For a neighbour", "Hi Otto,\n\nI was told one of your older residents, Mrs. Cora Civilian "
                                                 "over on Birch, had her porch broken into twice. We'd love to send a Yard "
                                                 "Light Cam to her grandson, no charge.\n\nVera Vendor\nAcme Cams", day=2)
    assert ("v1", "c1", 249.0) not in gifts(run([other, yes], PeopleIndex().see(other, yes))[1])


def test_him_points_back_past_the_writer_and_the_reader():
    """"... our gift to him" with the reader and a man named before: the man, never the reader; a woman's courtesy
    title rules a name out for "him"."""
    offer = msg(VERA, [OTTO], "Hank", "Otto,\n\nMs. Cora Civilian told me Mr. Hank Neighbor lost his mailbox camera to the "
                                      "storm. We'd like to send a Porch Cam over, free of charge, our gift to him.\n\n"
                                      "Vera Vendor\nAcme Cams", day=2)
    yes = msg(OTTO, [VERA], "RE: Hank", "Sure thing, I'll drop it by his place Monday.\n\nOtto", day=3)
    assert gifts(run([offer, yes], PeopleIndex().see(offer, yes))[1]) == [("v1", "c2", 199.0)]


def test_an_officer_telling_the_vendor_he_delivered_its_things_gives_the_vendor_nothing():
    """"dropped off the X sat, she was thrilled" from an officer to the vendor: the vendor's own things taken to someone
    else, no gift from the officer to the vendor's people; "I'm sending you a X" from him still is."""
    for body in ["dropped off the yard light cam sat, she was thrilled\n\nOtto",
                 "Delivered the Yard Light Cam to the old gentleman on Birch this morning. He teared up.\n\nOtto"]:
        told = msg(OTTO, [VERA], "Done", body, day=5)
        assert gifts(run([told], PeopleIndex().see(told))[1]) == []
    mine = msg(OTTO, [VERA], "Spare", "Vera, I'm sending you my old Porch Cam as a gift, no charge.\n\nOtto", day=5)
    got = msg(VERA, [OTTO], "RE: Spare", "It came today, thank you so much!\n\nVera Vendor\nAcme Cams", day=6)
    assert gifts(run([mine, got], PeopleIndex().see(mine, got))[1]) == [("o1", "v1", 199.0)]


def test_thanks_typed_on_a_phone_take_an_offer():
    """"sweet, thx" answering an offer is a yes, as "thanks" is; "thx, but I'll pass" is not."""
    offer = msg(VERA, [OTTO], "Your code", "Otto! OTTO50 has been redeemed 20 times now, so you've earned two free "
                                           "Porch Cams. They go out next week.\n\nVera Vendor\nAcme Cams", day=1)
    yes = msg(OTTO, [VERA], "RE: Your code", "sweet, thx\n\nSent from my iPhone", day=2)
    assert gifts(run([offer, yes], PeopleIndex().see(offer, yes))[1]) == [("v1", "o1", 398.0)]
    no = msg(OTTO, [VERA], "RE: Your code", "thx, but I'll pass\n\nSent from my iPhone", day=2)
    assert gifts(run([offer, no], PeopleIndex().see(offer, no))[1]) == []


def test_the_reader_asked_to_carry_the_things_to_someone_is_no_recipient():
    """"for you to give to her", "we'd like Mrs. Cora Civilian to have a X": the woman receives, the officer carries;
    "for you to keep" is still the reader's."""
    names = "Otto, Mrs. Cora Civilian's garage got hit again. "
    for text in [names + "I'm leaving a Yard Light Cam at the front desk for you to give to her, free of course.",
                 "Otto, we'd like Mrs. Cora Civilian to have a Yard Light Cam, free."]:
        offer = msg(VERA, [OTTO], "Garage", text + "\n\nVera Vendor\nAcme Cams", day=1)
        yes = msg(OTTO, [VERA], "RE: Garage", "Sure thing, I'll run it over Saturday.\n\nOtto", day=2)
        assert gifts(run([offer, yes], PeopleIndex().see(offer, yes))[1]) == [("v1", "c1", 249.0)]
    keep = msg(VERA, [OTTO], "Garage", names + "I'm leaving a Yard Light Cam at the front desk for you to keep, free of "
                                              "course.\n\nVera Vendor\nAcme Cams", day=1)
    yes = msg(OTTO, [VERA], "RE: Garage", "Sure thing, thanks.\n\nOtto", day=2)
    assert gifts(run([keep, yes], PeopleIndex().see(keep, yes))[1]) == [("v1", "o1", 249.0)]


@pytest.mark.model
def test_praise_typed_short_on_a_phone_endorses(nlp):
    """"def recommend the X", "highly rec the X", "X are legit": an officer's praise typed short; "is this offer
    legit?", "not legit", someone else's "legit" are not."""
    from giftgraph.nlp.relations.promoted import endorsed_theme

    for text in ["def recommend the Porch Cam, ours caught two package thieves.",
                 "highly rec the Porch Cam for anybody on Birch", "Porch Cams are legit."]:
        assert endorsed_theme(nlp(text)[:]) is not None, text
    for text in ["Is this offer legit?", "The Porch Cam is not legit.", "She said the Porch Cam is legit.",
                 "I wasn't sure the email was legit."]:
        assert endorsed_theme(nlp(text)[:]) is None, text
