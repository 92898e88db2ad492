"""PROMOTED (probe F): telling others to put the thing to work ("turn on", "enable", "adopt", "deploy") urges it
as much as telling them to get it. Every message is invented for these tests (the small world of
``test_relations.py``), read with the parse, as the pipeline reads them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import OTTO, VERA, FakeIndex, Profile, msg, of_type

from giftgraph.nlp.relations import extract_relations


def promoted(parser, body):
    m = msg(OTTO, [VERA], "Reference", body)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Glad to help. I tell every detective I mentor to enable the Relay Chime on day one.",
    "I keep telling the other precincts to adopt the Yard Light Cam.",
    "I told my whole squad to turn on the Porch Cam before their next shift.",
])
def test_telling_others_to_put_it_to_work_is_an_endorsement(parser, body):
    assert len(promoted(parser, body)) == 1


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "I never tell anyone to enable the Relay Chime.",
    "Vera told me to turn on the Porch Cam.",
    "Should I tell the squad to turn on the Porch Cam?",
])
def test_no_endorsement_when_negated_reported_or_asked(parser, body):
    assert promoted(parser, body) == []


@pytest.mark.model
def test_relayed_praise_after_a_greeting_is_the_residents_not_the_officers(parser):
    """A message is parsed whole: with the greeting parsed into the sentence, "told" has no subject of its own, and
    the one who says everyone should get one is the resident."""
    body = ("Vera,\n\nOne of my residents, Cora Civilian on Birch Lane, told me her Porch Cam caught a prowler within "
            "minutes, and she says everyone on her street should get one.")
    assert promoted(parser, body) == []


@pytest.mark.model
def test_a_pronoun_for_other_things_named_before_is_no_endorsement_of_the_vendor(parser):
    # household tips: "them" is the parcels named before it, not the vendor's things
    assert promoted(parser, "Take parcels indoors early, ask a friend to grab them, or use a locker. "
                            "I've had a Porch Cam for a year.") == []
    # after the vendor's cameras are named, "them" is still the vendor's
    assert promoted(parser, "We use Acme cameras at home and I tell all my neighbors to get them.") == [("o1", "org_v")]


# -- probe I: "them" after one product named in the plural, in a note to another agency --------------------------
def _told(parser, to, body):
    from test_relations import SID

    m = msg(OTTO, [SID if to == "sid" else VERA], "Chimes", body)
    _, edges = extract_relations([m], {m.id: parser(m.body)}, FakeIndex(), Profile())
    return sorted((e.source, e.target) for e in of_type(edges, "PROMOTED"))


@pytest.mark.model
def test_them_after_a_product_named_in_the_plural_is_that_product_in_a_note_to_another_officer(parser):
    body = "Sid,\n\nWe've had the Relay Chimes at both front desks since spring. Visitors use them. I recommend them."
    assert _told(parser, "sid", body) == [("o1", "p_chime")]
    # the same words to the vendor stay as they were read (thanks to the vendor praise what it gave, not the line)
    assert ("o1", "p_chime") not in _told(parser, "vera", body.replace("Sid,", "Vera,"))


@pytest.mark.model
def test_a_terse_note_that_drops_its_i_before_told_is_the_writers_own_endorsement(parser):
    """'Told the whole panel the Porch Cam is the best camera we have tried.': a recap's "I" left out; someone
    telling the writer ('Told me the ...') stays someone else's words."""
    assert promoted(parser, "Spoke at the chiefs' forum Monday. Told the whole panel the Porch Cam is the best camera "
                            "we have tried and recommended it to every county there.") == [("o1", "p_door")]
    assert promoted(parser, "Vera called Monday. Told me the Porch Cam is the best camera they make.") == []


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "For a side door, the Yard Light Cam is the way to go.",
    "Honestly the Porch Cam is what sold me on doorbell cameras.",
    "Can't say enough good things about the Relay Chime.",
    "Every home should have a Porch Cam, in my view.",
])
def test_praise_said_as_the_choice_to_make_or_what_convinced_the_writer_is_an_endorsement(parser, body):
    assert len(promoted(parser, body)) == 1


@pytest.mark.model
@pytest.mark.parametrize("body", [
    "Sid says the Relay Chime works like a charm; I haven't tried it.",
    "Is the Yard Light Cam the way to go for a side door?",
])
def test_praise_in_someone_elses_words_or_asked_is_none(parser, body):
    assert promoted(parser, body) == []
