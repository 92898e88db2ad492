"""The embedded case store: one directory per investigation, written atomically.

Layout of a case directory::

    case.json        manifest: giftgraph version, profile, time zone, files ingested (sha256)
    messages.jsonl   the deduplicated messages (ingestion output), one JSON object a line
    graph.json       the case graph, networkx node-link JSON (the embedded graph store)
    search.sqlite    full-text index of the messages (SQLite FTS5, graph/search.py); rebuilt
                     from messages.jsonl whenever that file changes, so it can be deleted freely

Every file is written to a temporary file in the same directory and moved into place with
``os.replace``, so a crash leaves either the old or the new file, never half of one.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import networkx as nx

from giftgraph import __version__
from giftgraph.errors import GiftgraphError
from giftgraph.graph.model import from_node_link, new_graph, node_link_chunks
from giftgraph.graph.ondisk import GraphOnDisk
from giftgraph.ingest.message import Message

__all__ = ["CaseError", "Case", "atomic_write_text", "DEFAULT_CASE"]

DEFAULT_CASE = "exports/case"


class CaseError(GiftgraphError):
    """A case directory that is missing or cannot be read."""


def _file_mode(path: Path) -> int:
    """The mode a newly written ``path`` should have: the old file's, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def atomic_write_text(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or its pieces in order: never joined, so a large file is never whole
    in memory) to ``path`` atomically: a temporary file in the same directory, fsync'd, then moved."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        if exc.errno is not None and not exc.filename:
            exc.filename = str(path)
        raise
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # in slices: writing a 140 MB graph.json at once encodes a second whole copy of it
            for piece in ((text[i:i + (1 << 20)] for i in range(0, len(text), 1 << 20)) if isinstance(text, str)
                          else text):
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(path))  # mkstemp makes 0600: a written file gets the usual mode
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError) and exc.errno is not None and not exc.filename:  # a full disk: name the file
            exc.filename = str(path)
        raise


class Case:
    """A case directory. Create with ``Case(path)``; nothing is written until a save."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)

    # -- manifest -------------------------------------------------------------------------
    @property
    def manifest_path(self) -> Path:
        return self.path / "case.json"

    @property
    def messages_path(self) -> Path:
        return self.path / "messages.jsonl"

    @property
    def graph_path(self) -> Path:
        return self.path / "graph.json"

    @property
    def search_path(self) -> Path:
        """The full-text index (derived from messages.jsonl; see graph/search.py)."""
        return self.path / "search.sqlite"

    def exists(self) -> bool:
        return self.manifest_path.exists()

    def require(self) -> Case:
        if not self.exists():
            raise CaseError(f"{self.path}: not a giftgraph case (no case.json); run `giftgraph ingest DUMP --case {self.path}` first")
        return self

    def load_manifest(self) -> dict:
        if not self.manifest_path.exists():
            return {"giftgraph_version": __version__, "files": {}, "created": _now()}
        try:
            manifest = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CaseError(f"{self.manifest_path}: cannot read the case manifest: {exc}") from exc
        files = manifest.get("files", {}) if isinstance(manifest, dict) else None
        if not isinstance(files, dict) or not all(isinstance(v, dict) for v in files.values()):
            raise CaseError(f"{self.manifest_path}: cannot read the case manifest: not a giftgraph manifest "
                            "(an object whose 'files' maps each file to its record)")
        for name, rec in files.items():
            bad = next((k for k, t in _RECORD_TYPES.items() if k in rec and not isinstance(rec[k], t)
                        or k in ("messages", "size", "problems") and isinstance(rec.get(k), bool)), None)
            if bad:
                raise CaseError(f"{self.manifest_path}: cannot read the case manifest: the record of {name!r} has "
                                f"a {bad} of {rec[bad]!r} ({_RECORD_TYPES[bad].__name__} expected); restore the file, "
                                f"or read the release into a new case")
        if not isinstance(manifest.get("messages", 0), int):
            raise CaseError(f"{self.manifest_path}: cannot read the case manifest: 'messages' is "
                            f"{manifest['messages']!r}, not a count")
        return manifest

    def recorded_messages(self) -> int:
        """How many messages the manifest says messages.jsonl holds (0 for a new case). Cases saved
        before the count was kept: the messages the files it lists gave (at least one if any)."""
        manifest = self.load_manifest() if self.manifest_path.exists() else {}
        if "messages" in manifest:
            return manifest["messages"]
        return 1 if any(rec.get("messages") for rec in manifest.get("files", {}).values()) else 0

    def save_manifest(self, manifest: dict) -> None:
        manifest = dict(manifest, giftgraph_version=__version__, updated=_now())
        atomic_write_text(self.manifest_path, json.dumps(manifest, indent=1, sort_keys=True))

    # -- messages -------------------------------------------------------------------------
    def iter_messages(self, *, missing_ok: bool = False) -> Iterator[Message]:
        """The saved messages. A messages.jsonl that is missing, or holds fewer messages than the
        manifest records, is a CaseError (never an empty case), unless `missing_ok`."""
        expected = 0 if missing_ok else self.recorded_messages()
        if not self.messages_path.exists():
            if expected:
                raise CaseError(f"{self.messages_path}: missing, but {self.manifest_path.name} records messages read "
                                f"into this case; restore the file, or read the release again with "
                                f"`giftgraph ingest RELEASE --case {self.path} --reread`")
            return
        count = 0
        with self.messages_path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        m = Message.from_dict(json.loads(line))
                    except (ValueError, KeyError, TypeError, AttributeError) as exc:
                        raise CaseError(f"{self.messages_path}:{n}: bad message record: {exc}") from exc
                    count += 1
                    yield m
        if count < expected:
            raise CaseError(f"{self.messages_path}: holds {count} message(s), {self.manifest_path.name} records "
                            f"{expected}: the file was cut short or replaced; restore it, or read the release again "
                            f"with `giftgraph ingest RELEASE --case {self.path} --reread`")

    def load_messages(self, *, missing_ok: bool = False, bodies_on_disk: bool = False) -> list[Message]:
        """The saved messages (`iter_messages`); with ``bodies_on_disk`` each body is put on disk as it is
        read (`giftgraph.ingest.message.spill_bodies`): never all in memory at once. Only the bodies: new
        readings may still be merged into these messages (their provenance grows)."""
        if not bodies_on_disk:
            return list(self.iter_messages(missing_ok=missing_ok))
        from giftgraph.ingest.message import spill_bodies
        from giftgraph.spill import Spilled

        store, out = Spilled(), []
        for m in self.iter_messages(missing_ok=missing_ok):
            spill_bodies((m,), store, parts=False)
            out.append(m)
        return out

    def save_messages(self, messages: Iterable[Message]) -> None:
        """One JSON object a line, in the order of sending; written line by line (the file is never
        whole in memory)."""
        msgs = sorted(messages, key=lambda m: (m.sent or "~", m.id))
        atomic_write_text(self.messages_path, _buffered(json.dumps(m.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
                                                        for m in msgs))

    # -- graph ----------------------------------------------------------------------------
    def load_graph(self, *, missing_ok: bool = False) -> nx.MultiDiGraph:
        """The case graph. A missing graph.json is a CaseError that says what to run (an ingest
        stopped before extraction ended, or run with --skip-extract), unless `missing_ok` (then
        an empty graph); a damaged one is a CaseError too."""
        if not self.graph_path.exists():
            if missing_ok:
                return new_graph()
            raise CaseError(f"{self.graph_path}: missing: the case's graph was not built (an ingest stopped before "
                            f"extraction ended, or ran with --skip-extract); run "
                            f"`giftgraph ingest --extract-only --case {self.path}`")
        from giftgraph.graph.integrity import check_graph_data  # imports this module

        try:
            data = json.loads(self.graph_path.read_text(encoding="utf-8"))
            _check_node_link(data)
            check_graph_data(data, self.graph_path)  # the fields the readers rely on (graph/integrity.py)
            return from_node_link(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CaseError(f"{self.graph_path}: cannot read the case graph: {exc}; rebuild it with "
                            f"`giftgraph ingest --extract-only --case {self.path}`") from exc

    def save_graph(self, G: nx.MultiDiGraph | GraphOnDisk) -> None:
        """graph.json: the node-link JSON of ``G`` (`node_link_chunks`: the text of
        ``json.dumps(to_node_link(G), ensure_ascii=False, sort_keys=True)``, written a node and an
        edge at a time, never whole in memory). ``G`` may be a `GraphOnDisk` (the same text)."""
        atomic_write_text(self.graph_path, _buffered(G.chunks() if isinstance(G, GraphOnDisk) else node_link_chunks(G)))


def _buffered(pieces: Iterable[str], size: int = 1 << 20) -> Iterator[str]:
    """``pieces`` joined into strings of about ``size`` characters (fewer, larger writes)."""
    buf: list[str] = []
    n = 0
    for p in pieces:
        buf.append(p)
        n += len(p)
        if n >= size:
            yield "".join(buf)
            buf, n = [], 0
    if buf:
        yield "".join(buf)


_RECORD_TYPES: dict[str, type] = {"sha256": str, "size": int, "messages": int, "problems": int, "format": str}


def _check_node_link(data) -> None:
    """A node-link document whose nodes have ids and whose links join nodes it has (networkx would
    invent a bare node for a link to a missing one, and every reader of the graph would trip on it)."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise ValueError("not a node-link graph (an object with a list of 'nodes')")
    ids = set()
    for node in data["nodes"]:
        if not isinstance(node, dict) or "id" not in node:
            raise ValueError(f"a node without an id: {str(node)[:60]}")
        ids.add(node["id"] if not isinstance(node["id"], list) else tuple(node["id"]))
    links = data.get("edges" if "edges" in data else "links", [])
    if not isinstance(links, list):
        raise ValueError("'links' is not a list")
    for link in links:
        if not isinstance(link, dict):
            raise ValueError(f"a link that is not an object: {str(link)[:60]}")
        for end in ("source", "target"):
            if link.get(end) not in ids:
                raise ValueError(f"a link whose {end} {link.get(end)!r} is not a node of the graph")


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
