"""Correspondents as printed in headers -> clean `Address` records, redactions counted apart.

Handles "Name <addr>", "Name [mailto:addr]", "'Name' <addr>", bare addresses, Outlook's
"Last, First (ORG) [E]" with OCR debris ("[EJ", "yy wo@-"), and redaction markers
("[REDACTED]", "(b)(6)", block characters) that are counted, never kept as names.

>>> a, r = parse_address("Fauci, Anthony (NIH/NIAID) [E]")
>>> (a.name, a.org, r)
('Anthony Fauci', 'NIH/NIAID', 0)
>>> a, r = parse_address("Dana Whitfield [mailto:dana.whitfield@ring.com]")
>>> (a.name, a.email)
('Dana Whitfield', 'dana.whitfield@ring.com')
>>> [x.name for x in parse_address_list("Robert Castellano; 'Maribel Quintero' <35210@lapd.lacity.org>")[0]]
['Robert Castellano', 'Maribel Quintero']
>>> parse_address_list("(b)(6)")
([], 1)
"""
from __future__ import annotations

import re
from email.utils import getaddresses

from giftgraph.ingest.message import Address

__all__ = ["parse_address", "parse_address_list", "clean_name", "count_redactions", "unify_initials", "REDACTION_RE"]

REDACTION_RE = re.compile(
    r"\[\s*REDACTED\s*\]|\(\s*[bB]\s*\)\s*\(\s*\d[A-Z]?\s*\)?|\b[bB]\)\s*\(\s*\d\s*\)|[█■▇▆▉▊▋▌▍▎▏]{2,}|#{4,}"
    r"|\bREDACTED\b|\bB[5-7]\b(?=\s*$)")
# bounded parts (RFC 5321: 64-char local part, 63-char labels): linear time on a long line of letters
EMAIL_RE = re.compile(r"[A-Za-z0-9][\w.+'\-]{0,63}@[A-Za-z0-9][\w\-]{0,62}(?:\.[\w\-]{1,63}){1,16}(?![\w\-])")
_MAILTO = re.compile(r"\[\s*mailto\s*:?\s*([^\]\s]*)\s*\]?", re.I)
_ANGLE = re.compile(r"<\s*([^<>]*)\s*>?")
_ORG_TAG = re.compile(r"\(\s*([A-Z][A-Za-z0-9/&.\- ]{1,40})\s*\)")
_PARTICLES = {"de", "la", "del", "los", "las", "van", "von", "der", "den", "da", "di", "du", "le", "st", "bin", "al", "y"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z'\-]*\.?|[A-Z]\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)$")
_UNI_NAME_TOKEN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019\-])*\.?$")  # José, Zoë, Łukasz, Núñez
_SPLIT_ORG = re.compile(r"(?<=\))\s*(?:\[[^\]]{0,4}\]?)?[^;A-Za-z]{0,12}(?=[A-Z][A-Za-z'\-]+,\s*[A-Z])")


def count_redactions(text: str) -> int:
    return len(REDACTION_RE.findall(text or ""))


def clean_name(raw: str) -> tuple[str, str]:
    """(clean human name, org tag) from a printed display name.

    >>> clean_name("Haskins, Melinda (NIH/NIAID) [E yy wo@-")
    ('Melinda Haskins', 'NIH/NIAID')
    >>> clean_name("'Birx, Deborah L'")
    ('Deborah L Birx', '')
    >>> clean_name("Muniz, Maria de Los Angeles")
    ('Maria de Los Angeles Muniz', '')
    """
    s = REDACTION_RE.sub(" ", raw or "")
    s = re.sub(r"\s+on behalf of\s+.*$", "", s, flags=re.I)
    org = ""
    m = _ORG_TAG.search(s)
    if m:
        org = m.group(1).strip()
        s = s[: m.start()]  # whatever follows the (ORG) tag is Outlook's [E] and OCR debris
    s = re.sub(r"\[[^\]]*\]?", " ", s)  # [E], [EJ, unclosed brackets to the end
    s = re.sub(r"\([^)]*\)?", " ", s)
    s = s.replace('"', " ").replace("\u201c", " ").replace("\u201d", " ").replace("`", " ")
    s = re.sub(r"(^|\s)'|'(\s|$)", r"\1 \2", s)
    s = " ".join(s.split()).strip(" ,;:.-'")
    if "," in s:
        last, _, first = s.partition(",")
        last, first = _tokens(last), _tokens(first)
        words = first + last if last and first else last or first
    else:
        words = _tokens(s)
    name = " ".join(_tidy(words))
    if not re.search(r"[^\W\d_]{2}", name):
        name = ""
    return name, org


def _tidy(words: list[str]) -> list[str]:
    """Drop OCR debris and middle initials from a name's words.

    Short all-capital tokens printed between or after ordinary name words are what OCR makes of
    redaction boxes and address fragments ("Larry MOO Corey", "Gary Simon OO"), or credentials
    ("MD"). The printed form stays in `Address.raw`.

    >>> _tidy("Larry MOO Corey MD".split()), _tidy("Deborah L Birx".split()), _tidy("Sylvie BRIAND".split())
    (['Larry', 'Corey'], ['Deborah', 'L', 'Birx'], ['Sylvie', 'BRIAND'])
    >>> _tidy("STEWART SIMONSON MO".split())
    ['STEWART', 'SIMONSON']
    """
    def plain(w: str) -> bool:
        return any(c.islower() for c in w)

    if sum(plain(w) for w in words) < 2:
        if len(words) >= 3 and all(w.isupper() for w in words) and len(words[-1]) <= 2 \
                and all(len(w) >= 3 for w in words[:2]):
            return words[:-1]  # "STEWART SIMONSON MO": a two-letter scrap after an all-capitals name
        return words
    out = []
    for k, w in enumerate(words):
        bare = w.strip(".")
        if bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 4 and any(plain(x) for x in words[:k]):
            continue  # debris or a credential after a name word
        out.append(w)
    return out if sum(plain(w) for w in out) >= 1 else words


def _tokens(s: str) -> list[str]:
    """Name words from the start of `s`, stopping at OCR debris."""
    words = [t.strip(".,;:'\"") for t in s.replace(",", " ").split()]
    if 1 < len(words) <= 4 and all(w.isalpha() and w.islower() and len(w) > 1 for w in words):
        return words  # a display name typed in lower case: "john won"
    out = []
    for t in s.replace(",", " ").split():
        t = t.strip(".,;:'\"")
        if not t:
            continue
        if _NAME_TOKEN.match(t) or (t[0].isupper() and _UNI_NAME_TOKEN.match(t)) or (out and t.lower() in _PARTICLES) or (t.isupper() and t.isalpha() and len(t) > 1):
            out.append(t)
        elif t.isalpha() and t.islower() and len(t) > 2 and not out:
            out.append(t)  # lower-case display names ("jkowalski")
        else:
            break
    return out


def parse_address(piece: str) -> tuple[Address | None, int]:
    """One printed correspondent -> (Address or None, redaction markers seen)."""
    raw = " ".join((piece or "").split())
    red = count_redactions(raw)
    s = raw
    email = ""
    m = _MAILTO.search(s)
    if m:
        e = EMAIL_RE.search(m.group(1))
        email = e.group(0) if e else ""
        s = s[: m.start()] + " " + s[m.end():]
    for m in _ANGLE.finditer(s):
        e = EMAIL_RE.search(m.group(1))
        if e:
            email = email or e.group(0)
    s = _ANGLE.sub(" ", s)
    e = EMAIL_RE.search(s)
    if e:
        email = email or e.group(0)
        s = s.replace(e.group(0), " ")
    email = email.strip(".'").lower()
    name, org = clean_name(s)
    if name and email and name.lower() == email:
        name = ""
    if not name and not email:
        return None, red
    return Address(name=name, email=email, raw=raw, org=org), red


def parse_address_list(field: str) -> tuple[list[Address], int]:
    """A To:/Cc: field -> (addresses, redaction markers seen). Separators: ";" (Outlook),
    "," between "Name <addr>" entries (Gmail, RFC 2822), or nothing at all between OCR'd
    "Last, First (ORG)" entries."""
    field = " ".join((field or "").split())
    pieces: list[str] = []
    for part in field.split(";"):
        part = part.strip()
        if not part:
            continue
        if len(EMAIL_RE.findall(part)) > 1 and "," in part:
            if "<" in part or "[mailto" in part.lower():  # "Mun, Jenny <jm@x>, Hannon, Emma <eh@x>": split after each address
                pieces.extend(p for p in re.split(r"(?<=[>\]])\s*,?\s*", part) if p.strip())
            else:
                pieces.extend(f"{n} <{e}>" if n else e for n, e in getaddresses([part]))
            continue
        pieces.extend(p for p in _SPLIT_ORG.split(part) if p.strip())
    out: list[Address] = []
    red = 0
    seen = set()
    for p in pieces:
        a, r = parse_address(p)
        red += r
        if a and a.key() not in seen:
            seen.add(a.key())
            out.append(a)
    return out, red


def unify_initials(messages) -> None:
    """One display name per person within a release: where a name is printed both with and
    without middle initials ("Birx, Deborah L" and "Birx, Deborah"), every address takes the form
    without them. A name only ever printed with its initial keeps it ("Nehal N Mehta")."""
    def addrs():
        for m in messages:
            yield m.sender
            yield from m.to
            yield from m.cc

    plain = {}
    for a in addrs():
        w = a.name.split()
        if len(w) == 2:
            plain[(w[0].lower(), w[1].lower())] = a.name
    if not plain:
        return
    for a in addrs():
        w = a.name.split()
        if len(w) >= 3 and all(len(x.strip(".")) == 1 for x in w[1:-1]):
            a.name = plain.get((w[0].lower(), w[-1].lower()), a.name)
