"""The relations' sentence scan on both cores: a sentence's Doc rebuilt from the scanner's token marks
is the tokenizer's Doc, token for token; the rows of a pooled scan are those of a scan here (a dead
worker's batches scanned here); a run whose scan is pooled and whose REFERRAL and PROMOTED families
run in a fork makes the graph of one process (the code nodes' owners included)."""
import importlib.util
import json
import os
from pathlib import Path

import pytest

from giftgraph import scale
from giftgraph.nlp.relations import SentenceScanner
from giftgraph.nlp.relations.context import doc_of_marks, token_marks
from giftgraph.nlp.relations.rules import RelationRules, _nlp_blank

TEXTS = [
    "Hi Mara, we're sending 2 Lumen Spot cams (ref #QX-4471) to your desk, no charge!",
    "Thanks!!  Two spaces, then   three, a tab\there and a trailing space ",
    "U.S.-made, $1,250.00 worth; e-mail: mara.v@example.org (cc: J. O'Neil). 3/14/2016",
    "   leading spaces",
    "",
    "ünïcode — dashes… and émojis 🎁 here",
    "x",
]


@pytest.mark.parametrize("text", TEXTS)
def test_doc_rebuilt_from_marks_is_the_tokenizers(text):
    nlp = _nlp_blank()
    doc = nlp.make_doc(text)
    again = doc_of_marks(nlp.vocab, text, token_marks(doc))
    assert [t.text for t in again] == [t.text for t in doc]
    assert [t.whitespace_ for t in again] == [t.whitespace_ for t in doc]
    assert again.text == doc.text == text


def test_rows_rebuild_the_scanned_sentences():
    rules = RelationRules.from_profile(None)
    scanner = SentenceScanner(rules, {"p1": ("Lumen Spot", ["Spot"])}, {})
    text = ("Hello Officer Brandt,\n\nWe are happy to send you three Lumen Spot units free of charge. "
            "Let me know if the   Spot arrives.\n\nRegards, Tess")
    rows, docs = scanner.scan(text)
    assert rows and len(rows) == len(docs)
    for row, doc in zip(rows, docs):
        again = doc_of_marks(rules.nlp.vocab, row["text"], row["tokens"])
        assert [(t.text, t.whitespace_) for t in again] == [(t.text, t.whitespace_) for t in doc]
        for _, spans in row["cues"]:  # token offsets of the cues point at the same words
            for a, b in spans:
                assert again[a:b].text == doc[a:b].text


def _items(n=60):
    people = ["Ines Varga", "Otto Brandt", "Lale Mertens", "Sefa Quill"]
    out = []
    for i in range(n):
        who = people[i % len(people)]
        out.append((f"m{i}", f"Hi {who},\n\nWe'll send {i % 7 + 2} Lumen Spot units at no charge, use code QX-{4400 + i}. "
                             f"Thanks for the demo on the {i % 28 + 1}th!\n\nIt costs $1{i},000 worth of kit. Regards, Tess"))
    return out


def _scanner():
    rules = RelationRules.from_profile(None)
    return SentenceScanner(rules, {"p1": ("Lumen Spot", ["Spot"])}, {})


def _same(a: dict, b: dict):
    """``a``: a pooled scan's compact rows; ``b``: the rows of a scan here."""
    from giftgraph.nlp.relations.context import compact_rows

    assert a.keys() == b.keys()
    for mid in a:
        assert [r[:8] + (list(r[8]),) for r in a[mid]] == [r[:8] + (list(r[8]),) for r in compact_rows(b[mid])]


def test_pooled_scan_returns_the_rows_of_a_scan_here():
    scanner, items = _scanner(), _items()
    here = {mid: scanner.scan(text)[0] for mid, text in items}
    pooled = dict(scale.pooled_sentences(2, min_chars=0, max_texts=7)(scanner, items))
    _same(pooled, here)
    # a small release, or one worker: scanned here, message by message, when read
    assert list(scale.pooled_sentences(2)(scanner, items[:3])) == []
    assert list(scale.pooled_sentences(1, min_chars=0)(scanner, items)) == []


def test_a_dead_scan_worker_leaves_its_batches_to_this_process():
    items = _items(30)
    here = {mid: s for mid, s in ((mid, _scanner().scan(text)[0]) for mid, text in items)}
    parent = os.getpid()

    class Dying(SentenceScanner):  # the forked workers inherit it
        def scan(self, text):
            if os.getpid() != parent and "QX-4410" in text:
                os._exit(3)  # killed (for memory, say) mid-run
            return super().scan(text)

    rules = RelationRules.from_profile(None)
    scanner = Dying(rules, {"p1": ("Lumen Spot", ["Spot"])}, {})
    _same(dict(scale.pooled_sentences(2, min_chars=0, max_texts=5)(scanner, items)), here)


_spec = importlib.util.spec_from_file_location("scale_release", Path(__file__).parent / "fixtures" / "scale_release.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


@pytest.mark.model
def test_a_pooled_scan_and_forked_families_make_the_graph_of_one_process(tmp_path, monkeypatch):
    from giftgraph.graph.model import to_node_link
    from giftgraph.graph.store import Case
    from giftgraph.pipeline import run_ingest

    dirs = fx.write_release(tmp_path / "release")
    opts = dict(profile="ring_lapd", timezone="America/New_York", progress=False, log=lambda s: None)
    run_ingest(dirs, Case(tmp_path / "one"), workers=1, **opts)
    real, used = scale.pooled_sentences, []

    def pooled(workers, **kw):
        scan = real(workers, min_chars=0, max_texts=2)

        def counted(scanner, items):
            out = list(scan(scanner, items))
            used.append(len(out))
            return out
        return counted

    real_forked, forks = scale.forked, []

    def forked(workers, **kw):
        beside = real_forked(workers, min_chars=0)

        def counted(fn, size):
            got = beside(fn, size)
            forks.append(got is not None)
            return got
        return counted

    monkeypatch.setattr(scale, "pooled_sentences", pooled)
    monkeypatch.setattr(scale, "forked", forked)
    run_ingest(dirs, Case(tmp_path / "two"), workers=2, **opts)
    assert used and used[0] > 3  # the relevant messages were scanned by the pool
    assert forks == [True]  # REFERRAL and PROMOTED ran in a fork while GIFT ran here
    a, b = Case(tmp_path / "one").load_graph(), Case(tmp_path / "two").load_graph()
    assert {d.get("type") for _, _, d in a.edges(data=True)} >= {"GIFT", "REFERRAL"}
    assert any(d.get("kind") == "code" and d.get("owner") for _, d in a.nodes(data=True))
    assert json.dumps(to_node_link(a), sort_keys=True) == json.dumps(to_node_link(b), sort_keys=True)


def test_a_dead_fork_leaves_its_work_to_this_process():
    parent = os.getpid()

    def work():
        if os.getpid() != parent:
            os._exit(3)  # killed (for memory, say)
        return "done here"

    later = scale.forked(2, min_chars=0)(work, 10)
    assert later is not None and later() == "done here"
    assert scale.forked(2)(work, 10) is None and scale.forked(1, min_chars=0)(work, 10) is None
    assert scale.forked(2, min_chars=0)(lambda: os.getpid(), 10)() != parent  # it ran in another process


def test_compact_rows_keep_every_field():
    from giftgraph.nlp.relations.context import compact_rows

    scanner = _scanner()
    rows, docs = scanner.scan(_items(1)[0][1] + "\n\nWe'll ship both Lumen Spot units free of charge, no invoice.")
    kept = compact_rows(rows)
    assert len(kept) == len(rows) and any(r["cues"] for r in rows) and any(r["products"] for r in rows)
    for r, k, doc in zip(rows, kept, docs):
        index, paragraph, start, end, text, cues, products, codes, tokens = k
        assert (index, paragraph, start, end, text) == (r["index"], r["paragraph"], r["start"], r["end"], r["text"])
        assert [(label, [doc[flat[i]:flat[i + 1]].text for i in range(0, len(flat), 2)]) for label, flat in cues] == \
            [(label, [doc[a:b].text for a, b in spans]) for label, spans in r["cues"]]
        assert list(products) == [tuple(p) for p in r["products"]] and list(codes) == [tuple(c) for c in r["codes"]]
        assert list(tokens) == list(r["tokens"])
