"""Speed work of issue #20 that must not change behaviour: a spaCy worker that dies mid-task is
retried or reported in one line (never a hang), and an unchanged re-run loads nothing heavy."""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from giftgraph.nlp import analysis

TEXTS = [f"Note {i}: Wren Halloway sent a Video Doorbell Pro to Ilse Marchetti, code KELP{i:03d}." + " more" * (i % 5)
         for i in range(60)]


def _blank():
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    return load_pipeline(Profile.load("ring_lapd"), "blank")


def _dying_task(flag_dir: Path, times: int):
    """A pool task that kills its own worker process (SIGKILL, as the OOM killer does) on the chunk
    holding text 30, the first ``times`` times it is given it."""
    real = analysis._pool_task

    def task(texts, batch_size):
        if any(t.startswith("Note 30:") for t in texts):
            n = len(list(flag_dir.iterdir()))
            if n < times:
                (flag_dir / f"died-{n}").touch()
                os.kill(os.getpid(), signal.SIGKILL)
        return real(texts, batch_size)

    return task


def test_a_worker_killed_mid_task_is_replaced_and_its_chunk_analysed_again(tmp_path, monkeypatch):
    nlp = _blank()
    monkeypatch.setattr(analysis, "CHUNK_TEXTS", 6)
    one = list(analysis.analyse_texts_json(nlp, TEXTS, n_process=1))
    flags = tmp_path / "flags"
    flags.mkdir()
    monkeypatch.setattr(analysis, "_pool_task", _dying_task(flags, times=1))
    two = list(analysis.analyse_texts_json(nlp, TEXTS, n_process=2))
    assert len(list(flags.iterdir())) == 1  # a worker did die, in the middle of a chunk
    assert two == one  # every text analysed once more after the restart, in order


def test_a_worker_that_keeps_dying_is_one_line_error_not_a_hang(tmp_path, monkeypatch):
    nlp = _blank()
    monkeypatch.setattr(analysis, "CHUNK_TEXTS", 6)
    flags = tmp_path / "flags"
    flags.mkdir()
    monkeypatch.setattr(analysis, "_pool_task", _dying_task(flags, times=10))
    got = []
    with pytest.raises(analysis.WorkerDied) as err:
        for a in analysis.analyse_texts_json(nlp, TEXTS, n_process=2):
            got.append(a)
    assert len(list(flags.iterdir())) == 1 + analysis.POOL_RETRIES
    assert "\n" not in str(err.value) and "worker process died" in str(err.value)
    assert 0 < len(got) <= 30  # the texts before the dying chunk came back (the caller caches them)
    from giftgraph.errors import GiftgraphError

    assert isinstance(err.value, GiftgraphError)  # the CLI prints it as one line, exit status 1


def _gen():
    import importlib.util

    spec = importlib.util.spec_from_file_location("many_people", Path(__file__).parent / "fixtures" / "many_people.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


OPTS = dict(profile="ring_lapd", model="blank", timezone="America/New_York", progress=False, log=lambda s: None,
            workers=1)


def test_an_unchanged_rerun_loads_neither_messages_nor_graph_nor_spacy(tmp_path, monkeypatch):
    from giftgraph.graph.store import Case
    from giftgraph.nlp import components
    from giftgraph.pipeline import run_ingest

    mbox = _gen().write_mbox(tmp_path / "release" / "box.mbox", people=15, messages=40, seed=11)
    case = Case(tmp_path / "case")
    first = run_ingest([mbox], case, **OPTS)
    assert first.nodes > 15 and first.messages_total >= 40

    def heavy(*a, **kw):
        raise AssertionError("an unchanged re-run loaded something heavy")

    with monkeypatch.context() as m:
        m.setattr(components, "load_pipeline", heavy)
        m.setattr(Case, "load_messages", heavy)
        m.setattr(Case, "iter_messages", heavy)
        m.setattr(Case, "load_graph", heavy)
        again = run_ingest([mbox], case, **OPTS)
    assert (again.nodes, again.edges, again.messages_total) == (first.nodes, first.edges, first.messages_total)
    assert again.files_skipped == 1 and again.messages_new == 0
    assert [r["stage"] for r in again.stages][-1] == "unchanged"

    # in a new process, through the command line: spaCy is not even imported
    import subprocess
    import sys

    code = ("import sys, json; from giftgraph.cli import cli\n"
            f"cli.main(['ingest', {str(mbox)!r}, '--case', {str(case.path)!r}, '--profile', 'ring_lapd', '--model', "
            "'blank', '--timezone', 'America/New_York', '--json'], standalone_mode=False)\n"
            "print('SPACY', 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "SPACY False" in out.stdout, out.stderr[-2000:]
    assert json.loads(out.stdout[:out.stdout.rindex("SPACY")])["nodes"] == first.nodes


def test_a_rerun_with_another_setting_or_a_touched_graph_extracts_again(tmp_path):
    from giftgraph.graph.store import Case
    from giftgraph.pipeline import run_ingest

    mbox = _gen().write_mbox(tmp_path / "release" / "box.mbox", people=15, messages=40, seed=12)
    case = Case(tmp_path / "case")
    first = run_ingest([mbox], case, **OPTS)
    other = run_ingest([mbox], case, **dict(OPTS, custodian="none"))  # another custodian setting
    assert "unchanged" not in [r["stage"] for r in other.stages]
    case.graph_path.write_text("{not json", encoding="utf-8")  # a damaged graph: extracted again
    again = run_ingest([mbox], case, **OPTS)
    assert "unchanged" not in [r["stage"] for r in again.stages]
    assert (again.nodes, again.edges) == (first.nodes, first.edges)
    assert "unchanged" in [r["stage"] for r in run_ingest([mbox], case, **OPTS).stages]


def test_a_rerun_after_the_rules_changed_extracts_again(tmp_path, monkeypatch):
    """The same release, profile and version, but other extraction code (a rule patched in a checkout): the graph
    is made again, not kept as the old rules made it."""
    from giftgraph import scale
    from giftgraph.graph.store import Case
    from giftgraph.pipeline import run_ingest

    mbox = _gen().write_mbox(tmp_path / "release" / "box.mbox", people=15, messages=40, seed=14)
    case = Case(tmp_path / "case")
    run_ingest([mbox], case, **OPTS)
    assert "unchanged" in [r["stage"] for r in run_ingest([mbox], case, **OPTS).stages]
    monkeypatch.setattr(scale, "_RULES_CODE", ["other rules"])
    again = run_ingest([mbox], case, **OPTS)
    assert "unchanged" not in [r["stage"] for r in again.stages]
    assert "unchanged" in [r["stage"] for r in run_ingest([mbox], case, **OPTS).stages]


def test_resolution_runs_without_automatic_collections_and_gives_the_collector_back(tmp_path, monkeypatch):
    """Resolution makes many long-lived objects: the cyclic collector is paused while it runs (a
    threshold of 0, which a library's gc.enable(), as srsly's model reader does, does not undo), and
    its settings are given back for the relations stage (whose dropped sentences are cycles), after
    an error too; the graph is the same as with the collector never paused."""
    import gc

    from giftgraph.graph.store import Case
    from giftgraph.nlp import extract as extraction
    from giftgraph.pipeline import run_ingest

    mbox = _gen().write_mbox(tmp_path / "release" / "box.mbox", people=15, messages=40, seed=13)
    with monkeypatch.context() as m:  # the collector never paused
        m.setattr(gc, "set_threshold", lambda *a: None)
        plain = run_ingest([mbox], Case(tmp_path / "plain"), **OPTS)
    before = gc.get_threshold()
    seen = []
    real_entities, real_relations = extraction.extract_entities, extraction._add_relations

    def entities(*a, **kw):
        gc.enable()  # what a library may do in the middle
        seen.append(gc.get_threshold()[0])
        runs = sum(g["collections"] for g in gc.get_stats())
        junk = [[] for _ in range(5 * max(700, before[0]))]  # many new container objects: no collection runs
        seen.append(sum(g["collections"] for g in gc.get_stats()) == runs)
        del junk
        return real_entities(*a, **kw)

    def relations(*a, **kw):
        seen.append(gc.get_threshold() == before)
        return real_relations(*a, **kw)

    monkeypatch.setattr(extraction, "extract_entities", entities)
    monkeypatch.setattr(extraction, "_add_relations", relations)
    paused = run_ingest([mbox], Case(tmp_path / "paused"), **OPTS)
    assert seen == [0, True, True]
    assert gc.get_threshold() == before and gc.isenabled()
    assert (paused.nodes, paused.edges) == (plain.nodes, plain.edges)
    assert (tmp_path / "paused" / "graph.json").read_bytes() == (tmp_path / "plain" / "graph.json").read_bytes()

    def broken(*a, **kw):
        raise RuntimeError("resolution failed")

    monkeypatch.setattr(extraction, "extract_entities", broken)
    with pytest.raises(RuntimeError):
        run_ingest([mbox], Case(tmp_path / "broken"), **OPTS)
    assert gc.get_threshold() == before
