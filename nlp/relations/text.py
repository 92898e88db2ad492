"""A message's own text cut into sentences, each tokenised and scanned for cues."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable

from giftgraph.ingest.message import Message

__all__ = ["Sentence", "own_text", "split_sentences", "norm_ws", "amounts_in_dollars", "printed_otherwise", "shown_currency",
           "QUOTED_PASSAGE", "DASH_ATTRIBUTED", "signed_quotes"]


# the reader asks what their share came to (to report it), not what they owe: the amount answered is what they had
_SHARE_CAME_TO = r"(?:what|how\s+much)\s+(?:my|our)\s+(?:share|half|part|portion)\s+(?:came|comes|come|cost|costs|was|ran)\b"
VALUE_QUESTION = re.compile(r"\b" + _SHARE_CAME_TO, re.I)
# the reader asks what they owe for something they had: "what do I owe you (for X)?", "how much do we owe you",
# "what's my share", "let me pay my half" (`gifts._owed_nothing`; a thread with one is read for relations)
OWE_QUESTION = re.compile(r"\b(?:(?:what|how\s+much)\s+(?:do|did|would|will)\s+(?:I|we)\s+owe\b|what(?:'s|\s+is)\s+(?:my|our)\s+"
                          r"(?:share|half|part|cut)\b|let\s+(?:me|us)\s+(?:pay|chip\s+in|cover|get)\s+(?:for\s+)?(?:my|our)\s+"
                          r"(?:share|half|part|end)\b|" + _SHARE_CAME_TO + ")", re.I)
OWE_NEEDS = ("owe", "my share", "our share", "my half", "our half", "my part", "our part", "my cut", "my end", "our end",
             "my portion", "our portion")

# a passage of some length in quotation marks (a customer's words quoted, a draft testimonial)
QUOTED_PASSAGE = re.compile(r'["\u201c]([^"\u201c\u201d]{40,}?)["\u201d]', re.S)
# a quotation signed under or after it with a dash: '"... safe on the water." - Sheriff Ada Lund' (a title may come
# first, the name's first words capitalised)
DASH_ATTRIBUTED = re.compile(r"[\"\u201d][ \t]*(?:\n[ \t>]*)?[-\u2013\u2014]{1,2}[ \t]*(?P<who>[A-Z][^\n,]{2,80})")
# ... or followed by its speaker: '"...," said Ana Ruiz', '"...," Ana Ruiz says'
_SAID_AFTER = re.compile(r"[\"\u201d][ \t]*,?[ \t]*(?:says|said|writes|wrote|adds|added|notes|noted)\s+[A-Z]|"
                         r"[\"\u201d][ \t]*,?[ \t]*[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){0,3}[ \t]+"
                         r"(?:says|said|writes|wrote|adds|added|notes|noted)\b")


def signed_quotes(body: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage of a text that is signed as someone's words, by a dash line or a verb of
    saying after it: words a writer quotes, not the writer's own acts."""
    out = []
    if '"' not in body and "\u201c" not in body:
        return out
    for q in QUOTED_PASSAGE.finditer(body):
        if DASH_ATTRIBUTED.match(body, q.end() - 1) or _SAID_AFTER.match(body, q.end() - 1):
            out.append((q.start(), q.end()))
    return out


@dataclass(eq=False)
class Sentence:
    """One sentence of a message's own text, tokenised and scanned."""

    message: Message
    index: int
    paragraph: int
    start: int  # character offsets in message.body
    end: int
    text: str  # whitespace-normalised
    doc: Any = None
    _cues: dict = field(default_factory=dict, repr=False)  # see `cues`
    products: list = field(default_factory=list)  # [(node id, token start, token end, surface)]
    codes: list = field(default_factory=list)  # [(node id, token start, token end)]
    # (labels, matches): the dependency-parse cues not read yet. `matches(start, end)` gives the message's
    # DependencyMatcher matches (at least those within the sentence's offsets), parsing it (or, for a long
    # text, the pieces of it the sentence overlaps) on first call; a label of `labels` is only looked up when
    # a rule asks for it, so a message none of whose sentences is asked is never parsed (on a large
    # release, most of those the regex anchors let through)
    _deferred: Any = field(default=None, repr=False)

    @property
    def cues(self) -> dict:
        """Cue spans by label (the dependency-parse cues included: the message is parsed if needed)."""
        self._read_deferred()
        return self._cues

    @cues.setter
    def cues(self, value: dict) -> None:
        self._cues = value

    def defer(self, labels: frozenset, matches: Callable[[int, int], list]) -> None:
        """Cues of ``labels`` come from ``matches(start, end)`` ((label, start char, end char) in the body;
        those within this sentence's offsets are kept), called when one of them is first asked for."""
        self._deferred = (labels, matches)

    def _read_deferred(self, label: str | None = None) -> None:
        if self._deferred is None or (label is not None and label not in self._deferred[0]):
            return
        matches, self._deferred = self._deferred[1], None
        for name, a, b in matches(self.start, self.end):
            if self.start <= a and b <= self.end:
                self._cues.setdefault(name, []).append(self.doc[0:0])

    def spans(self, label: str) -> list:
        """The cue spans of one label (parses the message only for a dependency-pattern label)."""
        self._read_deferred(label)
        return self._cues.get(label) or []

    def has(self, label: str) -> bool:
        return bool(self.spans(label))


def own_text_base(m: Message, doc=None) -> str:
    """What `own_text` cuts: the analysed own text when the body starts with it, else the body."""
    body = m.body or ""
    return doc.text if doc is not None and body.startswith(doc.text) else body


def own_text(m: Message, rules=None, doc=None) -> str:
    """The message's own text: the body up to the first quoted-history or forward marker. A reply written between
    the lines it answers (`giftgraph.nlp.signature.inline_answer_at`) goes on after them, its quoted lines blanked
    (`blank_inline_quotes`: the answers keep their offsets in the body)."""
    from giftgraph.nlp.signature import _QUOTED_LINE, inline_answer_at

    text = own_text_base(m, doc)
    cut = len(text)
    for rx in (rules.quote_markers if rules else []):
        answered = -1
        for mm in rx.finditer(text):
            if mm.start() >= cut:
                break
            if mm.start() < answered:
                continue  # a line of a quoted block answered below it
            if mm.start() > 0 and not _memo_heading(text, mm.start()):
                # (the marker's "^\s*" may open on a blank line before the quoted one)
                line_at = text.rfind("\n", 0, mm.start() + max(0, mm.group().find(">"))) + 1
                if ">" in mm.group() and _QUOTED_LINE.match(text, line_at) and (answered := inline_answer_at(text, line_at)) >= 0:
                    continue
                cut = mm.start()
                break
    return blank_inline_quotes(text[:cut])


_QUOTED_AFTER_OWN = re.compile(r"(?m)^[ \t]*>[^\n]*")


def blank_inline_quotes(text: str) -> str:
    """The quoted lines ("> ...") after the first line of the writer's own in ``text``, as spaces: an inline reply's
    quoted questions are not the writer's words, its answers stay where they were."""
    first = re.search(r"(?m)^(?![ \t]*>)[ \t]*\S", text)
    if first is None or ">" not in text[first.start():]:
        return text
    head, tail = text[:first.start()], text[first.start():]
    return head + _QUOTED_AFTER_OWN.sub(lambda x: " " * len(x.group()), tail)


# a memo's heading, "TO: ... / FROM: ... / RE: ...", written in the message itself: its "FROM:" line comes after the
# "TO:" line (a quoted or forwarded header prints "From:" first) and no "Sent:" or "Date:" line follows it
_MEMO_FROM = re.compile(r"[ \t]*from:", re.I)
_MEMO_TO_BEFORE = re.compile(r"(?:^|\n)[ \t]*to:[^\n]*\n(?:[ \t]*\n)?$", re.I)
# (a memo's own "DATE: 21 APR 2025" prints the day alone; a quoted header's date line has the time it was sent)
_HEADER_DATE_AFTER = re.compile(r"\A[^\n]*(?:\n[^\n]*){0,3}?\n[ \t]*(?:sent:|date:[^\n]*\d:\d\d)", re.I)


def _memo_heading(text: str, at: int) -> bool:
    """The "From:" line at ``at`` is a line of a memo's own heading (after its "TO:" line), not quoted history."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _MEMO_FROM.match(text, line_start):
        return False
    return bool(_MEMO_TO_BEFORE.search(text[:line_start])) and not _HEADER_DATE_AFTER.match(text[line_start:])


# (a smiley closes a sentence as a stop does in chatty mail: "don't worry about it :) the loaner we need back")
_EMOTICON = re.compile(r"[:;]-?[)DP]")
_SENT_END = re.compile(r"(?:(?<=[.!?])[\"')\]]*|(?<=\s[:;][)DP])|(?<=\s[:;]-[)DP]))\s+(?=[A-Za-z0-9\"'(\[$*])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "det", "sgt", "lt", "capt", "cpt", "ofc", "cmdr", "insp", "dep", "cpl", "maj",
    "supt", "asst", "prof", "rev", "hon",
    "inc", "corp", "ltd", "jr", "sr", "vs", "e.g", "i.e", "approx", "dept", "ave", "blvd",
    "p.o", "u.s", "attn", "slo",
}
# a company's or a name's suffix ("Acme Cams, Inc.", "Pell & Rowe Ltd.", "Dana Morrow Jr.") comes after the name, so
# it may end a sentence: it does when the next word is one that opens a sentence ("..., Inc. In addition, ...",
# "... Ltd. We sent ...")
_SUFFIX_ABBREVIATIONS = {"inc", "corp", "ltd", "co", "llc", "jr", "sr"}
_SENTENCE_OPENERS = {"in", "the", "a", "an", "we", "our", "i", "it", "its", "this", "that", "these", "those", "please",
                     "if", "as", "should", "thank", "thanks", "you", "your", "they", "their", "he", "she", "there",
                     "additionally", "also", "however", "unfortunately", "meanwhile", "accordingly", "furthermore",
                     "moreover", "no", "all", "each", "both", "let", "kindly", "regards", "sincerely", "respectfully"}
# only before a number: "Unit No. 4410", and a month's short name before its day: "the Oct. 11 game", "Sept. 4"
_NUMBER_ABBREVIATIONS = {"no", "nos", "ste", "apt", "fig", "vol", "pg", "p",
                         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# (a memo's lettered items too: "a. Round-trip airfare: $412.60", "b) Lodging: $587.40")
_BULLET = re.compile(r"^\s*(?:[*\u2022\-]|\d+[.)]|[a-h][.)])\s+")


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """(paragraph number, start, end) of each sentence; single line breaks inside a paragraph are
    undone, bullets and blank lines start new sentences.

    >>> t = "Hello Lee,\\n\\nTwo cams are\\nset aside for you. Cheers!"
    >>> [t[s:e] for p, s, e in split_sentences(t)]
    ['Hello Lee,', 'Two cams are\\nset aside for you.', 'Cheers!']
    """
    out = []
    para = 0
    for pm in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        block_start = pm.start()
        lines = pm.group(0).split("\n")
        # a bullet line starts its own chunk; other lines continue the chunk
        chunks: list[tuple[int, int]] = []
        pos = block_start
        prev = ""
        for line in lines:
            ls, le = pos, pos + len(line)
            # a salutation ("Lee,") or a finished sentence ends the chunk: a printed page
            # often has no blank line between greeting, paragraphs and signature
            closed = bool(re.search(r"[.!?:]\W{0,2}$", prev.rstrip())) or (
                prev.rstrip().endswith(",") and len(prev.split()) <= 5)
            if chunks and not _BULLET.match(line) and line.strip() and not closed:
                chunks[-1] = (chunks[-1][0], le)
            elif line.strip():
                chunks.append((ls, le))
            prev = line if line.strip() else prev
            pos = le + 1
        for cs, ce in chunks:
            chunk = text[cs:ce]
            last = 0
            flat = chunk.replace("\n", " ")
            for sm in _SENT_END.finditer(flat):
                word = re.search(r"(\S+)$", flat[:sm.start()])
                # (an abbreviation after an opening bracket or quote is one too: "(approx. $400)", "(e.g. the X)")
                w = word.group(1).rstrip(".").lstrip("([{\"'\u2018\u201c").lower() if word else ""
                if re.fullmatch(r"\s*[a-h][.)]", flat[last:sm.start()]) and _BULLET.match(chunk):
                    continue  # "a. Round-trip airfare ...": the letter of a memo's item, not a sentence of its own
                nxt = re.match(r"\s*([A-Z][a-z]*)\b", flat[sm.end():])
                if word and w in _SUFFIX_ABBREVIATIONS and nxt and nxt.group(1).lower() in _SENTENCE_OPENERS:
                    pass  # "... Brindle Optics, Inc. In addition, ...": the suffix ends the sentence
                elif word and (w in _ABBREVIATIONS or re.fullmatch(r"[A-Z]\.", word.group(1))
                             or (w in _NUMBER_ABBREVIATIONS and flat[sm.end():sm.end() + 1].isdigit())):
                    continue  # "Det. J. Doe", "St. Ann", "No. 4410": not a sentence end
                if flat[sm.end():sm.end() + 1].islower() and not (
                        word and (re.fullmatch(r"[A-Za-z]{2,}[.!?]+", word.group(1)) or _EMOTICON.fullmatch(word.group(1)))):
                    continue  # a lower-case start only after a plain word ("done. they're on the way")
                piece = chunk[last:sm.start()]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    out.append((para, cs + last + lead, cs + last + len(piece.rstrip())))
                last = sm.end()
            piece = chunk[last:]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append((para, cs + last + lead, cs + last + len(piece.rstrip())))
        para += 1
    return out


def norm_ws(s: str) -> str:
    return " ".join(s.split())


# OCR reads a small o as a zero ("0n us", "n0t a loan", "f0r") and an l as a one between letters ("to1d"): a word of
# lower-case letters with such a digit in it, and no other digit, is read with the letter (same length, so offsets hold)
_OCR_DIGIT_WORD = re.compile(r"(?<![\w$.,/:-])(?!0s\b)(?=[a-z0]*[a-z])(?=[a-z0]*0)[a-z0]{2,}(?![\w$%/:-])"
                             r"|(?<=[a-z])1(?=[a-z])")


# and the other way in an amount: a capital O or a small o for a zero, an l or a capital I for a one, after the dollar
# sign and among its digits ("$1O4", "$2,5O0", "$l50"); not a word that follows a bare "$" ("$ Off")
_OCR_LETTER_AMOUNT = re.compile(r"(?<=\$)(?=[\dOolI,.]*\d)(?=[\dOolI,.]*[OolI])[\dOolI][\dOolI,.]*(?![\w$%])")
_AMOUNT_DIGITS = str.maketrans("OolI", "0011")


def ocr_letters(s: str) -> str:
    """A sentence's words as written, where OCR put a digit for a letter ("are 0n us" -> "are on us"), and its
    amounts, where OCR put a letter for a digit ("$1O4" -> "$104").

    >>> ocr_letters("Greens fees are 0n us, n0t a loan; I to1d them. 10 cams, R2 and 0s stay.")
    'Greens fees are on us, not a loan; I told them. 10 cams, R2 and 0s stay.'
    >>> ocr_letters("It came to $1O4 a head, $l5 for the cab, $2,5O0 in all; $10 off.")
    'It came to $104 a head, $15 for the cab, $2,500 in all; $10 off.'
    """
    s = _OCR_DIGIT_WORD.sub(lambda m: "l" if m.group(0) == "1" else m.group(0).replace("0", "o"), s)
    return _OCR_LETTER_AMOUNT.sub(lambda m: m.group(0).translate(_AMOUNT_DIGITS), s) if "$" in s else s


# an amount in pounds or euros ("\u00a3285 a head", "\u20ac 1,200"): the value is the number printed (no conversion),
# read the way an amount in dollars is, so every rule that knows "$285" knows it; one character for one, so the
# sentence's offsets hold. `shown_currency` puts the printed sign back for a quote.
_OTHER_CURRENCY = re.compile(r"[\u00a3\u20ac](?=\s?\d)")
# the code of a dollar currency before an amount, as writers outside the US price things ("CAD 420", "CDN95",
# "AUD 1,300", "USD 6,400"; capitals only, so "cad" and "3 CDs" stay): read as the dollar sign ("$420"), the way every rule that
# knows "$420" reads it. The sentence gets shorter, as `norm_ws` makes it; `shown_currency` gives the printed words back
_DOLLAR_CODE = re.compile(r"\b(?P<code>CAD|CDN|AUD|NZD|USD)\s?(?=\d)"
                          # and the sign written with the country's letters ("C$684.20", "CA$ 95", "A$40", "NZ$ 12"): the
                          # letters dropped, the sign kept
                          r"|\b(?:C|CA|CDN|A|AU|NZ)(?=\$\s?\d)")


def amounts_in_dollars(s: str) -> str:
    """A sentence with its pound and euro signs, and the codes of dollar currencies, before an amount read as dollar
    signs.

    >>> amounts_in_dollars("Tickets are \u00a3120 a head; \u20ac 40 for the cab; the \u00a3 sign alone stays.")
    'Tickets are $120 a head; $ 40 for the cab; the \u00a3 sign alone stays.'
    >>> amounts_in_dollars("The course is CAD 420 a seat, CDN95 for the dinner, C$684.20 for the flight.")
    'The course is $420 a seat, $95 for the dinner, $684.20 for the flight.'
    """
    if "\u00a3" in s or "\u20ac" in s:
        s = _OTHER_CURRENCY.sub("$", s)
    if "D" in s or "$" in s:
        s = _DOLLAR_CODE.sub(lambda m: "$" if m.group("code") else "", s)
    return s


def printed_otherwise(text: str) -> bool:
    """`text` prints an amount with a sign or a code that `amounts_in_dollars` reads as "$"."""
    return bool(_OTHER_CURRENCY.search(text) or _DOLLAR_CODE.search(text))


def shown_currency(text: str, printed: str) -> str:
    """`text` (a sentence as read, `amounts_in_dollars`) with the currency signs of `printed` (the same sentence as
    printed, whitespace-normalised) put back where they were read as dollars; a code read as a sign ("CAD 420") gives
    the printed sentence back when it reads as `text`."""
    if "$" not in text or not printed_otherwise(printed):
        return text
    if len(printed) != len(text) and amounts_in_dollars(printed) == text:
        return printed
    printed = printed[:len(text)]  # (a sentence cut short where it was read)
    if len(printed) != len(text) or not _OTHER_CURRENCY.search(printed):
        return text
    return "".join(p if t == "$" and p in "\u00a3\u20ac" else t for t, p in zip(text, printed))
