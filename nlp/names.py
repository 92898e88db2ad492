"""Person names as printed in email releases: parse, normalise, compare.

Handles "First Last", "Last, First M.", "Det. R. Delgado #30917", "Alvarez, Robert (LAPD)",
"Whitlock, Gordon (NIH/NIAID) [E]", initials ("RD") and nicknames (through the profile's nickname
table). Names that cannot be split safely ("X on behalf of Y", an address used as a name) are kept
whole as *opaque* names, compared only as a whole.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from giftgraph.ingest.addresses import POST_NOMINALS

__all__ = ["PersonName", "parse_name", "norm", "clear_name_caches", "HONORIFICS", "CIVIC_TITLES", "SUFFIXES", "first_names_compatible", "name_forms",
           "short_form", "surname_initials", "known_given_names"]

# titles of elected and civic office written before a name ("Councilmember Ada Reyes", "Mayor Tom Hale"):
# they say the words after them are a person, and are no part of the name (and no police rank)
CIVIC_TITLES = frozenset({"councilmember", "councilwoman", "councilman", "councillor", "councilor", "mayor", "senator",
                          "commissioner", "alderman", "alderwoman", "alderperson", "assemblymember", "assemblywoman",
                          "assemblyman", "congressman", "congresswoman", "governor", "judge", "superintendent"})
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "doc", "sir", "madam", "prof", "professor", "rev", "reverend", "fr",
              "father", "pastor", "hon", "honorable"} | CIVIC_TITLES
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"} | POST_NOMINALS
# a company's legal form after its name (", Inc.", " LLC", " Co., Ltd.", " Corp."): no part of how it is spoken of
# (an Indian, Singaporean or Australian company's "Pvt. Ltd." / "Pte Ltd" / "Pty Ltd" / "Private Limited": one form, not two)
# A European company's form is one too: "B.V.", "N.V.", "S.A.S.", "S.r.l.", "Oy", "A/S", "AG" (the undotted short
# ones only in capitals as printed: "Tarn Valley Bass" ends in no "SA")
LEGAL_FORM = re.compile(r",?\s+(?:Inc|LLC|L\.L\.C|Ltd|Co\.?,?\s*Ltd|(?:Pvt|Pte|Pty)\.?,?\s*Ltd|Private\s+Limited|Corp|PLC|LLP|GmbH"
                        r"|B\.\s?V|N\.\s?V|S\.A\.S|S\.A|S\.r\.l|S\.p\.A|A/S|(?-i:BV|SAS|SARL|SpA|Srl|Oy|AS|ApS|AB|AG|KG))\.?$",
                        re.I)
_PARTICLES = {"la", "le", "los", "las", "lo"}
# words put before a given name to make a nickname ("Big Sal", "Lil Tony"): never a given name themselves
_EPITHETS = frozenset({"big", "lil"})
# lower-case words that join the words of an office's or a publication's name, never a person's
_CONNECTORS = frozenset({"of", "the", "for", "and", "on", "&"})
# the start of one surname written with an inner capital ("MacArthur", "FitzGerald", "VanDyke")
_SURNAME_PREFIXES = {"mac", "fitz", "van", "von", "der", "den", "del", "della", "des", "dos", "ten", "ter", "abu", "ben"}
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|\{[^}]*\}")
_SERIAL = re.compile(r"(?:,?\s*(?:Serial\s*(?:No\.?|Number|#)\s*|#\s?)\d{3,7})", re.I)
_NAME_TOKEN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*\.?$")


# the caches of printed names are bounded below what a large release holds: resolution reads the same few thousand
# names most; caches of every name printed in the whole Enron inbox were ~25 MB of resolution's peak
@functools.lru_cache(maxsize=32768)
def norm(s: str) -> str:
    """Lower case, accents folded, punctuation to spaces."""
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9@.'\s-]", " ", s).replace(".", " ").replace("'", "").split())


@dataclass(frozen=True)
class PersonName:
    """A parsed person name. `opaque` names are compared only as a whole (`raw`)."""

    raw: str
    first: str = ""
    middle: str = ""
    last: str = ""
    title: str = ""
    opaque: bool = False

    @property
    def full(self) -> str:
        """Display form "First Middle Last" (no title)."""
        if self.opaque:
            return self.raw
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def first_last(self) -> str:
        return " ".join(p for p in (self.first, self.last) if p)

    @property
    def key(self) -> tuple[str, str]:
        return norm(self.first), norm(self.last)

    @property
    def has_full(self) -> bool:
        """A given name (not just an initial) and a surname."""
        return bool(self.last) and len(self.first.rstrip(".")) > 1 and not self.opaque

    @property
    def initials(self) -> str:
        return "".join(p[0] for p in (self.first, self.last) if p).upper()

    def is_empty(self) -> bool:
        return not (self.first or self.last or self.opaque)


def _clean(s: str) -> str:
    s = re.sub(r"\[?mailto:[^\]\s]*\]?", " ", s or "", flags=re.I)
    s = _BRACKETS.sub(" ", s)
    s = _SERIAL.sub(" ", s)
    s = s.replace("\u2019", "'").strip().strip("'\"`").strip()
    s = re.sub(r"'s$", "", s)  # a possessive: "Hartley's"
    return " ".join(s.split())


def parse_name(text: str, *, titles: set[str] | frozenset[str] = frozenset()) -> PersonName:
    """Parse a printed person name. `titles`: lower-case rank words/abbreviations (no final dot)."""
    # resolution parses the same few thousand printed names tens of thousands of times per release;
    # a PersonName is frozen, so parses are shared
    return _parse_name_cached(text, titles if isinstance(titles, frozenset) else frozenset(titles))


def clear_name_caches() -> None:
    """Empty the caches of `norm`, `parse_name` and the folding of names: they fill with a release's
    printed names (up to their bounds), which resolution reads many times and later stages seldom."""
    for cached in (norm, _parse_name_cached, _fold):
        cached.cache_clear()


@functools.lru_cache(maxsize=16384)
def _parse_name_cached(text: str, titles: frozenset[str]) -> PersonName:
    return _parse_name(text, titles)


def _parse_name(text: str, titles: frozenset[str]) -> PersonName:
    raw = " ".join((text or "").split())
    s = _clean(raw)
    if not s:
        return PersonName(raw=raw)
    if "@" in s or re.search(r"\bon behalf of\b", s, re.I) or s.count(",") > 1:
        return PersonName(raw=s, opaque=True)
    honor = HONORIFICS | set(titles)
    last_first = False
    if "," in s:
        a, b = (x.strip() for x in s.split(",", 1))
        b_words = [w for w in b.split() if w.lower().rstrip(".") not in SUFFIXES]
        if not b_words:  # "Delgado, Jr."
            s = a
        elif all(w.lower().rstrip(".") in honor or w.lower().rstrip(".") in SUFFIXES for w in b.split()):
            s = f"{b} {a}"  # "Alvarez, Det."
        else:
            s, last_first = f"{b} {a}", True
            lf_last = a
    words = [w for w in s.replace(",", " ").split() if w not in ("-", "|", "/")]
    if len(words) > 1:
        # a redaction box read by OCR as a run of one letter ("Hugo Tam OO", "eee Vera Lindahl")
        kept = [w for w in words if not re.fullmatch(r"([A-HJ-Za-hj-z])\1+\.?", w, flags=re.I)]  # not "II", a rank grade
        words = kept or words
    if len(words) == 1 and not last_first:
        # "JoelMeyer": a given name and a surname printed without their space (not "MacArthur")
        glued = re.fullmatch(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})", words[0])
        if glued and glued.group(1).lower() not in _SURNAME_PREFIXES:
            words = [glued.group(1), glued.group(2)]
    title_words = []
    # leading titles: "Det.", "Police Officer II", "SLO", "Dr."
    while words:
        low = words[0].lower().rstrip(".")
        two = (low + " " + words[1].lower().rstrip(".")) if len(words) > 1 else ""
        if two and two in honor:
            title_words += words[:2]
            words = words[2:]
        elif low in honor:
            title_words.append(words[0])
            words = words[1:]
        elif title_words and re.fullmatch(r"(?:i{1,3}|iv|[1-3])", low):  # rank grade after a title: "Officer II"
            title_words.append(words[0])
            words = words[1:]
        elif title_words and low == "of" and len(words) >= 3 and all(w[:1].isupper() for w in words[1:]):
            # "Chief of Police Evelyn Marsh", "Director of Public Safety Ann Lee": the title goes on after "of"
            # up to the name (a given name the name table knows, else the last two words, or the surname alone)
            k = len(words) - (2 if len(words) >= 4 else 1)
            given = known_given_names()
            k = next((j for j in range(1, k) if words[j].lower().rstrip(".") in given), k)
            title_words += words[:k]
            words = words[k:]
            break
        else:
            break
    while words and words[-1].lower().rstrip(".") in SUFFIXES:
        words = words[:-1]
    while len(words) > 1 and words[0].lower().rstrip(".") in SUFFIXES and not last_first:
        words = words[1:]  # "MD Nora Ellery": a credential that lost its place in the layout
    if any(w[:1].isupper() for w in words):
        # OCR reads a capital I as a small l: "lan Rudd" is "Ian Rudd" (no name starts with a small l)
        words = ["I" + w[1:] if re.fullmatch(r"l[a-z]+", w) and w not in _PARTICLES else w for w in words]
    directory = not last_first and not title_words and _surname_first_caps(words) and words[1].lower() not in honor
    if len(words) >= 3 and re.fullmatch(r"[A-Za-z]", words[-1]) and not last_first:
        words = words[:-1]  # "Maureen Prescott A": a surname is never one bare letter (OCR debris)
    mixed = [w for w in words if re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+", w)]
    if len(mixed) >= 2 and len(words) > len(mixed):
        # OCR debris of redaction boxes around a printed name ("Lorna Keel OO", "NG Ines Varga"),
        # and credentials in the middle ("Edith MD Langford")
        words = [w for w in words if not (w.isupper() and 2 <= len(w.rstrip(".")) <= 4)
                 and w.lower().rstrip(".") not in SUFFIXES]
    if not words or not all(_NAME_TOKEN.match(w) for w in words) \
            or any(w in _CONNECTORS for w in words[1:-1]) \
            or (len(words) >= 2 and not last_first and words[-1].lower().rstrip(".") in office_last_words()):
        # not a person's name; and "Gazette of Tern Valley", "Office of the Harbour-Master", "Reader Enquiries":
        # the name of an office, a journal or a list, compared only as a whole
        return PersonName(raw=s, title=" ".join(title_words), opaque=bool(words))
    title = " ".join(title_words)
    if directory and len(words) >= 2 and words[0].isupper():
        # "VOLLMER Derek J", "OKAFOR Dana": a directory export prints the surname first, in capitals
        return PersonName(raw=raw, first=words[1], middle=" ".join(words[2:]), last=words[0].capitalize()
                          if "-" not in words[0] else "-".join(p.capitalize() for p in words[0].split("-")))
    if last_first:
        lw = lf_last.split()
        n_last = len([w for w in lw if w.lower().rstrip(".") not in SUFFIXES])
        rest = words[: len(words) - n_last]
        last = " ".join(words[len(words) - n_last:])
        first = rest[0] if rest else ""
        middle = " ".join(rest[1:])
    elif len(words) == 2 and not title and words[0].lower().rstrip("'’") in _EPITHETS and words[1][:1].isupper():
        # "Big Sal", "Lil Tony": a nickname made of an epithet and the given name, no surname
        first, middle, last = words[1], "", ""
    elif len(words) == 1:
        w = words[0]
        if title:  # "Det. Delgado": a title with one word is a surname
            first, middle, last = "", "", w
        else:
            first, middle, last = w, "", ""
    else:
        first, last = words[0], words[-1]
        middle = " ".join(words[1:-1])
        # particles belong to the surname: "Rosa de las Nieves Serrano" keeps middle; "van Houten"
        parts = words[1:-1]
        for i, p in enumerate(parts):
            if p.lower() in ("van", "von", "de", "del", "della", "da", "di", "le", "la", "du", "st.", "bin", "al"):
                if i == len(parts) - 1 or all(q.lower() in ("van", "von", "de", "der", "den", "del", "la", "los", "las") for q in parts[i:]):
                    middle = " ".join(parts[:i])
                    last = " ".join(parts[i:] + [words[-1]])
                    break
    return PersonName(raw=raw, first=first, middle=middle, last=last, title=title)


def _surname_first_caps(words: list[str]) -> bool:
    """A surname in capitals, then a given name in ordinary case, then at most initials:
    "LAST First", "LAST First M", "LAST First M." (not "JP Hanke", not "Anne LEROY")."""
    if not 2 <= len(words) <= 4:
        return False
    head, given, rest = words[0], words[1], words[2:]
    return (len(head.replace("-", "")) >= 3 and head.isupper() and head.lower() not in HONORIFICS | SUFFIXES
            and bool(re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+", given))
            and all(re.fullmatch(r"[A-Z]\.?", w) for w in rest)
            # a middle initial, or a given name the nickname table knows: not "NIAID Ocpostoffice"
            and (bool(rest) or given.lower() in known_given_names()))


@functools.lru_cache(maxsize=1)
def office_last_words() -> frozenset[str]:
    """Last words of a display name that names an office or a service ("Reader Enquiries"),
    from `nlp/data/not_person.yaml`."""
    import yaml

    path = Path(__file__).parent / "data" / "not_person.yaml"
    return frozenset(str(w).lower() for w in (yaml.safe_load(path.read_text(encoding="utf-8")) or {})
                     .get("office_last_words", []))


@functools.lru_cache(maxsize=1)
def known_given_names() -> frozenset[str]:
    """Every given name and short form of the shared nickname table (`nlp/data/nicknames.yaml`)."""
    import yaml

    path = Path(__file__).parent / "data" / "nicknames.yaml"
    table = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nicknames", {})
    return frozenset({str(k).lower() for k in table} | {str(v).lower() for vs in table.values() for v in vs or []})


def surname_initials(last: str) -> set[str]:
    """Initials a surname of several parts contributes: "Smith-Jones" gives "S" and "SJ",
    "de la Cruz" gives "C" and "DLC", "Ortega Ruiz" gives "O" and "OR"."""
    parts = [p for p in re.split(r"[\s\-]+", last) if p]
    if not parts:
        return set()
    out = {parts[0][0].upper(), parts[-1][0].upper(), "".join(p[0] for p in parts).upper()}
    caps = [p for p in parts if p[:1].isupper()]
    if caps:
        out.add("".join(p[0] for p in caps).upper())
    return out


@functools.lru_cache(maxsize=32768)
def _fold(s: str) -> str:
    return norm(s).replace(" ", "").replace("-", "")


def first_names_compatible(a: str, b: str, nick_groups: dict[str, set[str]]) -> bool:
    """Same given name, an initial of it, or a nickname of it ("Bob" ~ "Robert", "R." ~ "Robert")."""
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return True
    if fa == fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    ga = nick_groups.get(fa, {fa})
    gb = nick_groups.get(fb, {fb})
    return fb in ga or fa in gb or short_form(fa, fb) or short_form(fb, fa)


def short_form(short: str, full: str) -> bool:
    """A short form that no table lists: the start of a longer given name ("Theo" for "Theodora",
    "Kath" for "Kathryn", three letters or more, the given name at least two letters longer) or its
    end ("Tina" for "Christina", four letters or more)."""
    if len(full) < len(short) + 2:
        return False
    return (len(short) >= 3 and full.startswith(short)) or (len(short) >= 4 and full.endswith(short))


def middles_compatible(a: str, b: str) -> bool:
    fa, fb = _fold(a), _fold(b)
    return not fa or not fb or fa[0] == fb[0]


def name_forms(n: PersonName) -> set[str]:
    """Surface forms worth keeping as aliases."""
    out = set()
    if n.opaque:
        out.add(n.raw)
        return out
    if n.first_last:
        out.add(n.first_last)
    if n.full:
        out.add(n.full)
    return {o for o in out if o}
