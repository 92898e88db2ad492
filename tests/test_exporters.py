"""Exporters: node-link JSON, GraphML and GEXF (flat attributes for Gephi), neo4j-admin CSV."""
from __future__ import annotations

import csv
import json
import os

import networkx as nx
import pytest
from click.testing import CliRunner
from synthetic import small_case_graph

from giftgraph.cli import cli
from giftgraph.graph import store
from giftgraph.graph.exporters import ARRAY_DELIMITER, ExportError, export_graph
from giftgraph.graph.model import from_node_link

GIFT_QUOTE = 'Two cams are on their way to you, Sgt. Diaz; our word "thanks"; ok'


@pytest.fixture
def G():
    return small_case_graph()


def test_json_is_node_link_with_nested_evidence(G, tmp_path):
    out = tmp_path / "g.json"
    export_graph(G, "json", out)
    data = json.loads(out.read_text())
    assert "edges" in data and data["directed"] and data["multigraph"]
    H = from_node_link(data)
    assert H.number_of_nodes() == 18 and H.number_of_edges() == 20
    gifts = [d for u, v, d in H.edges(data=True) if d["type"] == "GIFT" and (u, v) == ("p-ann", "p-diaz")]
    assert gifts[0]["items"] == [{"product": "pr-cam", "quantity": 2}]
    assert gifts[0]["evidence"][0]["quote"] == GIFT_QUOTE and gifts[0]["evidence"][0]["message"] == "m2"


def test_graphml_has_flat_single_typed_attributes(G, tmp_path):
    out = tmp_path / "g.graphml"
    export_graph(G, "graphml", out)
    H = nx.read_graphml(out, force_multigraph=True)
    assert H.number_of_nodes() == 18 and H.number_of_edges() == 20
    assert H.nodes["p-cruz"]["label"] == "Det. Carla Cruz"
    assert json.loads(H.nodes["p-cruz"]["aliases"]) == ["Carla", "Detective Cruz"]
    assert H.nodes["m5"]["subject"] == "<img src=x onerror=alert(1)> camera"  # escaped XML, read back as text
    gift = next(d for u, v, d in H.edges(data=True) if (u, v) == ("p-ann", "p-diaz") and d["type"] == "GIFT")
    assert gift["label"] == "GIFT" and gift["value_usd"] == 398.0 and gift["devices"] == 2
    assert json.loads(gift["evidence_quotes"]) == [GIFT_QUOTE]
    assert json.loads(gift["evidence_json"])[0]["bates"] == "REL-00002"
    # one GraphML type per attribute: value_usd is a double everywhere (248 vs 249.0 never mixed)
    text = out.read_text()
    assert text.count('attr.name="value_usd"') == 1 and 'attr.name="value_usd" attr.type="double"' in text
    for _, _, d in H.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values())


def test_gexf_opens_with_labels_and_relation(G, tmp_path):
    out = tmp_path / "g.gexf"
    export_graph(G, "gexf", out)
    H = nx.read_gexf(out)
    assert H.number_of_nodes() == 18 and H.number_of_edges() == 20
    assert H.nodes["o-acme"]["label"] == "Acme Doorbells"
    rel = sorted(d["relation"] for _, _, d in H.edges(data=True))
    assert rel.count("GIFT") == 5 and rel.count("EMAILED") == 6
    gifts = [d for _, _, d in H.edges(data=True) if d["relation"] == "GIFT"]
    assert all(d["label"] == "GIFT" for d in gifts)
    assert sorted(json.loads(d["evidence_messages"])[0] for d in gifts) == ["m1", "m2", "m3", "m4", "m5"]


def _read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def test_csv_is_in_neo4j_admin_import_format(G, tmp_path):
    out = tmp_path / "csv"
    export_graph(G, "csv", out)
    files = sorted(p.name for p in out.iterdir())
    assert files == ["import.sh", "nodes_Code.csv", "nodes_Division.csv", "nodes_Message.csv", "nodes_Organization.csv",
                     "nodes_Person.csv", "nodes_Product.csv", "rels_EMAILED.csv", "rels_GIFT.csv",
                     "rels_MEMBER_OF.csv", "rels_PROMOTED.csv", "rels_REFERRAL.csv"]
    header, rows = _read_csv(out / "nodes_Person.csv")
    assert header[:2] == ["id:ID", ":LABEL"] and "aliases:string[]" in header and "name" in header
    cruz = dict(zip(header, next(r for r in rows if r[0] == "p-cruz")))
    assert cruz[":LABEL"].split(ARRAY_DELIMITER) == ["Person", "Entity"]
    assert cruz["aliases:string[]"].split(ARRAY_DELIMITER) == ["Carla", "Detective Cruz"]
    header, rows = _read_csv(out / "rels_GIFT.csv")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    for col in ("value_usd:double", "devices:long", "evidence_quotes:string[]", "item_quantities:long[]", "key"):
        assert col in header
    gifts = [dict(zip(header, r)) for r in rows]
    diaz = next(g for g in gifts if g[":END_ID"] == "p-diaz")
    assert diaz[":TYPE"] == "GIFT" and diaz["value_usd:double"] == "398.0"
    assert diaz["evidence_quotes:string[]"].split(ARRAY_DELIMITER) == [GIFT_QUOTE]  # ';' and '"' survive
    harbor = next(g for g in gifts if g[":END_ID"] == "d-harbor")
    assert harbor["value_usd:double"] == ""  # unknown value stays empty (no property), not 0
    header, rows = _read_csv(out / "rels_REFERRAL.csv")
    assert "uses:long" in header and sorted(dict(zip(header, r))["uses:long"] for r in rows) == ["10", "3"]
    script = (out / "import.sh").read_text()
    assert "--array-delimiter=U+001F" in script and "--nodes=nodes_Person.csv" in script
    assert os.access(out / "import.sh", os.X_OK)


def test_csv_needs_a_directory(G):
    with pytest.raises(ExportError, match="directory"):
        export_graph(G, "csv", "-")


def test_an_export_gets_the_usual_file_mode_not_a_temporary_files(G, tmp_path):
    mask = os.umask(0o022)
    try:
        export_graph(G, "json", tmp_path / "g.json")
        assert (tmp_path / "g.json").stat().st_mode & 0o777 == 0o644  # readable by others, like any file
        (tmp_path / "g.json").chmod(0o600)
        export_graph(G, "json", tmp_path / "g.json")
        assert (tmp_path / "g.json").stat().st_mode & 0o777 == 0o600  # a mode the user set is kept
    finally:
        os.umask(mask)


def test_export_is_atomic(G, tmp_path, monkeypatch):
    out = tmp_path / "g.graphml"
    out.write_text("previous export")

    def boom(*a, **kw):
        raise OSError("disk full")

    monkeypatch.setattr(store.os, "replace", boom)
    with pytest.raises(ExportError, match="disk full"):
        export_graph(G, "graphml", out)
    assert out.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]  # no temporary file left behind


def test_cli_export_each_format(case, tmp_path):
    runner = CliRunner()
    for fmt in ("json", "graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        r = runner.invoke(cli, ["export", fmt, "--case", str(case.path), "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert out.stat().st_size > 1000
    r = runner.invoke(cli, ["export", "json", "--case", str(case.path)])
    assert r.exit_code == 0 and len(json.loads(r.stdout)["nodes"]) == 18
    r = runner.invoke(cli, ["export", "csv", "--case", str(case.path), "-o", str(tmp_path / "csv")])
    assert r.exit_code == 0 and (tmp_path / "csv" / "rels_GIFT.csv").exists()
    r = runner.invoke(cli, ["export", "csv", "--case", str(case.path)])
    assert r.exit_code == 1 and "directory" in r.output
    r = runner.invoke(cli, ["export", "json", "--case", str(tmp_path / "nope")])
    assert r.exit_code == 1 and "not a giftgraph case" in r.output


def test_case_graph_writes_are_atomic(case, G, monkeypatch):
    from synthetic import installment_two

    before = case.graph_path.read_bytes()

    def boom(*a, **kw):
        raise OSError("killed mid-write")

    monkeypatch.setattr(store.os, "replace", boom)
    with pytest.raises(OSError):
        case.save_graph(installment_two(G))
    assert case.graph_path.read_bytes() == before
    assert sorted(p.name for p in case.path.iterdir()) == ["case.json", "graph.json"]
    monkeypatch.undo()
    case.save_graph(installment_two(G))
    assert case.load_graph().number_of_nodes() == 20
