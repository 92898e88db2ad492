"""What a newcomer meets first: one-line errors, export summaries, the documented JSON format, a
password that cannot be asked for, tables that never cut a word or an id, and a clean package."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from synthetic import small_case_graph

from giftgraph.cli import cli, fit
from giftgraph.errors import GiftgraphError
from giftgraph.graph.store import Case

ROOT = Path(__file__).resolve().parents[1]

ERRORS = [
    ("giftgraph.graph.neo4j_store", "Neo4jStoreError"), ("giftgraph.graph.ledger", "LedgerError"),
    ("giftgraph.graph.cypher", "CypherError"), ("giftgraph.graph.exporters", "ExportError"),
    ("giftgraph.graph.explorer", "ExplorerError"), ("giftgraph.graph.store", "CaseError"),
    ("giftgraph.graph.html", "SnapshotError"), ("giftgraph.ingest", "IngestError"),
    ("giftgraph.ingest.readers", "ReadError"), ("giftgraph.ingest.dates", "UnknownTimezone"),
    ("giftgraph.nlp.extract", "CustodianError"), ("giftgraph.nlp.components", "ModelError"),
    ("giftgraph.nlp.profile", "ProfileError"),
]


@pytest.fixture
def case(tmp_path):
    c = Case(tmp_path / "case")
    c.save_manifest({"files": {}})
    c.save_graph(small_case_graph())
    return c


# -- one error family ---------------------------------------------------------------------------

@pytest.mark.parametrize("module, name", ERRORS)
def test_every_giftgraph_exception_is_a_giftgraph_error(module, name):
    assert issubclass(getattr(importlib.import_module(module), name), GiftgraphError)


def test_no_exception_class_of_the_package_stands_outside_the_family():
    import giftgraph

    outside = []
    for info in pkgutil.walk_packages(giftgraph.__path__, "giftgraph."):
        if info.name == "giftgraph.setup" or ".tests" in info.name or ".benchmarks" in info.name:
            continue  # the build script and the folders beside the package in a checkout
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if (inspect.isclass(obj) and issubclass(obj, BaseException) and obj.__module__ == module.__name__
                    and not issubclass(obj, GiftgraphError)):
                outside.append(f"{module.__name__}.{name}")
    assert outside == []


def test_value_errors_stay_value_errors():
    from giftgraph.ingest.dates import UnknownTimezone
    from giftgraph.nlp.extract import CustodianError

    assert issubclass(UnknownTimezone, ValueError) and issubclass(CustodianError, ValueError)


@pytest.mark.parametrize("args, message", [
    (["ledger", "--case", "{tmp}/nowhere"], "not a giftgraph case"),
    (["ledger", "--case", "{case}", "--since", "last spring"], "--since 'last spring': expected a date"),
    (["query", "MATCH (n) DELETE n RETURN 1", "--case", "{case}"], "read-only"),
    (["query", "--named", "no-such-query", "--case", "{case}"], "no-such-query"),
    (["export", "html", "--case", "{case}", "--focus", "Nobody Atall", "-o", "{tmp}/x.html"], "Nobody Atall"),
    (["export", "csv", "--case", "{case}"], "directory"),
])
def test_errors_a_user_can_cause_are_one_line_and_exit_1(case, tmp_path, args, message):
    args = [a.format(tmp=tmp_path, case=case.path) for a in args]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 1, r.output
    # the embedded database's one-line build notice (stderr) may come first; the error is one line
    lines = [ln for ln in r.output.strip().splitlines() if ": embedded database " not in ln]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0], r.output
    assert "Traceback" not in r.output


def test_a_library_message_on_several_lines_is_joined(case, monkeypatch):
    from giftgraph.graph import exporters

    def refuse(*a, **kw):
        raise exporters.ExportError("out.json: cannot write:\n  the disk said no")

    monkeypatch.setattr(exporters, "export_graph", refuse)
    r = CliRunner().invoke(cli, ["export", "json", "--case", str(case.path), "-o", "out.json"])
    assert r.exit_code == 1 and r.output == "Error: out.json: cannot write: the disk said no\n"


# -- exports ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, what", [("json", "node-link JSON"), ("graphml", "GraphML"), ("gexf", "GEXF 1.2")])
def test_export_prints_a_one_line_summary_on_stderr(case, tmp_path, fmt, what):
    out = tmp_path / f"g.{fmt}"
    r = CliRunner().invoke(cli, ["export", fmt, "--case", str(case.path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    assert r.stderr == f"{out}: 18 nodes, 20 edges ({what}" + (", see docs/graph-json.md)\n" if fmt == "json" else ")\n")


def test_export_to_stdout_keeps_stdout_for_the_data(case):
    import json

    r = CliRunner().invoke(cli, ["export", "json", "--case", str(case.path)])
    assert r.exit_code == 0 and len(json.loads(r.stdout)["nodes"]) == 18
    assert r.stderr.startswith("stdout: 18 nodes, 20 edges")


def test_export_csv_summary_counts_what_was_written(case, tmp_path):
    out = tmp_path / "csv"
    r = CliRunner().invoke(cli, ["export", "csv", "--case", str(case.path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    files = {p.name for p in out.iterdir()}
    node_files = sorted(f for f in files if f.startswith("nodes_"))
    rel_files = sorted(f for f in files if f.startswith("rels_"))
    rows = sum(len((out / f).read_text().splitlines()) - 1 for f in node_files)
    rels = sum(len((out / f).read_text().splitlines()) - 1 for f in rel_files)
    assert r.stderr == (f"{out}: {rows} nodes in {len(node_files)} file(s), {rels} relationships in "
                        f"{len(rel_files)} file(s) for neo4j-admin; load them with {out / 'import.sh'}\n")
    assert (rows, rels) == (18, 20)


def test_export_help_points_to_the_json_format_in_the_repository():
    r = CliRunner().invoke(cli, ["export", "--help"])
    assert r.exit_code == 0 and "docs/graph-json.md" in r.output and "CONTRACT" not in r.output
    doc = (ROOT / "docs" / "graph-json.md").read_text()
    from giftgraph.graph.model import EDGE_TYPES, NODE_KINDS

    for word in [*NODE_KINDS, *EDGE_TYPES, "evidence", "quote", "bates", "page", "value_usd", "items"]:
        assert f"`{word}`" in doc, word


# -- neo4j password -----------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["neo4j", "push", "--case", "{case}"], ["query", "--neo4j", "RETURN 1"]])
def test_no_password_and_no_terminal_is_one_error_line(case, args):
    args = [a.format(case=case.path) for a in args]
    r = CliRunner().invoke(cli, [*args, "--uri", "bolt://127.0.0.1:9"], env={"NEO4J_PASSWORD": None}, input="")
    assert r.exit_code == 1
    assert r.output == ("Error: no Neo4j password: set NEO4J_PASSWORD or give --password (standard input is not "
                        "a terminal and gave no password line)\n")


def test_a_piped_password_is_read_and_never_shown(case):
    # nothing listens on port 9: the password is taken from the pipe, then the connection fails
    r = CliRunner().invoke(cli, ["neo4j", "push", "--case", str(case.path), "--uri", "bolt://127.0.0.1:9"],
                           env={"NEO4J_PASSWORD": None}, input="pipe-secret-71\n")
    assert r.exit_code == 1 and "cannot reach Neo4j" in r.output and "pipe-secret-71" not in r.output
    assert "read from standard input" in r.output


def test_no_password_in_a_subprocess_without_a_terminal(case):
    """The real thing: no GetPassWarning, no 'Aborted!'."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    p = subprocess.run([sys.executable, "-c", "from giftgraph.cli import cli; cli()", "neo4j", "push", "--case",
                        str(case.path), "--uri", "bolt://127.0.0.1:9"], stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, env=env, timeout=120)
    assert p.returncode == 1 and p.stdout == ""
    assert p.stderr.startswith("Error: no Neo4j password") and len(p.stderr.splitlines()) == 1, p.stderr


# -- tables -------------------------------------------------------------------------------------

def test_query_list_wraps_descriptions_at_words():
    from giftgraph.graph.cypher import named_queries

    r = CliRunner().invoke(cli, ["query", "--list"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    start = lines[0].index("description")
    shown = " ".join(" ".join(line[start:].split()) for line in lines[2:] if line[start:].strip())
    for q in named_queries().values():
        assert " ".join(q.description.split()) in shown  # every word, in order, none cut


@pytest.mark.parametrize("value, width, expected", [
    ("short", 10, "short"),
    ("one two three four", 12, "one two…"),
    ("one two three four", 14, "one two three…"),
    ("unbreakable-identifier-0123", 10, "unbreakab…"),
    (["a (id-1)", "b (id-2)", "c (id-3)"], 20, "a (id-1); +2 more"),
    (["a (id-1)", "b (id-2)", "c (id-3)"], 27, "a (id-1); b (id-2); +1 more"),
    (["a (id-1)", "b (id-2)"], 40, "a (id-1); b (id-2)"),
])
def test_fit_cuts_at_words_and_whole_items(value, width, expected):
    assert fit(value, width) == expected
    assert len(fit(value, width)) <= width


# -- the package --------------------------------------------------------------------------------

def test_test_only_code_is_not_in_the_package():
    assert not (ROOT / "graph" / "synthetic.py").exists()
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("giftgraph.graph.synthetic")


@pytest.mark.slow
def test_the_wheel_builds_without_warnings_and_holds_only_the_package(tmp_path):
    import shutil

    # built from a copy: pip builds in the source tree (build/, *.egg-info), which is left alone
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".venv", "build", "*.egg-info", "__pycache__", ".git",
                                                              "exports", "target", "run", ".pytest_cache"))
    p = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "-w", str(tmp_path), "--no-deps", "-q"],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "warning" not in (p.stdout + p.stderr).lower(), p.stdout + p.stderr
    (wheel,) = tmp_path.glob("giftgraph-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    modules = {n for n in names if n.endswith(".py")}
    assert "giftgraph/cli.py" in modules and "giftgraph/errors.py" in modules
    assert not any(n.startswith(("giftgraph/tests/", "giftgraph/benchmarks/")) for n in names)
    assert "giftgraph/graph/synthetic.py" not in modules and "giftgraph/setup.py" not in modules
    for data in ["giftgraph/graph/queries/top-recipients.cypher", "giftgraph/graph/templates/snapshot.html",
                 "giftgraph/graph/static/giftgraph.js", "giftgraph/nlp/profiles/ring_lapd/profile.yaml",
                 "giftgraph/nlp/data/nicknames.yaml"]:
        assert data in names, data
    assert any(n.endswith("licenses/LICENSE") for n in names)


@pytest.mark.parametrize("module", ["giftgraph.errors", "giftgraph.cli", "giftgraph.graph.ledger"])
def test_the_examples_in_docstrings_hold(module):
    import doctest

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0
