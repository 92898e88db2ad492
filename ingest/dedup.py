"""Each message once: merge the messages read from several printings and installments.

The same email is printed on its own, quoted under later replies (often with fewer header fields:
no address, no subject line, no recipients), and again in the next installment. Two readings are
one message only when the evidence says so:

* the same Message-ID header (and dates that do not contradict it), or
* the same minute (compared in UTC), senders that agree, recipients that do not contradict each
  other (a reading that prints none contradicts nothing), subjects that do not contradict each
  other (a different number, or different words), and bodies that agree: one reading's words
  are, in order, mostly found in the other's (a quoted copy may be cut short or lose its
  signature). A reading with no body at all agrees only with a reading of the same subject.

A subject or a similar subject is never enough on its own, and subjects and names are compared in
any script (Cyrillic, Greek, CJK letters are words like any other). Candidates are found by
blocking keys (the minute, then a word of the sender's name or the address), so a release of many
thousand messages is not compared pair by pair.

The merged message keeps the fullest reading's fields, fills gaps from the others, and lists every
place it was seen; each provenance entry a merge added says which reading it was and on what
evidence it was merged (``provenance[k].dedup = {"reading": id, "evidence": "..."}``).
"""
from __future__ import annotations

import dataclasses
import difflib
import re
from collections import Counter
from datetime import datetime, timedelta, timezone

__all__ = ["date_from_quotes", "merge_messages", "link_replies", "message_key", "subject_core", "sent_minute",
           "same_message", "dedup_evidence", "boilerplate_lines"]

_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|tr|wg|sv|vs|rv|ant|antw|odp|vl|ref|ynt|отв|ответ|пересл|απ|σχετ|προω"
                     r"|回复|答复|转发|回覆|轉寄)\s*(?:\[\d+\])?\s*[:;：]\s*|\[external\]\s*|\*\*external\*\*\s*)+", re.I)
_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")  # a name's words: letters of any script, initials left out
_DIGITS = re.compile(r"\d+")

BODY_AGREEMENT = 0.6  # share of the shorter body's words found, in order, in the other's
SUBJECT_SIMILAR = 0.85  # two subjects this similar (OCR noise) do not contradict each other
ADDRESS_OCR = 0.85  # two addresses this similar, of senders whose names agree, are one misread
BOILERPLATE_SUBJECTS = 3  # a line printed under this many subjects is a signature or a footer, not evidence
_WORDS_PER_NUMBER_SLIP = 50  # a body this long may differ from another reading in one number (OCR, a redaction)
_MAX_WORDS = 3000  # words of a body compared (a quoted copy agrees, or not, well before that)


def subject_core(subject: str) -> str:
    """Subject without reply/forward prefixes: lower-case words (of any script) only.

    >>> subject_core("RE: Fw: Ring cameras - purchase!")
    'ring cameras purchase'
    >>> subject_core("Отв: Заказ №7")
    'заказ 7'
    """
    s = _PREFIX.sub("", subject or "")
    return " ".join(_WORD.findall(s.casefold()))


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


def _name_words(name: str) -> set[str]:
    return set(_NAME_WORD.findall((name or "").casefold()))


def _sender_token(a) -> str:
    words = _NAME_WORD.findall((a.name or "").casefold()) or re.findall(r"[^\W\d_]+", (a.name or "").casefold())
    if words:
        return words[-1]
    return (a.email or "").lower()


def _minute_key(m) -> str:
    return sent_minute(m) or " ".join((m.sent_raw or "").split()).lower()


def _body_words(body: str) -> tuple[str, ...]:
    return tuple(_WORD.findall((body or "").casefold())[:_MAX_WORDS])


def message_key(m) -> tuple[str, str, str]:
    """(UTC minute, or the date as printed when it was not understood; subject core; sender
    surname or address)."""
    return _minute_key(m), subject_core(m.subject), _sender_token(m.sender)


def content_parts(m) -> tuple[str, ...]:
    """What `Message.content_id` hashes: `message_key`, the recipients and the body's words. Two
    readings with one content id agree in all of them; readings that differ in any are compared
    by `dedup_evidence`."""
    rcpt = sorted({a.key() for a in [*m.to, *m.cc] if a.key()})
    return (*message_key(m), ";".join(rcpt), " ".join(_body_words(m.body)))


def _senders_agree(a, b) -> bool:
    """Senders agree on the address; an address OCR misread by a letter or two agrees when the
    names agree too. Names agree when they share a word."""
    ta, tb = _name_words(a.name), _name_words(b.name)
    if a.email and b.email:
        ea, eb = a.email.lower(), b.email.lower()
        return ea == eb or (bool(ta & tb) and difflib.SequenceMatcher(None, ea, eb, autojunk=False).ratio() >= ADDRESS_OCR)
    if ta and tb:
        return bool(ta & tb)
    return True  # a name against an address only, or an empty side: nothing contradicts


def _local_words(email: str) -> set[str]:
    return set(_NAME_WORD.findall(email.split("@")[0].casefold())) if email else set()


def _recipients_agree(ra: list, rb: list) -> bool:
    """Recipients (as `_Features.rcpt`) agree unless both readings print some and none of one's
    are among the other's (by address, or by a word of the name; a name is compared with an
    address's local part)."""
    if not ra or not rb:
        return True
    comparable = False
    for ex, nx, lx in ra:
        for ey, ny, ly in rb:
            if ex and ey:
                comparable = True
                if ex == ey:
                    return True
            if nx and ny:
                comparable = True
                if nx & ny:
                    return True
            if (nx & ly) or (lx & ny):
                return True
    return not comparable


def _numbers(s: str) -> list[str]:
    return sorted(d.lstrip("0") or "0" for d in _DIGITS.findall(s))


def _contained(small: list[str], big: list[str]) -> bool:
    big = list(big)
    for x in small:
        if x not in big:
            return False
        big.remove(x)
    return True


def _subjects_contradict(sa: str, sb: str, na: list[str] | None = None, nb: list[str] | None = None) -> bool:
    """Two subject cores contradict each other when both are printed and differ in a number
    ("order 1001" / "order 1002") or in their words beyond OCR noise."""
    if not sa or not sb or sa == sb:
        return False
    na = _numbers(sa) if na is None else na
    nb = _numbers(sb) if nb is None else nb
    if na != nb and not _contained(na, nb) and not _contained(nb, na):
        return True
    if f" {sa} " in f" {sb} " or f" {sb} " in f" {sa} ":
        return False  # a subject cut short, or OCR running body words onto the subject line
    return difflib.SequenceMatcher(None, sa, sb, autojunk=False).ratio() < SUBJECT_SIMILAR


def _slip_number(w: str) -> bool:
    """A number whose change makes another email; a zero-padded stamp (a Bates number left in
    the text, "000123") is page furniture, not the email's."""
    return w.isdigit() and not (len(w) >= 5 and w.startswith("0"))


def _body_agreement(wa: tuple[str, ...], wb: tuple[str, ...]) -> float:
    """Share of the shorter body's words found, in order, in the other's; 0.0 when numbers in
    one stand where the other has different numbers ("order 1001" / "order 1002"), more often than
    OCR and redaction noise explain (one such place per `_WORDS_PER_NUMBER_SLIP` words)."""
    if wa == wb:
        return 1.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if sum((Counter(short) & Counter(long_)).values()) < BODY_AGREEMENT * len(short):
        return 0.0  # too few words in common to agree, in any order: no need to align them
    sm = difflib.SequenceMatcher(None, short, long_, autojunk=False)
    matched = slips = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            matched += i2 - i1
        elif op == "replace" and i2 - i1 <= 3 and j2 - j1 <= 3:
            da = [x for x in short[i1:i2] if _slip_number(x)]
            db = [x for x in long_[j1:j2] if _slip_number(x)]
            if da and db and da != db:
                slips += 1
    if slips * _WORDS_PER_NUMBER_SLIP > len(short):
        return 0.0
    return matched / len(short)


def _line_key(line: str) -> str:
    return " ".join(_WORD.findall(line.casefold()))


def boilerplate_lines(messages) -> frozenset[str]:
    """Lines (as `_line_key`) of three words or more printed in the bodies of messages of
    `BOILERPLATE_SUBJECTS` different subjects or more: signatures, disclaimers, automated
    footers. They agree between any two emails of one sender, so they are no evidence that two
    readings are one email. (Counted by subject, not by reading: an email quoted under many
    replies stays evidence of itself.)"""
    seen: dict[str, set[str]] = {}
    for m in messages:
        subject = subject_core(m.subject)
        for line in set((m.body or "").split("\n")):
            key = _line_key(line)
            if key.count(" ") >= 2:
                seen.setdefault(key, set()).add(subject)
    return frozenset(k for k, subjects in seen.items() if len(subjects) >= BOILERPLATE_SUBJECTS)


def _message_ids(m) -> str:
    return (getattr(m, "message_id", "") or getattr(m, "_header_id", None) or "").strip().lower()


class _Features:
    """What `dedup_evidence` compares of a message (made again when a merge changes it): the cheap
    keys, computed once; `body` (the words of its body without the release's boilerplate lines, all
    of them when nothing else is left) and `rcpt` (the recipients' addresses and name words) only
    when a comparison gets that far, and not kept: held for every message of a release the size of
    the Enron inbox they were ~16 KB a message, most of what reading held."""

    __slots__ = ("minute", "mid", "subject", "numbers", "boiler", "_body_text", "_recipients")

    def __init__(self, m, boiler: frozenset[str] = frozenset()) -> None:
        self.boiler = boiler
        self.minute = _minute_key(m)
        self.mid = _message_ids(m)
        self.subject = subject_core(m.subject)
        self.numbers = _numbers(self.subject)
        self._body_text = m.body or ""
        self._recipients = (m.to, m.cc)

    @property
    def body(self) -> tuple[str, ...]:
        body = self._body_text
        if self.boiler:
            own = "\n".join(line for line in body.split("\n") if _line_key(line) not in self.boiler)
            body = own if _WORD.search(own) else body
        return _body_words(body)

    @property
    def rcpt(self) -> list[tuple[str, set[str], set[str]]]:
        to, cc = self._recipients
        return [(x.email.lower(), _name_words(x.name), _local_words(x.email)) for x in [*to, *cc] if x.key()]


def _features(m, boiler: frozenset[str] | None = None) -> _Features:
    f = getattr(m, "_dedup_features", None)
    if f is None:
        f = m._dedup_features = _Features(m, boiler or frozenset())
    return f


def _forget_features(m) -> None:
    m.__dict__.pop("_dedup_features", None)


def dedup_evidence(a, b, boiler: frozenset[str] = frozenset()) -> str | None:
    """Why `a` and `b` are two readings of one email (a short text), or None when they are not.
    `boiler`: the release's `boilerplate_lines`, left out of the bodies compared."""
    return _evidence(a, b, _Features(a, boiler), _Features(b, boiler))


def _evidence(a, b, fa: _Features, fb: _Features) -> str | None:
    ia, ib = fa.mid, fb.mid
    ma, mb = fa.minute, fb.minute
    if ia and ia == ib and (ma == mb or not ma or not mb):  # one Message-ID, dates that do not contradict it
        return "same Message-ID"
    # Two Message-IDs do not make two emails: an export re-stamps the copies of one email in two
    # mailboxes. What the readings print decides.
    if a.id == b.id and a.id:
        return "same content id (the same minute, sender, subject, recipients and text)"
    if not ma or ma != mb:
        return None
    sa, sb = fa.subject, fb.subject
    if _subjects_contradict(sa, sb, fa.numbers, fb.numbers) or not _senders_agree(a.sender, b.sender):
        return None
    ra, rb = fa.rcpt, fb.rcpt
    if not _recipients_agree(ra, rb):
        return None
    wa, wb = fa.body, fb.body
    what = "same minute, sender" + (", recipients" if ra and rb else "")
    if wa and wb:
        agree = _body_agreement(wa, wb)
        if agree < BODY_AGREEMENT:
            return None
        return f"{what}; bodies agree ({agree:.2f})" + ("; same subject" if sa and sa == sb else "")
    if sa and sa == sb:
        return f"{what}, subject; " + ("no body in either reading" if not (wa or wb) else "no body in one reading")
    return None


def same_message(a, b) -> bool:
    """True when `a` and `b` are two readings of one email (see `dedup_evidence`)."""
    return dedup_evidence(a, b) is not None


def _rank(m) -> tuple:
    r = getattr(m, "_rank", None)
    if r is not None:
        return r
    return (any(not p.quoted for p in m.provenance), True, bool(m.subject), bool(m.sender.email), len(m.to) + len(m.cc))


def _merge_into(keep, other, evidence: str = "") -> None:
    """Fold `other` into `keep` (which keeps its id); the provenance entries `other` adds say
    which reading it was and why it was merged."""
    if _rank(other) > _rank(keep):
        before = (keep.sender, keep.to, keep.cc)
        for f in ("sender", "sent", "to", "cc", "subject", "body", "sent_raw", "redactions", "attachments"):
            mine, theirs = getattr(keep, f), getattr(other, f)
            if theirs or not mine:
                setattr(keep, f, theirs)
        keep._rank = _rank(other)
        _named_from(keep, *before)
    else:
        _named_from(keep, None, other.to, other.cc)  # (the sender's name is filled just below)
        if not keep.sender.email and other.sender.email and _senders_agree(keep.sender, other.sender):
            keep.sender.email = other.sender.email
        if not keep.sender.name and other.sender.name:
            keep.sender.name = other.sender.name
        for f in ("to", "cc", "body", "subject", "attachments"):
            if not getattr(keep, f) and getattr(other, f):
                setattr(keep, f, getattr(other, f))
    keep._dedup_features = _Features(keep, _features(keep).boiler)
    keep.in_reply_to = keep.in_reply_to or other.in_reply_to
    keep.thread = keep.thread or other.thread
    if not keep.message_id and other.message_id:
        keep.message_id = other.message_id
    # the list is set again, not only added to: a message whose fields are on disk (`spill_bodies`) reads
    # back a new list each time
    provenance = keep.provenance
    seen = {(p.file, p.page, p.bates, p.quoted, p.sheet, p.rows) for p in provenance}
    for p in other.provenance:
        k = (p.file, p.page, p.bates, p.quoted, p.sheet, p.rows)
        if k not in seen:
            seen.add(k)
            if evidence and getattr(p, "dedup", None) is None:
                p.dedup = {"reading": other.id, "evidence": evidence}
            provenance.append(p)
    keep.provenance = provenance


def _name_for(a, others) -> str:
    """The display name another reading prints for the correspondent `a` (printed with an address and no name): the
    same address with a name, or else the one name whose words are most in the address's local part ("" when none,
    or two equally)."""
    best, score, tied = "", 0, False
    local = _local_words(a.email)
    for o in others:
        if not o.name or not _NAME_WORD.search(o.name):
            continue
        if o.email:
            if o.email.lower() == a.email.lower():
                return o.name
            continue
        n = len(_name_words(o.name) & local)
        if n > score:
            best, score, tied = o.name, n, False
        elif n and n == score and o.name != best:
            tied = True
    return "" if tied else best


def _named_from(keep, sender, to, cc) -> None:
    """The kept reading's correspondents printed as addresses only take the names the other reading prints for them
    (an email's own header may list bare addresses where a reply's quoted copy of it prints the names)."""
    if keep.sender.email and not keep.sender.name and sender is not None and sender.name \
            and _senders_agree(keep.sender, sender):
        name = sender.name if not sender.email or sender.email.lower() == keep.sender.email.lower() \
            else _name_for(keep.sender, [sender])
        if name:
            keep.sender = dataclasses.replace(keep.sender, name=name)
    others = [*(to or ()), *(cc or ())]
    if not others:
        return
    for f in ("to", "cc"):
        parties = getattr(keep, f)
        if any(p.email and not p.name for p in parties):
            named = [dataclasses.replace(p, name=n) if p.email and not p.name and (n := _name_for(p, others)) else p
                     for p in parties]
            setattr(keep, f, named)


def _text_key(body: str) -> str:
    return " ".join((body or "").split()).lower()


_BANNER_WORDS = 60  # the most words a mail gateway's banner over a message runs to


def _under_a_banner(a: str, b: str) -> bool:
    """One text key is the other with a short paragraph before it (a gateway's banner on one copy)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short or not long_.endswith(" " + short):
        return False
    return len(long_[:-len(short)].split()) <= _BANNER_WORDS


def date_from_quotes(batch) -> int:
    """A message read on its own with no date at all (Outlook's CSV export has no date column; an
    mbox or .eml message may lack its Date header) takes the date printed where a reply quotes it:
    same subject, same sender, same text. Its id is then its content id, so `merge_messages` keeps the
    two readings as one. A date printed but not understood (`sent_raw`) is left as it is. Returns the
    number of messages dated."""
    undated = [m for m in batch if not m.sent and not m.sent_raw and m.body.strip() and subject_core(m.subject)
               and any(not p.quoted for p in m.provenance)]
    if not undated:
        return 0
    dated: dict[tuple[str, str], list] = {}
    by_subject: dict[str, list] = {}
    for m in batch:
        if m.sent and m.body.strip():
            dated.setdefault((subject_core(m.subject), _text_key(m.body)), []).append(m)
            by_subject.setdefault(subject_core(m.subject), []).append(m)
    alias: dict[str, str] = {}
    for m in undated:
        hits = [c for c in dated.get((subject_core(m.subject), _text_key(m.body)), [])
                if (m.sender.key() or c.sender.key()) and _senders_agree(m.sender, c.sender)]
        if not hits:
            # a reply may quote only the start of it ("Dear X, thank you for ... [the rest cut]"): a quoted copy
            # whose text, of a dozen words or more, begins this one's
            key = _text_key(m.body)
            # (or that differs from it by a paragraph over the whole alone: the banner a receiving mail gateway stamps on
            # outside mail, "CAUTION: This email originated from outside ...", on the copy in one mailbox, not the other)
            hits = [c for c in by_subject.get(subject_core(m.subject), [])
                    if _quoted_only(c) and len(_text_key(c.body).split()) >= 12
                    and (key.startswith(_text_key(c.body)) or _under_a_banner(key, _text_key(c.body)))
                    and (m.sender.key() or c.sender.key()) and _senders_agree(m.sender, c.sender)]
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


class _Blocks:
    """Candidates for a merge: messages of the same minute whose senders may agree: the same
    address, or a word of the name in common; a sender printed as a name only may be one printed
    as an address only (and the reverse); a reading with no sender may be anyone's."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], list] = {}  # (minute, name word or address) -> messages
        self.name_only: dict[str, list] = {}
        self.address_only: dict[str, list] = {}
        self.nobody: dict[str, list] = {}
        self.all: dict[str, list] = {}

    @staticmethod
    def _keys(m) -> tuple[set[str], str]:
        return _name_words(m.sender.name), (m.sender.email or "").lower()

    def add(self, m) -> None:
        minute = _features(m).minute
        if not minute:
            return
        self.all.setdefault(minute, []).append(m)
        words, email = self._keys(m)
        if not words and not email:
            self.nobody.setdefault(minute, []).append(m)
        elif not email:
            self.name_only.setdefault(minute, []).append(m)
        elif not words:
            self.address_only.setdefault(minute, []).append(m)
        for k in [*words, email] if email else words:
            self.by_key.setdefault((minute, k), []).append(m)

    def candidates(self, m, minute: str | None = None) -> list:
        minute = minute or _features(m).minute
        if not minute:
            return []
        words, email = self._keys(m)
        if not words and not email:  # no sender printed: any sender may be its
            return list(self.all.get(minute, []))
        pools = [self.by_key.get((minute, k), []) for k in sorted(words)]
        if email:
            pools.append(self.by_key.get((minute, email), []))
        if not email:
            pools.append(self.address_only.get(minute, []))
        if not words:
            pools.append(self.name_only.get(minute, []))
        pools.append(self.nobody.get(minute, []))
        seen: set[int] = set()
        out = []
        for pool in pools:
            for c in pool:
                if id(c) not in seen:
                    seen.add(id(c))
                    out.append(c)
        return out


def merge_messages(existing, new):
    """`existing` (a case's messages, ids kept) plus `new` readings -> each message once.

    Reply links (`in_reply_to`, `thread`) are rewritten to the ids of the merged messages, and
    each merge is recorded in the kept message's provenance (see `dedup_evidence`)."""
    out = list(existing)
    boiler = boilerplate_lines([*out, *new])
    for m in (*out, *new):  # fields may have changed since a last merge (names unified, dates found)
        _forget_features(m)
        _features(m, boiler)
    by_id = {m.id: m for m in out}
    by_mid: dict[str, object] = {}
    blocks = _Blocks()
    for m in out:
        blocks.add(m)
        if _message_ids(m):
            by_mid.setdefault(_message_ids(m), m)
    alias: dict[str, str] = {}
    for m in new:
        hit, evidence = by_id.get(m.id), ""
        if hit is not None:
            evidence = _evidence(hit, m, _features(hit), _features(m)) or ""
            if not evidence:
                hit = None  # never so today (one content id is evidence); kept apart, it would get its own id
        if hit is None and _message_ids(m) in by_mid and \
                _evidence(by_mid[_message_ids(m)], m, _features(by_mid[_message_ids(m)]), _features(m)):
            hit, evidence = by_mid[_message_ids(m)], "same Message-ID"
        if hit is None:
            for c in blocks.candidates(m):
                evidence = _evidence(c, m, _features(c), _features(m)) or ""
                if evidence:
                    hit = c
                    break
        if hit is None:
            hit, evidence = _zone_shifted(blocks, m)
        if hit is not None:
            alias[m.id] = hit.id
            if hit is not m:
                _merge_into(hit, m, evidence or "same content id")
            continue
        if m.id in by_id:
            m.id = _fresh_id(m, by_id)
        out.append(m)
        by_id[m.id] = m
        blocks.add(m)
        if _message_ids(m):
            by_mid.setdefault(_message_ids(m), m)
    if alias:
        for m in out:
            if m.in_reply_to in alias:
                m.in_reply_to = alias[m.in_reply_to]
            if m.thread in alias:
                m.thread = alias[m.thread]
            if m.in_reply_to == m.id:
                m.in_reply_to = None
    for m in (*out, *new):  # made again from the fields by the next merge: not held with the messages
        _forget_features(m)
    return out


# A reply's quoted history is printed on the replier's clock ("Sent: Thursday, April 16, 2026 3:30 PM" under a reply
# from London), which the release's zone reads hours off the email's own Date header: half-hour steps up to 14 hours.
_ZONE_STEPS = tuple(sorted((k * 30 for k in range(-28, 29) if k), key=abs))


def _quoted_only(m) -> bool:
    return bool(m.provenance) and all(p.quoted for p in m.provenance)


def _zone_shifted(blocks: _Blocks, m) -> tuple[object | None, str]:
    """The email `m` is a reading of when one of the two was read only from quoted history and its clock is a whole
    number of half hours off the other's (the replier's zone, not the release's): the same sender, the same subject,
    recipients that do not contradict, bodies that agree. (None, "") when there is no such reading."""
    fm = _features(m)
    try:
        at = datetime.strptime(fm.minute, "%Y-%m-%dT%H:%M")
    except ValueError:
        return None, ""
    if not fm.subject:
        return None, ""
    quoted = _quoted_only(m)
    for step in _ZONE_STEPS:
        minute = (at + timedelta(minutes=step)).strftime("%Y-%m-%dT%H:%M")
        if minute not in blocks.all:
            continue  # (no reading at all in that minute: most of a large release's, asked for every unmatched email)
        for c in blocks.candidates(m, minute):
            if _quoted_only(c) == quoted:
                continue
            fc = _features(c)
            if fc.subject != fm.subject or not _senders_agree(c.sender, m.sender) or not _recipients_agree(fc.rcpt, fm.rcpt):
                continue
            wc, wm = fc.body, fm.body
            if wc and wm and _body_agreement(wc, wm) >= BODY_AGREEMENT:
                hours = abs(step) / 60
                return c, (f"same sender, subject, recipients and text; the quoted reading's clock {hours:g} h off "
                           "(printed in the replier's zone)")
    return None, ""


def _fresh_id(m, taken) -> str:
    from giftgraph.ingest.message import make_id

    k = 1
    while True:
        new = make_id("msg", m.id, _message_ids(m), k)
        if new not in taken:
            return new
        k += 1


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
