"""Bounded work, a closed explorer, outputs that replace nothing but files, and damaged cases as
one-line errors (issue: "Nothing lost, nothing open"). Every fixture is made here; the names are
invented."""
from __future__ import annotations

import html
import json
import os
import stat

import pytest
from click.testing import CliRunner
from synthetic import generate_graph, small_case_graph

from giftgraph.cli import cli
from giftgraph.graph import embedded_db
from giftgraph.graph.cypher import CypherError, run_embedded
from giftgraph.graph.embedded_db import EmbeddedDB, QueryLimitError
from giftgraph.graph.store import Case, CaseError

# a dense case: 50 people and about 5,000 relationships among them (about 100 per person), so a
# 4-hop variable-length pattern has some 10^8 paths
FOUR_HOPS = "MATCH p = (a:Person)-[*1..4]-(b) RETURN p"


@pytest.fixture(scope="module")
def dense():
    return generate_graph(5000, seed=5, people=50)


@pytest.fixture()
def dense_case(tmp_path, dense):
    c = Case(tmp_path / "dense")
    c.save_manifest({"files": {}})
    c.save_graph(dense)
    return c


# -- bounded Cypher ---------------------------------------------------------------------------------

def test_four_hop_pattern_on_a_dense_case_ends_at_the_time_limit(dense):
    # no memory bound here, so the time limit is what ends it (the count needs little memory)
    with pytest.raises(CypherError, match=r"ran past the time limit of 1 s \(narrow it, or raise --timeout\)"):
        run_embedded(dense, "MATCH (a:Person)-[*4..4]-(b) RETURN count(*)", timeout=1, max_memory=None)


def test_four_hop_pattern_on_a_dense_case_ends_at_the_memory_bound(dense):
    with pytest.raises(CypherError) as info:
        run_embedded(dense, FOUR_HOPS, timeout=600, max_memory=128 << 20)
    msg = str(info.value)
    assert "needs more memory than the embedded engine's bound of 128 MiB" in msg and "--max-memory" in msg
    assert "\n" not in msg
    # the database is still usable afterwards
    assert run_embedded(dense, "MATCH (a:Person) RETURN count(*) AS n", max_memory=128 << 20).rows == [{"n": 50}]


def test_the_default_bound_leaves_room_for_an_unbounded_pattern():
    """The engine reserves about 100 MiB per hop of a variable-length pattern, whatever the graph's
    size; [*] is up to 30 hops, so the default bound (4 GiB) must hold about 3 GiB."""
    res = run_embedded(small_case_graph(), "MATCH (a:Person {name: 'Ann Vendor'})-[*]->(b) RETURN b.name AS reached, "
                                           "count(*) AS trails ORDER BY reached")
    assert ("Det. Carla Cruz", 4) in res.tuples() and len(res.rows) == 8


def test_rows_beyond_the_memory_bound_stop_the_query(monkeypatch, dense):
    """The engine's result may fit its buffer pool and still be many times that as Python values:
    the rows are converted under the same bound (the process's growth, read every 1,000 rows)."""
    grown = iter(range(0, 1 << 40, 100 << 20))  # the process grows by 100 MiB between two readings
    monkeypatch.setattr(embedded_db, "_rss", lambda: next(grown))
    with pytest.raises(CypherError, match=r"the rows of the query need more than the memory bound of 256 MiB "
                                          r"\([\d,]+ rows so far\): narrow it, add LIMIT, or raise --max-memory"):
        run_embedded(dense, "MATCH (a:Person)-[]-(b) RETURN a, b", max_memory=256 << 20)


def test_time_limit_covers_the_conversion_of_the_rows(monkeypatch, dense):
    clock = iter(range(0, 10**9, 7))  # every reading of the clock is 7 s later
    monkeypatch.setattr(embedded_db.time, "monotonic", lambda: next(clock))
    with pytest.raises(CypherError, match="ran past the time limit of 30 s"):
        run_embedded(dense, "MATCH (a:Person)-[]-(b) RETURN a.name, b.name", timeout=30)


def test_running_out_of_memory_while_reading_rows_is_one_line():
    class Result:
        def has_next(self):
            return True

        def get_next(self):
            raise MemoryError

    db = EmbeddedDB.__new__(EmbeddedDB)
    db.max_memory = None
    with pytest.raises(QueryLimitError, match="ran out of memory after 0 rows"):
        db._fetch(Result(), None, None, None)


def test_max_rows_converts_only_the_first_rows(dense):
    res = run_embedded(dense, "MATCH (a:Person)-[]-(b) RETURN a.id", max_rows=7)
    assert len(res.rows) == 7


def test_a_graph_larger_than_the_bound_is_one_line():
    with pytest.raises(CypherError, match=r"does not fit in the memory bound of 32 MiB \(raise --max-memory\)"):
        run_embedded(generate_graph(20_000, seed=2), "MATCH (n) RETURN count(n)", max_memory=32 << 20)


def test_query_cli_bounds_and_their_help(dense_case):
    runner = CliRunner()
    r = runner.invoke(cli, ["query", FOUR_HOPS, "--case", str(dense_case.path), "--max-memory", "128"])
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines()[-1].startswith("Error: the query needs more memory than the embedded "
                                                        "engine's bound of 128 MiB")
    assert "Traceback" not in r.output
    r = runner.invoke(cli, ["query", "MATCH (a:Person)-[*4..4]-(b) RETURN count(*)", "--case", str(dense_case.path),
                            "--timeout", "1", "--max-memory", "8192"])
    assert r.exit_code == 1 and "Error: the query ran past the time limit of 1 s" in r.stderr
    r = runner.invoke(cli, ["query", "MATCH (n) RETURN n", "--case", str(dense_case.path), "--max-memory", "10"])
    assert r.exit_code == 2 and "--max-memory" in r.stderr  # below the least the engine can work in
    for cmd in ("query", "serve"):
        text = " ".join(runner.invoke(cli, [cmd, "--help"]).output.split())
        assert "--timeout" in text and "[default: 60.0" in text
        assert "--max-memory MIB" in text and "[default: 4096" in text


# -- the explorer -----------------------------------------------------------------------------------

@pytest.fixture()
def client(tmp_path):
    from giftgraph.graph.explorer import create_app

    c = Case(tmp_path / "small")
    c.save_manifest({"files": {}})
    c.save_graph(small_case_graph())
    app = create_app(c.path)
    app.testing = True
    return app.test_client()


OWN = {"Origin": "http://localhost"}


def page(r) -> str:
    return html.unescape(r.get_data(as_text=True))
QUERY = {"q": "MATCH (p:Person) WHERE p.role = 'officer' RETURN p.name AS name ORDER BY name"}


def test_explorer_runs_cypher_only_on_a_post_from_its_own_page(client):
    r = client.post("/cypher", data=QUERY, headers=OWN)
    assert r.status_code == 200 and "Det. Carla Cruz" in page(r)
    r = client.post("/cypher", data=QUERY, headers={"Referer": "http://localhost/cypher"})  # no Origin: the Referer
    assert r.status_code == 200 and "Det. Carla Cruz" in page(r)
    # a GET (a link, an <img>, a rebinding page's fetch) runs nothing
    r = client.get("/cypher", query_string=QUERY)
    assert r.status_code == 405 and "Det. Carla Cruz" not in page(r)
    assert client.get("/cypher", query_string={"named": "top-recipients"}).status_code == 405
    assert client.get("/cypher").status_code == 200  # the form itself
    # a POST from another site, from a sandboxed frame (Origin: null), or with no origin at all
    for headers in ({"Origin": "http://attacker.example"}, {"Origin": "null"}, {"Origin": "http://localhost:9999"},
                    {"Referer": "http://attacker.example/localhost/"}, {"Referer": "http://localhost.attacker.example/"},
                    {}):
        r = client.post("/cypher", data=QUERY, headers=headers)
        assert r.status_code == 403, headers
        text = page(r)
        assert "must come from the explorer's own pages" in text and "Det. Carla Cruz" not in text
    # the same check on the other POST (a snapshot of the view)
    assert client.post("/snapshot", data={"ids": "p-ann"}, headers={"Origin": "http://attacker.example"}).status_code == 403
    assert client.post("/snapshot", data={"ids": "p-ann"}, headers=OWN).status_code == 200


def test_explorer_refuses_host_names_it_does_not_listen_under(client):
    """DNS rebinding: a name of the attacker's resolving to 127.0.0.1 reaches the port, but its
    Host header is the attacker's name."""
    for host in ("rebind.attacker.example", "rebind.attacker.example:8765", "127.0.0.1.attacker.example",
                 "localhost.attacker.example:80", "[::2]:8765"):
        for method, path in (("get", "/"), ("get", "/api/search?q=a"), ("get", "/entity/p-ann"),
                             ("post", "/cypher")):
            r = getattr(client, method)(path, headers={"Host": host, "Origin": f"http://{host}"}, data=QUERY)
            assert r.status_code == 403, (host, path)
            assert "Cruz" not in page(r) and "Ann Vendor" not in page(r)
    assert "is not one this explorer answers to" in page(client.get("/", headers={"Host": "rebind.attacker.example"}))
    for host in ("localhost", "localhost:8765", "127.0.0.1:8765", "[::1]:8765", "LOCALHOST:1"):
        assert client.get("/", headers={"Host": host}).status_code == 200, host
    r = client.post("/cypher", data=QUERY, headers={"Host": "127.0.0.1:8765", "Origin": "http://127.0.0.1:8765"})
    assert r.status_code == 200 and "Det. Carla Cruz" in page(r)


def test_explorer_host_names_follow_the_address_it_listens_on():
    import socket

    from giftgraph.graph.explorer import allowed_hosts

    assert allowed_hosts() == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("192.0.2.7") == {"localhost", "127.0.0.1", "::1", "192.0.2.7"}
    assert socket.gethostname().lower() in allowed_hosts("0.0.0.0")
    assert "attacker.example" not in allowed_hosts("0.0.0.0")


def test_explorer_answers_400_to_bad_parameters(client):
    for url in ("/search?q=doorbell&limit=abc", "/api/fulltext?q=doorbell&limit=abc", "/api/search?q=a&limit=abc",
                "/api/graph?focus=p-ann&max_nodes=abc", "/api/graph?focus=p-ann&depth=abc",
                "/entity/p-ann?depth=1e9x", "/timeline?since=abc", "/api/graph?min_value=abc"):
        r = client.get(url)
        assert r.status_code == 400, url
        body = page(r)
        assert "Traceback" not in body and ("not a whole number" in body or "expected" in body or "not a number" in body)
    assert client.get("/api/search?q=a&limit=abc").get_json()["error"] == "limit 'abc': not a whole number"
    # out of range is clamped, not an error
    assert client.get("/api/search?q=a&limit=-5").status_code == 200
    assert len(client.get("/api/search?q=e&limit=2").get_json()) == 2


def test_explorer_cypher_has_the_bounds_and_runs_one_query_at_a_time(tmp_path, dense):
    from giftgraph.graph.explorer import create_app

    c = Case(tmp_path / "dense")
    c.save_manifest({"files": {}})
    c.save_graph(dense)
    app = create_app(c.path, max_memory=128 << 20)
    r = app.test_client().post("/cypher", data={"q": FOUR_HOPS}, headers=OWN)
    assert r.status_code == 400 and "needs more memory than the embedded engine's bound of 128 MiB" in page(r)
    app = create_app(c.path, timeout=1, max_memory=8 << 30)
    r = app.test_client().post("/cypher", data={"q": "MATCH (a:Person)-[*4..4]-(b) RETURN count(*)"}, headers=OWN)
    assert r.status_code == 400 and "ran past the time limit of 1 s" in page(r)
    # only the rows shown are converted
    r = app.test_client().post("/cypher", data={"q": "MATCH (a:Person)-[]-(b) RETURN a.id"}, headers=OWN)
    assert r.status_code == 200 and "Only the first rows are shown" in page(r)


# -- export -o: only a new path, a regular file or stdout ---------------------------------------------

@pytest.fixture()
def small_case(tmp_path):
    c = Case(tmp_path / "case")
    c.save_manifest({"files": {}})
    c.save_graph(small_case_graph())
    return c


def _special(kind: str, path):
    """Make a `kind` node at `path`; returns a function that says it is still there, untouched."""
    if kind == "fifo":
        os.mkfifo(path)
        return lambda: stat.S_ISFIFO(os.lstat(path).st_mode)
    if kind == "symlink":
        target = path.parent / "precious.txt"
        target.write_text("keep me", encoding="utf-8")
        path.symlink_to(target)
        return lambda: path.is_symlink() and target.read_text(encoding="utf-8") == "keep me"
    if kind == "directory":
        path.mkdir()
        (path / "inside.txt").write_text("x", encoding="utf-8")
        return lambda: path.is_dir() and (path / "inside.txt").exists()
    if kind == "device":  # a character device like /dev/null, made here (as root, as in CI)
        try:
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs root")
        return lambda: stat.S_ISCHR(os.lstat(path).st_mode)
    raise AssertionError(kind)


WHAT = {"fifo": "a FIFO (named pipe)", "symlink": "a symbolic link", "directory": "a directory",
        "device": "a character device"}


@pytest.mark.parametrize("kind", ["fifo", "symlink", "directory", "device"])
@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "html"])
def test_export_refuses_a_special_file_at_the_output(small_case, tmp_path, fmt, kind):
    out = tmp_path / f"out.{fmt}"
    untouched = _special(kind, out)
    r = CliRunner().invoke(cli, ["export", fmt, "--case", str(small_case.path), "-o", str(out)])
    assert r.exit_code == 1 and untouched()
    assert r.stderr.strip() == (f"Error: {out}: is {WHAT[kind]}; giftgraph writes only to a regular file or a new "
                                "path (give another -o, or -o - for stdout)")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
def test_export_csv_refuses_a_special_file_as_its_directory_or_inside_it(small_case, tmp_path, kind):
    out = tmp_path / "csv"
    untouched = _special(kind, out)
    r = CliRunner().invoke(cli, ["export", "csv", "--case", str(small_case.path), "-o", str(out)])
    assert r.exit_code == 1 and untouched()
    assert r.stderr.strip() == (f"Error: {out}: is {WHAT[kind]}, not a directory; export csv writes only into a "
                                "directory or a new path")
    # a directory is the output of csv; a special file inside it, where a table goes, is refused
    d = tmp_path / "csvdir"
    d.mkdir()
    untouched = _special(kind, d / "nodes_Person.csv")
    r = CliRunner().invoke(cli, ["export", "csv", "--case", str(small_case.path), "-o", str(d)])
    assert r.exit_code == 1 and untouched() and f"Error: {d / 'nodes_Person.csv'}: is {WHAT[kind]}" in r.stderr


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "html"])
def test_export_replaces_a_regular_file_atomically_and_writes_stdout_for_dash(small_case, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o640)
    r = CliRunner().invoke(cli, ["export", fmt, "--case", str(small_case.path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8") != "old" and "Ann Vendor" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640  # the file keeps its mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case", f"out.{fmt}"]  # no temporary file left
    r = CliRunner().invoke(cli, ["export", fmt, "--case", str(small_case.path), "-o", "-"])
    assert r.exit_code == 0 and "Ann Vendor" in r.stdout


def test_write_output_checks_again_just_before_the_move(tmp_path, monkeypatch):
    """A FIFO put at the path while the file was being written is refused too (the check runs
    again right before the move)."""
    from giftgraph.graph import exporters

    out = tmp_path / "late.json"
    real_fsync = os.fsync

    def fsync_then_swap(fd):
        real_fsync(fd)
        if not out.exists():
            os.mkfifo(out)

    monkeypatch.setattr(exporters.os, "fsync", fsync_then_swap)
    with pytest.raises(exporters.ExportError, match="is a FIFO"):
        exporters.write_output(out, "{}")
    assert stat.S_ISFIFO(os.lstat(out).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["late.json"]


# -- a damaged case: one line naming the file and what to run ------------------------------------------

def _edit_graph(case, change):
    data = json.loads(case.graph_path.read_text(encoding="utf-8"))
    change(data)
    case.graph_path.write_text(json.dumps(data), encoding="utf-8")


def _gift(data):
    return next(e for e in data["edges"] if e["type"] == "GIFT")


def _message(data):
    return next(n for n in data["nodes"] if n["kind"] == "message")


DAMAGES = {
    "an edge to a missing node": (lambda d: d["edges"].append(dict(_gift(d), key="gift-x", target="p-nobody")),
                                  "a link whose target 'p-nobody' is not a node of the graph"),
    "an edge from a missing node": (lambda d: d["edges"].append(dict(_gift(d), key="gift-y", source="p-nobody")),
                                    "a link whose source 'p-nobody' is not a node of the graph"),
    "a date that is a number": (lambda d: _gift(d).update(date=20160301), "date is 20160301, not text"),
    "evidence that is text": (lambda d: _gift(d).update(evidence="see binder"), "evidence is 'see binder', not a list"),
    "items that are text": (lambda d: _gift(d).update(items="two doorbells"), "items is 'two doorbells', not a list"),
    "an evidence record that is text": (lambda d: _gift(d).update(evidence=["m1"]), "evidence is ['m1'], not a list of objects"),
    "a value that is text": (lambda d: _gift(d).update(value_usd="lots"), "value_usd is 'lots', not a number"),
    "a message date that is a number": (lambda d: _message(d).update(sent=1456790400), "sent is 1456790400, not text"),
    "a node without a kind": (lambda d: d["nodes"][0].pop("kind"), "has no kind"),
    "a node without an id": (lambda d: d["nodes"].append({"kind": "person", "name": "Nobody"}), "a node without an id"),
    "a node whose id is a number": (lambda d: d["nodes"].append({"id": 7, "kind": "person"}), "has no text id"),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_damaged_graph_is_one_line_in_ledger_export_and_explorer(small_case, tmp_path, damage):
    from giftgraph.graph.explorer import create_app

    change, detail = DAMAGES[damage]
    client = create_app(small_case.path).test_client()  # started on a sound case...
    _edit_graph(small_case, change)  # ...then the file is damaged under it
    runner = CliRunner()
    for args in (["ledger"], ["ledger", "--by", "giver", "--json"], ["ledger", "--by", "division"],
                 ["ledger", "--by", "product", "--csv"], ["export", "html", "-o", str(tmp_path / "x.html")],
                 ["export", "html", "-o", "-"], ["export", "json", "-o", "-"], ["query", "MATCH (n) RETURN count(n)"],
                 ["serve"]):
        r = runner.invoke(cli, [*args, "--case", str(small_case.path)])
        assert r.exit_code == 1, (args, r.output)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {small_case.graph_path}: ") and detail in lines[0], args
        assert f"giftgraph ingest --extract-only --case {small_case.path}`" in lines[0]
    for url in ("/", "/ledger", "/ledger?by=product", "/entity/p-ann", "/timeline", "/api/graph?focus=p-ann",
                "/snapshot", "/search?q=doorbell"):
        r = client.get(url)
        assert r.status_code == 503, url
        assert str(small_case.graph_path) in page(r) and detail in page(r) and "Traceback" not in page(r)


def test_a_damaged_file_record_in_the_manifest_is_one_line(small_case, tmp_path):
    from giftgraph.graph.explorer import create_app

    manifest = json.loads(small_case.manifest_path.read_text(encoding="utf-8"))
    manifest["files"] = {"/releases/binder-7.pdf": {"sha256": 41, "size": 10, "messages": 1}}
    small_case.manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    for args in (["export", "html", "-o", str(tmp_path / "x.html")], ["export", "html", "-o", "-"], ["serve"]):
        r = CliRunner().invoke(cli, [*args, "--case", str(small_case.path)])
        assert r.exit_code == 1, args
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Error: {small_case.manifest_path}: ") and "41" in lines[0]
    with pytest.raises(CaseError, match=r"case.json: .*binder-7.pdf.* sha256 of 41"):
        create_app(small_case.path)


@pytest.mark.parametrize("zone", ["../x", "../../etc/localtime", "/etc/localtime", "America/../UTC", "Europe\\Paris"])
def test_a_time_zone_that_is_a_path_is_one_line(tmp_path, zone):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.eml").write_bytes(b"From: a@example.org\r\nTo: b@example.org\r\nSubject: hi\r\n"
                                           b"Date: Tue, 1 Mar 2016 10:00:00 -0800\r\n\r\nHello.\r\n")
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "r"), "--case", str(tmp_path / "case"), "-s",
                                 "--skip-extract", "--timezone", zone])
    assert r.exit_code == 1 and r.stderr.strip() == (f"Error: unknown time zone {zone!r} (use an IANA name such as "
                                                     "America/New_York)")


def test_the_command_a_damaged_graph_names_rebuilds_it(tmp_path):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.eml").write_bytes(
        b"From: Pat Giver <pat@vendor.example>\r\nTo: Lee Taker <lee@agency.example>\r\nSubject: cameras\r\n"
        b"Date: Tue, 1 Mar 2016 10:00:00 -0800\r\n\r\nI am sending you two cameras, free of charge.\r\n")
    case = Case(tmp_path / "case")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(tmp_path / "r"), "--case", str(case.path), "-s"]).exit_code == 0
    sound = json.loads(case.graph_path.read_text(encoding="utf-8"))
    _edit_graph(case, lambda d: d["edges"].append(dict(d["edges"][0], key="emailed-x", target="p-nobody")))
    r = runner.invoke(cli, ["ledger", "--case", str(case.path)])
    command = r.stderr.split("`")[1]
    assert r.exit_code == 1 and command == f"giftgraph ingest --extract-only --case {case.path}"
    r = runner.invoke(cli, [*command.split()[1:], "-s"])
    assert r.exit_code == 0, r.output
    assert json.loads(case.graph_path.read_text(encoding="utf-8")) == sound
    assert runner.invoke(cli, ["ledger", "--case", str(case.path)]).exit_code == 0
