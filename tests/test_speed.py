"""Speed work of issue #20 that must not change behaviour: a spaCy worker that dies mid-task is
retried or reported in one line (never a hang), and an unchanged re-run loads nothing heavy."""
from __future__ import annotations

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
