"""Mail exported as JSON: one message object per line (JSON Lines, ``.jsonl``/``.ndjson``), a JSON array
of them, or a REST API's page of them (``{"value": [...]}`` as the Microsoft Graph API returns a mailbox's
``/messages``, ``{"messages": [...]}``) -> messages.

Each object is read by the field names the mail APIs and their exporters use:

* Microsoft Graph / Outlook REST: ``subject``, ``sentDateTime`` (else ``receivedDateTime``,
  ``createdDateTime``), ``from``/``sender`` and ``toRecipients``/``ccRecipients``/``bccRecipients`` as
  ``{"emailAddress": {"name", "address"}}``, ``body`` as ``{"contentType": "html"|"text", "content"}``
  (else ``uniqueBody``, else ``bodyPreview``), ``internetMessageId``, ``attachments`` (``name``);
* flat exports: ``from``/``to``/``cc`` as "Name <addr>" strings, lists of them or ``{"name", "address"|"email"}``
  objects, ``date``/``sent``, ``body``/``text``/``html``, ``message_id``/``messageId``;
* Gmail API style: ``payload.headers`` as ``[{"name", "value"}]`` (From, To, Cc, Date, Subject, Message-ID).

An HTML body is laid out as a browser shows it (`giftgraph.ingest.html`), and the history quoted under
each body is split into messages of its own, as for every other format (`printed.split_lines`). Each
message's provenance names the file and the line (JSON Lines) or position (array) it was read from.
"""
from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any, Callable, Iterator

from giftgraph.ingest.addresses import parse_address_list
from giftgraph.ingest.dates import get_zone, parse_date
from giftgraph.ingest.furniture import Line
from giftgraph.ingest.message import Address, Message
from giftgraph.ingest.printed import Header, split_lines
from giftgraph.ingest.tabular import _address as pair_address

__all__ = ["JSON_EXT", "looks_like_json_mail", "read_json_mail"]

JSON_EXT = {".json", ".jsonl", ".ndjson", ".jsonlines"}

# keys that only a mail object carries (lower case, without quotes): one of them near the start of a
# JSON file makes it a mail export whatever its name
_MAIL_KEYS = ("sentdatetime", "receiveddatetime", "torecipients", "ccrecipients", "internetmessageid",
              "bodypreview", "conversationid")
_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*[\[{]")
_KEY = re.compile(rb'"([A-Za-z@.]+)"\s*:')


def looks_like_json_mail(head: bytes) -> bool:
    """The file starts as JSON does and names, among its first keys, one only a mail object has
    (``sentDateTime``, ``toRecipients``, ``internetMessageId`` ...), or both a sender and a subject."""
    if not _START.match(head[:64]):
        return False
    keys = {k.decode("ascii", "ignore").lower() for k in _KEY.findall(head[:8192])}
    return bool(keys & set(_MAIL_KEYS)) or ("subject" in keys and bool(keys & {"from", "sender"}))


def _objects(text: str, warn: Callable[[str], None] = lambda s: None) -> Iterator[tuple[str, dict]]:
    """(where, object) of each message object in the file: a whole JSON document, else one per line (a line that
    is not JSON is reported through `warn` and skipped)."""
    try:
        doc = json.loads(text)
    except ValueError:
        doc = None
    if doc is not None:
        yield from _from_document(doc, "")
        return
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            warn(f"line {n}: not JSON ({str(exc)[:60]}); skipped")
            continue
        yield from _from_document(obj, str(n))


def _from_document(doc: Any, where: str) -> Iterator[tuple[str, dict]]:
    if isinstance(doc, list):
        for k, x in enumerate(doc, 1):
            if isinstance(x, dict):
                yield (f"{where}.{k}" if where else str(k)), x
        return
    if not isinstance(doc, dict):
        return
    for key in ("value", "messages", "items", "emails"):  # an API page or an export's wrapper
        inner = doc.get(key)
        if isinstance(inner, list) and inner and all(isinstance(x, dict) for x in inner):
            yield from _from_document(inner, where)
            return
    yield where or "1", doc


def _key(k: str) -> str:
    """A key as compared: lower case without separators, so ``date_sent``, ``Date Sent`` and ``dateSent`` are one
    (records systems print snake_case or spaced column names where an API writes camelCase)."""
    return re.sub(r"[\s_\-.]+", "", k).lower()


def _get(obj: dict, *names: str) -> Any:
    low: dict[str, Any] = {}
    for k, v in obj.items():
        if isinstance(k, str) and low.get(_key(k)) in (None, "", [], {}):
            low[_key(k)] = v
    for n in names:
        v = low.get(_key(n))
        if v not in (None, "", [], {}):
            return v
    return None


def _address(v: Any) -> list[Address]:
    """Addresses of one JSON value: a Graph recipient, a {"name", "address"} object, a string, or a list of them."""
    if v is None:
        return []
    if isinstance(v, list):
        out: list[Address] = []
        for x in v:
            for a in _address(x):
                if all(a.key() != b.key() for b in out):
                    out.append(a)
        return out
    if isinstance(v, dict):
        inner: dict = v["emailAddress"] if isinstance(v.get("emailAddress"), dict) else v
        # (a name and an address given apart, as an export's columns give them: the table reader's pairing)
        a = pair_address(str(_get(inner, "name", "displayName") or ""),
                         str(_get(inner, "address", "email", "emailAddress") or ""))
        return [a] if a is not None else []
    if isinstance(v, str):
        return parse_address_list(v)[0] if v.strip() else []
    return []


def _headers(obj: dict) -> dict[str, str]:
    """Gmail API style ``payload.headers`` (or a top-level ``headers``) as {lower-case name: value}."""
    payload = obj.get("payload") if isinstance(obj.get("payload"), dict) else obj
    hs = payload.get("headers") if isinstance(payload, dict) else None
    out: dict[str, str] = {}
    if isinstance(hs, list):
        for h in hs:
            if isinstance(h, dict) and isinstance(h.get("name"), str) and isinstance(h.get("value"), str):
                out.setdefault(h["name"].lower(), h["value"])
    elif isinstance(hs, dict):
        out = {str(k).lower(): str(v) for k, v in hs.items() if isinstance(v, (str, int))}
    return out


def _date(raw: str, timezone: str) -> str:
    s = raw.strip()
    try:
        d = datetime.fromisoformat(s[:-1] + "+00:00" if s.endswith(("Z", "z")) else s)
    except ValueError:
        return parse_date(s, timezone)
    if d.tzinfo is None:
        d = d.replace(tzinfo=get_zone(timezone))
    return d.isoformat() if 1970 <= d.year <= 2100 else ""


def _body(obj: dict) -> str:
    from giftgraph.ingest.html import html_to_text

    b = _get(obj, "body", "uniqueBody")
    kind = ""
    if isinstance(b, dict):
        kind = str(_get(b, "contentType", "type") or "").lower()
        b = _get(b, "content", "text", "data")
    if not isinstance(b, str) or not b.strip():
        html = _get(obj, "html", "bodyHtml", "htmlBody")
        if isinstance(html, str) and html.strip():
            b, kind = html, "html"
        else:
            b = _get(obj, "text", "bodyText", "textBody", "bodyPreview", "snippet")
    if not isinstance(b, str):
        return ""
    if kind == "html" or (kind != "text" and re.match(r"\s*<(?:!doctype|html|body|div|p|table)[\s>]", b, re.I)):
        b = html_to_text(b)
    return b.replace("\r\n", "\n").replace("\r", "\n")


def _message(obj: dict, *, file: str, where: str, timezone: str) -> list[Message]:
    hs = _headers(obj)
    frm = _address(_get(obj, "from", "sender")) or _address(hs.get("from"))
    sent_raw = str(_get(obj, "sentDateTime", "sent", "sentAt", "dateSent", "sentDate", "date", "receivedDateTime",
                        "createdDateTime") or hs.get("date") or "")
    sent = _date(sent_raw, timezone) if sent_raw else ""
    subject = " ".join(str(_get(obj, "subject") or hs.get("subject") or "").split())
    to = _address(_get(obj, "toRecipients", "to")) or _address(hs.get("to"))
    cc = _address(_get(obj, "ccRecipients", "cc")) or _address(hs.get("cc"))
    atts = [str(a.get("name")) for a in (_get(obj, "attachments") or []) if isinstance(a, dict) and a.get("name")]
    if not (frm or sent or subject):
        return []
    h = Header(sender=frm[0] if frm else Address(), sent=sent, sent_raw=sent_raw, to=to, cc=cc, subject=subject,
               attachments=atts, kind="email")
    body = _body(obj)
    msgs = split_lines([Line(t, None, None, False) for t in body.split("\n")], file=file, timezone=timezone, first=h)
    for m in msgs:
        for p in m.provenance:
            p.rows = where
    if msgs:
        mid = _get(obj, "internetMessageId", "messageId", "message_id") or hs.get("message-id")
        ids = re.findall(r"<[^<>\s]+>", str(mid or ""))
        parent = re.findall(r"<[^<>\s]+>", str(_get(obj, "inReplyTo", "in_reply_to") or hs.get("in-reply-to") or ""))
        msgs[0]._header_id = ids[0] if ids else None  # type: ignore[attr-defined]
        msgs[0].message_id = ids[0] if ids else ""
        msgs[0]._header_parent = parent[-1] if parent else None  # type: ignore[attr-defined]
    return msgs


def read_json_mail(data: bytes, *, file: str, timezone: str,
                   warn: Callable[[str], None] = lambda s: None) -> list[Message]:
    """The messages of a JSON mail export; a line that is not JSON, or an object with no sender, date or subject
    among mail objects, is reported through `warn` and skipped."""
    from giftgraph.ingest.readers import ReadError, decode_text

    if not data.strip():
        raise ReadError("empty file")
    out: list[Message] = []
    odd: list[str] = []
    for where, obj in _objects(decode_text(data), warn):
        got = _message(obj, file=file, where=where, timezone=timezone)
        out.extend(got)
        if not got:
            odd.append(where)
    if out:
        for where in odd:
            warn(f"object {where}: no sender, date or subject; skipped")
    if not out:
        raise ReadError("JSON with no mail messages in it (no objects with a sender, date or subject)")
    return out
