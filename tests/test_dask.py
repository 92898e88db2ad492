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
