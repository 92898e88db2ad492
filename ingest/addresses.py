"""Correspondents as printed in headers -> clean `Address` records, redactions counted apart.

Handles "Name <addr>", "Name [mailto:addr]", "'Name' <addr>", bare addresses, Outlook's
"Last, First (ORG) [E]" with OCR debris ("[EJ", "yy wo@-"), and redaction markers
("[REDACTED]", "(b)(6)", block characters) that are counted, never kept as names.

>>> a, r = parse_address("Whitlock, Gordon (NIH/NIAID) [E]")
>>> (a.name, a.org, r)
('Gordon Whitlock', 'NIH/NIAID', 0)
>>> a, r = parse_address("Dana Ashworth [mailto:dana.ashworth@ring.com]")
>>> (a.name, a.email)
('Dana Ashworth', 'dana.ashworth@ring.com')
>>> [x.name for x in parse_address_list("Robert Delgado; 'Rosa Mendez' <36482@lapd.lacity.org>")[0]]
['Robert Delgado', 'Rosa Mendez']
>>> parse_address_list("(b)(6)")
([], 1)
"""
from __future__ import annotations

import re
from email.utils import getaddresses

from giftgraph.ingest.message import Address

__all__ = ["parse_address", "parse_address_list", "clean_name", "display_with_suffix", "count_redactions", "unify_initials", "split_glued_names", "drop_capital_scraps", "REDACTION_RE", "POST_NOMINALS"]

REDACTION_RE = re.compile(
    r"\[\s*REDACTED\s*\]|\(\s*[bB]\s*\)\s*\(\s*\d[A-Z]?\s*\)?|\b[bB]\)\s*\(\s*\d\s*\)|[█■▇▆▉▊▋▌▍▎▏]{2,}|#{4,}"
    r"|\bREDACTED\b|\bB[5-7]\b(?=\s*$)")
# bounded parts (RFC 5321: 64-char local part, 63-char labels): linear time on a long line of letters
EMAIL_RE = re.compile(r"[A-Za-z0-9][\w.+'\-]{0,63}@[A-Za-z0-9][\w\-]{0,62}(?:\.[\w\-]{1,63}){1,16}(?![\w\-])")
_MAILTO = re.compile(r"\[\s*mailto\s*:?\s*([^\]\s]*)\s*\]?", re.I)
_ANGLE = re.compile(r"<\s*([^<>]*)\s*>?")
_ORG_TAG = re.compile(r"\(\s*([A-Z][A-Za-z0-9/&.\- ]{1,40})\s*\)")
_PARTICLES = {"de", "la", "del", "los", "las", "van", "von", "der", "den", "da", "di", "du", "le", "st", "bin", "al", "y"}
# job titles printed after a display name ("Lind, Oskar Manager - Communications")
_JOB_WORDS = frozenset({"manager", "director", "coordinator", "assistant", "analyst", "specialist", "officer", "editor",
                        "producer", "reporter", "correspondent", "secretary", "administrator", "advisor", "adviser",
                        "consultant", "counsel", "scientist", "intern", "chairman", "chairwoman", "chairperson"})
_HONORIFIC_WORDS = frozenset({"dr", "mr", "mrs", "ms", "prof", "professor", "sir", "rev"})
# degrees and fellowships printed after (or, in a lost layout, before) a name; never name words
POST_NOMINALS = frozenset({"md", "phd", "esq", "rn", "dds", "mph", "jd", "cpa", "pe", "mba", "msc", "dphil", "dsc",
                           "dvm", "mbbs", "frcp", "frcpc", "facp", "fidsa", "faan", "fmedsci", "frs", "drph"})
_NAME_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z'\-]*\.?|[A-Z]\.|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)$")
_UNI_NAME_TOKEN = re.compile(r"^[^\W\d_](?:[^\W\d_]|['\u2019\-])*\.?$")  # José, Zoë, Łukasz, Núñez
# where OCR lost the ";" after an Outlook "Last, First (ORG) [E]" entry: after its tag, past the scraps a
# redacted address leaves (non-letters, runs of one to four capitals, words of one or two letters:
# "[E] QNN", "PQ >>", "OI @>>", "Oe"), the next "Last, First" begins (a surname of one or two words)
_SPLIT_ORG = re.compile(r"(?<=\))\s*(?:\[[^\]]{0,4}\]?)?(?:[^;A-Za-z]|\b(?:[A-Z]{1,4}|[A-Za-z]{1,2})\b){0,16}?"
                        r"(?=(?:[A-Z][a-z][A-Za-z'\-]+\s)?[A-Z][A-Za-z'\-]*[a-z][A-Za-z'\-]*,\s*[A-Z][a-z])")


def count_redactions(text: str) -> int:
    return len(REDACTION_RE.findall(text or ""))


def clean_name(raw: str) -> tuple[str, str]:
    """(clean human name, org tag) from a printed display name.

    >>> clean_name("Pendry, Janet (NIH/NIAID) [E vv ka@-")
    ('Janet Pendry', 'NIH/NIAID')
    >>> clean_name("'Haldane, Ilse L'")
    ('Ilse L Haldane', '')
    >>> clean_name("Serrano, Rosa de Las Nieves")
    ('Rosa de Las Nieves Serrano', '')
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
        last_part, _, first_part = s.partition(",")
        last, first = _tokens(last_part), _tokens(first_part)
        while len(last) > 1 and last[0].strip(".").lower() in _HONORIFIC_WORDS:
            last = last[1:]  # "Dr VAN DAALEN, Greta": the title went before the surname
        if len(last) >= 2 and first and _credential(first[0]) \
                and all(_credential(w) or (w.isalpha() and w.isupper() and len(w) <= 3) for w in first):
            # "Ida Voss, MD", "IDA VOSS, PhD": a name, then its credentials (and scraps) after the comma
            words = _tidy(last)
        elif first and len(last) == 1 and last[0].isalpha() and last[0].isupper() and len(last[0]) >= 3 \
                and any(c.islower() for w in first for c in w):
            # "VOSS, Ida Maren": a surname printed in capitals before its comma is no scrap; the
            # given names are tidied as if it were printed in mixed case
            # (a short one is written as a name, "COX, Ida" as "Ida Cox": capitals of four letters or
            # fewer after a name read as an OCR scrap further on)
            tidy = _tidy(first + [last[0].title()])
            kept = last if len(last[0]) > 4 else [last[0].title()]
            words = tidy[:-1] + kept if tidy[-1] == last[0].title() else _tidy(first + last)
        else:
            words = _tidy(first + last if last and first else last or first)
    else:
        words = _tidy(_tokens(s))
    name = " ".join(words)
    if not re.search(r"[^\W\d_]{2}", name):
        name = ""
    return name, org


# "Name - Company" or "Name - Team": a display name with what it belongs to after a spaced dash
_DASH_SUFFIX = re.compile(r"^\s*[\"'\u2018\u201c]?(?P<head>[^<>@\"\u201d]+?)\s+[-\u2013\u2014]\s+"
                          r"(?P<tail>[A-Z][A-Za-z&.]{2,}(?:\s+[A-Z][A-Za-z&.]{2,}){0,2})\s*[\"'\u2019\u201d]?\s*(?:<|$)")


def display_with_suffix(raw: str, name: str) -> str | None:
    """The display name as printed with what follows a spaced dash ("Ines Varro - Acme",
    "XR4P - Secretariat"), when the part before the dash reads as `name`: the form a correspondent's
    mail program shows, kept as an alias. None when the printed entry has no such suffix."""
    if not name or " -" not in (raw or "") and "\u2013" not in (raw or "") and "\u2014" not in (raw or ""):
        return None
    m = _DASH_SUFFIX.match(_close_email_gaps(raw))
    if not m or clean_name(m.group("head"))[0] != name:
        return None
    return f"{name} - {m.group('tail')}"


def _credential(w: str) -> bool:
    """A degree or fellowship printed after a name, also as OCR reads a final D ("MO", "PhO")."""
    b = w.strip(".").replace(".", "").lower()
    return b in POST_NOMINALS or b in ("do", "mo", "pho")


def _tidy(words: list[str]) -> list[str]:
    """Drop OCR debris and middle initials from a name's words.

    Short all-capital tokens printed between or after ordinary name words are what OCR makes of
    redaction boxes and address fragments ("Victor MOO Lusk", "Glen Abbot OO"), or credentials
    ("MD"). The printed form stays in `Address.raw`.

    >>> _tidy("Victor MOO Lusk MD".split()), _tidy("Ilse L Haldane".split()), _tidy("Odile MERCIER".split())
    (['Victor', 'Lusk'], ['Ilse', 'L', 'Haldane'], ['Odile', 'MERCIER'])
    >>> _tidy("HOLLIS GARVEY MO".split()), _tidy("Wendell R".split())
    (['HOLLIS', 'GARVEY'], ['Wendell'])
    """
    def plain(w: str) -> bool:
        return any(c.islower() for c in w)

    if sum(plain(w) for w in words) < 2:
        if len(words) >= 3 and all(w.isupper() for w in words) and len(words[-1]) <= 2 \
                and all(len(w) >= 3 for w in words[:2]):
            return words[:-1]  # "HOLLIS GARVEY MO": a two-letter scrap after an all-capitals name
        if len(words) == 2 and plain(words[0]) and words[0][0].isupper() and len(words[1].strip(".")) == 1:
            return words[:1]  # "Wendell R": a given name and a lone letter is the given name alone
        return words
    out = []
    for k, w in enumerate(words):
        bare = w.strip(".")
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if bare.lower() in _PARTICLES and len(nxt) >= 3 and nxt.isupper():
            out.append(w)  # "VAN DAALEN": a surname particle printed in capitals
            continue
        if bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 4 and any(plain(x) for x in words[:k]):
            continue  # debris or a credential after a name word
        out.append(w)
    while len(out) > 2 and out[-1].lower() in _JOB_WORDS and sum(plain(w) for w in out[:-1]) >= 2:
        out.pop()  # "Oskar Lind Manager - Communications": a job title printed after the name
    return out if sum(plain(w) for w in out) >= 1 else words


# lower-case words inside the name of an office, a journal or a list printed as a display name
_CONNECTORS = frozenset({"of", "the", "for", "and", "on"})
# capitals and digits, at least two letters first: "ABC12", "XR4P" (not a scrap such as "9G" or "O6")
_MAILBOX_CODE = re.compile(r"^[A-Z]{2,}[A-Z0-9]*\d[A-Z0-9]*$")


# "Ida.Voss" printed alone: a given name and a surname joined by a dot (an address's local part)
_DOTTED_NAME = re.compile(r"([A-Z][a-z]+)\.([A-Z][a-z]+)")
_LOWER_APOSTROPHE = re.compile(r"[a-z]{1,3}['\u2019][a-z]{2,}")  # "o'hara", "d'silva" typed in lower case


def _tokens(s: str) -> list[str]:
    """Name words from the start of `s`, stopping at OCR debris."""
    words = [t.strip(".,;:'\"") for t in s.replace(",", " ").split()]
    if 1 < len(words) <= 4 and all(w.isalpha() and w.islower() and len(w) > 1 for w in words):
        return words  # a display name typed in lower case: "john won"
    out: list[str] = []
    toks = s.replace(",", " ").split()
    for k, t in enumerate(toks):
        nxt = next((x for x in toks[k + 1:] if x not in _CONNECTORS), "")
        if out and t in _CONNECTORS and nxt[:1].isupper() and len(nxt) > 1 and not nxt.isupper() \
                and all(len(w) > 1 for w in out):
            out.append(t)  # the name of an office or a journal: "Gazette of Tern Valley"
            continue
        label = t.endswith(":")  # "imailto:", "Cc:": a label, not a name
        t = t.strip(".,;:'\"()\u2018\u2019\u201c\u201d")  # stray OCR brackets and curly quotes too
        if len(t) > 2 and t.endswith("!") and t[:-1].isalpha():
            t = t[:-1]  # OCR: "Pratt!", "Lind!": a separator read as "!" (or, less often, an "l")
        if not t:
            continue
        if _MAILBOX_CODE.match(t) and not out and (k + 1 == len(toks) or any(_NAME_TOKEN.match(x) for x in toks[k + 1:k + 3])):
            out.append(t)  # a mailbox's name that starts with a code of capitals and digits: "ABC12 Help Desk"
            continue
        if t in ("1", "1.") and out and any(_NAME_TOKEN.match(x) and len(x) > 2 for x in toks[k + 1:k + 2]):
            out.append("I.")  # OCR reads a middle initial I as the digit 1: "Ana 1. Roe"
            continue
        dotted = _DOTTED_NAME.fullmatch(t)
        if dotted and not out:
            out.extend(dotted.groups())  # "Ida.Voss": an address's local part whose domain was redacted
            continue
        if _NAME_TOKEN.match(t) or (t[0].isupper() and _UNI_NAME_TOKEN.match(t)) or (out and t.lower() in _PARTICLES) or (t.isupper() and t.isalpha() and len(t) > 1):
            out.append(t)
        elif (t.isalpha() or _LOWER_APOSTROPHE.fullmatch(t)) and t.islower() and len(t) > 2 and not out:
            out.append(t)  # lower-case display names ("tlindgren"), surnames ("o'hara, Ida")
        elif len(out) == 1 and out[0][0].isupper() and len(t) >= 4 and t.isalpha() and t[0].islower() and not label \
                and "mailto" not in t:
            out.append(t)  # a surname typed in lower case after a given name: "Tove diMarco", "Tove dimarco"
        else:
            break
    while out and out[-1] in _CONNECTORS:
        out.pop()
    return out


# OCR spaces inside a printed address: "Ida. Voss@x.com", "Staff@ mail.agency.gov",
# "AgencyLeg @mail.agency.gov", "x@wirenews. com"
_EMAIL_GAPS = (
    (re.compile(r"(?:(?<=^)|(?<=[\s<\"']))([A-Za-z][\w\-]+)\.\s+(?=[\w.+'\-]+@)"), r"\1."),
    (re.compile(r"(?<=\w)\s+@(?=[\w\-]+\.[A-Za-z])"), "@"),
    (re.compile(r"(?<=\w)@\s+(?=[\w\-]+\.[A-Za-z])"), "@"),
    (re.compile(r"(@[\w\-]+(?:\.[\w\-]+)*)\.\s+(com|org|net|gov|edu|mil|int)\b", re.I), r"\1.\2"),
)


def _close_email_gaps(s: str) -> str:
    if "@" in s:
        for pattern, repl in _EMAIL_GAPS:
            s = pattern.sub(repl, s)
    return s


# a Lotus Notes hierarchical name, "Ann Roe/Records/Carver@Carver" or "CN=Ann Roe/OU=Records/O=Carver": the
# person is the common name before the first slash (the rest is units and the Notes domain, no address)
_NOTES_NAME = re.compile(r"^(?:CN=)?([A-Za-z][A-Za-z.'\u2019 -]{0,60}?)\s*/(?:OU=|O=)?[A-Za-z][\w&.' -]*"
                         r"(?:/(?:OU=|O=|C=)?[A-Za-z][\w&.' -]*)*(?:@[A-Za-z][\w-]*)?$")


def _notes_entry(piece: str) -> bool:
    """A Lotus Notes hierarchical name, "Ann Roe/Records/Carver@Carver" or "Ann Roe/Carver" (no comma in it)."""
    return (piece.count("/") >= 2 or ("/" in piece and "@" in piece)) and bool(_NOTES_NAME.match(piece))


def _common_name(piece: str) -> str:
    """The common name of a short Notes name ("Jo Kim/Carver" -> "Jo Kim")."""
    m = _NOTES_NAME.match(piece)
    return m.group(1) if m else piece


def parse_address(piece: str) -> tuple[Address | None, int]:
    """One printed correspondent -> (Address or None, redaction markers seen)."""
    raw = " ".join((piece or "").split())
    red = count_redactions(raw)
    notes = _NOTES_NAME.match(raw) if raw.count("/") >= 2 or ("/" in raw and "@" in raw) else None
    s = _close_email_gaps(notes.group(1) if notes else raw)
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
        notes = [p.strip() for p in part.split(",")]
        if len(notes) > 1 and any(map(_notes_entry, notes)) and all(
                ("/" in p and _NOTES_NAME.match(p)) or EMAIL_RE.fullmatch(p) for p in notes):
            # Lotus Notes prints a list of hierarchical names with commas ("Ann Roe/Records/Carver@Carver, Ed Poe/
            # Carver, ed@mail.example"): each is one reader (a name in it never holds a comma)
            pieces.extend(p if EMAIL_RE.fullmatch(p) or _notes_entry(p) else _common_name(p) for p in notes)
            continue
        if len(EMAIL_RE.findall(part)) > 1 and "," in part:
            if "<" in part or "[mailto" in part.lower():  # "Voss, Hilde <hv@x>, Tran, Mei <mt@x>": split after each address
                pieces.extend(p for p in re.split(r"(?<=[>\]])\s*,?\s*", part) if p.strip())
            else:
                pieces.extend(f"{n} <{e}>" if n else e for n, e in getaddresses([part]))
            continue
        for q in _split_comma_list(part):
            for p in _SPLIT_ORG.split(q):
                if p.strip():
                    for g in _split_glued_entries(p):
                        pieces.extend(_split_tag_then_address(g))
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


# where a comma-separated list (Gmail, Apple Mail) separates people, never "Last, First": after an
# address in angle brackets, between two quoted names, before a quoted "Last, First"
_LIST_COMMA = re.compile(r"(?<=>)\s*,+\s*(?=\S)|(?<=[\"\u2019'])\s*,+\s*(?=[\"\u2018'])"
                         r"|(?<=[A-Za-z])\s+(?=\"[A-Z][\w'\-]+,\s*[A-Z])")
_SPACED_COMMA = re.compile(r"\s+,+\s+")
_CAP_WORD = re.compile(r"\b[A-Z][a-z][\w'\-]*")


def _split_comma_list(part: str) -> list[str]:
    """Split a printed list whose entries a comma separates ("Ivo Dahl <id@x>, Gus Tam",
    '"Roe, Jan" , "Poe, Ed"'), keeping "Last, First" whole. A comma with a space before it
    ("Jem Farr , Ivo Dahl") separates only two names of two words or more each."""
    out = []
    for piece in _LIST_COMMA.split(part):
        bits = _SPACED_COMMA.split(piece)
        acc = bits[0]
        for b in bits[1:]:
            if len(_CAP_WORD.findall(acc.split("<")[0])) >= 2 and len(_CAP_WORD.findall(b.split("<")[0])) >= 2:
                out.append(acc)
                acc = b
            else:
                acc = f"{acc} , {b}"
        out.append(acc)
    return [p for p in out if p.strip()]


# "Ana Roe <aroe.x.exarnple Ivo Tam <itam@x.example>": an address OCR left unclosed, then the next entry
_UNCLOSED_THEN_ENTRY = re.compile(r"^(?P<a>[^<>]*<[^<>]*?)\s+(?P<b>(?:[A-Z][\w'.\-]*\s+){1,3}<[^<>]*@[^<>]*>?[^<>]*)$")
# "Ana Roe vvv GQ Tam, Ivo <ivo.tam@x.example>": a name, the scraps of its redacted address, the next entry
_NAME_THEN_ENTRY = re.compile(r"^(?P<a>[\"'\u2018]?[A-Z][a-z][\w'\-]*(?:\s+[A-Z][a-z][\w'\-]*){1,2})\s+"
                              r"(?P<scraps>(?:[^\s,<>@]{1,3}\s+)+)"
                              r"(?P<b>[A-Z][a-z][\w'\-]*,\s*[A-Z][a-z][\w'\-]*[^<>]*<[^<>]*@[^<>]*>?[^<>]*)$")


def _split_glued_entries(piece: str) -> list[str]:
    """Two correspondents printed as one when OCR lost their separator: an address left unclosed
    before the next "Name <address>", or a name and the scraps of its redacted address before a
    "Surname, Given <address>" (when the name does not fit that address)."""
    s = piece.strip()
    m = _UNCLOSED_THEN_ENTRY.match(s)
    if m:
        return [m.group("a"), m.group("b")]
    m = _NAME_THEN_ENTRY.match(s)
    if m:
        e = EMAIL_RE.search(_close_email_gaps(m.group("b")))
        local = re.sub(r"[^a-z]", "", e.group(0).split("@", 1)[0].lower()) if e else ""
        if not any(w.lower()[:3] in local for w in re.findall(r"[^\W\d_]{3,}", m.group("a"))):
            debris = "".join(REDACTION_RE.findall(m.group("scraps")))  # keep redaction markers counted
            return [f"{m.group('a')} {debris}".strip(), m.group("b")]
    return [piece]


_TAG_THEN_ADDRESS = re.compile(
    r"^(?P<first>[^<>@]*?\(\s*[A-Z][A-Za-z0-9/&.\- ]{1,40}\s*\)\s*(?:\[[^\]]{0,4}\]?)?)(?P<rest>.*?)"
    r"(?P<addr>(?:[A-Z][\w'\-]*\.?\s+){1,3}<[^<>@]+@[^<>]+>|(?<![<\w.+'\-])" + EMAIL_RE.pattern + r")\W*$")


def _split_tag_then_address(piece: str) -> list[str]:
    """Two correspondents printed as one when OCR lost the separator between an Outlook name with
    its tag and the next address: "Roe, Pat (AGY/OD) [E] " >, Ann Bell <ann.bell@x.test>".
    Split only when the tagged name does not fit the address (no part of it starts the address's
    local part), so "Roe, Pat (AGY/OD) [E] <pat.roe@agency.gov>" stays one."""
    m = _TAG_THEN_ADDRESS.match(piece.strip())
    if not m:
        return [piece]
    e = EMAIL_RE.search(m.group("addr"))
    if not e:
        return [piece]
    email = e.group(0)
    local = re.sub(r"[^a-z]", "", email.split("@", 1)[0].lower())
    name, _ = clean_name(m.group("first"))
    parts = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", name)]
    if not parts or len(local) < 5 or any(p[:3] in local for p in parts):
        return [piece]
    debris = "".join(REDACTION_RE.findall(m.group("rest")))  # keep redaction markers counted
    return [m.group("first"), f"{m.group('addr')} {debris}".strip()]


def unify_initials(messages) -> None:
    """One display name per person within a release: where a name is printed both with and
    without middle initials ("Haldane, Ilse L" and "Haldane, Ilse"), every address takes the form
    without them. A name only ever printed with its initial keeps it ("Priya K Sethi").
    First splits names glued together by OCR (`split_glued_names`) and drops capital scraps
    after names (`drop_capital_scraps`)."""
    split_glued_names(messages)
    drop_capital_scraps(messages)

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


_RAW_NOISE = re.compile(r"<[^>]*>?|\[[^\]]*\]?|\([^)]*\)?|" + EMAIL_RE.pattern)
_RAW_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019\-])*\.?|,")


def _wkey(w: str) -> str:
    return w.strip(".").replace("\u2019", "'").lower()


def _is_initial(w: str) -> bool:
    return len(w.strip(".")) == 1 and w[0].isupper()


def _debris_word(w: str) -> bool:
    """An OCR scrap rather than a name word: one to three letters, or all capitals up to four."""
    b = w.strip(".")
    return len(b) <= 3 or (b.isupper() and len(b) <= 4)


def _new_name_word(w: str) -> bool:
    return len(w) >= 2 and w[0].isupper() and any(c.islower() for c in w) and not _debris_word(w)


def _split_on_debris(words: list[str]) -> list[str] | None:
    """Names glued by the capital scraps OCR makes of redaction boxes between them ("Owen Pratt WG
    Delia Marsh Pyne", "Zia Hale OO SE Ines Varga SS Tobin Kerr"): the words between scraps, when
    every stretch is a name of two or three words (a stretch of one short scrap-like word is
    debris) and there are at least two. Anything else (a single name word between scraps, a long
    run, a lower-case word) is not split: None."""
    stretches, cur = [], []
    for w in words + ["|"]:
        b = w.strip(".")
        if w == "|" or (b.isalpha() and b.isupper() and 2 <= len(b) <= 4):
            if cur:
                stretches.append(cur)
            cur = []
        elif len(b) >= 2 and b[0].isupper() and any(c.islower() for c in b):
            cur.append(b)
        else:
            return None
    names = []
    for st in stretches:
        if len(st) == 1 and len(st[0]) <= 2:
            continue  # "Oe": a scrap
        if not 2 <= len(st) <= 3 or not all(len(w) >= 3 for w in (st[0], st[-1])):
            return None
        names.append(" ".join(st))
    return names if len(names) >= 2 else None


def _known_names(messages) -> set[tuple[str, str]]:
    """(given, surname) pairs printed on their own in the release as a two-word name (a middle
    initial allowed)."""
    seen: dict[tuple[str, str], set] = {}
    for k, m in enumerate(messages):
        for a in [m.sender, *m.to, *m.cc]:
            w = a.name.split()
            if len(w) == 3 and _is_initial(w[1]):
                w = [w[0], w[2]]
            if len(w) != 2 or not all(len(x) >= 2 and x[0].isupper() and any(c.islower() for c in x) for x in w):
                continue
            seen.setdefault((_wkey(w[0]), _wkey(w[1])), set()).add("@" if a.email else k)
    return set(seen)


def _segment(tokens: list[str], known: set[tuple[str, str]]):
    """Cover `tokens` (words and commas) with known names ("First [I.] Last" or "Last, First [I.]"),
    runs of two or three other capitalised words (a name not printed elsewhere; "Last, First" when
    a comma follows the first word) and skipped debris. Returns [(kind, display name)], kind
    "known" or "new", maximising the words covered by known names."""
    words, comma = [], []
    for t in tokens:
        if t == ",":
            if comma:
                comma[-1] = True
        else:
            words.append(t)
            comma.append(False)
    n = len(words)
    best: list = [None] * (n + 1)  # best[i]: (score, parts) for words[i:]
    best[n] = (0, [])
    for i in range(n - 1, -1, -1):
        cands = [(best[i + 1][0] - 1, best[i + 1][1])]  # skip words[i]
        for j in (i + 2, i + 3):
            if j > n or any(comma[i + 1:j - 1]):
                continue
            span = [w.strip(".") if _is_initial(w) else w for w in words[i:j]]
            three = j - i == 3
            fwd = (_wkey(span[0]), _wkey(span[-1])) if not comma[i] and (not three or _is_initial(span[1])) else None
            rev = (_wkey(span[1]), _wkey(span[0])) if not three or _is_initial(span[2]) else None
            if fwd in known:
                cands.append((best[j][0] + 3 * (j - i), [("known", " ".join(span))] + best[j][1]))
            elif rev in known:
                cands.append((best[j][0] + 3 * (j - i), [("known", " ".join(span[1:] + span[:1]))] + best[j][1]))
            elif all(_new_name_word(w) or (three and k == 1 and _is_initial(words[i + 1])) for k, w in enumerate(span)):
                # "Thom R. Fell": a middle initial between two name words
                shown = span[1:] + span[:1] if comma[i] else span
                cands.append((best[j][0] + (j - i), [("new", " ".join(shown))] + best[j][1]))
        best[i] = max(cands, key=lambda t: (t[0], -len(t[1])))
    return best[0][1]


def split_glued_names(messages) -> None:
    """Recover correspondents whose printed separators OCR lost, using the names the release
    prints elsewhere.

    A header name of three or more words ("Tamsin Orr Vadim Kettle Hollis Vane", "Halvard Rusk
    Oe") is read again from its printed text: when that text is covered by names printed on their
    own elsewhere in the release (either order: "Orr, Tamsin" is "Tamsin Orr"), other
    runs of capitalised words and debris, the address is replaced by one address per name found.
    Applied only when the reading finds a known name and either several names or a known name
    with nothing but debris left over; names with an address, or "on behalf of", are left alone.
    """
    known = _known_names(messages)

    def reread(a: Address) -> list[Address] | None:
        if a.email or len(a.name.split()) < 3 or re.search(r"\bbehalf\b", a.raw, re.I):
            return None
        text = REDACTION_RE.sub(" ", _RAW_NOISE.sub(" ", a.raw))
        tokens = [w.strip("'\u2019") for w in _RAW_WORD.findall(text) if w.strip(".'\u2019")]
        tokens = [w for w in tokens if _wkey(w) not in POST_NOMINALS]  # "Ida Voss PhD"
        words = [w for w in tokens if w != ","]
        parts = _segment(tokens, known) if known else []  # no name printed on its own: nothing to segment on
        if not any(k == "known" for k, _ in parts):
            names = None if "," in tokens else _split_on_debris(words)
            return [Address(name=p, raw=a.raw) for p in names] if names else None
        covered = {_wkey(x) for _, p in parts for x in p.split()}
        left = [w for w in words if _wkey(w) not in covered]
        if any(len(w) >= 4 and w[0].isupper() and any(c.islower() for c in w) for w in left):
            return None  # a name word the reading would lose ("Dela Paz, Ines")
        if any(t == "," and len(w) >= 3 and w.isalpha() and (w.islower() or w.istitle()) and _wkey(w) not in covered
               for w, t in zip(tokens, tokens[1:])):
            return None  # a surname before its comma, however printed ("paz, Ines Maria")
        if len(parts) == 1:
            at = [k for k, w in enumerate(words) if _wkey(w) in covered]
            k0 = tokens.index(words[at[0]])
            surname_first = k0 + 1 < len(tokens) and tokens[k0 + 1] == ","
            # "Orr, Tamsin Ann": a middle name, not debris; after "First Last", a scrap ("Tamsin Orr Toe")
            if any(len(w) >= 3 and w[0].isupper() and not w.isupper() and (surname_first or k < at[-1])
                   for k, w in enumerate(words) if _wkey(w) not in covered):
                return None
        if len(parts) == 1 and parts[0][1].lower().replace(".", "") == a.name.lower().replace(".", ""):
            return None
        return [Address(name=p, raw=a.raw) for _, p in parts]

    for m in messages:
        new = reread(m.sender)
        if new and len(new) == 1:
            m.sender = new[0]
        for field in ("to", "cc"):
            out, seen, changed = [], set(), False
            for a in getattr(m, field):
                got = reread(a)
                changed |= bool(got)
                for b in got or [a]:
                    if b.key() not in seen:
                        seen.add(b.key())
                        out.append(b)
            if changed:
                setattr(m, field, out)


def _before_comma(word: str, raw: str) -> bool:
    """`word` is printed in the surname before the first comma of `raw` ("ORR, Kai", "DE ORR, Kai"),
    not a credential ("Kai Orr MD, ..."): the surname, no scrap."""
    head, comma, _ = (raw or "").partition(",")
    words = re.findall(r"[^\W\d_]+", head)
    return bool(comma) and word in words and not _credential(word) and len(words) <= 3


def drop_capital_scraps(messages) -> None:
    """Drop a trailing scrap of two or three capitals after a name ("Wendell WG", "Ilse L MOO")
    when the release never prints that word as a name in mixed case: OCR makes such scraps of
    redaction boxes and address fragments. A capitalised surname the release also prints in
    mixed case ("Gordon LIU" beside "Liu, Gordon") stays. A lone letter left behind goes too, and
    so does a two-letter scrap after a first and last name when the release prints it nowhere but
    there (after a name of three words or more)."""
    def addrs():
        for m in messages:
            yield m.sender
            yield from m.to
            yield from m.cc

    mixed, inside = set(), set()  # words printed in mixed case; words printed other than last of 3+
    for a in addrs():
        ws = a.name.split()
        for i, w in enumerate(ws):
            if any(c.islower() for c in w):
                mixed.add(_wkey(w))
            if (i < len(ws) - 1 or len(ws) < 3) and len(ws) <= 3 and all(x[:1].isupper() for x in ws):
                inside.add(_wkey(w))
    for a in addrs():
        w = a.name.split()
        if not w or not any(c.islower() for c in w[0]) and not (len(w) >= 3 and any(c.islower() for c in w[1])):
            continue  # an all-capitals name; but "JP Vell GQ" (initials first) is tidied too
        k = len(w)
        while k > 1 and w[k - 1].isalpha() and w[k - 1].isupper() and 2 <= len(w[k - 1]) <= 3 \
                and _wkey(w[k - 1]) not in mixed and not _before_comma(w[k - 1], a.raw):
            k -= 1
        while k >= 3 and len(w[k - 1]) == 2 and w[k - 1].istitle() \
                and len(w[1]) >= 4 and w[1][0].isupper() and _wkey(w[k - 1]) not in inside:
            k -= 1  # "Wendell Garvey Oe", "Ruth Stein Ty Oe": two-letter scraps, only ever printed after names
        if k == len(w):
            continue
        if k == 2 and _is_initial(w[1]):
            k = 1
        a.name = " ".join(w[:k])

