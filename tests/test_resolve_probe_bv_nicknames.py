"""Probe BV: a Polish deputy signing with the short form of his given name ("Wojtek" for Wojciech) is the same person;
the short forms of other languages' names join only their own given name."""
from __future__ import annotations

import pytest

from giftgraph.nlp.names import first_names_compatible
from giftgraph.nlp.profile import Profile


@pytest.fixture(scope="module")
def groups():
    return Profile.load("ring_lapd").nickname_groups()


@pytest.mark.parametrize("short,full", [("Wojtek", "Wojciech"), ("Kasia", "Katarzyna"), ("Gosia", "Malgorzata"),
                                        ("Kostas", "Konstantinos"), ("Rafa", "Rafael"), ("Chuy", "Jesus")])
def test_a_short_form_of_another_language_is_the_given_name(groups, short, full):
    assert first_names_compatible(short, full, groups)


@pytest.mark.parametrize("a,b", [("Wojtek", "Krzysztof"), ("Kostas", "Augustine"), ("Rafa", "Ralph")])
def test_other_given_names_stay_apart(groups, a, b):
    assert not first_names_compatible(a, b, groups)
