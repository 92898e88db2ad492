"""Ingestion: dump files (PDF, OCR text, HTML pages, .eml/.emlx, .mbox, .msg, .pst/.ost, Outlook
.csv/.xlsx exports, folders, .zip) -> deduplicated messages.

`read_paths` walks the inputs, skips files whose SHA-256 the case already holds, reads each file
with the reader for its format (`readers`), splits printed pages into messages (`printed`,
`furniture`, `dates`, `addresses`) and merges every reading of the same email into one message
(`dedup`). A file that cannot be read is reported as (file, one clear line) and the others go on.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from giftgraph.errors import GiftgraphError
from giftgraph.ingest.addresses import unify_initials
from giftgraph.ingest.dates import UnknownTimezone, get_zone
from giftgraph.ingest.dedup import date_from_quotes, link_replies, merge_messages
from giftgraph.ingest.limits import Limits, current_limits, use_limits
from giftgraph.ingest.message import Message
from giftgraph.ingest.readers import (
    FORMATS,
    ReadError,
    ZipBudget,
    detect,
    iter_zip,
    mailbox_furniture,
    read_bytes,
    read_file,
)
from giftgraph.nlp.profile import DEFAULT_TIMEZONE

__all__ = ["FORMATS", "display_name", "manifest_key", "known_entry", "known_index", "ReadResult", "ReadError", "IngestError",
           "UnknownTimezone", "read_paths", "iter_files", "finish_read", "Limits"]


class IngestError(GiftgraphError):
    """Raised by `read_paths(strict=True)` at the first file that cannot be read."""


@dataclass
class ReadResult:
    messages: list[Message] = field(default_factory=list)
    files: dict[str, dict] = field(default_factory=dict)  # path -> {"sha256", "size", "messages"}
    problems: list[tuple[str, str]] = field(default_factory=list)
    files_read: int = 0
    files_skipped: int = 0
    files_failed: int = 0  # files that gave nothing because of an error (each also in `problems`)
    notes: list[tuple[str, str]] = field(default_factory=list)  # kept, but worth knowing (undated messages)
    formats: dict[str, str] = field(default_factory=dict)  # path -> format detected (a `readers.FORMATS` key)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def display_name(path: str | os.PathLike) -> str:
    """A file name fit for one line of output and for the case's JSON: bytes that are not UTF-8
    (a name from an old latin-1 disk) and control characters (a newline) are written as escapes.
    The file is still opened by its real path."""
    s = os.fsencode(path).decode("utf-8", "backslashreplace")
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group(0)):02x}", s)


def manifest_key(path: str | os.PathLike) -> str:
    """The case manifest's key for a file: its resolved absolute path (symlinks followed), so the
    same file named by a relative and an absolute path, or through a link, is one file."""
    return display_name(os.path.realpath(path))


def known_entry(known: dict | None, path: str | os.PathLike, index: dict[str, str] | None = None) -> tuple[str, dict] | None:
    """(key, record) of `path` in a manifest's files: under its resolved path, else under a key
    that resolves to it (manifests written before files were keyed by resolved path kept the path
    as typed). `index` is `known_index(known)`, made once for many look-ups."""
    if not known:
        return None
    key = manifest_key(path)
    if isinstance(known.get(key), dict):
        return key, known[key]
    old = (index if index is not None else known_index(known)).get(key)
    if old is not None and isinstance(known.get(old), dict):
        return old, known[old]
    return None


def known_index(known: dict | None) -> dict[str, str]:
    """Resolved path -> key, for the keys of a manifest's files that are not resolved paths."""
    out: dict[str, str] = {}
    for k in known or {}:
        try:
            r = manifest_key(k)
        except (OSError, ValueError):
            continue
        if r != k:
            out.setdefault(r, k)
    return out


def iter_files(paths: Iterable[str | Path]) -> Iterable[Path]:
    """Files named by `paths`, folders walked in sorted order (hidden files and folders skipped)."""
    for p in map(Path, paths):
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith(".") and not mailbox_furniture(str(Path(root) / f)):
                        yield Path(root) / f
        else:
            yield p


def read_paths(paths, *, timezone: str = DEFAULT_TIMEZONE, ocr: bool = False, strict: bool = False,
               progress: bool = False, known: dict | None = None,
               log: Callable[[str], None] = print, limits: Limits | None = None, finish: bool = True) -> ReadResult:
    """Read every file under `paths` into deduplicated messages.

    ``finish=False``: the messages as read, before the release-wide `finish_read` (for a reader of one
    shard of a release, e.g. a Dask task: the release's messages are finished once, together).

    `known` is the case manifest's files dict (path -> {"sha256", ...}): a file whose content is
    unchanged is skipped. With `strict`, the first unreadable file raises `IngestError`. `limits`
    (default: `Limits()`) bound what one file may make us read (see giftgraph.ingest.limits)."""
    get_zone(timezone)  # an unknown zone is the caller's error, before any file is read
    with use_limits(limits):
        return _read_paths(paths, timezone=timezone, ocr=ocr, strict=strict, progress=progress, known=known,
                           finish=finish)


def _read_paths(paths, *, timezone: str, ocr: bool, strict: bool, progress: bool, known: dict | None,
                finish: bool = True) -> ReadResult:
    res = ReadResult()
    files = list(iter_files(paths))
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=sum(_size(f) for f in files), unit="B", unit_scale=True, desc="reading", leave=False)

    def problem(name: str, text: str) -> None:
        text = " ".join(str(text).split("\n"))  # one line, whatever a library's message held
        res.problems.append((name, text))
        if strict:
            raise IngestError(f"{name}: {text}")

    batch: list[Message] = []
    seen: set[str] = set()
    index = known_index(known)
    through_loadfile = _loadfile_texts(files)
    try:
        for f in files:
            name, key = display_name(f), manifest_key(f)
            size = _size(f)
            if key in seen:  # the same file named twice (a folder and a file in it, ./a and /abs/a)
                if bar is not None:
                    bar.update(size)
                continue
            seen.add(key)
            if through_loadfile and _resolved(f) in through_loadfile:
                # an extracted-text file of a production: read with its load file's headers, not as loose text
                if bar is not None:
                    bar.update(size)
                continue
            prev = known_entry(known, f, index)
            if prev is not None:  # read before: its provenance keeps the name it was first read under
                name = prev[1].get("name") or prev[0]
            try:
                if not stat.S_ISREG(f.stat().st_mode):  # a FIFO would block, a device never ends
                    res.files_failed += 1
                    problem(name, "not a regular file (pipe, socket or device); skipped")
                    continue
                sha = _sha256(f)
            except OSError as exc:
                res.files_failed += 1
                problem(name, f"cannot open: {exc.strerror or exc}")
                continue
            if prev is not None and prev[1].get("sha256") == sha and not prev[1].get("problems"):
                res.files_skipped += 1
                if bar is not None:
                    bar.update(size)
                continue
            before = len(batch)
            problems_before = len(res.problems)
            done = 0
            out_of_memory = False

            def tick(n: int) -> None:
                nonlocal done
                if bar is not None:
                    bar.update(n)
                done += n

            try:
                with open(f, "rb") as fh:
                    head = fh.read(8192)
                kind = res.formats[name] = detect(name, head, f)
                if kind == "zip":
                    _read_zip(f, name, batch, timezone=timezone, ocr=ocr, problem=problem)
                else:
                    for m in read_file(f, name=name, timezone=timezone, ocr=ocr,
                                       warn=lambda s, _n=name: problem(_n, s), progress=tick):
                        batch.append(m)
            except IngestError:
                raise
            except ReadError as exc:
                del batch[before:]
                res.files_failed += 1
                problem(name, str(exc))
                continue
            except MemoryError:
                out_of_memory = True  # handled below, once this block has let go of what the reader held
            except (OSError, RecursionError, UnicodeError, LookupError, ValueError) as exc:
                del batch[before:]
                res.files_failed += 1
                problem(name, f"cannot read ({type(exc).__name__}: {str(exc)[:100]})")
                continue
            except Exception as exc:  # noqa: BLE001 - a reader bug on one odd file must not end the run
                del batch[before:]
                res.files_failed += 1
                problem(name, f"cannot read: internal error ({type(exc).__name__}: {str(exc)[:100]}); please report it")
                continue
            finally:
                if bar is not None:
                    bar.update(max(0, size - done))
            if out_of_memory:
                del batch[before:]
                res.files_failed += 1
                problem(name, "cannot read (MemoryError: out of memory while reading it; see --limits)")
                continue
            # a file read only in part (pages without text, zip members refused) is read again next time
            res.files[key] = {"sha256": sha, "size": size, "messages": len(batch) - before,
                              "problems": len(res.problems) - problems_before, "format": res.formats.get(name, ""),
                              "name": name}
            res.files_read += 1
    finally:
        if bar is not None:
            bar.close()
    if not finish:
        res.messages = batch
        return res
    return finish_read(res, batch)


def finish_read(res: ReadResult, batch: list[Message]) -> ReadResult:
    """The release-wide step after the files are read (locally or on Dask workers): one display
    name per person, each message once, replies linked, undated messages noted."""
    unify_initials(batch)
    date_from_quotes(batch)
    res.messages = merge_messages([], batch)
    link_replies(res.messages)
    for m in res.messages:
        if m.sent_raw and not m.sent:
            src = m.provenance[0] if m.provenance else None
            where = src.where() if src else "?"
            res.notes.append((where, f"date not understood: {m.sent_raw[:60]!r}; message {m.id} kept undated"))
    return res


def _resolved(f: Path) -> Path:
    try:
        return f.resolve()
    except (OSError, RuntimeError):
        return f


def _loadfile_texts(files: list[Path]) -> set[Path]:
    """The extracted-text files that the load files among `files` name (`loadfile.referenced_texts`)."""
    from giftgraph.ingest.loadfile import looks_like_loadfile, referenced_texts

    out: set[Path] = set()
    for f in files:
        if f.suffix.lower() not in (".dat", ".csv", ".tsv", ".txt"):
            continue
        if f.suffix.lower() == ".txt" and f.parent.name.lower() in ("text", "txt", "natives", "images"):
            continue  # a production's own text files are never its load file
        try:
            with open(f, "rb") as fh:
                head = fh.read(8192)
        except OSError:
            continue
        if looks_like_loadfile(head):
            out |= referenced_texts(f)
    return out


def _size(f: Path) -> int:
    try:
        return f.stat().st_size
    except OSError:
        return 0


def _read_zip(f: Path, name: str, batch: list, *, timezone: str, ocr: bool, problem, depth: int = 0, data=None,
              budget: ZipBudget | None = None) -> None:
    """The members of a zip, and of the zips in it, within the zip limits: one budget for all."""
    limits = current_limits()
    budget = budget if budget is not None else ZipBudget()
    for member, blob, issue in iter_zip(data if data is not None else f, label=name, limits=limits, budget=budget):
        if issue or blob is None:
            problem(member, issue)
            continue
        if mailbox_furniture(member.rpartition("!")[2]):
            continue  # an Apple Mail package's Info.plist, a __MACOSX resource fork: no mail, no problem
        if detect(member, blob[:8192], blob) == "zip":
            budget.inflated -= len(blob)  # its members count, not the archive that holds them
            if limits.zip_depth and depth + 1 >= limits.zip_depth:
                problem(member, f"zip-depth limit: zip nested more than {limits.zip_depth} deep; skipped")
                continue
            try:
                _read_zip(f, member, batch, timezone=timezone, ocr=ocr, problem=problem, depth=depth + 1, data=blob,
                          budget=budget)
            except ReadError as exc:
                problem(member, str(exc))
            continue
        try:
            batch.extend(read_bytes(blob, name=member, timezone=timezone, ocr=ocr, warn=lambda s: problem(member, s)))
        except ReadError as exc:
            problem(member, str(exc))
        except (MemoryError, RecursionError, UnicodeError, LookupError, ValueError) as exc:
            problem(member, f"cannot read ({type(exc).__name__}: {str(exc)[:100]})")
