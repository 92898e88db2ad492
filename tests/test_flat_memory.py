"""Memory that does not hold the whole graph twice (#20): graph.json and messages.jsonl written a
piece at a time, the same text as the one-string dumps; the graph built while the extraction's node
and edge objects are freed; equal evidence entries shared; header strings interned. Fictional names."""
from __future__ import annotations

import json

import pytest

from giftgraph.graph import store
from giftgraph.graph.build import build_graph
from giftgraph.graph.model import Edge, Evidence, Node, add_edge, add_node, new_graph, node_link_chunks, to_node_link
from giftgraph.graph.store import Case
from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.nlp.extract import Extraction


def _messages() -> list[Message]:
    people = [Address("Orla Vennick", "orla.vennick@quillmoor.example"), Address("Teodor Brask", "tbrask@quillmoor.example"),
              Address("Ysolde Marr", "ysolde@harbourlamp.example"), Address("Þórdís Ávila", "tavila@harbourlamp.example")]
    out = []
    for i in range(12):
        s = people[i % 4]
        out.append(Message(sender=Address(s.name, s.email), to=[Address(p.name, p.email) for p in people if p is not s],
                           sent=f"2019-05-{i + 1:02d}T09:00:00+00:00", subject=f"Lantern order {i} — «draft»",
                           body=f"Week {i}: the lanterns are packed.\n\n— {s.name}",
                           provenance=[Provenance(file="/releases/box.mbox", page=i + 1, bates=f"QM-{i:05d}")]))
    return out


def _extraction(messages: list[Message]) -> Extraction:
    ids = {}
    nodes = []
    for m in messages:
        for a in [m.sender, *m.to]:
            if a.email not in ids:
                ids[a.email] = f"person-{len(ids)}"
                nodes.append(Node(id=ids[a.email], kind="person", name=a.name, emails=[a.email],
                                  attrs={"role": "other"}))
    nodes.append(Node(id="organization-q", kind="organization", name="Quillmoor Lamps", aliases=["Quillmoor"]))
    nodes.append(Node(id="person-0", kind="person", name="Orla Vennick", aliases=["O. Vennick"]))  # merged into the first
    edges = []
    for m in messages:  # one edge per recipient, each citing the same header: the evidence the build shares
        for a in m.to:
            edges.append(Edge(type="EMAILED", source=ids[m.sender.email], target=ids[a.email], attrs={"count": 1},
                              evidence=[Evidence(m.id, "(header)", m.provenance[0].page, m.provenance[0].bates,
                                                 m.provenance[0].file)]))
    edges.append(Edge(type="MEMBER_OF", source="person-0", target="organization-q", confidence=0.9,
                      evidence=[Evidence(messages[0].id, "Orla Vennick, Quillmoor Lamps")]))
    return Extraction(nodes=nodes, edges=edges)


def _one_string(G) -> str:
    return json.dumps(to_node_link(G), ensure_ascii=False, sort_keys=True)


def test_node_link_chunks_are_the_text_of_the_one_string_dump():
    messages = _messages()
    G = build_graph(messages, _extraction(messages))
    G.graph["case"] = "Lantern ñ"
    assert G.number_of_edges() == 13  # 12 EMAILED pairs (evidence merged), 1 MEMBER_OF
    pieces = list(node_link_chunks(G))
    assert "".join(pieces) == _one_string(G)
    assert len(pieces) > G.number_of_nodes()  # a node or an edge at a time
    empty = new_graph()
    assert "".join(node_link_chunks(empty)) == _one_string(empty)


def test_save_graph_and_messages_write_pieces_never_the_whole_file(tmp_path, monkeypatch):
    messages = _messages()
    G = build_graph(messages, _extraction(messages))
    written: dict[str, list[str]] = {}
    real = store.atomic_write_text

    def record(path, text):
        pieces = [text] if isinstance(text, str) else list(text)
        written[path.name] = pieces
        real(path, iter(pieces))

    monkeypatch.setattr(store, "atomic_write_text", record)
    monkeypatch.setattr(store._buffered, "__defaults__", (2_000,))  # small pieces for a small case
    case = Case(tmp_path / "case")
    case.save_graph(G)
    case.save_messages(messages)
    graph_text = case.graph_path.read_text(encoding="utf-8")
    assert graph_text == _one_string(G)
    assert len(written["graph.json"]) > 3 and max(map(len, written["graph.json"])) < len(graph_text) / 3
    lines = "".join(json.dumps(m.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
                    for m in sorted(messages, key=lambda m: (m.sent or "~", m.id)))
    assert case.messages_path.read_text(encoding="utf-8") == lines
    assert len(written["messages.jsonl"]) > 1
    # and the case reads back what was written
    assert _one_string(case.load_graph()) == graph_text
    assert [m.to_dict() for m in case.load_messages()] == [m.to_dict() for m in sorted(messages, key=lambda m: m.sent)]


def test_consuming_build_makes_the_same_graph_and_frees_the_extraction():
    messages = _messages()
    kept = _extraction(messages)
    consumed = _extraction(messages)
    n_edges = len(consumed.edges)
    G1 = build_graph(messages, kept)
    G2 = build_graph(messages, consumed, consume=True)
    assert _one_string(G1) == _one_string(G2)
    assert consumed.nodes == [] and consumed.edges == [] and len(kept.edges) == n_edges
    # the same header evidence on the edges to each recipient: one dict, shared
    first = messages[0]
    cited = [ev for _, _, d in G2.edges(data=True) for ev in d["evidence"] if ev["message"] == first.id
             and ev["quote"] == "(header)"]
    assert len(cited) == 3 and all(ev is cited[0] for ev in cited)
    assert G2.nodes["person-0"]["aliases"] == ["O. Vennick"]  # a node given twice is merged as before


def test_add_edge_merges_shared_evidence_without_changing_other_edges():
    G = new_graph()
    for nid in ("a", "b", "c"):
        add_node(G, Node(id=nid, kind="person", name=nid.upper()))
    shared: dict = {}
    ev = Evidence("msg-1", "(header)", 2, "QM-00002", "/releases/box.mbox")
    add_edge(G, Edge("EMAILED", "a", "b", [ev]), shared)
    add_edge(G, Edge("EMAILED", "a", "c", [Evidence("msg-1", "(header)", 2, "QM-00002", "/releases/box.mbox")]), shared)
    add_edge(G, Edge("EMAILED", "a", "b", [Evidence("msg-2", "(header)")]), shared)  # merged into a -> b
    ab = next(iter(G["a"]["b"].values()))["evidence"]
    ac = next(iter(G["a"]["c"].values()))["evidence"]
    assert ab == [ev.to_dict(), {"message": "msg-2", "quote": "(header)"}] and ac == [ev.to_dict()]
    assert ab[0] is ac[0]
    assert ev.to_dict() == {"message": "msg-1", "quote": "(header)", "page": 2, "bates": "QM-00002",
                            "file": "/releases/box.mbox"}
    with pytest.raises(AttributeError):
        ev.note = "x"  # slots: no per-object dict


def test_header_strings_are_interned():
    a = Address.from_dict(json.loads('{"name": "Ysolde Marr", "email": "ysolde@harbourlamp.example"}'))
    b = Address.from_dict(json.loads('{"name": "Ysolde Marr", "email": "ysolde@harbourlamp.example"}'))
    assert a == b and a.email is b.email and a.name is b.name
    m = Message.from_dict(json.loads(json.dumps(Message(sender=a, to=[b], subject="Wicks").to_dict())))
    assert m.sender.email is a.email and m.to[0].name is a.name


def test_a_loaded_message_shares_its_thread_and_file_strings():
    from giftgraph.ingest.message import Provenance

    where = Provenance(file="/drops/ferncastle-" + "box.mbox", page=3)
    who = Address(name="Odile Ferncastle", email="odile@ferncastle.example")
    opener = Message(sender=who, id="msg-7a", thread="msg-7a", subject="Lantern loan", provenance=[where])
    reply = Message(sender=who, id="msg-7b", thread="msg-7a", subject="Re: Lantern loan", provenance=[where])
    a, b = (Message.from_dict(json.loads(json.dumps(m.to_dict()))) for m in (opener, reply))
    assert (a.to_dict(), b.to_dict()) == (opener.to_dict(), reply.to_dict())
    assert a.thread is a.id  # begins its thread: one string
    assert b.thread == "msg-7a" and b.thread is not b.id
    assert a.provenance[0].file is b.provenance[0].file  # read from one file: one string


# a long own text for the parse on demand: four paragraphs, two of them with dependency cues, forty times over
LONG_PARAGRAPHS = ["Brindle Works mailed them to me on Friday.", "Their crew shipped us three lanterns last week.",
                   "Will Brindle Works be able to donate some heaters to the shelter?",
                   "The minutes of the harbour committee follow below, as agreed at the last meeting."]
LONG_TEXT = "\n\n".join(LONG_PARAGRAPHS[i % 4] for i in range(40))


def _recording_analysis(parser, text: str, pieces: list[str]):
    """An `Analysis` of ``text`` whose parse on demand appends each text it parses to ``pieces``."""
    from giftgraph.nlp.analysis import Analysis

    class Parse:  # a giftgraph.nlp.analysis.Parser that records what it parses
        parses = True

        def __call__(self, t):
            pieces.append(t)
            return parser(t)

    a = Analysis(text, [], 0)
    a.attach_parser(Parse())
    return a


@pytest.mark.model
def test_a_long_text_is_parsed_in_paragraph_pieces_with_the_same_dependency_cues(parser, monkeypatch):
    """The parse on demand of a long own text (a pasted document) is made in pieces of at most
    ``PARSE_CHARS`` characters, cut after blank lines: the cues, offsets included, are those of the
    whole text parsed at once, and no piece is longer than the bound."""
    from giftgraph.nlp.relations.rules import RelationRules, load_rules

    text = LONG_TEXT
    rules = RelationRules(load_rules(None))
    whole = rules.dependency_cues(parser(text))
    assert {label for label, _, _ in whole} >= {"received_by_speaker", "request"}

    pieces: list[str] = []
    monkeypatch.setattr(RelationRules, "PARSE_CHARS", 600)
    a = _recording_analysis(parser, text, pieces)
    # the same cues (their order, by piece, means nothing: a sentence takes those inside it)
    assert sorted(rules.dependency_cues(a)) == sorted(whole)
    assert len(pieces) > 3 and max(map(len, pieces)) <= 600 and "".join(pieces) == text
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    pieces.clear()
    monkeypatch.setattr(RelationRules, "PARSE_CHARS", len(text))  # not longer than the bound: one parse
    assert sorted(rules.dependency_cues(a)) == sorted(whole) and pieces == [text]


@pytest.mark.model
def test_a_sentence_parses_only_the_pieces_it_overlaps(parser, monkeypatch):
    """A long own text is parsed on demand only where a sentence asks: the pieces its offsets overlap,
    each once, with the cues a parse of the whole text gives inside the sentence."""
    from giftgraph.nlp.analysis import Analysis
    from giftgraph.nlp.relations.rules import RelationRules, load_rules

    text = LONG_TEXT
    rules = RelationRules(load_rules(None))
    whole = rules.dependency_cues(parser(text))
    pieces: list[str] = []
    monkeypatch.setattr(RelationRules, "PARSE_CHARS", 600)
    a = _recording_analysis(parser, text, pieces)
    assert rules.parsed_in_pieces(a)
    start = text.index(LONG_PARAGRAPHS[2], 1500)  # a sentence in the middle of the text
    end = start + len(LONG_PARAGRAPHS[2])
    done: dict = {}
    got = rules.dependency_cues(a, (start, end), done)
    assert len(pieces) == 1 and start >= text.index(pieces[0]) and len(done) == 1
    inside = lambda cues: sorted(c for c in cues if start <= c[1] and c[2] <= end)  # noqa: E731
    assert inside(got) == inside(whole) and any(label == "request" for label, _, _ in inside(got))
    # asked again (another sentence of the same piece): nothing parsed again
    rules.dependency_cues(a, (start, end), done)
    assert len(pieces) == 1
    # every sentence asking in turn: each piece parsed once, the cues of the whole text
    cues: set = set()
    at = 0
    for p in LONG_PARAGRAPHS * 10:
        s = text.index(p, at)
        cues |= {c for c in rules.dependency_cues(a, (s, s + len(p)), done) if s <= c[1] and c[2] <= s + len(p)}
        at = s + len(p)
    assert sorted(cues) == sorted(whole)
    assert len(pieces) == len(done) > 3  # each piece parsed once
    assert not rules.parsed_in_pieces(Analysis(LONG_PARAGRAPHS[0], [], 0))  # short, or no parser: parsed whole
