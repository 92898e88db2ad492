"""Reading on both cores: a release of several files read by worker processes gives the messages, file
records and problems of a read in one process, in the same order; a dead worker costs nothing."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from giftgraph import scale
from giftgraph.ingest import IngestError, read_paths
from giftgraph.scale import read_pooled

_spec = importlib.util.spec_from_file_location("many_people", Path(__file__).parent / "fixtures" / "many_people.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def release(tmp_path: Path) -> Path:
    root = tmp_path / "release"
    for i in range(4):
        gen.write_mbox(root / f"box{i}.mbox", people=12, messages=25, seed=i + 1)
    # the same thread printed in two boxes: one message after the release-wide merge
    (root / "box1.mbox").write_bytes((root / "box1.mbox").read_bytes() + (root / "box0.mbox").read_bytes()[:4000])
    (root / "broken.eml").write_bytes(b"\xff\xfe\x00garbage with no header at all\x00" * 3)
    (root / "notes.eml").write_text("From: Wren Talbot <wren@harborview.example>\nTo: Ossian Pike <opike@harborview.example>\n"
                                    "Subject: Fence\nDate: Tue, 4 Mar 2025 10:00:00 -0500\n\nThe fence is up.\n")
    return root


def summary(res) -> tuple:
    msgs = [(m.id, m.sent, m.subject, m.body, str(m.sender), [str(a) for a in m.to], m.in_reply_to, m.thread,
             [repr(p) for p in m.provenance]) for m in res.messages]
    return (msgs, res.files, res.formats, res.problems, res.notes, res.files_read, res.files_skipped, res.files_failed)


def test_two_readers_give_what_one_process_reads(tmp_path):
    root = release(tmp_path)
    one = read_paths([root], log=lambda s: None)
    two = read_pooled([root], 2, min_bytes=0)
    assert len(one.messages) > 90 and one.files_read >= 5
    assert summary(two) == summary(one)


def test_a_known_unchanged_file_is_skipped_by_the_readers_too(tmp_path):
    root = release(tmp_path)
    first = read_paths([root], log=lambda s: None)
    again = read_pooled([root], 2, known=first.files, min_bytes=0)
    assert again.files_skipped == first.files_read and again.messages == []


def test_small_releases_and_one_worker_are_read_here(tmp_path, monkeypatch):
    root = release(tmp_path)

    def no_pool(*a, **kw):
        raise AssertionError("no worker should be started")

    monkeypatch.setattr(scale, "_read_one", no_pool)
    assert summary(read_pooled([root], 2)) == summary(read_paths([root], log=lambda s: None))  # < 8 MB
    assert summary(read_pooled([root], 1, min_bytes=0)) == summary(read_paths([root], log=lambda s: None))


def test_strict_names_the_file_that_cannot_be_read(tmp_path):
    root = release(tmp_path)
    with pytest.raises(IngestError, match="broken.eml"):
        read_pooled([root], 2, strict=True, min_bytes=0)


_PARENT: list[int] = []
_READ_HERE: list[str] = []
_REAL = scale._read_one


def _dies_in_a_worker(path, *a, **kw):
    if os.getpid() not in _PARENT and path.endswith("box2.mbox"):
        os._exit(9)  # as the kernel's OOM killer would
    if os.getpid() in _PARENT:
        _READ_HERE.append(Path(path).name)
    return _REAL(path, *a, **kw)


def test_a_worker_killed_mid_read_leaves_the_rest_to_this_process(tmp_path, monkeypatch):
    root = release(tmp_path)
    _PARENT[:] = [os.getpid()]
    monkeypatch.setattr(scale, "_read_one", _dies_in_a_worker)
    pooled = read_pooled([root], 2, min_bytes=0)
    assert "box2.mbox" in _READ_HERE  # the worker died on it: read again here
    assert summary(pooled) == summary(read_paths([root], log=lambda s: None))
