"""Each message once: merge the messages read from several printings and installments.

The same email is printed on its own, quoted under later replies (often with fewer header fields:
no address, no subject line), and again in the next installment. Two readings are one message
when they were sent in the same minute (compared in UTC), their subjects agree once "RE:"/"FW:"
prefixes are dropped, and their senders do not contradict each other. The merged message keeps
the fullest reading's fields, fills gaps from the others, and lists every place it was seen.
"""
from __future__ import annotations

import difflib
import re
from datetime import datetime, timezone

__all__ = ["date_from_quotes", "merge_messages", "link_replies", "message_key", "subject_core", "sent_minute", "same_message"]

_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|tr|wg|sv)\s*(?:\[\d+\])?\s*[:;]\s*|\[external\]\s*|\*\*external\*\*\s*)+", re.I)


def subject_core(subject: str) -> str:
    """Subject without reply/forward prefixes, lower-case words only.

    >>> subject_core("RE: Fw: Ring cameras - purchase!")
    'ring cameras purchase'
    """
    s = _PREFIX.sub("", subject or "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s.lower()).split())


def sent_minute(m) -> str:
    """The minute a message was sent, in UTC ("" when its date is unknown)."""
    if not m.sent:
        return ""
    try:
        d = datetime.fromisoformat(m.sent)
    except ValueError:
        return m.sent[:16]
    if d.tzinfo is not None:
        d = d.astimezone(timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M")


def _sender_token(a) -> str:
    words = re.sub(r"[^a-z ]+", " ", (a.name or "").lower()).split()
    if words:
        return words[-1]
    return (a.email or "").lower()


def message_key(m) -> tuple[str, str, str]:
    """(UTC minute, subject core, sender surname or address): what `Message.content_id` hashes."""
    minute = sent_minute(m) or " ".join((m.sent_raw or "").split()).lower()
    return minute, subject_core(m.subject), _sender_token(m.sender)


def _senders_agree(a, b) -> bool:
    if a.email and b.email:
        return a.email.lower() == b.email.lower()
    ta = set(re.sub(r"[^a-z ]+", " ", (a.name or "").lower()).split())
    tb = set(re.sub(r"[^a-z ]+", " ", (b.name or "").lower()).split())
    if ta and tb:
        return bool(ta & tb)
    return True  # a name against an address only, or an empty side: nothing contradicts


def same_message(a, b) -> bool:
    """True when `a` and `b` are two readings of one email."""
    if a.id == b.id:
        return True
    ma, mb = sent_minute(a), sent_minute(b)
    if not ma or ma != mb:
        return False
    sa, sb = subject_core(a.subject), subject_core(b.subject)
    if sa and sb and sa != sb and not (sa in sb or sb in sa) \
            and difflib.SequenceMatcher(None, sa, sb).ratio() < 0.85:
        return False
    return _senders_agree(a.sender, b.sender)


def _rank(m) -> tuple:
    r = getattr(m, "_rank", None)
    if r is not None:
        return r
    return (any(not p.quoted for p in m.provenance), True, bool(m.subject), bool(m.sender.email), len(m.to) + len(m.cc))


def _merge_into(keep, other) -> None:
    """Fold `other` into `keep` (which keeps its id)."""
    if _rank(other) > _rank(keep):
        for f in ("sender", "sent", "to", "cc", "subject", "body", "sent_raw", "redactions", "attachments"):
            mine, theirs = getattr(keep, f), getattr(other, f)
            if theirs or not mine:
                setattr(keep, f, theirs)
        keep._rank = _rank(other)
    else:
        if not keep.sender.email and other.sender.email and _senders_agree(keep.sender, other.sender):
            keep.sender.email = other.sender.email
        if not keep.sender.name and other.sender.name:
            keep.sender.name = other.sender.name
        for f in ("to", "cc", "body", "subject", "attachments"):
            if not getattr(keep, f) and getattr(other, f):
                setattr(keep, f, getattr(other, f))
    keep.in_reply_to = keep.in_reply_to or other.in_reply_to
    keep.thread = keep.thread or other.thread
    seen = {(p.file, p.page, p.bates, p.quoted, p.sheet, p.rows) for p in keep.provenance}
    for p in other.provenance:
        k = (p.file, p.page, p.bates, p.quoted, p.sheet, p.rows)
        if k not in seen:
            seen.add(k)
            keep.provenance.append(p)


def _text_key(body: str) -> str:
    return " ".join((body or "").split()).lower()


def date_from_quotes(batch) -> int:
    """A message read from a row of a table export with no date at all (Outlook's CSV export has
    no date column) takes the date printed where a reply quotes it: same subject, same sender, same text.
    Its id is then its content id, so `merge_messages` keeps the two readings as one. Returns the
    number of messages dated."""
    undated = [m for m in batch if not m.sent and not m.sent_raw and m.body.strip() and subject_core(m.subject)
               and any(p.rows and not p.quoted for p in m.provenance)]  # rows of a table export only
    if not undated:
        return 0
    dated: dict[tuple[str, str], list] = {}
    for m in batch:
        if m.sent and m.body.strip():
            dated.setdefault((subject_core(m.subject), _text_key(m.body)), []).append(m)
    alias: dict[str, str] = {}
    for m in undated:
        hits = [c for c in dated.get((subject_core(m.subject), _text_key(m.body)), [])
                if (m.sender.key() or c.sender.key()) and _senders_agree(m.sender, c.sender)]
        if len({sent_minute(c) for c in hits}) != 1:
            continue  # none, or quoted with two different dates: leave it undated
        m.sent, m.sent_raw = hits[0].sent, hits[0].sent_raw
        old, m.id = m.id, m.content_id()
        alias[old] = m.id
    if alias:
        for m in batch:
            m.in_reply_to = alias.get(m.in_reply_to, m.in_reply_to)
            m.thread = alias.get(m.thread, m.thread)
    return len(alias)


def merge_messages(existing, new):
    """`existing` (a case's messages, ids kept) plus `new` readings -> each message once.

    Reply links (`in_reply_to`, `thread`) are rewritten to the ids of the merged messages."""
    out = list(existing)
    by_id = {m.id: m for m in out}
    by_minute: dict[str, list] = {}
    for m in out:
        by_minute.setdefault(sent_minute(m), []).append(m)
    alias: dict[str, str] = {}
    for m in new:
        hit = by_id.get(m.id)
        if hit is None:
            for c in by_minute.get(sent_minute(m), []) if sent_minute(m) else []:
                if same_message(c, m):
                    hit = c
                    break
        if hit is not None:
            alias[m.id] = hit.id
            if hit is not m:
                _merge_into(hit, m)
            continue
        out.append(m)
        by_id[m.id] = m
        by_minute.setdefault(sent_minute(m), []).append(m)
    if alias:
        for m in out:
            if m.in_reply_to in alias:
                m.in_reply_to = alias[m.in_reply_to]
            if m.thread in alias:
                m.thread = alias[m.thread]
            if m.in_reply_to == m.id:
                m.in_reply_to = None
    return out


def link_replies(messages) -> None:
    """Set `in_reply_to` from email headers (In-Reply-To / References, read into the transient
    `_header_parent`) where quoted history did not already link a reply, then `thread` to the
    first message of each chain."""
    by_header = {getattr(m, "_header_id", None): m for m in messages if getattr(m, "_header_id", None)}
    ids = {m.id: m for m in messages}
    for m in messages:
        parent = by_header.get(getattr(m, "_header_parent", None))
        if parent is not None and m.in_reply_to is None and parent is not m:
            m.in_reply_to = parent.id
    for m in messages:
        root, seen = m, {m.id}
        while root.in_reply_to in ids and root.in_reply_to not in seen:
            seen.add(root.in_reply_to)
            root = ids[root.in_reply_to]
        if root is not m:
            m.thread = root.id
