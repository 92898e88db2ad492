"""E-discovery productions: a Concordance load file (``.dat``) -> messages.

A production delivers one row per document in a delimited load file: Concordance's default field
delimiter is the byte 0x14 (DC4) and its text qualifier the character þ (U+00FE); a newline inside a
field is written as ® (U+00AE). Other tools write the same rows with a comma, a pipe or a tab
between þ-qualified (or plain double-quoted) fields. The first row names the fields: Bates numbers
(``BEGBATES``/``BEGDOC``/``CONTROLNUMBER``...), the mail's ``FROM``/``TO``/``CC``/``BCC``/``SUBJECT``,
its date and time (``DATESENT`` and ``TIMESENT``, or one ``SENTDATE`` column), and where the
extracted text of each document lies (``TEXTPATH``, a path relative to the load file, often with
Windows backslashes: ``.\\TEXT\\ABC0000123.txt``). The body is read from that file; its quoted
history is split into messages of its own as for any export (`tabular`). Each message's provenance
names the load file, its row and the document's first Bates number.

The extracted-text files a load file names are read through it (with its headers), never again as
loose text: `referenced_texts` lists them for the folder walk. An image cross-reference (``.opt``,
``.lfp``) lists page images, never mail text: `is_image_crossref` lets the walk pass it over.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from giftgraph.ingest.message import Message

__all__ = ["looks_like_loadfile", "read_loadfile", "referenced_texts", "is_image_crossref"]

THORN, REG = "\u00fe", "\u00ae"
_DELIMS = ("\x14", ",", "|", "\t", ";")

# normalised field name (lower case, letters and digits only) -> field of `tabular._Row`
_FIELDS = {
    **dict.fromkeys(["begbates", "begdoc", "begno", "bates", "batesbegin", "begbatesnumber", "beginbates", "prodbegbates",
                     "controlnumber", "docid", "documentid"], "bates"),
    **dict.fromkeys(["from", "emailfrom", "sender", "author", "fromaddress"], "from"),
    **dict.fromkeys(["to", "emailto", "recipients", "recipient", "toaddress"], "to"),
    **dict.fromkeys(["cc", "emailcc", "ccaddress"], "cc"),
    **dict.fromkeys(["bcc", "emailbcc", "bccaddress"], "bcc"),
    **dict.fromkeys(["subject", "emailsubject", "title"], "subject"),
    **dict.fromkeys(["datesent", "sentdate", "sentdatetime", "datetimesent", "emaildatesent", "sentdateandtime",
                     "date", "docdate"], "sent"),
    **dict.fromkeys(["timesent", "senttime", "emailtimesent", "time"], "sent_time"),
    **dict.fromkeys(["datereceived", "receiveddate"], "received"),
    **dict.fromkeys(["timereceived", "receivedtime"], "received_time"),
    **dict.fromkeys(["textpath", "textlink", "extractedtext", "extractedtextpath", "textfile", "fulltextpath", "ocrpath",
                     "txtpath", "textfilepath"], "textpath"),
    **dict.fromkeys(["body", "emailbody", "text", "fulltext", "ocrtext"], "body"),
    **dict.fromkeys(["attachments", "attachmentnames", "attachname"], "attachments"),
}
_BATES_FIELDS = {k for k, v in _FIELDS.items() if v == "bates"}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _decode(data: bytes) -> str:
    from giftgraph.ingest.readers import decode_text

    return decode_text(data).lstrip("\ufeff")


def _dialect(first_line: str) -> tuple[str, str] | None:
    """(delimiter, quote character) of a load file's header line, or None when it is not one."""
    quote = THORN if first_line.startswith(THORN) else '"' if first_line.startswith('"') else ""
    for d in _DELIMS:
        if d not in first_line:
            continue
        cells = next(csv.reader([first_line], delimiter=d, quotechar=quote or '"'), [])
        names = {_norm(c) for c in cells}
        if names & _BATES_FIELDS and names & {k for k, v in _FIELDS.items() if v in ("textpath", "body", "from", "subject")}:
            if d != "\x14" and quote != THORN:
                # a plain CSV naming a Bates column is a load file only when it also names where the text lies
                if not names & {k for k, v in _FIELDS.items() if v == "textpath"}:
                    continue
            return d, quote or '"'
    return None


def looks_like_loadfile(head: bytes) -> bool:
    """True when the first line of `head` is a load file's header row (for `readers.sniff`)."""
    if b"\x14" not in head[:4096] and "þ".encode() not in head[:4096] and b"\xfe" not in head[:4096]:
        if not re.search(rb"(?i)text_?path|textlink|extractedtext", head[:4096]):
            return False
    text = _decode(re.split(rb"[\r\n]", head[:4096], maxsplit=1)[0])
    return _dialect(text) is not None


def is_image_crossref(path: str | Path, head: bytes) -> bool:
    """An Opticon (``.opt``) or IPRO (``.lfp``) image cross-reference: one page image a line, no mail."""
    ext = PurePosixPath(str(path).lower()).suffix
    if ext not in (".opt", ".lfp"):
        return False
    line = _decode(re.split(rb"[\r\n]", head[:4096], maxsplit=1)[0])
    return bool(re.match(r"^[^,]+,[^,]*,[^,]*\.(?:tiff?|jpe?g|png|pdf)\s*,", line, re.I)) or line.upper().startswith(("IM,", "OF,"))


def _rows(text: str) -> tuple[list[str], list[list[str]]]:
    from giftgraph.ingest.readers import ReadError
    from giftgraph.ingest.tabular import _raise_field_limit

    first = text.split("\n", 1)[0].rstrip("\r")
    dialect = _dialect(first)
    if dialect is None:
        raise ReadError("no load-file header row (expected a Bates field such as BEGBATES and FROM, SUBJECT or TEXTPATH)")
    delim, quote = dialect
    _raise_field_limit()
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim, quotechar=quote))
    except csv.Error as exc:
        raise ReadError(f"not a readable load file ({exc})")
    if not rows:
        raise ReadError("empty load file")
    return rows[0], rows[1:]


def _text_file(base: Path | None, ref: str, listings: dict[Path, dict[str, Path]]) -> Path | None:
    """The file a TEXTPATH cell names, relative to the load file's folder (backslashes or slashes,
    any letter case), or None. ``listings`` keeps each folder's names by lower case once listed, so a
    production of many documents in another letter case lists its TEXT folder once, not once a row."""
    ref = ref.strip().strip('"')
    if not ref or base is None:
        return None
    parts = [p for p in PureWindowsPath(ref).parts if p not in (".", "\\", "/")] if "\\" in ref else \
        [p for p in PurePosixPath(ref).parts if p not in (".", "/")]
    if not parts or any(p == ".." for p in parts) or re.match(r"^[A-Za-z]:", parts[0]):
        parts = parts[-2:]  # an absolute path of the producing party's machine: keep the folder and name
    for root in (base, base.parent):
        cur = root
        for p in parts:
            nxt = cur / p
            if not nxt.exists() and cur.is_dir():
                if cur not in listings:
                    listings[cur] = {c.name.lower(): c for c in cur.iterdir()}
                nxt = listings[cur].get(p.lower(), nxt)
            cur = nxt
        if cur.is_file():
            return cur
    return None


def referenced_texts(path: Path) -> set[Path]:
    """The extracted-text files the load file at `path` names (those that exist)."""
    try:
        header, rows = _rows(_decode(path.read_bytes()))
    except Exception:  # noqa: BLE001 - an unreadable load file is reported when it is read
        return set()
    cols = [k for k, c in enumerate(header) if _FIELDS.get(_norm(c)) == "textpath"]
    out: set[Path] = set()
    listings: dict[Path, dict[str, Path]] = {}
    for r in rows:
        for k in cols:
            if k < len(r):
                f = _text_file(path.parent, r[k], listings)
                if f is not None:
                    out.add(f.resolve())
    return out


def read_loadfile(data: bytes, *, file: str, timezone: str, base: Path | None = None,
                  warn=lambda s: None) -> list[Message]:
    """Messages of a load file; `base` is its folder (where TEXTPATH cells are resolved)."""
    from giftgraph.ingest.readers import ReadError, decode_text
    from giftgraph.ingest.tabular import _Row, _row_messages

    header, rows = _rows(_decode(data))
    cols = {k: _FIELDS[_norm(c)] for k, c in enumerate(header) if _norm(c) in _FIELDS}
    msgs: list[Message] = []
    missing = 0
    listings: dict[Path, dict[str, Path]] = {}
    for n, cells in enumerate(rows, 2):
        if not any(c.strip() for c in cells):
            continue
        fields: dict[str, list] = {}
        for k, v in enumerate(cells):
            f = cols.get(k)
            if f and v.strip():
                fields.setdefault(f, []).append(v.replace(REG, "\n") if f == "body" else v.replace(REG, " "))
        body = "\n".join(fields.pop("body", []))
        for ref in fields.pop("textpath", []):
            tf = _text_file(base, ref, listings)
            if tf is None:
                missing += 1
                continue
            body = decode_text(tf.read_bytes()).lstrip("\ufeff")
            break
        fields["body"] = [body] if body else []
        bates = (fields.pop("bates", []) or [None])[0]
        for m in _row_messages(_Row(fields, n), file=file, sheet=None, timezone=timezone):
            for p in m.provenance:
                if not p.quoted:
                    p.bates = bates
            msgs.append(m)
    if missing:
        warn(f"{missing} document(s) whose extracted text (TEXTPATH) was not found: headers read without their body")
    if not msgs:
        raise ReadError("load file with no document rows")
    return msgs
