"""The `Message` record that ingestion hands to extraction, with its provenance."""
from __future__ import annotations

import copy
import hashlib
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

__all__ = ["Address", "Provenance", "Message", "make_id", "share_addresses", "share_ids", "spill_bodies"]


def _intern(s):
    return sys.intern(s) if type(s) is str else s


def make_id(prefix: str, *parts: object) -> str:
    """A stable content-hash id: the same parts always give the same id.

    >>> make_id("m", "a", 1) == make_id("m", "a", 1)
    True
    >>> make_id("m", "a").startswith("m-")
    True
    """
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{h}"


@dataclass(slots=True)  # slots: a release holds one per header address of every message (~10 a message)
class Address:
    """One correspondent as printed in a header: display name and/or email address.

    Its strings are interned: the same correspondents are printed in thousands of headers, and a
    release's messages are held in memory through extraction (on Enron mail 13,342 distinct strings
    among 225,036: 13 MB of copies at 5,256 messages)."""

    name: str = ""
    email: str = ""
    raw: str = ""  # the header text this address was read from (OCR noise and all)
    org: str = ""  # organisation tag printed with the name, e.g. "NIH/NIAID"

    def __post_init__(self) -> None:
        self.name, self.email, self.raw, self.org = (_intern(self.name), _intern(self.email), _intern(self.raw),
                                                     _intern(self.org))

    def key(self) -> str:
        return (self.email or self.name).strip().lower()

    def to_dict(self) -> dict:
        return {"name": self.name, "email": self.email, "raw": self.raw, "org": self.org}

    @classmethod
    def from_dict(cls, d: dict) -> Address:
        return cls(name=d.get("name", "") or "", email=d.get("email", "") or "",
                   raw=d.get("raw", "") or "", org=d.get("org", "") or "")


@dataclass
class Provenance:
    """Where a message was seen: file, page (1-based, PDFs and paged text), Bates stamp; for a
    spreadsheet or CSV export, the sheet (None for CSV) and the row(s) ("12" or "12-14", numbered
    as the spreadsheet shows them, the header row included).

    `quoted` is True when this appearance is quoted history inside a later message."""

    file: str
    page: int | None = None
    bates: str | None = None
    quoted: bool = False
    sheet: str | None = None
    rows: str | None = None
    # set when deduplication merged this reading into the message: {"reading": the id it was read
    # with, "evidence": why it is the same email ("same Message-ID", "same minute, sender, ...")}
    dedup: dict | None = None

    def to_dict(self) -> dict:
        return {"file": self.file, "page": self.page, "bates": self.bates, "quoted": self.quoted, "sheet": self.sheet,
                "rows": self.rows, "dedup": copy.deepcopy(self.dedup) if self.dedup is not None else None}

    @classmethod
    def from_dict(cls, d: dict) -> Provenance:
        # every message read from one file names it: one string, not a copy a message (41,228 on the whole Enron inbox)
        return cls(file=_intern(d["file"]), page=d.get("page"), bates=d.get("bates"), quoted=bool(d.get("quoted")),
                   sheet=d.get("sheet"), rows=d.get("rows"),
                   dedup=d.get("dedup") if isinstance(d.get("dedup"), dict) else None)

    def where(self) -> str:
        """"file p.3", "file sheet Inbox row 12-14", "file row 7": for one line of output."""
        return (self.file + (f" p.{self.page}" if self.page else "") + (f" sheet {self.sheet}" if self.sheet else "")
                + (f" row {self.rows}" if self.rows else ""))


class _OnDisk:
    """Where a value of a message is in a `giftgraph.spill.Spilled` store (`spill_bodies`); ``read`` reads it
    back, a new copy each time. A message is pickled and copied with the values, not this
    (`Message.__getstate__`)."""

    __slots__ = ("store", "where")

    def __init__(self, store, where: int):
        self.store, self.where = store, where

    def read(self):
        return self.store.read(self.where)


class BodyOnDisk(_OnDisk):
    """A message body on disk, read back on each access."""

    __slots__ = ()

    def text(self) -> str:
        return self.read()


class PartsOnDisk(_OnDisk):
    """The fields of a message that extraction reads once or never (`ON_DISK`: provenance, the date as
    printed, the Message-ID, the attachments' names), in one record: each field holds this, and reading one
    reads the record back."""

    __slots__ = ()

    def part(self, name: str):
        return self.read()[ON_DISK.index(name)]


class _Body:
    """`Message.body`: the text, held by the message or on disk (`BodyOnDisk`, see `spill_bodies`)."""

    def __get__(self, obj, owner=None) -> str:
        if obj is None:
            return ""  # the dataclass field's default
        v = obj.__dict__.get("_body", "")
        return v if type(v) is str else v.text()

    def __set__(self, obj, value: str) -> None:
        obj.__dict__["_body"] = value


class _Part:
    """A field of `Message` that `spill_bodies` may put on disk (`PartsOnDisk`): read back from there, else
    held by the message as any field. Set on the class once the dataclass is made, so the dataclass keeps
    the field's default (or default factory) and its ``__init__`` sets the field through this."""

    def __init__(self, name: str):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        try:
            v = obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(self.name) from None
        return v.part(self.name) if type(v) is PartsOnDisk else v

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.name] = value


@dataclass
class Message:
    """One email, read once, however many times the release prints it.

    `sent` is ISO 8601 with a UTC offset ("" when the date could not be read; the raw text
    is kept in `sent_raw`). `body` is the message's own text, without quoted history (a string; on
    disk while extraction runs, read back as a string: `spill_bodies`).
    `redactions` counts redaction markers seen in headers and body."""

    sender: Address
    sent: str = ""
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    subject: str = ""
    body: str = _Body()  # type: ignore[assignment]
    sent_raw: str = ""
    provenance: list[Provenance] = field(default_factory=list)
    redactions: int = 0
    attachments: list[str] = field(default_factory=list)
    in_reply_to: str | None = None  # id of the message this one quotes, when known
    thread: str | None = None  # id of the first message of the thread, when known
    message_id: str = ""  # the Message-ID header (.eml, mbox), when there is one
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.content_id()

    def content_id(self) -> str:
        """Hash of the minute it was sent (in UTC), its subject without reply/forward prefixes, its
        sender's surname (or address), its recipients and its words.

        The same email printed with "From: Robert Delgado" and again with
        "From: Robert Delgado [mailto:30917@lapd.lacity.org]" gets the same id; a copy that differs
        in more (a quoted copy without recipients) is merged by `dedup.merge_messages` on evidence."""
        from giftgraph.ingest.dedup import content_parts

        return make_id("msg", *content_parts(self))

    def to_dict(self) -> dict:
        """``dataclasses.asdict(self)``, the same dict in the same key order, written out: asdict's
        generic recursion cost more than the hashing and writing of a release's messages around it."""
        return {"sender": self.sender.to_dict(), "sent": self.sent, "to": [a.to_dict() for a in self.to],
                "cc": [a.to_dict() for a in self.cc], "subject": self.subject, "body": self.body,
                "sent_raw": self.sent_raw, "provenance": [p.to_dict() for p in self.provenance],
                "redactions": self.redactions, "attachments": list(self.attachments),
                "in_reply_to": self.in_reply_to, "thread": self.thread, "message_id": self.message_id, "id": self.id}

    @classmethod
    def from_dict(cls, d: dict) -> Message:
        mid = d.get("id", "")
        thread = d.get("thread")
        return cls(
            id=mid,
            sender=Address.from_dict(d.get("sender") or {}),
            sent=d.get("sent", "") or "",
            to=[Address.from_dict(a) for a in d.get("to", [])],
            cc=[Address.from_dict(a) for a in d.get("cc", [])],
            subject=d.get("subject", "") or "",
            body=d.get("body", "") or "",
            sent_raw=d.get("sent_raw", "") or "",
            provenance=[Provenance.from_dict(p) for p in d.get("provenance", [])],
            redactions=int(d.get("redactions", 0) or 0),
            attachments=list(d.get("attachments", [])),
            in_reply_to=d.get("in_reply_to"),
            thread=mid if thread == mid else thread,  # a message that begins its thread: one string, not two
            message_id=d.get("message_id", "") or "",
        )

    def first_printed(self) -> Provenance | None:
        """Where the message was first printed whole (not quoted in a later one), else first printed at all:
        the place an evidence quote from it cites."""
        provenance = self.provenance  # (read once: it may be on disk, `spill_bodies`)
        return next((p for p in provenance if not p.quoted), provenance[0] if provenance else None)

    def __getstate__(self) -> dict:
        """Pickled (to a Dask worker, a process of a pool) and copied with its body's and fields' values, not
        where on disk `spill_bodies` put them."""
        d = dict(self.__dict__)
        if isinstance(d.get("_body"), BodyOnDisk):
            d["_body"] = self.body
        for name in ON_DISK:
            if type(d.get(name)) is PartsOnDisk:
                d[name] = getattr(self, name)
        return d


# the fields `spill_bodies` puts on disk besides the body, in `PartsOnDisk`'s record
ON_DISK = ("provenance", "sent_raw", "message_id", "attachments")
for _name in ON_DISK:
    setattr(Message, _name, _Part(_name))


def share_addresses(messages: Iterable[Message]) -> None:
    """One `Address` object for each distinct header address (name, email, raw text and organisation
    alike) across ``messages``: the same correspondents are printed in thousands of headers (on Enron mail
    15,282 distinct among 100,368, 6 MB of copies at 10,130 messages). For messages that are only read
    from now on (extraction changes no address): a change to one message's address would be every
    sharing message's."""
    seen: dict[tuple[str, str, str, str], Address] = {}

    def one(a: Address) -> Address:
        return seen.setdefault((a.name, a.email, a.raw, a.org), a)

    for m in messages:
        m.sender = one(m.sender)
        if m.to:
            m.to = [one(a) for a in m.to]
        if m.cc:
            m.cc = [one(a) for a in m.cc]


def share_ids(messages: Sequence[Message]) -> None:
    """One string for each message id that ``thread`` and ``in_reply_to`` name across ``messages``, the
    message's own id where it is among them: read from messages.jsonl, each was a copy of its own (~90 bytes
    a message on Enron mail). For messages that are only read from now on."""
    seen: dict[str, str] = {m.id: m.id for m in messages}
    for m in messages:
        if m.thread:
            m.thread = seen.setdefault(m.thread, m.thread)
        if m.in_reply_to:
            m.in_reply_to = seen.setdefault(m.in_reply_to, m.in_reply_to)


def spill_bodies(messages: Iterable[Message], store=None, *, parts: bool = True) -> None:
    """Keep the bodies of ``messages`` on disk (a `giftgraph.spill.Spilled` store, by default a new one,
    freed with the last message that reads from it), and with them the fields extraction reads once or
    never (`ON_DISK`: provenance, the date as printed, the Message-ID, the attachments). ``m.body`` reads
    each body back, the same string, and ``m.provenance`` (etc.) each field, a new copy at each read;
    setting one keeps the new value in memory. For messages that are only read from now on: a change made
    inside a value read back (``m.provenance.append``) is not kept.

    The bodies are the largest part of a release's messages held through extraction (13 MB of 31 at
    10,130 Enron messages); each is read a few times. The other fields were ~600 bytes a message (16 MB of
    the whole Enron inbox's 65), most of it provenance. ``parts=False``: the bodies only (messages that
    deduplication may still merge readings into)."""
    if store is None:
        from giftgraph.spill import Spilled

        store = Spilled()
    for m in messages:
        d = m.__dict__
        v = d.get("_body", "")
        if type(v) is str and len(v) > 64:
            d["_body"] = BodyOnDisk(store, store.put(v))
        if not parts or any(type(d[name]) is PartsOnDisk for name in ON_DISK):
            continue  # (on disk already)
        record = PartsOnDisk(store, store.put(tuple(d[name] for name in ON_DISK)))
        for name in ON_DISK:
            d[name] = record
