"""Both cores: the spaCy pass in worker processes gives the graph one process gives, and every
stage of a run reports its wall time, CPU time and peak memory."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.graph.model import to_node_link
from giftgraph.graph.store import Case
from giftgraph.nlp import analysis
from giftgraph.pipeline import run_ingest
from giftgraph.scale import default_workers

_spec = importlib.util.spec_from_file_location("many_people", Path(__file__).parent / "fixtures" / "many_people.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

OPTS = dict(profile="ring_lapd", timezone="America/New_York", progress=False, log=lambda s: None)


def exported(case: Case) -> str:
    return json.dumps(to_node_link(case.load_graph()), sort_keys=True)


@pytest.mark.model
def test_two_workers_make_the_graph_one_worker_makes(tmp_path, monkeypatch):
    mbox = gen.write_mbox(tmp_path / "release" / "box.mbox", people=40, messages=150, seed=3)
    monkeypatch.setattr(analysis, "CHUNK_TEXTS", 16)  # ~10 tasks, so both workers get several
    one = Case(tmp_path / "one")
    r1 = run_ingest([mbox], one, workers=1, **OPTS)
    entities = next(r for r in r1.stages if r["stage"] == "entities")
    assert entities["workers"] == 1  # (other child processes of the test run may be sampled too)
    two = Case(tmp_path / "two")
    r2 = run_ingest([mbox], two, workers=2, **OPTS)
    entities = next(r for r in r2.stages if r["stage"] == "entities")
    assert entities["workers"] == 2 and entities["analysed"] == entities["texts"] > 100
    assert entities["workers_rss_mb"] > 0  # the worker processes were there, and sampled
    assert r1.nodes == r2.nodes > 40 and r1.edges == r2.edges
    assert exported(one) == exported(two)
    # the analyses cached by the workers are those one process computes
    c1 = analysis.AnalysisCache(one.path / "analyses.sqlite", analysis.profile_fingerprint("ring_lapd", None))
    c2 = analysis.AnalysisCache(two.path / "analyses.sqlite", analysis.profile_fingerprint("ring_lapd", None))
    try:
        rows = c1.db.execute("SELECT key, data FROM analysis ORDER BY key").fetchall()
        assert rows and rows == c2.db.execute("SELECT key, data FROM analysis ORDER BY key").fetchall()
    finally:
        c1.close()
        c2.close()


def test_pool_keeps_order_and_matches_one_process(monkeypatch):
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    nlp = load_pipeline(Profile.load("ring_lapd"), "blank")
    texts = [f"Message {i}: a Video Doorbell Pro for Orla Quint, code TIDE{i:03d}." + " filler" * (i % 7)
             for i in range(90)]
    monkeypatch.setattr(analysis, "CHUNK_TEXTS", 8)
    one = list(analysis.analyse_texts_json(nlp, texts, n_process=1))
    two = list(analysis.analyse_texts_json(nlp, texts, n_process=2))
    assert len(one) == 90 and one == two
    assert one[5] != one[6]  # each text its own analysis, in order


def test_chunks_are_bounded_by_texts_and_characters():
    texts = ["x" * 100] * 10 + ["y" * 5000] + ["z"] * 3
    chunks = list(analysis._chunks(texts, 4, 1000))
    assert [t for c in chunks for t in c] == texts
    assert all(len(c) <= 4 for c in chunks)
    assert all(sum(len(t) for t in c) <= 1000 or len(c) == 1 for c in chunks)


def test_every_stage_reports_wall_cpu_and_memory(tmp_path):
    mbox = gen.write_mbox(tmp_path / "release" / "box.mbox", people=12, messages=20, seed=5)
    lines: list[str] = []
    from giftgraph import pipeline

    pipeline_tty = pipeline._tty
    pipeline._tty = lambda: True  # stage lines are printed at a terminal
    try:
        report = run_ingest([mbox], Case(tmp_path / "case"), **{**OPTS, "model": "blank", "progress": True,
                                                                   "log": lines.append})
    finally:
        pipeline._tty = pipeline_tty
    names = [r["stage"] for r in report.stages]
    for stage in ("read", "save messages", "fingerprint", "entities", "resolution", "relations", "graph",
                  "save graph"):
        assert stage in names
    for r in report.stages:
        assert r["wall_s"] >= 0 and r["cpu_s"] >= 0 and r["peak_rss_mb"] > 10
    assert next(r for r in report.stages if r["stage"] == "read")["messages"] == 20
    assert any(s.startswith("stage entities: ") and " s CPU, peak " in s for s in lines)
    assert report.to_dict()["stages"] == report.stages

    again = run_ingest([mbox], Case(tmp_path / "case"), **{**OPTS, "model": "blank"})  # unchanged: no spaCy pass
    names = [r["stage"] for r in again.stages]
    assert "unchanged" in names and "entities" not in names  # nothing loaded: see test_speed.py


def test_ingest_json_has_stages_and_workers_default_to_the_cores(tmp_path, monkeypatch):
    from giftgraph import pipeline
    from giftgraph.cli import cli

    assert default_workers() >= 1
    seen = {}
    real = pipeline._run_stages
    monkeypatch.setattr(pipeline, "_run_stages", lambda *a, **kw: seen.update(kw) or real(*a, **kw))
    mbox = gen.write_mbox(tmp_path / "box.mbox", people=5, messages=6, seed=9)
    res = CliRunner().invoke(cli, ["ingest", str(mbox), "--case", str(tmp_path / "case"), "--model", "blank",
                                   "--profile", "ring_lapd", "-s", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert seen["workers"] == default_workers()
    assert {"read", "entities", "save graph"} <= {r["stage"] for r in data["stages"]}
    assert all({"wall_s", "cpu_s", "peak_rss_mb"} <= set(r) for r in data["stages"])
