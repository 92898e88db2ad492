"""Ingestion: dump files (PDF, OCR text, .eml, .mbox, .msg, folders, .zip) -> deduplicated messages.

PLACEHOLDER `read_paths`: .eml and .mbox only; the ingestion work replaces it with every format.
"""
from __future__ import annotations

import hashlib
import mailbox
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from giftgraph.ingest.message import Address, Message, Provenance

__all__ = ["ReadResult", "read_paths"]


@dataclass
class ReadResult:
    messages: list[Message] = field(default_factory=list)
    files: dict[str, dict] = field(default_factory=dict)  # path -> {"sha256", "size", "messages"}
    problems: list[tuple[str, str]] = field(default_factory=list)
    files_read: int = 0
    files_skipped: int = 0


def _from_email(msg, path: str) -> Message:
    def addrs(h):
        return [Address(name=n, email=e.lower()) for n, e in getaddresses([str(x) for x in msg.get_all(h, [])])]

    sender = (addrs("from") or [Address()])[0]
    try:
        sent = parsedate_to_datetime(msg["date"]).isoformat() if msg["date"] else ""
    except (TypeError, ValueError):
        sent = ""
    body = msg.get_body(preferencelist=("plain",)) if hasattr(msg, "get_body") else None
    text = body.get_content() if body is not None else ""
    return Message(sender=sender, sent=sent, to=addrs("to"), cc=addrs("cc"), subject=str(msg["subject"] or ""),
                   body=text, sent_raw=str(msg["date"] or ""), provenance=[Provenance(file=path)])


def read_paths(paths, *, timezone="America/Los_Angeles", ocr=False, strict=False, progress=False, known=None, log=print) -> ReadResult:
    res = ReadResult()
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])
    for f in files:
        data = f.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        if known and known.get(str(f), {}).get("sha256") == sha:
            res.files_skipped += 1
            continue
        if f.suffix.lower() == ".eml":
            msgs = [_from_email(BytesParser(policy=policy.default).parsebytes(data), str(f))]
        elif f.suffix.lower() == ".mbox":
            msgs = [_from_email(BytesParser(policy=policy.default).parsebytes(m.as_bytes()), str(f)) for m in mailbox.mbox(f)]
        else:
            res.problems.append((str(f), "unsupported file type"))
            continue
        res.messages.extend(msgs)
        res.files[str(f)] = {"sha256": sha, "size": len(data), "messages": len(msgs)}
        res.files_read += 1
    return res
