"""What resolution keeps once it is done (#20): no PERSON span of the analyses (they are read from the
case's cache one message at a time and must be freed with their analysis), and none of the memos its
passes keep to run fast; the look-ups answer the same without them; the mentions wait on disk (no
Mention in memory). And a parse on demand of a long text computes its token vectors a piece at a time,
the same vectors and parse as at once. Fictional names."""
from __future__ import annotations

import gc
import importlib.util
from pathlib import Path

import pytest

from giftgraph.graph.store import Case
from giftgraph.nlp import analysis, names
from giftgraph.nlp import extract as ex
from giftgraph.nlp.analysis import AnalysisCache, CachedAnalyses, analyse_messages, profile_fingerprint
from giftgraph.nlp.entities import Mention
from giftgraph.nlp.names import parse_name
from giftgraph.nlp.resolve import Resolver
from giftgraph.pipeline import run_ingest

_spec = importlib.util.spec_from_file_location("many_people", Path(__file__).parent / "fixtures" / "many_people.py")
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)  # type: ignore[union-attr]


def _release(tmp_path: Path) -> list:
    mbox = gen.write_mbox(tmp_path / "r" / "box.mbox", people=30, messages=120, seed=7)
    case = Case(tmp_path / "read")
    run_ingest([mbox], case, profile="ring_lapd", timezone="America/New_York", progress=False, log=lambda s: None,
               workers=1, stages=("read",))
    return sorted(case.load_messages(), key=lambda m: (m.sent or "~", m.id))


_ON_FIRST_USE = [f"_{n}" for n in ("short_aliases", "units", "orgs", "text_units", "member_quotes", "roles",
                                    "header_orgs", "titles", "text_titles", "serials", "phones")]


def _live_ents() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is analysis._Ent)


def _answers(res: Resolver, messages: list) -> list:
    """What the look-ups the relations stage and the graph make answer, for every header of the release."""
    out = []
    for m in messages:
        out.append(sorted(k for part in res.context_keys(m) for k in part))
        for a in [m.sender, *m.to, *m.cc]:
            out.append(res.cluster_of_address(a))
            if a.name:
                out.append(res.find_person(a.name, message=m))
                pn = parse_name(a.name, titles=res.titles)
                if pn.last:
                    out.append(res.find_person(pn.last, message=m))
    return out


@pytest.mark.model
def test_resolution_frees_spans_and_memos_and_answers_the_same(tmp_path, monkeypatch):
    messages = _release(tmp_path)
    cache = AnalysisCache(tmp_path / "analyses.sqlite", profile_fingerprint("ring_lapd", None))
    try:
        analyse_messages(messages, profile="ring_lapd", cache=cache, keep=False)
        persons = sum(1 for m in messages for e in CachedAnalyses(messages, cache)[m.id].ents if e.label_ == "PERSON")
        assert persons > 50
        docs = CachedAnalyses(messages, cache, recent=2)
        recent_ents = max(len(docs[m.id].ents) for m in messages) * 2
        seen: dict = {}
        real_build, real_release = ex._build, Resolver.release_memos

        def build(messages, docs, res, *a, **kw):  # while the graph's nodes are made: only the analyses the cache reader keeps decoded
            seen["ents while building"] = _live_ents()
            seen.setdefault("order", []).append("build")
            out = real_build(messages, docs, res, *a, **kw)
            # the building of nodes read every person's containers made on first use, and made none
            seen["empty made"] = sorted({slot for c in res.clusters.values() for slot in _ON_FIRST_USE
                                         if slot in c.__dict__ and not c.__dict__[slot]})
            return out

        def release(res: Resolver) -> None:
            seen.setdefault("order", []).append("release")
            seen.setdefault("memos", sum(len(c._memo) for c in res.clusters.values()) + len(res._fits))
            seen["before"] = _answers(res, messages)
            real_release(res)
            seen["released"] = (sum(len(c._memo) for c in res.clusters.values()), len(res._fits), len(res._fits_deps),
                                len(res._thread_people), len(res._parts_memo))
            seen["name parses kept"] = names._parse_name_cached.cache_info().currsize
            seen["after"] = _answers(res, messages)

        monkeypatch.setattr(ex, "_build", build)
        monkeypatch.setattr(Resolver, "release_memos", release)
        index, _docs, nodes, _edges = ex.extract_entities(messages, profile="ring_lapd", analyses=docs)
    finally:
        cache.close()
    assert len([n for n in nodes if n.kind == "person"]) > 10
    assert seen["empty made"] == []
    # the PERSON spans the text passes read are not held (they were, one per name of the release)
    assert seen["ents while building"] <= recent_ents < persons
    # the memos were there, and are gone once resolution is done; the look-ups give the same answers
    assert seen["memos"] > 0 and seen["released"] == (0, 0, 0, 0, 0)
    # released before the nodes and edges are made (those take the room the memos leave), and what the building
    # remembered again released after it
    assert seen["order"] == ["release", "build", "release"]
    assert seen["after"] == seen["before"] and any(seen["before"])
    assert seen["name parses kept"] == 0  # the parses of the release's names are not kept through relations
    assert index.resolver is not None
    # nor which messages name each person (read by the passes and the building of edges only)
    clusters = list(index.resolver.clusters.values())
    assert not [c for c in clusters if "_messages" in c.__dict__ or "_sent" in c.__dict__]
    assert all(not c.messages for c in clusters) and not index.resolver.message_mentions
    # nor what only the people's nodes read: the nodes have it, the clusters have empty read-only values, and the
    # look-ups of the relations stage answer the same
    people = [n for n in nodes if n.kind == "person"]
    assert any(n.aliases for n in people) and any(n.attrs["merge_reasons"] for n in people)
    assert all(not c.header_names and not c.aliases and not c.reasons for c in clusters)
    for write in (lambda c: c.aliases.add("Pell"), lambda c: c.reasons.append("x"),
                  lambda c: c.header_names.update({"Oskar Pell": 1})):
        with pytest.raises(AttributeError):
            write(clusters[0])
    assert _answers(index.resolver, messages) == seen["after"]
    # the mentions wait for the relations stage on disk: none is held in memory, each message's read back
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Mention)]
    read = [index.mentions(m.id) for m in messages]
    assert sum(map(len, read)) > len(messages) and all(isinstance(x, Mention) for got in read for x in got)
    assert all([(x.start, x.end) for x in got] == sorted((x.start, x.end) for x in got) for got in read)


@pytest.mark.model
def test_a_long_text_gets_the_token_vectors_and_parse_of_one_pass_a_piece_at_a_time(monkeypatch):
    import numpy

    nlp = analysis.shared_pipeline("ring_lapd", None)
    parser = analysis.Parser("ring_lapd", None, nlp)
    reach = analysis._vector_reach(nlp)
    assert reach == 4  # the model's window encoder: window 1, depth 4
    para = ("Hi Wren, the lantern crates reached the north depot on Tuesday and Oskar Pell signed for them. "
            "Could you send the invoice to the harbour office before the end of the month? I think we owe "
            "them for the ropes as well.\n\n")
    text = "".join(para.replace("Tuesday", day) for day in ["Monday", "Tuesday", "Friday"] * 8)
    with nlp.select_pipes(disable=[p for p in analysis.NER_COMPONENTS if p in nlp.pipe_names]):
        whole = nlp(text)
    assert len(whole) > 3 * analysis.PARSE_STEP
    sizes: list[int] = []
    tok2vec = nlp.get_pipe("tok2vec")
    real_predict = tok2vec.predict

    def predict(docs):
        sizes.extend(len(d) for d in docs)
        return real_predict(docs)

    monkeypatch.setattr(tok2vec, "predict", predict)
    doc = parser(text)
    assert sizes and max(sizes) <= analysis.PARSE_STEP + 4 * reach < len(whole)
    assert numpy.array_equal(doc.tensor, whole.tensor)
    assert [(t.text, t.dep_, t.head.i, t.tag_, t.lemma_) for t in doc] == \
        [(t.text, t.dep_, t.head.i, t.tag_, t.lemma_) for t in whole]
    sizes.clear()
    short = parser(para)  # a short text: parsed in one pass
    assert sizes == [len(short)]


def test_spans_read_from_the_cache_share_their_label_id_and_text_strings():
    def stored(name: str) -> str:
        text = f"Thanks {name}, see you at Quillmoor Lamps."
        start = len("Thanks ")
        return analysis.Analysis(text, [analysis._Ent(start, start + len(name), 1, 3, "PERSON", "", name,
                                                      name.lower().split(), [0, 0])], 9).to_json()

    name = "Orla " + "Vennick"  # made at run time: not a constant the compiler would share
    a = analysis.Analysis.from_json("", stored(name))
    b = analysis.Analysis.from_json("", stored("".join(["Orla", " Vennick"])))
    (ea,), (eb,) = a.ents, b.ents
    assert ea.text == eb.text == name and ea.label_ == "PERSON"
    # one string object each, however many messages print the name (JSON decoding makes a new one each time)
    assert ea.text is eb.text and ea.label_ is eb.label_ and ea.ent_id_ is eb.ent_id_
    assert a.to_json() == stored(name)  # and the analysis stored is unchanged


@pytest.mark.model
def test_a_parse_with_no_entity_pass_loads_no_entity_components_and_parses_the_same(monkeypatch):
    monkeypatch.setattr(analysis, "_PIPELINE", {})  # a re-extraction: no entity pass loaded the pipeline
    text = "Wren said the crates reached the depot, and Oskar Pell signed for them on Tuesday."
    lean = analysis.Parser("ring_lapd", None)
    assert lean.parses and not set(analysis.NER_COMPONENTS) & set(lean.nlp.pipe_names)
    got = [(t.text, t.dep_, t.head.i, t.tag_, t.lemma_) for t in lean(text)]
    full = analysis.shared_pipeline("ring_lapd", None)  # an entity pass in the same run ...
    assert "ner" in full.pipe_names
    assert analysis.Parser("ring_lapd", None).nlp is full  # ... whose pipeline a parse then shares
    with full.select_pipes(disable=[p for p in analysis.NER_COMPONENTS if p in full.pipe_names]):
        assert [(t.text, t.dep_, t.head.i, t.tag_, t.lemma_) for t in full(text)] == got


def test_a_read_makes_no_container_and_a_merge_joins_only_those_made():
    from collections import Counter

    from giftgraph.nlp.resolve import PersonCluster

    a, b = PersonCluster(key="e:wren.ostby@example.org"), PersonCluster(key="e:tallis.moe@example.org")
    assert PersonCluster.phones.peek(a) == set() and PersonCluster.titles.peek(a) == Counter()
    assert "_phones" not in a.__dict__ and "_titles" not in a.__dict__
    with pytest.raises(AttributeError):  # the empty set every reader shares cannot be written to
        PersonCluster.phones.peek(a).add("555-0142")  # type: ignore[attr-defined]
    a.phones.add("555-0142")  # a write through the attribute is kept
    a.titles["Sgt."] += 1
    a.member_quotes["division:Harbor"] = ("m1", "I'm at Harbor Division")
    b.titles["Sgt."] += 2
    b.serials.add("4471")
    b.member_quotes["division:Harbor"] = ("m2", "Harbor Division desk")
    b.member_quotes["organization:Tern Co"] = ("m3", "Tern Co")
    assert PersonCluster.phones.peek(a) == {"555-0142"}

    from giftgraph.nlp.profile import Profile
    res = Resolver(Profile.load("ring_lapd"))
    for c in (a, b):
        res.clusters[c.key] = c
        res.uf.parent[c.key] = c.key
    res._merge(a.key, b.key, "test")
    kept = res.clusters[res.uf.find(a.key)]
    assert kept.phones == {"555-0142"} and kept.serials == {"4471"} and kept.titles == Counter({"Sgt.": 3})
    # the kept person's quote stays, the other's is added where it has none
    assert kept.member_quotes["division:Harbor"] == (("m1", "I'm at Harbor Division") if kept is a
                                                     else ("m2", "Harbor Division desk"))
    assert kept.member_quotes["organization:Tern Co"] == ("m3", "Tern Co")
    # what neither had is not made by the merge
    assert not {"_units", "_orgs", "_roles", "_header_orgs", "_text_titles"} & set(kept.__dict__)


@pytest.mark.model
def test_the_threads_people_memo_keeps_the_recent_threads_and_resolves_the_same(tmp_path, monkeypatch):
    from giftgraph.nlp import resolve

    messages = _release(tmp_path)
    assert len({resolve.thread_key(m) for m in messages}) > 4

    def entities() -> tuple[list, int]:
        most = [0]
        real = Resolver.context_keys

        def context_keys(res: Resolver, m):
            out = real(res, m)
            most[0] = max(most[0], len(res._thread_people))
            return out

        monkeypatch.setattr(Resolver, "context_keys", context_keys)
        _index, _docs, nodes, edges = ex.extract_entities(messages, profile="ring_lapd")
        monkeypatch.setattr(Resolver, "context_keys", real)
        return [(n.id, n.name, n.aliases, n.emails, n.attrs) for n in nodes] + \
            [(e.type, e.source, e.target, e.attrs) for e in edges], most[0]

    everything, most = entities()
    assert most > 2  # the release's threads outnumber the two kept below
    monkeypatch.setattr(resolve, "_THREADS_KEPT", 2)
    kept_two, most = entities()
    assert most == 2
    assert kept_two == everything and any(n[1] for n in everything)


def test_a_settled_resolver_finds_header_people_without_their_parses_and_follows_a_later_merge():
    """Once settled, a header address's person and a thread's people are found with no parse or keys of the
    address kept, the same as before; a merge after settling is followed."""
    from giftgraph.ingest.message import Address, Message
    from giftgraph.nlp.profile import Profile

    noor = Address(name="Noor Halvard", email="nhalvard@quillport.example")
    noor_home = Address(name="Noor Halvard", email="noor.h@tidewell.example")
    brisk = Address(name="Sgt. Elm Brisk", email="ebrisk@quillport.example")
    shade = Address(name="Tamsin Shade")
    messages = [
        Message(id="m1", sender=noor, to=[brisk], subject="Fence line", sent="2025-03-01T10:00:00+00:00",
                thread="m1", body="Elm, the fence line camera is up. Noor"),
        Message(id="m2", sender=brisk, to=[noor_home], cc=[shade], subject="Re: Fence line",
                sent="2025-03-02T10:00:00+00:00", thread="m1", in_reply_to="m1", body="Thanks Noor. Elm"),
        Message(id="m3", sender=shade, to=[noor], subject="Porch", sent="2025-03-03T10:00:00+00:00",
                thread="m3", body="Noor, see you at the meeting. Tamsin"),
    ]
    res = Resolver(Profile.load("ring_lapd"), messages)

    def answers() -> list:
        return [(res.cluster_of_address(a), sorted(map(sorted, res.context_keys(m))))
                for m in messages for a in (m.sender, *m.to, *m.cc)]

    before = answers()
    assert all(key for key, _ in before)
    assert res._parts_memo  # the addresses' parses were kept
    res.release_memos()
    res.settle()
    assert answers() == before
    assert not res._parts_memo and not res.__dict__.get("_keys_memo")  # and are not made again
    assert not any(keys for _, keys, _, _ in res._thread_people.values())

    # a merge after settling: the two addresses of one person give that person, in the look-ups and the threads
    a, b = res.cluster_of_address(noor), res.cluster_of_address(noor_home)
    assert a != b
    res._merge(a, b, "the same person (test)")
    merged = res.uf.find(a)
    assert res.cluster_of_address(noor) == res.cluster_of_address(noor_home) == merged
    own, thread = res.context_keys(messages[1])
    assert merged in own and merged in thread and res.uf.find(res.cluster_of_address(brisk)) in thread
