"""A long own text is parsed on demand only where a sentence asks: the pieces its offsets overlap, each
once, with the cues a parse of the whole text gives inside the sentence."""
import pytest

from giftgraph.nlp.analysis import Analysis
from giftgraph.nlp.relations.rules import RelationRules, load_rules

PARAGRAPHS = ["Brindle Works mailed them to me on Friday.", "Their crew shipped us three lanterns last week.",
              "Will Brindle Works be able to donate some heaters to the shelter?",
              "The minutes of the harbour committee follow below, as agreed at the last meeting."]


@pytest.mark.model
def test_a_sentence_parses_only_the_pieces_it_overlaps(parser, monkeypatch):
    text = "\n\n".join(PARAGRAPHS[i % 4] for i in range(40))
    rules = RelationRules(load_rules(None))
    whole = rules.dependency_cues(parser(text))
    pieces: list[str] = []

    class Parse:  # a giftgraph.nlp.analysis.Parser that records what it parses
        parses = True

        def __call__(self, t):
            pieces.append(t)
            return parser(t)

    monkeypatch.setattr(RelationRules, "PARSE_CHARS", 600)
    a = Analysis(text, [], 0)
    a.attach_parser(Parse())
    assert rules.parsed_in_pieces(a)
    start = text.index(PARAGRAPHS[2], 1500)  # a sentence in the middle of the text
    end = start + len(PARAGRAPHS[2])
    done: dict = {}
    got = rules.dependency_cues(a, (start, end), done)
    assert len(pieces) == 1 and start >= text.index(pieces[0]) and len(done) == 1
    inside = lambda cues: sorted(c for c in cues if start <= c[1] and c[2] <= end)  # noqa: E731
    assert inside(got) == inside(whole) and any(label == "request" for label, _, _ in inside(got))
    # asked again (another sentence of the same piece): nothing parsed again
    rules.dependency_cues(a, (start, end), done)
    assert len(pieces) == 1
    # every sentence asking in turn: each piece parsed once, the cues of the whole text
    cues: set = set()
    at = 0
    for p in PARAGRAPHS * 10:
        s = text.index(p, at)
        cues |= {c for c in rules.dependency_cues(a, (s, s + len(p)), done) if s <= c[1] and c[2] <= s + len(p)}
        at = s + len(p)
    assert sorted(cues) == sorted(whole)
    assert len(pieces) == len(done) > 3  # each piece parsed once
    assert not rules.parsed_in_pieces(Analysis(PARAGRAPHS[0], [], 0))  # short, or no parser: parsed whole
