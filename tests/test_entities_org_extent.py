"""Organisations named in the text: the words of the name the model's span leaves out are put back
(`nlp.extract._org_extent`), and a gift to the whole name then goes to that organisation. Every name is
invented for these tests."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from giftgraph.nlp.extract import _GENERIC_ORG_WORDS, _org_extent
from giftgraph.nlp.profile import Profile

PROF = Profile.load("ring_lapd")
ORG_WORDS = PROF.organization_words - _GENERIC_ORG_WORDS


def whole_name(text: str, span: str) -> str | None:
    """The name `_org_extent` reads around the model's span (its first printing in ``text``)."""
    a = text.index(span)
    e = SimpleNamespace(text=span, start_char=a, end_char=a + len(span))
    got = _org_extent(SimpleNamespace(text=text), e, ORG_WORDS, PROF.title_words)
    return text[got[0]:got[1]] if got else None


@pytest.mark.parametrize("text,span,name", [
    # the kind after a saint's name the model stopped at
    ("We would like to donate four cameras to St. Odile's Chapel this spring.", "St. Odile's", "St. Odile's Chapel"),
    # the place after "of"
    ("The pastor of Second Covenant Church of Millbrook wrote back.", "Second Covenant Church",
     "Second Covenant Church of Millbrook"),
    # the capitalised words before "of"
    ("Two units went to Sisters of Quiet Harbor Shelter on Friday.", "Quiet Harbor Shelter", "Sisters of Quiet Harbor Shelter"),
    # the place after "of" wrapped onto the next printed line
    ("two cameras for the Second Covenant Church of Glen\nArbor for its fall fair", "Second Covenant Church",
     "Second Covenant Church of Glen\nArbor"),
])
def test_the_words_the_span_left_out_are_put_back(text, span, name):
    assert whole_name(text, span) == name


@pytest.mark.parametrize("text,span", [
    ("Director of Quiet Harbor Shelter, Ona Vell, called.", "Quiet Harbor Shelter"),          # a title before "of"
    ("Members of Quiet Harbor Shelter met today.", "Quiet Harbor Shelter"),                     # the sentence's first word
    ("Ask St. Odile's about the fair.", "St. Odile's"),                                         # no kind after it
    ("The Quiet Harbor Shelter of the county is full.", "Quiet Harbor Shelter"),                # "of the": no place
])

def test_titles_sentence_openers_and_bare_names_are_left_as_the_model_read_them(text, span):
    assert whole_name(text, span) is None


def test_a_name_on_the_next_line_is_no_part_of_the_place():
    # (a signature's name after a line break: "... Shelter of Millbrook" / "Ona Vell")
    assert whole_name("Quiet Harbor Shelter of Millbrook\nOna Vell\nDirector", "Quiet Harbor Shelter") == \
        "Quiet Harbor Shelter of Millbrook"


def test_names_printed_anywhere_are_found_whole_in_one_pass():
    from giftgraph.nlp.extract import _Phrases

    names = _Phrases({"Linden Hollow Food Pantry": "pantry", "Linden Hollow": "short", "Canal Watch Unit": "unit"})
    text = ("Boxes went to (Linden Hollow) and to the Linden Hollow Food\nPantry; the Canal  Watch Unit too. "
            "Not Linden Hollowbrook, not the Canal Watch Units.")
    got = [(printed, value) for _, _, printed, value in names.finditer(text)]
    assert got == [("Linden Hollow", "short"), ("Linden Hollow Food\nPantry", "pantry"), ("Canal  Watch Unit", "unit")]
    assert not _Phrases({})


@pytest.mark.parametrize("text,span", [
    # probe AR: a person "of" the organisation, named with an honorific or as a given name and a surname
    ("Join me and Dr. Ilsa Varnum of Fenwick Animal Hospital for a free webinar.", "Fenwick Animal Hospital"),
    ("I spoke with Peter Ostrow of Fenwick Animal Hospital today.", "Fenwick Animal Hospital"),
])
def test_a_person_named_before_of_is_no_part_of_the_organisation(text, span):
    assert whole_name(text, span) is None
