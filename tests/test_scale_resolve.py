"""Blocking in resolution: the passes that compare people look candidates up by blocking key
(surname, given-name forms) and still make exactly the merges of the all-pairs check."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from giftgraph.graph.model import to_node_link
from giftgraph.graph.store import Case
from giftgraph.nlp import resolve
from giftgraph.nlp.names import first_names_compatible
from giftgraph.nlp.profile import Profile
from giftgraph.pipeline import run_ingest

_spec = importlib.util.spec_from_file_location("many_people", Path(__file__).parent / "fixtures" / "many_people.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def test_compatible_given_names_share_a_blocking_key():
    nick = Profile.load("ring_lapd").nickname_groups()
    names = ["", "a", "t", "tam", "tams", "tamsin", "thea", "theadora", "dora", "adora", "quill", "quillon",
             "orrin", "rin", "corwin", "winnie", "win", "cor", "corw"]
    for g, group in list(nick.items())[:200]:  # the profile's nicknames, both ways
        names += [g, *group]
    names = sorted({resolve._fold(n) for n in names})
    misses = [(a, b) for a in names for b in names
              if first_names_compatible(a, b, nick)
              and not resolve._given_name_queries(a, nick) & resolve._given_name_keys(b, nick)]
    assert not misses
    # and the keys do block: a name is not looked up under every other one
    assert not resolve._given_name_queries("quill", nick) & resolve._given_name_keys("orrin", nick)


def _graph(tmp_path, name, mbox) -> str:
    case = Case(tmp_path / name)
    run_ingest([mbox], case, profile="ring_lapd", model="blank", timezone="America/New_York", workers=1,
               progress=False, log=lambda s: None)
    return json.dumps(to_node_link(case.load_graph()), sort_keys=True)


def test_blocked_passes_merge_what_all_pairs_merge(tmp_path, monkeypatch):
    mbox = gen.write_mbox(tmp_path / "release" / "box.mbox", people=120, messages=500, seed=11)
    merged = []
    real = resolve.Resolver._merge

    def counting(self, a, b, reason):
        merged.append(reason)
        return real(self, a, b, reason)

    monkeypatch.setattr(resolve.Resolver, "_merge", counting)
    blocked = _graph(tmp_path, "blocked", mbox)
    kinds = " ".join(merged)
    assert "nickname or initial" in kinds and "is the given name of" in kinds  # both blocked passes merged
    # every name under one key: each pass compares everyone (of a surname) with everyone, as before blocking
    monkeypatch.setattr(resolve, "_given_name_keys", lambda name, nick: {"any"})
    monkeypatch.setattr(resolve, "_given_name_queries", lambda name, nick: {"any"})
    merged.clear()
    assert _graph(tmp_path, "all-pairs", mbox) == blocked
