"""#20, memory of the resolution stage: its header edges (EMAILED, MEMBER_OF) go to the caller's sink as
`_build` makes them (the graph on disk's ``add_edge``), not gathered first and handed over when resolution
ends: a large release's EMAILED edges were all in memory at once at the stage's peak. Same edges, same
order, same graph. Fictional names and wording."""
from __future__ import annotations

from giftgraph.graph.build import build_graph, build_graph_on_disk
from giftgraph.graph.model import node_link_chunks
from giftgraph.graph.ondisk import GraphOnDisk
from giftgraph.ingest.readers import read_text
from giftgraph.nlp import extract as ex

RELEASE = (
    "From: Oriel Fanshawe <ofanshawe@tidewick.test>\nSent: Tuesday, May 5, 2026 9:14 AM\n"
    "To: Bartholomew Quist <bquist@harrowmere.test>; Ysolde Penrick <ypenrick@harrowmere.test>\n"
    "Subject: Lantern survey\n\nBartholomew, Ysolde - the survey of the quay lanterns is done; notes attached.\n\n"
    "Oriel Fanshawe\nField Engineer\nTidewick Lanterns\n\n"
    "From: Bartholomew Quist <bquist@harrowmere.test>\nSent: Tuesday, May 5, 2026 11:02 AM\n"
    "To: Oriel Fanshawe <ofanshawe@tidewick.test>\nCc: Ysolde Penrick <ypenrick@harrowmere.test>\n"
    "Subject: RE: Lantern survey\n\nThanks Oriel, we will read them this week.\n\n"
    "Sgt. Bartholomew Quist\nHarbour Unit\nHarrowmere Police Department\n\n"
    "From: Ysolde Penrick <ypenrick@harrowmere.test>\nSent: Wednesday, May 6, 2026 8:30 AM\n"
    "To: Oriel Fanshawe <ofanshawe@tidewick.test>\nSubject: RE: Lantern survey\n\n"
    "Oriel, one question on the north quay - call me when you can.\n\n"
    "Lt. Ysolde Penrick\nHarrowmere Police Department\n")


def _messages():
    return read_text(RELEASE.encode(), file="quay.txt", timezone="America/Chicago")


def _shape(edges):
    return [(e.type, e.source, e.target, e.attrs, [(v.message, v.quote) for v in e.evidence]) for e in edges]


def test_header_edges_go_to_the_sink_while_the_build_runs_and_are_the_same_edges(monkeypatch):
    _i, _d, _n, kept = ex.extract_entities(_messages(), profile="ring_lapd", model="blank")
    assert {e.type for e in kept} == {"EMAILED", "MEMBER_OF"}

    building = []  # True while `_build` runs
    real_build = ex._build

    def watched(*a, **kw):
        building.append(True)
        try:
            return real_build(*a, **kw)
        finally:
            building.append(False)

    monkeypatch.setattr(ex, "_build", watched)
    got, when = [], []

    def sink(e):
        got.append(e)
        when.append(building[-1])

    _i, _d, _n, left = ex.extract_entities(_messages(), profile="ring_lapd", model="blank", edge_sink=sink)
    assert left == []  # nothing gathered besides
    assert when and all(when)  # each handed over while the build was making them
    assert _shape(got) == _shape(kept)  # the same edges, in the same order


def test_the_graph_is_the_one_the_whole_extraction_makes_at_once():
    messages = _messages()
    whole = ex.extract(messages, profile="ring_lapd", model="blank")
    D = GraphOnDisk()
    rest = ex.extract(messages, profile="ring_lapd", model="blank", resolution_edges=lambda e: D.add_edge(e, ends_later=True))
    assert D.number_of_edges() > 0 and not any(e.type in ("EMAILED", "MEMBER_OF") for e in rest.edges)
    build_graph_on_disk(messages, rest, consume=True, into=D)
    assert "".join(D.chunks()) == "".join(node_link_chunks(build_graph(messages, whole)))
