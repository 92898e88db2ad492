"""Exporters of the case graph: JSON (node-link), GraphML and GEXF (Gephi), neo4j-admin import CSV.

Each format is an exporter in the followthemoney style: create it with an output, ``write`` every
item (``("node", id, data)`` or ``("edge", source, target, key, data)``), then ``finalize()``.
:func:`export_graph` does all three for a whole graph. Files are written atomically (a temporary
file moved into place), so an interrupted export never leaves half a file.

**Where an output may go** (:func:`check_output`, :func:`write_output`; every ``-o`` of ``giftgraph
export``): ``-`` (stdout), a path that does not exist yet, or an existing regular file, which is
replaced. Anything else at the path (a symbolic link, a directory, a FIFO, a device node such as
``/dev/null``, a socket) is refused in one line naming it and what it is: moving a new file into
place would replace that node, not write into it. ``csv`` writes a directory: there the path must
be a new path or a directory, and each file written in it a new path or a regular file.

* ``json``: networkx node-link JSON, edges under ``"edges"`` (``docs/graph-json.md``);
  evidence and items stay nested.
* ``graphml`` / ``gexf``: the flat properties of :mod:`giftgraph.graph.properties`, with every list
  turned into a JSON string (GraphML and GEXF attributes hold scalars only) and each attribute given
  one type throughout, so Gephi opens them. Nodes carry ``label`` (the name), edges ``label`` (the
  type); in GEXF the edge type is also in ``relation`` (``type`` is a reserved GEXF edge attribute).
* ``csv``: a directory for ``neo4j-admin database import full``: ``nodes_<Label>.csv`` with
  ``id:ID`` and ``:LABEL`` (label + ``Entity``), ``rels_<TYPE>.csv`` with ``:START_ID``, ``:END_ID``
  and ``:TYPE``, typed property columns (``:long``, ``:double``, ``:boolean``, ``:string[]``, ...),
  and ``import.sh`` holding the exact command. Array elements are separated by U+001F (never
  found in text), and fields may span lines (``--multiline-fields=true``).
"""
from __future__ import annotations

import csv
import io
import json
import os
import shlex
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import networkx as nx

from giftgraph.errors import GiftgraphError
from giftgraph.graph.model import to_node_link
from giftgraph.graph.properties import COMMON_LABEL, LABELS, REL_TYPES, edge_properties, node_properties

__all__ = ["FORMATS", "ExportError", "check_output", "write_output", "Exporter", "JSONExporter", "GraphMLExporter", "GEXFExporter",
           "Neo4jCSVExporter", "exporter_for", "export_graph", "ARRAY_DELIMITER"]

FORMATS = ("json", "graphml", "gexf", "csv")
ARRAY_DELIMITER = "\u001f"


class ExportError(GiftgraphError):
    """An export that cannot be written (bad output path, unknown format)."""


_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def check_output(path: str | os.PathLike, *, directory: bool = False) -> None:
    """Refuse (:class:`ExportError`, one line) an output path that holds anything but a regular file
    (``directory``: anything but a directory); ``-`` (stdout) and a new path are fine."""
    if str(path) == "-":
        return
    p = Path(path)
    try:
        mode = os.lstat(p).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportError(f"{p}: cannot write there: {exc.strerror or exc}") from None
    if stat.S_ISREG(mode) and not directory:
        return
    if stat.S_ISDIR(mode) and directory:
        return
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    if directory:
        if stat.S_ISREG(mode):
            kind = "a file"
        raise ExportError(f"{p}: is {kind}, not a directory; export csv writes only into a directory or a new path")
    raise ExportError(f"{p}: is {kind}; giftgraph writes only to a regular file or a new path "
                      "(give another -o, or -o - for stdout)")


def write_output(path: str | os.PathLike, text: str) -> None:
    """``text`` to ``path`` (checked with :func:`check_output`): written to a temporary file beside
    it, then moved into place, so a reader sees the old file or the new one, never half of one."""
    p = Path(path)
    check_output(p)
    tmp = None
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for i in range(0, len(text), 1 << 20):
                fh.write(text[i:i + (1 << 20)])
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = os.stat(p).st_mode & 0o777
        except FileNotFoundError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
        check_output(p)  # again, just before the move: nothing else appeared there meanwhile
        os.replace(tmp, p)
        tmp = None
    except OSError as exc:
        raise ExportError(f"{p}: cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


class Exporter:
    """Base class: collects nodes and edges with ``write(item)``; ``finalize()`` writes the output."""

    def __init__(self, output: str | os.PathLike = "-") -> None:
        self.output = str(output)
        self.G = nx.MultiDiGraph()

    def write(self, item: tuple) -> None:
        if item[0] == "node":
            _, node_id, data = item
            self.G.add_node(node_id, **data)
        elif item[0] == "edge":
            _, u, v, key, data = item
            self.G.add_edges_from([(u, v, key, data)])
        else:
            raise ExportError(f"unknown item {item[0]!r} (expected 'node' or 'edge')")

    def finalize(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def summary(self) -> str:
        """One line on what ``finalize()`` wrote, for the command line's stderr."""
        where = "stdout" if self.output == "-" else self.output
        return f"{where}: {self.G.number_of_nodes()} nodes, {self.G.number_of_edges()} edges"

    def _emit(self, text: str) -> None:
        if self.output == "-":
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        write_output(self.output, text)


class JSONExporter(Exporter):
    """networkx node-link JSON, described in ``docs/graph-json.md``."""

    def finalize(self) -> None:
        self._emit(json.dumps(to_node_link(self.G), indent=1, ensure_ascii=False) + "\n")

    def summary(self) -> str:
        return super().summary() + " (node-link JSON, see docs/graph-json.md)"


def _flat_graph(G: nx.MultiDiGraph, *, gexf: bool = False) -> nx.MultiDiGraph:
    """A copy with flat scalar attributes only, one type per attribute name (GraphML/GEXF)."""
    H = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        props = node_properties(str(n), data)
        props.pop("id")
        props = {k: _scalar(v) for k, v in props.items()}
        props["label"] = str(data.get("name") or n)
        H.add_node(str(n), **props)
    for u, v, k, data in G.edges(keys=True, data=True):
        props = edge_properties(str(u), str(v), k, data)
        for end in ("source", "target"):
            props.pop(end)
        props = {name: _scalar(val) for name, val in props.items()}
        props["label"] = str(data.get("type") or "")
        if gexf:
            props["relation"] = props.pop("type", "")
            props.pop("key")
            props["id"] = str(k)
        H.add_edges_from([(str(u), str(v), str(k), props)])
    _harmonise(H.nodes(data=True))
    _harmonise(((u, v), d) for u, v, d in H.edges(data=True))
    return H


def _scalar(v: Any) -> Any:
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return v


def _harmonise(items) -> None:
    """Give each attribute one type: ints+floats -> float, any other mix -> str."""
    items = list(items)
    types: dict[str, set] = {}
    for _, d in items:
        for k, v in d.items():
            types.setdefault(k, set()).add(type(v))
    for k, ts in types.items():
        if len(ts) <= 1:
            continue
        conv = float if ts <= {int, float} else str
        for _, d in items:
            if k in d:
                d[k] = conv(d[k])


class GraphMLExporter(Exporter):
    """GraphML (networkx writer) with flat, single-typed attributes; opens in Gephi."""

    def finalize(self) -> None:
        buf = io.BytesIO()
        nx.write_graphml(_flat_graph(self.G), buf, encoding="utf-8", prettyprint=True)
        self._emit(buf.getvalue().decode("utf-8"))

    def summary(self) -> str:
        return super().summary() + " (GraphML)"


class GEXFExporter(Exporter):
    """GEXF 1.2 (networkx writer) with flat attributes; opens in Gephi."""

    def finalize(self) -> None:
        buf = io.BytesIO()
        nx.write_gexf(_flat_graph(self.G, gexf=True), buf, encoding="utf-8", prettyprint=True)
        self._emit(buf.getvalue().decode("utf-8"))

    def summary(self) -> str:
        return super().summary() + " (GEXF 1.2)"


_CSV_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _column_type(values: list) -> str:
    """The neo4j-admin type of a column: ``long``, ``double``, ``boolean``, ``string`` or an array."""
    is_array = any(isinstance(v, list) for v in values)
    scalars = [x for v in values for x in (v if isinstance(v, list) else [v]) if x is not None]
    ts = {type(x) for x in scalars}
    if ts <= {int, float} and float in ts:
        base = "double"
    elif len(ts) == 1:
        base = _CSV_TYPES.get(next(iter(ts)), "string")
    else:
        base = "string"
    return base + ("[]" if is_array else "")


def _csv_cell(v: Any, ctype: str) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ARRAY_DELIMITER.join(_csv_cell(x, ctype.rstrip("[]")) for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if ctype == "double":
        return repr(float(v))
    return str(v)


class Neo4jCSVExporter(Exporter):
    """A directory of CSV files in the ``neo4j-admin database import`` header format."""

    written: tuple[int, int, int, int] = (0, 0, 0, 0)  # nodes, node files, relationships, relationship files

    def summary(self) -> str:
        nodes, node_files, rels, rel_files = self.written
        return (f"{self.output}: {nodes} nodes in {node_files} file(s), {rels} relationships in {rel_files} "
                f"file(s) for neo4j-admin; load them with {Path(self.output) / 'import.sh'}")

    def finalize(self) -> None:
        if self.output == "-":
            raise ExportError("export csv writes a directory: give one with -o DIR")
        out = Path(self.output)
        check_output(out, directory=True)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ExportError(f"{out}: cannot create the directory: {exc}") from exc
        nodes: dict[str, list[dict]] = {}
        for n, data in self.G.nodes(data=True):
            if data.get("kind") in LABELS:
                nodes.setdefault(LABELS[data["kind"]], []).append(node_properties(str(n), data))
        rels: dict[str, list[dict]] = {}
        for u, v, k, data in self.G.edges(keys=True, data=True):
            if data.get("type") in REL_TYPES:
                rels.setdefault(data["type"], []).append(edge_properties(str(u), str(v), k, data))
        args = ["neo4j-admin", "database", "import", "full", "neo4j", "--overwrite-destination=true",
                "--array-delimiter=U+001F", "--multiline-fields=true"]
        for label, rows in sorted(nodes.items()):
            name = f"nodes_{label}.csv"
            self._write_table(out / name, rows, ["id"], {"id": "id:ID"},
                              fixed=lambda r, label=label: {":LABEL": ARRAY_DELIMITER.join((label, COMMON_LABEL))},
                              fixed_cols=[":LABEL"])
            args.append(f"--nodes={name}")
        for rtype, rows in sorted(rels.items()):
            name = f"rels_{rtype}.csv"
            self._write_table(out / name, rows, ["source", "target"], {"source": ":START_ID", "target": ":END_ID"},
                              fixed=lambda r, rtype=rtype: {":TYPE": rtype}, fixed_cols=[":TYPE"], drop=frozenset({"type"}))
            args.append(f"--relationships={name}")
        script = ("#!/bin/sh\n# Load this directory into an empty Neo4j database (stop the server first).\n"
                  'cd "$(dirname "$0")"\n' + " ".join(shlex.quote(a) for a in args) + "\n")
        write_output(out / "import.sh", script)
        os.chmod(out / "import.sh", 0o755)
        self.written = (sum(map(len, nodes.values())), len(nodes), sum(map(len, rels.values())), len(rels))

    @staticmethod
    def _write_table(path: Path, rows: list[dict], first: list[str], rename: dict, *, fixed, fixed_cols,
                     drop: frozenset[str] = frozenset()) -> None:
        names: list[str] = []
        for r in rows:
            for k in r:
                if k not in names and k not in first and k not in drop:
                    names.append(k)
        names = sorted(names)
        ctypes = {k: _column_type([r.get(k) for r in rows]) for k in names}
        header = [rename[k] for k in first] + fixed_cols + [
            k if ctypes[k] == "string" else f"{k}:{ctypes[k]}" for k in names]
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            fx = fixed(r)
            w.writerow([r[k] for k in first] + [fx[c] for c in fixed_cols]
                       + [_csv_cell(r.get(k), ctypes[k]) for k in names])
        write_output(path, buf.getvalue())


_EXPORTERS: dict[str, type[Exporter]] = {
    "json": JSONExporter, "graphml": GraphMLExporter, "gexf": GEXFExporter, "csv": Neo4jCSVExporter,
}


def exporter_for(fmt: str, output: str | os.PathLike = "-") -> Exporter:
    try:
        return _EXPORTERS[fmt](output)
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r} (expected one of {', '.join(FORMATS)})") from None


def export_graph(G: nx.MultiDiGraph, fmt: str, output: str | os.PathLike = "-") -> Exporter:
    """Write the whole graph ``G`` in format ``fmt`` to ``output`` ('-' is stdout; a directory for csv)."""
    exporter = exporter_for(fmt, output)
    for n, data in G.nodes(data=True):
        exporter.write(("node", n, data))
    for u, v, k, data in G.edges(keys=True, data=True):
        exporter.write(("edge", u, v, k, data))
    exporter.finalize()
    return exporter
