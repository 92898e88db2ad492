"""Incremental extraction: analyses cached by content hash, unchanged re-runs skipped, installments
analyse only their new messages, and the per-message analyses stand in for spaCy Docs."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from giftgraph.graph.model import to_node_link
from giftgraph.graph.store import Case
from giftgraph.nlp import analysis
from giftgraph.nlp.analysis import Analysis, AnalysisCache, analyse_texts, spacy_pieces
from giftgraph.pipeline import run_ingest

_spec = importlib.util.spec_from_file_location("scale_release", Path(__file__).parent / "fixtures" / "scale_release.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

OPTS = dict(profile="ring_lapd", model="blank", progress=False, log=lambda s: None)


def graph_json(case: Case) -> str:
    return json.dumps(to_node_link(case.load_graph()), sort_keys=True)


@pytest.fixture
def counted(monkeypatch):
    """Counts the texts that go through spaCy."""
    seen: list[str] = []
    real = analysis.analyse_texts

    def wrapper(nlp, texts, **kw):
        for t in texts:
            seen.append(t)
            yield from real(nlp, [t], **kw)

    monkeypatch.setattr(analysis, "analyse_texts", wrapper)
    return seen


def test_unchanged_rerun_skips_extraction_and_installment_analyses_only_new(tmp_path, counted):
    d1, d2, d3 = fx.write_release(tmp_path / "release")
    case = Case(tmp_path / "case")
    run_ingest([d1, d2], case, **OPTS)
    first = len(counted)
    assert first == 5 and (case.path / "extraction.json").exists() and (case.path / "analyses.sqlite").exists()
    before = graph_json(case)

    run_ingest([d1, d2], case, **OPTS)  # nothing changed: no spaCy, same graph
    assert len(counted) == first and graph_json(case) == before

    report = run_ingest([d3], case, **OPTS)  # an installment: only its 2 messages are analysed
    assert report.messages_new == 2 and len(counted) == first + 2
    fresh = Case(tmp_path / "fresh")
    run_ingest([d1, d2, d3], fresh, **OPTS)
    assert graph_json(case) == graph_json(fresh)  # the same graph as one run over everything


def test_profile_change_invalidates_cache(tmp_path):
    fp_ring = analysis.profile_fingerprint("ring_lapd", "blank")
    assert fp_ring == analysis.profile_fingerprint("ring_lapd", "blank")
    assert fp_ring != analysis.profile_fingerprint("flock_apd", "blank")
    assert fp_ring != analysis.profile_fingerprint("ring_lapd", "en_core_web_sm")
    c = AnalysisCache(tmp_path / "a.sqlite", fp_ring)
    c.put_many([("k", "{}")])
    c.close()
    assert len(AnalysisCache(tmp_path / "a.sqlite", fp_ring)) == 1
    assert len(AnalysisCache(tmp_path / "a.sqlite", "other")) == 0


def test_analysis_keeps_what_extraction_reads_and_round_trips():
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    nlp = load_pipeline(Profile.load("ring_lapd"), "blank")
    text = "Use promo code RAMAN50 at checkout for a Video Doorbell Pro.\nNora"
    a = next(analyse_texts(nlp, [text]))
    doc = nlp(text)
    assert [(e.text, e.label_, e.ent_id_, e.start_char, e.end_char, e.start, e.end) for e in a.ents] == \
        [(e.text, e.label_, e.ent_id_, e.start_char, e.end_char, e.start, e.end) for e in doc.ents]
    code = next(e for e in a.ents if e.label_ == "PROMO_CODE")
    assert "promo" in [t.lower_ for t in a[code.start - 3:code.end + 3]] and len(a) == len(doc)
    b = Analysis.from_json(text, a.to_json())
    assert [e.to_list() for e in b.ents] == [e.to_list() for e in a.ents] and b.window == a.window


def test_huge_text_is_read_as_head_and_tail_with_body_offsets():
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    filler = "lorem ipsum dolor sit amet\n" * 2000
    text = "Video Doorbell Pro first.\n" + filler + "Thanks,\nNora Vance\nStick Up Cam team\n"
    pieces = spacy_pieces(text)
    assert len(pieces) == 2 and pieces[1][0] + len(pieces[1][1]) == len(text)
    assert sum(len(p) for _, p in pieces) < len(text)
    nlp = load_pipeline(Profile.load("ring_lapd"), "blank")
    a = next(analyse_texts(nlp, [text]))
    got = [(text[e.start_char:e.end_char], e.text) for e in a.ents]
    assert ("Video Doorbell Pro", "Video Doorbell Pro") in got and ("Stick Up Cam", "Stick Up Cam") in got
    assert all(x == y for x, y in got)
