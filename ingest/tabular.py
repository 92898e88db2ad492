"""Outlook/Exchange exports as tables: CSV (Outlook's "Comma Separated Values" export) and XLSX
(the same export opened in Excel and saved) -> messages.

Outlook writes one row per message with English column names: ``Subject``, ``Body``,
``From: (Name)``, ``From: (Address)``, ``From: (Type)``, ``To: (Name)``, ``To: (Address)``,
``CC: …``, ``BCC: …``, ``Billing Information``, ``Categories``, ``Importance``, ``Mileage``,
``Sensitivity``; other exporters add date columns (``Sent``, ``Received``, ``Date`` …) or plain
``From``/``To`` columns. Names and addresses are lists separated by ``;``, paired by position; an
Exchange address (``From: (Type)`` = ``EX``, ``/O=…/CN=…``) is no email address and is dropped.

A long body spills over several rows (a continuation row with only ``Body`` filled) or over
extra cells with no column name: they are joined back. The history quoted under each body is
split into messages of its own, as for printed pages (`printed.split_lines`). Each message's
provenance names the file, the sheet and the row(s) it was read from.

XLSX is read by openpyxl (read-only, formulas kept as their text: ``=HYPERLINK(…)`` is never
evaluated; defusedxml guards its XML parsing); CSV by the ``csv`` module after `decode_text`
(byte-order marks, UTF-8, cp1252) with the delimiter sniffed from the header row.
"""
from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from giftgraph.ingest.addresses import EMAIL_RE, clean_name
from giftgraph.ingest.dates import get_zone, parse_date
from giftgraph.ingest.furniture import Line
from giftgraph.ingest.message import Address, Message, make_id
from giftgraph.ingest.printed import Header, split_lines

__all__ = ["read_csv", "read_xlsx", "is_xlsx_zip", "looks_like_export_header", "EXCEL_CELL_LIMIT"]

EXCEL_CELL_LIMIT = 32767  # characters in one Excel cell: a longer body is cut there and spills over
HEADER_SEARCH_ROWS = 10  # a title row or two may sit above the column names

# Normalised column name (lower case, no spaces) -> field. The Outlook columns first.
_COLUMNS = {
    "subject": "subject", "body": "body", "messagebody": "body",
    # phone-message exports (texts as records systems produce them): the text in a Message or Text column
    "message": "body", "messagetext": "body", "text": "body", "content": "body",
    "recipient": "to", "recipients": "to",
    "from:(name)": "from_name", "from:(address)": "from_addr", "from:(type)": "from_type",
    "to:(name)": "to_name", "to:(address)": "to_addr", "to:(type)": "to_type",
    "cc:(name)": "cc_name", "cc:(address)": "cc_addr", "cc:(type)": "cc_type",
    "bcc:(name)": "bcc_name", "bcc:(address)": "bcc_addr", "bcc:(type)": "bcc_type",
    "from": "from", "sender": "from", "to": "to", "cc": "cc", "bcc": "bcc",
    "attachments": "attachments", "attachment": "attachments",
    "billinginformation": "other", "categories": "other", "importance": "importance", "mileage": "other",
    "sensitivity": "sensitivity", "size": "other", "flagstatus": "other", "conversation": "other",
    # dates: the time a message was sent is preferred to the time a mailbox received it
    "sent": "sent", "datesent": "sent", "sentdate": "sent", "senton": "sent", "sentdatetime": "sent",
    "clientsubmittime": "sent", "date": "date", "datetime": "date", "date/time": "date", "timestamp": "date",
    "messagedate": "date",
    "received": "received", "datereceived": "received", "receiveddate": "received", "receivedon": "received",
    "receiveddatetime": "received", "deliverytime": "received",
    "senttime": "sent_time", "timesent": "sent_time", "time": "date_time", "receivedtime": "received_time",
}
_OUTLOOK_ONLY = {"from_name", "from_addr", "to_name", "to_addr", "cc_name", "cc_addr", "bcc_name", "bcc_addr"}
_SENDER = {"from_name", "from_addr", "from"}
_IDENTITY = {"subject", "from_name", "from_addr", "from", "to_name", "to_addr", "to", "cc_name", "cc_addr", "cc",
             "bcc_name", "bcc_addr", "bcc", "sent", "date", "received"}
_EXCHANGE_DN = re.compile(r"^\s*/o=", re.I)
# the values Outlook writes in every row: a row with none of them (nor a sender address, an address
# type or a date) is a body that spilled over the rows below its own
_ROW_CHECKS = {"importance": {"normal", "high", "low"}, "sensitivity": {"normal", "personal", "private", "confidential"},
               "from_type": {"smtp", "ex"}}


def _norm(h: object) -> str:
    return re.sub(r"\s+", "", str(h if h is not None else "")).lstrip("\ufeff").lower()


def _columns(row: list) -> dict[int, str]:
    """Column index -> field for the Outlook columns a header row names."""
    return {k: _COLUMNS[_norm(c)] for k, c in enumerate(row) if _norm(c) in _COLUMNS}


def _is_export_header(cols: dict[int, str]) -> bool:
    """A body, a sender, and a subject or Outlook's own columns; or, for a phone-message export (texts
    have no subject), a recipient and a date column."""
    fields = set(cols.values())
    if not ("body" in fields and fields & _SENDER):
        return False
    return "subject" in fields or bool(fields & _OUTLOOK_ONLY) or ("to" in fields and bool(fields & {"sent", "date", "received"}))


def looks_like_export_header(head: bytes) -> bool:
    """True when the first line of `head` names the columns of an Outlook export (for `sniff`)."""
    from giftgraph.ingest.readers import decode_text

    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (Excel's "Unicode Text"), cut anywhere
        text = head[:4096 - (len(head[:4096]) % 2)].decode("utf-16", "replace")
    elif re.search(rb"[\x00-\x08\x0e-\x1f]", head[:4096]):
        return False
    else:
        text = decode_text(re.split(rb"[\r\n]", head[:4096], maxsplit=1)[0])
    line = re.split(r"[\r\n]", text.lstrip("\ufeff"), maxsplit=1)[0]
    for d in ",;\t|":
        try:
            if _is_export_header(_columns(next(csv.reader([line], delimiter=d), []))):
                return True
        except csv.Error:
            return False
    return False


def _problem(found: list) -> str:
    names = ", ".join(str(c)[:30] for c in found[:8] if c not in (None, "")) or "none"
    return ("no Outlook export columns in the header row (expected Subject, Body, From: (Name) or From: (Address); "
            f"found: {names})")


# --- cells and rows -----------------------------------------------------------------------------

def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    t = getattr(v, "text", None)  # openpyxl's ArrayFormula / DataTableFormula: their text, never a value
    return t if isinstance(t, str) else str(v)


def _join(a: str, b: str) -> str:
    """A body cut in two (by Excel's cell limit, or by the row it spilled onto) joined back: glued
    when the cut fell inside a line, else on a new line."""
    if not a:
        return b
    if not b:
        return a
    if len(a) >= EXCEL_CELL_LIMIT - 16 or a[-1].isspace() or b[0].isspace():
        return a + b
    return a + "\n" + b


def _split_list(s: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", s or "")] if (s or "").strip() else []


@lru_cache(maxsize=4096)
def _clean_name(name: str) -> tuple[str, str]:
    return clean_name(name)  # an export repeats the same few names on every row


def _address(name: str, email: str, kind: str = "") -> Address | None:
    name, email = " ".join((name or "").split()), (email or "").strip().strip("<>").strip()
    if kind.strip().upper() == "EX" or _EXCHANGE_DN.match(email):
        email = ""  # an Exchange directory name, not an email address
    if not email and EMAIL_RE.fullmatch(name):
        name, email = "", name
    email = email.lower()
    if email and not EMAIL_RE.fullmatch(email):
        name, email = name or email, ""
    clean, org = _clean_name(name) if name else ("", "")
    if clean.lower() == email:
        clean = ""
    if not (clean or email):
        return None
    return Address(name=clean, email=email, raw=f"{name} <{email}>" if name and email else (name or email), org=org)


def _addresses(names: str, addrs: str, types: str = "") -> list[Address]:
    n, a, t = _split_list(names), _split_list(addrs), _split_list(types)
    if n and a and len(n) != len(a):  # cannot pair them: names only (addresses alone when no names)
        a = []
    out = []
    for k in range(max(len(n), len(a))):
        x = _address(n[k] if k < len(n) else "", a[k] if k < len(a) else "", t[k] if k < len(t) else "")
        if x is not None and all(x.key() != y.key() for y in out):
            out.append(x)
    return out


def _plain(value: str) -> list[Address]:
    """A plain From/To column: "Name <addr>; Name <addr>" or "Name; Name"."""
    from giftgraph.ingest.addresses import parse_address_list

    if not value.strip():
        return []
    return parse_address_list(value)[0]


class _Row:
    """One message's cells, with the rows it spans."""

    def __init__(self, fields: dict[str, list], first: int):
        self.fields = fields
        self.first = self.last = first

    def get(self, f: str) -> str:
        return " ".join(_text(v) for v in self.fields.get(f, []) if _text(v).strip()).strip()


def _date_value(row: _Row, timezone: str) -> tuple[str, str]:
    """(ISO date with offset, the date as written) from the row's date columns."""
    for f, tf in (("sent", "sent_time"), ("date", "date_time"), ("received", "received_time")):
        vals = [v for v in row.fields.get(f, []) if _text(v).strip()]
        if not vals:
            continue
        v = vals[0]
        tv = next((x for x in row.fields.get(tf, []) if _text(x).strip()), None)
        if isinstance(v, datetime) or (isinstance(v, date) and isinstance(tv, time)):
            d = v if isinstance(v, datetime) else datetime.combine(v, time())
            if isinstance(tv, time) and d.time() == time():
                d = datetime.combine(d.date(), tv)
            if d.tzinfo is None:
                d = d.replace(tzinfo=get_zone(timezone))
            return (d.isoformat() if 1970 <= d.year <= 2100 else ""), str(v if tv is None else f"{v} {tv}")
        raw = " ".join(_text(x) for x in (v, tv) if x is not None).strip()
        return parse_date(raw, timezone), raw
    return "", ""


class _Spill(str):
    """A line of body text read from a row that spilled over: always joined on a new line."""


def _looks_like_a_message(fields: dict[str, list], timezone: str) -> bool:
    for f, ok in _ROW_CHECKS.items():
        if any(_text(v).strip().lower() in ok for v in fields.get(f, [])):
            return True
    for f in ("from_addr", "from"):
        if any(EMAIL_RE.search(_text(v)) or _EXCHANGE_DN.match(_text(v)) for v in fields.get(f, [])):
            return True
    for f in ("sent", "date", "received"):
        if any(isinstance(v, (datetime, date)) or parse_date(_text(v), timezone) for v in fields.get(f, [])):
            return True
    return False


def _messages(rows: Iterable[tuple[int, list]], cols: dict[int, str], width: int, *, file: str, sheet: str | None,
              timezone: str) -> Iterator[Message]:
    cur: _Row | None = None
    checks: set[str] | None = None  # the row checks this export passes in its first row
    for n, cells in rows:
        fields: dict[str, list] = {}
        for k, v in enumerate(cells):
            if v is None or (isinstance(v, str) and not v.strip()):
                continue
            f = cols.get(k)
            if f is None:
                if k >= width:  # a cell past the last column name: the body spilled over
                    fields.setdefault("overflow", []).append(v)
                continue
            fields.setdefault(f, []).append(v)
        if not fields:
            continue
        if cur is not None and not (set(fields) & (_IDENTITY | {"attachments", "other", "importance", "sensitivity"})):
            # a continuation row: only (more) body text
            body = cur.fields.setdefault("body", [])
            for piece in fields.get("body", []) + fields.get("overflow", []):
                body.append(piece)
            cur.last = n
            continue
        if cur is not None and checks and not _looks_like_a_message(fields, timezone):
            # body text that spilled into the other columns (a CSV broken by a stray quote, then
            # opened in Excel): its cells, in order, are the next line of the body, cut at commas
            cur.fields.setdefault("body", []).append(_Spill(",".join(_text(v) for v in cells if _text(v).strip())))
            cur.last = n
            continue
        if cur is not None:
            yield from _row_messages(cur, file=file, sheet=sheet, timezone=timezone)
        fields["body"] = fields.get("body", []) + fields.pop("overflow", [])
        cur = _Row(fields, n)
        if checks is None:
            checks = {f for f, ok in _ROW_CHECKS.items() if any(_text(v).strip().lower() in ok for v in fields.get(f, []))}
    if cur is not None:
        yield from _row_messages(cur, file=file, sheet=sheet, timezone=timezone)


def _row_messages(row: _Row, *, file: str, sheet: str | None, timezone: str) -> list[Message]:
    body = ""
    for piece in row.fields.get("body", []):
        text = _text(piece).replace("\r\n", "\n").replace("\r", "\n")
        body = (body + "\n" + text if body else text) if isinstance(piece, _Spill) else _join(body, text)
    if "from" in row.fields and not (row.fields.keys() & {"from_name", "from_addr"}):
        senders = _plain(row.get("from"))
    else:
        senders = _addresses(row.get("from_name"), row.get("from_addr"), row.get("from_type"))

    def recipients(kind: str) -> list[Address]:
        if kind in row.fields and not (row.fields.keys() & {f"{kind}_name", f"{kind}_addr"}):
            return _plain(row.get(kind))
        return _addresses(row.get(f"{kind}_name"), row.get(f"{kind}_addr"), row.get(f"{kind}_type"))

    sent, sent_raw = _date_value(row, timezone)
    atts = _split_list(row.get("attachments"))
    subject = " ".join(row.get("subject").split())
    h = Header(sender=senders[0] if senders else Address(), sent=sent, sent_raw=sent_raw, to=recipients("to"),
               cc=recipients("cc"), subject=subject, attachments=atts, kind="email")
    lines = [Line(t, None, None, False) for t in body.split("\n")]
    msgs = split_lines(lines, file=file, timezone=timezone, first=h)
    rows = str(row.first) if row.first == row.last else f"{row.first}-{row.last}"
    for m in msgs:
        for p in m.provenance:
            p.sheet, p.rows = sheet, rows
    if msgs and not sent and not sent_raw and msgs[0].subject == subject:
        # An export without a date column: two different messages with one subject and one sender
        # must not become one, while the same message exported from two mailboxes must. Its own
        # text tells them apart.
        top, old = msgs[0], msgs[0].id
        from giftgraph.ingest.dedup import message_key

        top.id = make_id("msg", *message_key(top), " ".join(top.body.split()))
        for m in msgs:
            if m.in_reply_to == old:
                m.in_reply_to = top.id
            if m.thread == old:
                m.thread = top.id
    return msgs


# --- CSV ----------------------------------------------------------------------------------------

def _raise_field_limit() -> None:
    limit = sys.maxsize
    while True:  # a body is one cell, however long; the csv module's default stops at 128 KiB
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def read_csv(data: bytes, *, file: str, timezone: str) -> list[Message]:
    from giftgraph.ingest.readers import ReadError, decode_text

    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("binary data, not a CSV export")
    text = decode_text(data)
    if not text.strip():
        raise ReadError("empty file")
    _raise_field_limit()
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(first_line, delimiters=",;\t|").delimiter
    except csv.Error:
        sniffed = ","
    best, best_cols = None, {}
    for d in dict.fromkeys([sniffed, ",", ";", "\t", "|"]):
        header_rows = list(_first_rows(text, d))
        for k, row in enumerate(header_rows):
            cols = _columns(row)
            if _is_export_header(cols) and len(cols) > len(best_cols):
                best, best_cols = (d, k, row), cols
                break
    if best is None:
        raise ReadError(_problem(next(_first_rows(text, sniffed), [])))
    delim, skip, header = best
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
        rows = ((n, r) for n, r in enumerate(reader, 1) if n > skip + 1)
        msgs = list(_messages(rows, best_cols, len(header), file=file, sheet=None, timezone=timezone))
    except csv.Error as exc:
        raise ReadError(f"not a readable CSV file ({exc})")
    if not msgs:
        raise ReadError("Outlook export with no message rows")
    return msgs


def _first_rows(text: str, delimiter: str) -> Iterator[list[str]]:
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for k, row in enumerate(reader):
            if k >= HEADER_SEARCH_ROWS:
                return
            yield row
    except csv.Error:
        return


# --- XLSX ---------------------------------------------------------------------------------------

def is_xlsx_zip(source: str | Path | bytes) -> bool:
    """True when a zip archive is an Excel workbook (it holds ``xl/workbook.xml``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return "xl/workbook.xml" in names and "[Content_Types].xml" in names


def _check_zip(source, limits) -> None:
    """The zip limits (`giftgraph.ingest.limits`: zip-member, zip-ratio, zip-total), applied to the
    workbook's parts before openpyxl inflates them."""
    from giftgraph.ingest.limits import RATIO_FLOOR_MEMBER
    from giftgraph.ingest.readers import ReadError

    try:
        with zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(f"not a readable .xlsx workbook (damaged zip: {exc})")
    total = 0
    for info in infos:
        ratio = info.file_size / max(1, info.compress_size)
        total += info.file_size
        key = ("zip-member" if limits.zip_member and info.file_size > limits.zip_member else
               "zip-ratio" if limits.zip_ratio and info.file_size > RATIO_FLOOR_MEMBER and ratio > limits.zip_ratio else
               "zip-total" if limits.zip_total and total > limits.zip_total else None)
        if key:
            raise ReadError(f"{key} limit: workbook part {info.filename!r} expands to {info.file_size:,} bytes "
                            f"(ratio {ratio:.0f}:1; limit {limits.describe(key)}); not read")


def _why(exc: BaseException) -> str:
    """The first cause of a failure ("could not read worksheets" hides the XML error behind it)."""
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen and len(seen) < 10:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    root = seen[-1]
    if type(root).__name__ in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"):
        return f"{type(root).__name__}: XML entities and DTDs are refused (XML bomb guard)"
    return f"{type(root).__name__}: {' '.join(str(root).split())[:80]}"


def _ooxml_text(v: object) -> object:
    """Excel stores a carriage return in a cell as ``_x000D_`` (OOXML's escape for control
    characters, ``_x005F_`` for a literal underscore); openpyxl hands the escapes on as they are."""
    if isinstance(v, str) and "_x" in v:
        from openpyxl.utils.escape import unescape

        return unescape(v)
    return v


def read_xlsx(source: str | Path | bytes, *, file: str, timezone: str) -> list[Message]:
    from giftgraph.ingest.limits import current_limits

    try:
        import defusedxml  # noqa: F401 - openpyxl parses through it when it is installed (XML bombs)
    except ImportError:
        pass
    import openpyxl

    _check_zip(source, current_limits())
    # a file object, not a path: openpyxl refuses a path whose name does not end in .xlsx
    fh = io.BytesIO(source) if isinstance(source, bytes) else open(source, "rb")
    try:
        return _read_workbook(openpyxl, fh, file=file, timezone=timezone)
    finally:
        fh.close()


def _read_workbook(openpyxl, fh, *, file: str, timezone: str) -> list[Message]:
    import warnings

    from giftgraph.ingest.readers import ReadError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Workbook contains no default style" and the like
            wb = openpyxl.load_workbook(fh, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises zipfile, KeyError, XML and its own errors
        raise ReadError(f"not a readable .xlsx workbook ({_why(exc)})")
    msgs: list[Message] = []
    found: list = []
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # a chart sheet
                continue
            ws.reset_dimensions()  # the size a sheet declares may be wrong: read every row and cell there is
            rows = ws.iter_rows(values_only=True)
            header, cols, n = None, {}, 0
            for n, row in enumerate(rows, 1):
                cols = _columns(list(row))
                if _is_export_header(cols):
                    header = list(row)
                    break
                if not found and any(c not in (None, "") for c in row):
                    found = list(row)
                if n >= HEADER_SEARCH_ROWS:
                    break
            if header is None:
                continue
            width = max((k for k, c in enumerate(header) if c not in (None, "")), default=-1) + 1
            numbered = ((k, [_ooxml_text(v) for v in r]) for k, r in enumerate(rows, n + 1))
            msgs.extend(_messages(numbered, cols, width, file=file, sheet=ws.title, timezone=timezone))
            found = header
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet part
        raise ReadError(f"not a readable .xlsx workbook ({_why(exc)})")
    finally:
        wb.close()
    if not msgs:
        if found and _is_export_header(_columns(found)):
            raise ReadError("Outlook export with no message rows")
        raise ReadError(_problem(found))
    return msgs
