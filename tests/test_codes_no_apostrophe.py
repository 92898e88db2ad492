"""A contraction typed without its apostrophe after a code noun ("your code thats 2 uses", "the code dont
work") is an English word, not a code: writers in a hurry drop apostrophes. Invented wording."""
import pytest

from giftgraph.nlp.codes import CodeFinder

WORDS = {"order", "redemption", "work", "news", "code", "uses", "count", "ordered"}


@pytest.fixture(scope="module")
def finder():
    return CodeFinder(words=WORDS)


@pytest.mark.parametrize("text", [
    "great news the harwick clinic ordered with your code thats 2 redemptions so far",
    "they said the code dont work at checkout",
    "ok so your code youre giving out is fine",
    "the code theyll use next is on the flyer",
])
def test_contraction_without_apostrophe_is_not_a_code(finder, text):
    assert [h.text for h in finder.find(text)] == []


def test_a_real_code_after_the_noun_still_is(finder):
    assert [h.text for h in finder.find("your code is PELL-REF2 and thats it")] == ["PELL-REF2"]
