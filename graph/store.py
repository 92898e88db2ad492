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
from giftgraph.graph.model import from_node_link, new_graph, to_node_link
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


def atomic_write_text(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # in slices: writing a 140 MB graph.json at once encodes a second whole copy of it
            for i in range(0, len(text), 1 << 20):
                fh.write(text[i:i + (1 << 20)])
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(path))  # mkstemp makes 0600: a written file gets the usual mode
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
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
        return manifest

    def save_manifest(self, manifest: dict) -> None:
        manifest = dict(manifest, giftgraph_version=__version__, updated=_now())
        atomic_write_text(self.manifest_path, json.dumps(manifest, indent=1, sort_keys=True))

    # -- messages -------------------------------------------------------------------------
    def iter_messages(self) -> Iterator[Message]:
        if not self.messages_path.exists():
            return
        with self.messages_path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield Message.from_dict(json.loads(line))
                    except (ValueError, KeyError, TypeError, AttributeError) as exc:
                        raise CaseError(f"{self.messages_path}:{n}: bad message record: {exc}") from exc

    def load_messages(self) -> list[Message]:
        return list(self.iter_messages())

    def save_messages(self, messages: Iterable[Message]) -> None:
        msgs = sorted(messages, key=lambda m: (m.sent or "~", m.id))
        text = "".join(json.dumps(m.to_dict(), ensure_ascii=False, sort_keys=True) + "\n" for m in msgs)
        atomic_write_text(self.messages_path, text)

    # -- graph ----------------------------------------------------------------------------
    def load_graph(self) -> nx.MultiDiGraph:
        if not self.graph_path.exists():
            return new_graph()
        from giftgraph.graph.integrity import check_graph_data  # a damaged graph: one line, the file, what to run

        try:
            data = json.loads(self.graph_path.read_text(encoding="utf-8"))
            check_graph_data(data, self.graph_path)
            return from_node_link(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CaseError(f"{self.graph_path}: cannot read the case graph: {exc}") from exc

    def save_graph(self, G: nx.MultiDiGraph) -> None:
        atomic_write_text(self.graph_path, json.dumps(to_node_link(G), ensure_ascii=False, sort_keys=True))


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
