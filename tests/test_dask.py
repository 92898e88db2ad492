"""``giftgraph ingest --executor dask``: files read, messages analysed and the per-message part of
resolution and relations (`MessageFacts`, the relations' sentence scan) computed on a 2-worker
LocalCluster give the same case graph as a local run."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.model import to_node_link
from giftgraph.graph.store import Case

distributed = pytest.importorskip("dask.distributed")  # the `dask` extra (installed by scripts/test)

_spec = importlib.util.spec_from_file_location("scale_release", Path(__file__).parent / "fixtures" / "scale_release.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


def _loaded_pipelines():
    from giftgraph import scale

    return len(scale._WORKER_NLP)


def _loaded_rules():
    from giftgraph import scale

    return len(scale._WORKER_RULES)


@pytest.mark.model
@pytest.mark.slow
def test_dask_run_gives_the_local_graph(tmp_path):
    dirs = [str(d) for d in fx.write_release(tmp_path / "release")]
    runner = CliRunner()
    local = runner.invoke(cli, ["ingest", *dirs, "--case", str(tmp_path / "local"), "-s"])
    assert local.exit_code == 0, local.output
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        client.get_task_stream()  # the scheduler records tasks from here on (dask#9253)
        with distributed.get_task_stream(client) as ts:
            out = runner.invoke(cli, ["ingest", *dirs, "--case", str(tmp_path / "dask"), "-s", "--executor", "dask",
                                      "--scheduler", cluster.scheduler_address, "--json"])
        assert out.exit_code == 0, out.output
        loaded = client.run(_loaded_pipelines)  # the analyses ran on the workers
        assert sum(loaded.values()) >= 1
        assert sum(client.run(_loaded_rules).values()) >= 1  # and so did the message facts
    # every divided stage ran as tasks: files read, texts analysed, message facts, relation sentences
    ran = {rec["key"].rsplit("-", 5)[0] for rec in ts.data if rec["status"] == "OK"}
    assert ran >= {"_read_one", "_analyse_chunk", "_facts_chunk", "_sentences_chunk"}, ran
    stages = {r["stage"]: r for r in json.loads(out.output)["stages"]}
    assert stages["message facts"]["tasks"] >= 1 and stages["message facts"]["workers"] == "dask"
    a, b = Case(tmp_path / "local").load_graph(), Case(tmp_path / "dask").load_graph()
    assert a.number_of_nodes() > 10 and a.number_of_edges() > 10
    assert {d.get("type") for _, _, d in a.edges(data=True)} >= {"GIFT", "REFERRAL", "EMAILED"}
    assert sorted(a.nodes) == sorted(b.nodes)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))
    assert json.dumps(to_node_link(a), sort_keys=True) == json.dumps(to_node_link(b), sort_keys=True)
    assert Case(tmp_path / "dask").load_messages() == Case(tmp_path / "local").load_messages()


def _facts_case():
    from giftgraph.ingest.message import Address, Message
    from giftgraph.nlp.analysis import Analysis, _Ent, own_text_of

    bodies = [
        "Hi Tova,\n\nThe orchard tour moved to Fern Hollow Resort on Friday.\n\nThanks,\nBram Okafor\n"
        "Grounds Supervisor\nQuillmore Parks Office\n",
        "Bram,\n\nfine by me. We will bring the small blue cart.\n\n> earlier text quoted here\n",
        "Tova,\n\nThe Quillmore Parks Office board meets at Fern Hollow too.\n\nBram\n",
    ]
    messages = [Message(sender=Address(name="Bram Okafor", email="bram@quillmore.example", raw="Bram Okafor <bram@quillmore.example>"),
                        to=[Address(name="Okafor, Tova", email="tova@fernhollow.example")],
                        sent=f"2031-04-0{i + 1}T10:00:00+00:00", subject="orchard tour", body=b)
                for i, b in enumerate(bodies)]
    docs = {}
    for m in messages:
        text = own_text_of(m)
        ents = []
        for label, phrase in (("FAC", "Fern Hollow Resort"), ("ORG", "Quillmore Parks Office"), ("GPE", "Fern Hollow")):
            at = text.find(phrase)
            if at >= 0:
                ents.append(_Ent(at, at + len(phrase), 0, len(phrase.split()), label, "", phrase,
                                 phrase.lower().split(), [0] * len(phrase.split())))
        docs[m.id] = Analysis(text, ents, len(text.split()))
    return messages, docs


def test_message_facts_of_batches_merge_to_those_of_the_whole():
    """The per-message work a cluster runs in batches adds up to what one batch of everything gives."""
    from giftgraph.nlp.extract import MessageFacts, message_facts
    from giftgraph.nlp.profile import Profile
    from giftgraph.nlp.relations import RelationRules
    from giftgraph.nlp.resolve import Resolver

    messages, docs = _facts_case()
    prof = Profile.load(None)
    rules = RelationRules.from_profile(prof)
    whole = message_facts(messages, docs, rules=rules, resolver=Resolver(prof))
    merged = MessageFacts()
    for batch in (messages[2:], messages[:1], messages[1:2]):  # any order
        merged.update(message_facts(batch, docs, rules=rules, resolver=Resolver(prof)))
    assert merged == whole
    assert set(whole.signatures) == {messages[0].id, messages[2].id}
    assert "fern hollow resort" in whole.places and "quillmore parks" in whole.org_starts
    assert whole.lower_words["tour"] == 1 and whole.lower_words["the"] == 1 and "earlier" not in whole.lower_words
    assert len(whole.relation) == 3 and whole.relation[messages[1].id][0] < len(messages[1].body)
    assert {k[1] for k in whole.addresses} == {"Bram Okafor", "Okafor, Tova"}
    email, name = whole.addresses[("tova@fernhollow.example", "Okafor, Tova", "")]
    assert email == "tova@fernhollow.example" and (name.first, name.last) == ("Tova", "Okafor")


def test_a_file_task_returns_its_messages_unfinished(tmp_path):
    """A read task gives the messages as read; the client finishes the release once (merging
    duplicates, unifying names), as a local read does: finishing each file first would do it twice."""
    from giftgraph.ingest import finish_read, read_paths

    msg = ("From ada@quillmore.example Mon Apr  7 10:00:00 2031\nFrom: Ada Vintry <ada@quillmore.example>\n"
           "To: Orrin Salk <orrin@fernhollow.example>\nSubject: cart\nDate: Mon, 7 Apr 2031 10:00:00 +0000\n\n"
           "The cart is ready.\n\n")
    (tmp_path / "box.mbox").write_text(msg + msg, encoding="utf-8")
    raw = read_paths([tmp_path], finish=False, progress=False, log=lambda s: None)
    done = read_paths([tmp_path], progress=False, log=lambda s: None)
    assert len(raw.messages) == 2 and len(done.messages) == 1
    assert raw.files == done.files and raw.files_read == 1
    assert [m.to_dict() for m in finish_read(raw, list(raw.messages)).messages] == [m.to_dict() for m in done.messages]
