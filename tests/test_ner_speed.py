"""The entity pass made cheaper (issue #20) finds what it found before: the trained pipeline's
matrix products through numpy's BLAS instead of BLIS, on one BLAS thread."""
from __future__ import annotations

import pytest

from giftgraph.nlp import analysis

TEXTS = [
    "Hi Marisol,\n\nOfficer Tadeo Brannigan of the Quillfield Division asked whether Osric Vantwell could "
    "send two Video Doorbell Pro units to the Wexmoor community meeting on Thursday.\n\nThanks,\nPriya Okonkwo",
    "From: Halden Rusk\nTo: Ysolde Ferreira; Benedikt Amsel\n\nThe Larkspur Valley Trust will pay $4,500 by "
    "March 3. Use code PINE-7731 at checkout. Call Dr. Imogen Szabo at 555-0142 if the shipment slips.",
    "Lunch with Cosima and Rafferty from Northgate Analytics at noon; Det. Ferrante joins after the "
    "briefing in Glenmoor. Say hello to Jun-seo Park for me.",
    "",
    "ok\n\n\n   \n--\n",
]


@pytest.fixture(scope="module")
def trained():
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    return load_pipeline(Profile.load("ring_lapd"))


@pytest.mark.model
def test_trained_models_multiply_through_numpy_not_blis(trained):
    from thinc.api import NumpyOps

    seen = 0
    for _name, proc in trained.components:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            assert isinstance(node.ops, NumpyOps) and node.ops.use_blis is False, (_name, node.name)
            seen += 1
    assert seen > 10  # tok2vec, tagger, parser, ner... all of them


@pytest.mark.model
def test_entities_are_those_blis_finds(trained):
    """The same pipeline with every model's ops put back on BLIS finds the same analyses."""
    from thinc.api import NumpyOps

    fast = [a.to_json() for a in analysis.analyse_texts(trained, TEXTS)]
    blis = NumpyOps(use_blis=True)
    saved = []
    for _name, proc in trained.components:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                saved.append((node, node.ops))
                node.ops = blis
    try:
        slow = [a.to_json() for a in analysis.analyse_texts(trained, TEXTS)]
    finally:
        for node, ops in saved:
            node.ops = ops
    assert fast == slow
    assert any('"PERSON"' in a for a in fast)  # the pass did find people (not two empty results)


def test_the_pass_runs_blas_on_one_thread_and_gives_the_threads_back():
    threadpoolctl = pytest.importorskip("threadpoolctl")
    import numpy  # noqa: F401  (loads its BLAS)

    def blas_threads():
        return [lib["num_threads"] for lib in threadpoolctl.threadpool_info() if lib["user_api"] == "blas"]

    before = blas_threads()
    if not before:
        pytest.skip("numpy has no BLAS threadpoolctl can see")
    with analysis.one_blas_thread():
        assert blas_threads() == [1] * len(before)
    assert blas_threads() == before


def test_blank_pipeline_loads_and_analyses_without_trained_models():
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    nlp = load_pipeline(Profile.load("ring_lapd"), "blank")
    got = [a for a in analysis.analyse_texts(nlp, TEXTS)]
    assert len(got) == len(TEXTS)
    assert any(e.label_ == "PROMO_CODE" for e in got[1].ents)


@pytest.mark.model
def test_greedy_ner_gives_the_entities_of_spacys_own_loop(trained):
    """`GreedyNER` against ``ner.pipe`` on the same docs (the profile ruler's preset entities
    included: "Video Doorbell Pro" is a product the ruler marks before ``ner``)."""
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.fastner import GreedyNER
    from giftgraph.nlp.profile import Profile

    nlp = load_pipeline(Profile.load("ring_lapd"))  # a new one: ner has not yet seen a DIVISION
    ner, ruler = nlp.get_pipe("ner"), nlp.get_pipe("giftgraph_profile_ruler")
    assert GreedyNER.usable(ner)
    n_moves = ner.moves.n_moves
    texts = TEXTS + [" ".join(TEXTS) * 3, "Video Doorbell Pro", "   Wexmoor   ", "a",
                     # a unit name (the profile's DIVISION, a label the model has no moves for) and people after it
                     "Sgt. Ottilie Brandvold drove to Hollenbeck on Monday, where Lionel Achterberg of Mapleline "
                     "Freight met Councilmember Rosalind Quaye and two reporters from the Daily Verity."]
    trained = nlp

    def ents(docs):
        return [[(e.start, e.end, e.label_, e.ent_id_) for e in d.ents] + [tuple(d.to_array(["ENT_IOB"]).tolist())]
                for d in docs]

    def preset():
        return [ruler(trained.make_doc(t)) for t in texts]

    theirs = ents(ner.pipe(preset(), batch_size=8))
    ours = ents(GreedyNER(ner).pipe(preset(), batch_size=8))
    assert ours == theirs
    assert any(e[2] == "PRODUCT" and e[3] for d in ours for e in d[:-1])  # a preset entity kept, with its id
    assert ner.moves.n_moves > n_moves  # ner added the DIVISION moves on the way (both ways)
    last = ours[-1]
    assert any(e[2] == "DIVISION" for e in last[:-1])
    assert any(e[2] == "PERSON" and e[0] > 6 for e in last[:-1])  # found after the unit name too


@pytest.mark.model
def test_analyses_through_greedy_ner_equal_those_of_nlp_pipe(trained, monkeypatch):
    fast = [a.to_json() for a in analysis.analyse_texts(trained, TEXTS)]
    monkeypatch.setattr(analysis, "_ner_stream",
                        lambda nlp, texts, batch_size: nlp.pipe(texts, batch_size=batch_size))
    assert [a.to_json() for a in analysis.analyse_texts(trained, TEXTS)] == fast
