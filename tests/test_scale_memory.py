"""Extraction that does not hold the release's analyses: they go to the case's cache during the spaCy
pass and are read back one message at a time (`CachedAnalyses`), and the graph is the one the same
analyses held in memory make."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from giftgraph.graph.build import build_graph
from giftgraph.graph.model import to_node_link
from giftgraph.graph.store import Case
from giftgraph.nlp import analysis
from giftgraph.nlp.analysis import AnalysisCache, CachedAnalyses, analyse_messages, profile_fingerprint
from giftgraph.nlp.extract import extract
from giftgraph.pipeline import run_ingest

_spec = importlib.util.spec_from_file_location("many_people", Path(__file__).parent / "fixtures" / "many_people.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

ROOT = Path(__file__).resolve().parents[1]
OPTS = dict(profile="ring_lapd", timezone="America/New_York", progress=False, log=lambda s: None, workers=1)


def exported(case: Case) -> str:
    return json.dumps(to_node_link(case.load_graph()), sort_keys=True)


def in_memory_graph(case: Case, tmp: Path, profile: str = "ring_lapd") -> str:
    """The graph of the case's messages made the way extraction did before streaming: every
    analysis decoded and held in a dict, handed to `extract`."""
    messages = sorted(case.load_messages(), key=lambda m: (m.sent or "~", m.id))
    cache = AnalysisCache(case.path / "analyses.sqlite", profile_fingerprint(profile, None))
    try:
        held = analyse_messages(messages, profile=profile, cache=cache)
    finally:
        cache.close()
    assert held is not None and len(held) == len(messages)
    extraction = extract(messages, profile=profile, analyses=held)
    extraction.index = None
    expected = Case(tmp)
    expected.save_graph(build_graph(messages, extraction))
    return exported(expected)


@pytest.mark.model
@pytest.mark.parametrize("release", ["sample", "mbox"])
def test_streamed_extraction_makes_the_graph_of_analyses_held_in_memory(tmp_path, release):
    if release == "sample":  # the fictional sample release: gifts, referrals, signatures, units
        src = ROOT / "examples" / "sample-release"
        opts = dict(OPTS, timezone="America/Los_Angeles")
    else:  # many people sharing given names and surnames, threads, header variants
        src = gen.write_mbox(tmp_path / "release" / "box.mbox", people=40, messages=150, seed=11)
        opts = OPTS
    case = Case(tmp_path / "case")
    report = run_ingest([src], case, **opts)
    assert report.nodes > 10 and report.edges > 5
    assert exported(case) == in_memory_graph(case, tmp_path / "expected")
    # and a re-extraction (every analysis from the cache) makes it again
    again = run_ingest([], case, **dict(opts, stages=("extract",)))
    entities = next(r for r in again.stages if r["stage"] == "entities")
    assert entities["analysed"] == 0 and entities["texts"] > 0
    assert exported(case) == in_memory_graph(case, tmp_path / "expected2")


def _texts_release(tmp_path: Path) -> list:
    mbox = gen.write_mbox(tmp_path / "r" / "box.mbox", people=12, messages=30, seed=5)
    case = Case(tmp_path / "read")
    run_ingest([mbox], case, **dict(OPTS, stages=("read",)))
    return sorted(case.load_messages(), key=lambda m: m.id)


def test_analyses_go_to_the_cache_only_and_are_read_back_one_at_a_time(tmp_path):
    messages = _texts_release(tmp_path)
    fp = profile_fingerprint("ring_lapd", "blank")
    held_cache = AnalysisCache(tmp_path / "held.sqlite", fp)
    cache = AnalysisCache(tmp_path / "streamed.sqlite", fp)
    try:
        held_stats: dict = {}
        held = analyse_messages(messages, profile="ring_lapd", model="blank", cache=held_cache, stats=held_stats)
        stats: dict = {}
        assert analyse_messages(messages, profile="ring_lapd", model="blank", cache=cache, stats=stats,
                                keep=False) is None
        assert stats == held_stats and stats["analysed"] == stats["texts"] > 10
        rows = "SELECT key, data FROM analysis ORDER BY key"
        assert cache.db.execute(rows).fetchall() == held_cache.db.execute(rows).fetchall()
        again: dict = {}  # everything cached: nothing analysed
        analyse_messages(messages, profile="ring_lapd", model="blank", cache=cache, stats=again, keep=False)
        assert again == dict(stats, analysed=0)

        lazy = CachedAnalyses(messages, cache, recent=4)
        assert len(lazy) == len(messages) and list(lazy) == [m.id for m in messages]
        assert messages[0].id in lazy and "no-such-id" not in lazy and lazy.get("no-such-id") is None
        marker = object()
        lazy.attach_parser(marker)  # type: ignore[arg-type]
        for m in messages:
            a = lazy[m.id]
            assert a.text == held[m.id].text == analysis.own_text_of(m)
            assert a.to_json() == held[m.id].to_json() and len(a) == len(held[m.id])
            assert a._parser is marker
            assert len(lazy._recent) <= 4  # only the last few are kept decoded
        assert lazy[messages[-1].id] is lazy[messages[-1].id]  # a recent one is not decoded again
    finally:
        held_cache.close()
        cache.close()


def test_a_message_missing_from_the_cache_is_named(tmp_path):
    messages = _texts_release(tmp_path)
    cache = AnalysisCache(tmp_path / "empty.sqlite", profile_fingerprint("ring_lapd", "blank"))
    try:
        lazy = CachedAnalyses(messages, cache)
        with pytest.raises(KeyError, match=messages[0].id):
            lazy[messages[0].id]
    finally:
        cache.close()


@pytest.mark.model
def test_sentences_cut_again_after_eviction_make_the_same_graph(tmp_path, monkeypatch):
    """A release whose relevant messages hold more sentences than the relations stage keeps: each
    message read again is cut again, and the gifts, referrals and endorsements are the same."""
    from giftgraph.nlp.relations import context

    case = Case(tmp_path / "case")
    opts = dict(OPTS, timezone="America/Los_Angeles")
    report = run_ingest([ROOT / "examples" / "sample-release"], case, **opts)
    before = exported(case)
    assert any(e["type"] == "GIFT" for e in json.loads(before)["edges"])
    cut: list[str] = []
    real = context.ThreadContext._sentences

    def counting(self, m, rows, docs):
        cut.append(m.id)
        return real(self, m, rows, docs)

    monkeypatch.setattr(context.ThreadContext, "_sentences", counting)
    monkeypatch.setattr(context._Sentences, "KEEP", 1)  # one message's sentences at a time
    again = run_ingest([], case, **dict(opts, stages=("extract",)))
    assert (again.nodes, again.edges) == (report.nodes, report.edges)
    assert exported(case) == before
    assert len(cut) > len(set(cut))  # messages were cut more than once


@pytest.mark.model
def test_sentences_rebuilt_in_fresh_vocabularies_make_the_same_graph(tmp_path, monkeypatch):
    """The Docs rebuilt from token marks are made in a vocabulary of the relations stage's own, replaced by a
    fresh one once it holds `_MARKS_WORDS` words (the words of a large release are not all kept): with a
    replacement every few sentences, the graph is the same."""
    from giftgraph.nlp.relations import context

    case = Case(tmp_path / "case")
    opts = dict(OPTS, timezone="America/Los_Angeles")
    report = run_ingest([ROOT / "examples" / "sample-release"], case, **opts)
    before = exported(case)
    vocabs: list = []
    real = context.doc_of_marks

    def rebuilt(vocab, text, marks):
        if not any(v is vocab for v in vocabs):
            vocabs.append(vocab)
        return real(vocab, text, marks)

    monkeypatch.setattr(context, "doc_of_marks", rebuilt)
    monkeypatch.setattr(context._Sentences, "KEEP", 1)  # each message read again is rebuilt
    monkeypatch.setattr(context, "_MARKS_WORDS", 60)
    again = run_ingest([], case, **dict(opts, stages=("extract",)))
    assert (again.nodes, again.edges) == (report.nodes, report.edges)
    assert exported(case) == before
    assert len(vocabs) > 2
    rules_vocab = context.RelationRules.from_profile("ring_lapd").nlp.vocab
    assert all(v is not rules_vocab for v in vocabs)
