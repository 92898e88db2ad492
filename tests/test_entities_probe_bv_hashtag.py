"""Probe BV: a hashtag or a handle quoted from a social-media post ("#PineHollowStrong", "@HarborSheriff") that the model
calls a person is no one's name; the same words written as a name still are a person."""
from types import SimpleNamespace

from giftgraph.nlp.extract import _NotPerson
from giftgraph.nlp.names import parse_name


def says(text, name):
    np_ = _NotPerson(places=set(), org_starts=set())
    return np_.says(SimpleNamespace(start_char=text.index(name)), parse_name(name), text)


def test_a_hashtag_or_a_handle_is_no_person():
    assert says("Great work by the whole crew last night. #BrookfieldProud", "BrookfieldProud")
    assert says("Thanks to @KellanMorrow for the photos!", "KellanMorrow")


def test_a_name_in_the_text_is_still_a_person():
    assert not says("Thanks to Kellan Morrow for the photos!", "Kellan Morrow")
