"""Threads: replies and forwards grouped, read in date order (the unit of reasoning)."""
from __future__ import annotations

import re
from collections import defaultdict

from giftgraph.ingest.message import Message

__all__ = ["group_threads", "sent_order", "subject_key"]


_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg)\s*(\[\d+\])?\s*:\s*)+", re.I)


# a calendar program's invitation subject: "Invitation: Lunch @ Wed Jun 1, 2016 12pm - 1pm (PDT) (ann@x.example)"; its
# per-invitee address in parentheses at the end, and the response prefix of an answer ("Accepted: ...", "Declined:
# ..."), are no part of the conversation's subject (a reply written by hand keeps neither address nor prefix)
_INVITEE_SUFFIX = re.compile(r"\s*\([^()\s@]+@[^()\s@]+\)\s*$")
_CALENDAR_PREFIX = re.compile(r"^\s*(?:(?:updated\s+)?invitation|accepted|declined|tentative(?:ly\s+accepted)?|"
                              r"(?:cancell?ed|canceled)\s+event)\s*:\s*(?=.*\s@\s)", re.I)


def subject_key(subject: str) -> str:
    s = _PREFIX.sub("", subject or "")
    s = _INVITEE_SUFFIX.sub("", s)
    s = _CALENDAR_PREFIX.sub("", s)
    return " ".join(re.sub(r"[^a-z0-9$%]+", " ", s.lower()).split())


def _days_apart(a: str, b: str) -> float:
    from datetime import datetime

    try:
        return abs((datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds()) / 86400
    except (TypeError, ValueError):
        return 0.0


def sent_order(m: Message) -> str:
    """A key that puts messages in the order they were sent: a time printed with its zone is read as the instant
    (UTC), so a reply sent from a phone at "12:02 -05:00" comes after the "12:18 +00:00" it answers, as an
    Exchange server and a webmail account print one afternoon; a time printed without a zone is kept as it is."""
    from datetime import datetime, timezone

    sent = m.sent or ""
    try:
        d = datetime.fromisoformat(sent)
    except (TypeError, ValueError):
        return sent
    if d.tzinfo is None:
        return sent
    return d.astimezone(timezone.utc).replace(tzinfo=None).isoformat()


def group_threads(messages: list[Message], participants, *, max_gap_days: float = 120) -> list[list[Message]]:
    """Threads in date order: messages linked by ``thread``/``in_reply_to``, or with the same
    subject (re:/fw: removed), at least one person in common and no more than `max_gap_days`
    between a message and the one before it."""
    parent = {m.id: m.id for m in messages}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    by_id = {m.id: m for m in messages}
    for m in messages:
        for ref in (m.thread, m.in_reply_to):
            # a reference links two messages only when their subjects agree (printed releases
            # give references that are guessed, not read from headers)
            if ref and ref in by_id and subject_key(by_id[ref].subject) == subject_key(m.subject):
                union(ref, m.id)
    by_subject: dict[str, list[Message]] = defaultdict(list)
    for m in sorted(messages, key=lambda m: (sent_order(m), m.id)):
        key = subject_key(m.subject)
        if key:
            by_subject[key].append(m)
    for group in by_subject.values():
        for i, m in enumerate(group):
            pm = participants(m)
            for j in range(i - 1, -1, -1):  # not reversed(group[:i]): a copy per message is quadratic
                other = group[j]
                if _days_apart(other.sent, m.sent) > max_gap_days:
                    break  # a reused subject months later is another conversation
                if pm & participants(other):
                    union(other.id, m.id)
                    break
    threads: dict[str, list[Message]] = defaultdict(list)
    for m in messages:
        threads[find(m.id)].append(m)
    return [_in_order(t) for t in threads.values()]


def _in_order(thread: list[Message]) -> list[Message]:
    """A thread's messages in the order they were sent. A message whose date was lost (a table export with no date
    column, a header cut off) is put where what it answers says: right after the message it quotes (`in_reply_to`),
    a reply or forward that quotes none of them last, any other first (an original, its date lost)."""
    dated = sorted((m for m in thread if m.sent), key=lambda m: (sent_order(m), m.id))
    undated = sorted((m for m in thread if not m.sent), key=lambda m: m.id)
    if not undated:
        return dated
    ids = {m.id for m in thread}
    first = [m for m in undated if m.in_reply_to not in ids and not _PREFIX.match(m.subject or "")]
    out = first + dated
    rest = [m for m in undated if m not in first]
    placed = True
    while rest and placed:  # (a chain of undated replies: each after the one it quotes)
        placed = False
        for m in list(rest):
            at = next((i for i, x in enumerate(out) if x.id == m.in_reply_to), None)
            if at is not None:
                while at + 1 < len(out) and out[at + 1].in_reply_to == m.in_reply_to and not out[at + 1].sent:
                    at += 1  # (after the undated answers to the same message placed before it)
                out.insert(at + 1, m)
                rest.remove(m)
                placed = True
    return out + rest
