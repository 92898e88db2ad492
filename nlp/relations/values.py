"""Money, quantities and number words: what a gift is worth and how many items it holds.

Examples
--------
>>> parse_money("nearly $4,000")[0][0]
4000.0
>>> parse_money("roughly 800 bucks")[0][0]
800.0
>>> parse_money("$2.4k in hardware")[0][0]
2400.0
"""
from __future__ import annotations

import functools
import re
from typing import Any, Callable

__all__ = ["parse_money", "words_to_number", "quantity_before", "quantity_after", "items_of", "stated_value", "each_value",
           "uses_in", "uses_reported", "merge_items", "sum_value", "printed_unit_prices"]

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
# a two-digit number written as words with its hyphen: "twenty-four", "ninety-nine"
_TENS_UNITS = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|"
                         r"eight|nine)")
_SCALE = {"hundred": 100, "thousand": 1000, "grand": 1000, "k": 1000, "million": 1_000_000, "m": 1_000_000,
          "mm": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000}
_NUMWORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|million|a|an|and)"

_MONEY_RE = re.compile(
    r"(?P<cur>US\$|\$|USD\s?|\u00a3|\u20ac|GBP\s?|EUR\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d{1,2}))?(?:\s?(?P<suf>[kK]|thousand|grand|million|billion|bn|[mM]{1,2}(?![a-z])))?(?!\w|,\d)"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec2>\d{1,2}))?\s?(?P<suf2>[kK]|thousand|grand)?\s(?P<unit2>bucks|dollars|dollar|usd)\b"
    rf"|(?P<words>(?:{_NUMWORD}[\s-]+)*{_NUMWORD})\s(?P<unit3>bucks|dollars|dollar)\b"
    # casual writing drops the sign before "worth": "bout 240 worth", "about 1,200 worth of gear" (two digits or more)
    r"|(?<![\w$.,])(?P<num4>\d{1,3}(?:,\d{3})+|\d{2,})(?:\.(?P<dec4>\d{2}))?(?=\s+worth\b)"
    r"|(?P<grand>\ba grand\b)",
    re.I,
)


def words_to_number(text: str) -> int | None:
    """Spelled-out numbers: "five hundred" -> 500, "twelve hundred" -> 1200, "two thousand" -> 2000.

    >>> words_to_number("twelve hundred")
    1200
    >>> words_to_number("a dozen") is None
    True
    """
    total = current = 0
    seen = False
    for w in re.split(r"[\s-]+", text.lower().strip()):
        if not w or w == "and":
            continue
        if w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w in _SCALE:
            current = (current or 1) * _SCALE[w]
            if _SCALE[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_money(text: str) -> list[tuple[float, int, int]]:
    """Dollar amounts in `text` as (value, start, end): "$2,490.00", "$1.2k", "600 bucks",
    "five hundred dollars". Qualifiers ("close to", "about", "just under") are left out of the value.

    >>> [v for v, s, e in parse_money("$129 per unit, so $2,580 - a bit over $2,500")]
    [129.0, 2580.0, 2500.0]
    >>> parse_money("$2,490.00")[0][0]
    2490.0
    >>> parse_money("five hundred dollars")[0][0]
    500.0
    """
    out = []
    for m in _MONEY_RE.finditer(text):
        if m.group("grand"):
            out.append((1000.0, m.start(), m.end()))
            continue
        if m.group("words"):
            n = words_to_number(m.group("words"))
            if n:
                out.append((float(n), m.start("words"), m.end()))
            continue
        num, dec, suf = (m.group("num"), m.group("dec"), m.group("suf")) if m.group("num") else (
            m.group("num2"), m.group("dec2"), m.group("suf2")) if m.group("num2") else (m.group("num4"), m.group("dec4"), None)
        value = float(num.replace(",", "") + ("." + dec if dec else ""))
        if suf:
            value *= _SCALE[suf.lower()]
        out.append((value, m.start(), m.end()))
    return out


def count_of(rules, w: str) -> int | None:
    """The number a word of counting says: a number word of the rules ("six", "a dozen") or digits ("12"); else None."""
    return rules.number_words.get(w) if w in rules.number_words else (int(w) if w.isdigit() else None)


def number_said(rules, w: str) -> int | None:
    """The number a word says, however written: a number word of the rules, digits with or without a thousands comma
    ("1,200"), or number words joined ("twenty-five"); else None."""
    w = w.lower()
    return count_of(rules, w.replace(",", "")) or words_to_number(w)


def _int_of(text: str) -> int | None:
    try:
        return int(float(text.replace(",", "")))
    except ValueError:
        return words_to_number(text)


def quantity_before(rules, doc, start: int) -> int | None:
    """The number of items written before a product mention ("3 brand new X", "half a dozen X")."""
    j = start - 1
    steps = 0
    while j >= 0 and steps < 6:
        for n in (4, 3, 2, 1):
            if j - n + 1 < 0:
                continue
            phrase = " ".join(t.lower_ for t in doc[j - n + 1:j + 1])
            if phrase in rules.number_words:
                if phrase.split()[-1] in ("pair", "of") and "pair" in phrase and _sold_by_pair(rules, doc, start):
                    return 1  # "a pair of the X boots": one of a thing sold by the pair
                return _per_year(doc, j, rules.number_words[phrase])
            joined = phrase.replace(" - ", "-")  # "a half-dozen", "twenty-four" cut at the hyphen
            if joined != phrase:
                n_joined = rules.number_words.get(joined)
                if n_joined is None and _TENS_UNITS.fullmatch(joined):
                    n_joined = words_to_number(joined)  # "thirty-six": not "six"
                if n_joined is not None:
                    return _per_year(doc, j, n_joined)
        tok = doc[j]
        if tok.text == ")" and j >= 2 and doc[j - 1].like_num and doc[j - 2].text == "(":
            return _int_of(doc[j - 1].text)  # "four (4) X", "ten (10) X"
        if tok.like_num and not (j > 0 and doc[j - 1].text in "$€£"):
            return _per_year(doc, j, _int_of(tok.text))
        mx = re.fullmatch(r"(\d{1,3})\s?[x×]", tok.lower_)
        if mx:
            return int(mx.group(1))  # "2x X", "10× X"
        if tok.lower_ in rules.fillers or (tok.is_lower and tok.is_alpha and not tok.is_stop and len(tok) > 3
                                           and steps < 2 and j > 0 and (doc[j - 1].lower_ in rules.fillers
                                                                        or doc[j - 1].lower_ in rules.number_words
                                                                        or doc[j - 1].like_num)):
            # a word describing the things between the count and their name, after "of", "our" or the count
            # ("six of our embroidered X", "two rugged X"), as a filler is ("three new X")
            j -= 1
            steps += 1
            continue
        if tok.is_title and tok.is_alpha and j > 0 and not doc[j - 1].is_sent_start and steps < 3 and (
                doc[j - 1].is_title or doc[j - 1].like_num):
            # a place or a unit named between the count and the things: "the 12 Quarry porch cams", "the 40 Third
            # District cameras" (a month before the count makes it a day: "the May 12 Quarry demo")
            k = j - 1
            while k > 0 and doc[k].is_title and doc[k].is_alpha and j - k < 3:
                k -= 1
            if doc[k].like_num and not (k > 0 and (doc[k - 1].lower_.rstrip(".") in _MONTH_WORDS
                                                   or doc[k - 1].text in "$€£#")):
                return _per_year(doc, k, _int_of(doc[k].text))
        return None
    return None


def _sold_by_pair(rules, doc, start: int) -> bool:
    """The product named from ``start`` is a thing that comes in pairs (boots, gloves, goggles: `paired_goods`), so
    "a pair" of it is one of it, not two."""
    paired = getattr(rules, "paired_goods", frozenset())
    for t in doc[start:start + 5]:
        if _paired_word(paired, t.lower_):
            return True
        if t.is_punct or t.lower_ in {"and", "or", "to", "for"}:
            break
    return False


_MONTH_WORDS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                          "january", "february", "march", "april", "june", "july", "august", "september", "october",
                          "november", "december", "no", "number"})


def _per_year(doc, j: int, n: int | None) -> int | None:
    """"twelve months of the plan", "18 months of service": a length in months counts years (at least one)."""
    if n is not None and j + 1 < len(doc) and doc[j + 1].lower_ in {"month", "months", "mo", "mos"}:
        return max(1, round(n / 12))
    return n


# a thing after the word that would make a product name an event or a paper: "the X demo unit", "an X review model"
_THING_NOUNS = frozenset({"unit", "units", "model", "models", "device", "devices", "kit", "kits",
                          # the kind of device itself: "the X demo kiosk", "an X review tablet"
                          "kiosk", "kiosks", "tablet", "tablets", "camera", "cameras", "drone", "drones", "sensor",
                          "sensors", "laptop", "laptops", "radio", "radios", "handset", "handsets", "terminal", "terminals"})


def quantity_after(doc, end: int) -> int | None:
    """ "X x 10", "X x2", "X (qty 4)"."""
    toks = [t for t in doc[end:end + 4] if t.text not in "():"]
    if toks and re.fullmatch(r"[x×]\d{1,3}", toks[0].lower_):
        return int(toks[0].lower_[1:])  # "X x2"
    if len(toks) >= 2 and toks[0].lower_ in {"x", "×", "qty", "quantity", "*"} and toks[1].like_num:
        return _int_of(toks[1].text)
    return count_set_apart(doc, end)


def count_set_apart(doc, end: int) -> int | None:
    """ "a carton of X (four of them)", "X, 6 in all,": the count set apart after the things it counts (it says how
    many more plainly than the article of "a carton of")."""
    toks = [t for t in doc[end:end + 5] if t.text not in "(),"]
    if end < len(doc) and doc[end].text in {"(", ","} and len(toks) >= 3 and toks[0].like_num and \
            (toks[1].lower_, toks[2].lower_) in {("of", "them"), ("in", "all"), ("in", "total")}:
        return _int_of(toks[0].text)
    return None


# the words that open a clause giving a reason or a time before the main clause ("Since ..., we'd like to ...")
_REASON_OPENERS = frozenset({"since", "because", "as", "now", "given", "after", "seeing"})


def _reason_clause_end(s) -> int | None:
    """The token index of the comma that closes a clause of reason opening the sentence ("Since your city was our
    launch site for the X, we're turning on the Y ...", "Because you ran the X pilot, ..."), when a product is named
    after that comma too; else None (a lone product of such a clause may still be the thing given)."""
    doc = s.doc
    if not s.products or len(doc) < 4 or doc[0].lower_ not in _REASON_OPENERS:
        return None
    if doc[0].lower_ in {"now", "given"} and doc[1].lower_ != "that":
        return None
    comma = next((t.i for t in doc[2:] if t.text == ","), None)
    if comma is None or not any(a > comma for _, a, _b, _ in s.products):
        return None
    return comma


# what a product is said to be brought back to, or to have had done to it, when a thing the reader already owns is
# mended ("getting the X back in service", "the X up and running again", "having our X repaired"): a repair, not an item
_MENDED_AFTER = re.compile(r"(?:units?\s+|systems?\s+)?(?:back\s+(?:in(?:to)?\s+(?:service|operation)|online|up\b|on\s*line)|"
                           r"(?:up\s+and\s+)?(?:running|working|operational)\s+again|up\s+and\s+running|"
                           r"(?:fixed|repaired|mended|serviced|recalibrated|restored)\b)", re.I)


def items_of(rules, s) -> dict[str, int]:
    """Product node id -> quantity for the products a sentence names."""
    items: dict[str, int] = {}
    not_items = {str(w).lower() for w in rules.gift.get("not_item_after") or []}
    topics = {str(w).lower() for w in rules.gift.get("topic_of") or []}
    fitted = {str(w).lower() for w in rules.gift.get("fitted_words") or []}
    named: list[tuple[str, set[str]]] = []  # (product, the words of its name as printed) so far
    prev = None  # (product, token end, quantity) of the product named before
    reason = _reason_clause_end(s)
    for nid, a, b, _ in s.products:
        if reason is not None and b <= reason:
            continue  # "Since you were our launch city for X, we'd like to switch on Y ...": X is the reason, Y the gift
        words = {w for t in s.doc[a:b] for w in (t.lower_, t.lower_[:-1] if t.lower_.endswith("s") else t.lower_) if w.isalpha()}
        if (b - a == 1 and a > 0 and s.doc[a - 1].lower_ in {"the", "one", "each", "that", "this"}
                and any(p != nid and words & w for p, w in named)):
            continue  # "two Video Doorbell Pros ...: one doorbell for the front door", "the doorbell for ...": the
            # generic word for a product already named (not "a Chime Pro and a Chime")
        named.append((nid, words))
        places = _places_before(rules, s.doc, a)  # "two seats in the X course": places of the X, so many of them
        if places is None and b < len(s.doc) and s.doc[b].lower_ in not_items and not (
                b + 1 < len(s.doc) and s.doc[b + 1].lower_ in _THING_NOUNS) and not _held_service_raised(s.doc, a, b):
            continue  # "with your X order", "an X demo": the product names the order or the demo, not an item
            # ("the X demo unit", "an X review model" is one of the things)
        if _MENDED_AFTER.match(s.doc[b:b + 5].text if b < len(s.doc) else ""):
            continue  # "thanks for getting the X back in service", "having the X fixed": the reader's own thing mended
        if _topic_of(s.doc, a, topics):
            continue  # "the webinar on the X", "a setup session for your X": the product is what an event is about
        if _fitted(s.doc, a, b, fitted):
            continue  # "two units with the X app already paired": a part of the things given, not an item of its own
        q = places or count_set_apart(s.doc, b) or quantity_before(rules, s.doc, a) or quantity_after(s.doc, b) or 1
        if q == 1:  # "a X on each of the four": one for each
            q = _each_of_after(rules, s.doc, b) or q
        if q == 1 and _plural(s.doc[b - 1].lower_) and (a == 0 or s.doc[a - 1].lower_ not in _ONE_BEFORE):
            q = _bare_count_given(rules, s.doc, b) or q  # "The X run $29 apiece, but they're on us: I'm sending eight"
        # "two X with a Y", "four X, each with its Y": one Y comes with each X (not "two X with one Y")
        j = a - 1 if a > 0 and s.doc[a - 1].lower_ in {"a", "an", "its", "their"} else a
        if prev is not None and j > 0 and s.doc[j - 1].lower_ == "with" and prev[1] in (j - 1, j - 2) \
                and (q == 1 or j != a) and not quantity_after(s.doc, b):
            q = max(q, prev[2])
        prev = (nid, b, q)
        items[nid] = max(items.get(nid, 0), q)
    # "a camera to each of your three sergeants", "one for each of the 4 deputies": so many of each item
    m = _EACH_OF.search(s.text)
    if m and items:
        word = m.group(1).lower()
        n = rules.number_words[word] if word in rules.number_words else _int_of(word)
        if n and 1 < n <= 100:
            items = {pid: (q * n if q == 1 else q) for pid, q in items.items()}
        return items
    # "licences of X for five analysts", "two-year X seats to 12 of your investigators": places given to so many people,
    # one each
    m = _TO_PEOPLE.search(s.text)
    if m and items and any(t.lower_ in PLACE_WORDS for t in s.doc):
        word = m.group(1).lower()
        n = rules.number_words[word] if word in rules.number_words else _int_of(word)
        # (only the products the plural places are of, named beside them: not "a Porch Cam and seats at the class for
        # four officers")
        placed = {nid for nid, a, b, _ in s.products
                  if any(t.lower_ in PLACE_WORDS for t in s.doc[max(0, a - 3):b + 3])}
        if n and 1 < n <= 100 and placed:
            items = {pid: (n if q == 1 and pid in placed else q) for pid, q in items.items()}
            return items
    # "two X per officer for your four patrol officers": so many of each item for each of them
    m = _PER_HEAD.search(s.text)
    if m and items:
        word = m.group(1).lower()
        n = rules.number_words[word] if word in rules.number_words else _int_of(word)
        if n and 1 < n <= 100:
            items = {pid: q * n for pid, q in items.items()}
    return items


# the words before a thing's name that say there is one of it
_ONE_BEFORE = frozenset({"a", "an", "one", "this", "that", "each", "every", "another", "single"})
# a verb of handing things over, then a count standing alone ("I'm sending eight", "we'll ship you six over")
_BARE_COUNT_VERBS = frozenset({"send", "sending", "ship", "shipping", "give", "giving", "bring", "bringing", "leave",
                               "leaving", "drop", "dropping", "mail", "mailing", "sent", "shipped", "brought", "left"})
_AFTER_BARE_COUNT = frozenset({"for", "over", "to", "your", "along", "out", "today", "tomorrow", "this", "next", "now",
                               "in", "with", "of", "off", "right", "asap", "by", "on", "up"})


def _bare_count_given(rules, doc, end: int) -> int | None:
    """The count after a verb of handing over, later in the sentence of the things named in the plural with no count
    of their own: "The X run $29 apiece, but they're on us; I'm sending eight for your unit" sends eight X (not "...
    I'm sending eight hoodies too": a count of other things)."""
    for t in doc[end:]:
        if t.lower_ not in _BARE_COUNT_VERBS:
            continue
        j = t.i + 1
        while j < len(doc) and doc[j].lower_ in {"you", "y'all", "him", "her", "them", "us"}:
            j += 1
        if j >= len(doc) or doc[j].lower_ in ("a", "an"):
            return None
        n = count_of(rules, doc[j].lower_)
        if not n or not 2 <= n <= 99:
            return None
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is None or nxt.is_punct or nxt.lower_ in _AFTER_BARE_COUNT and not (
                nxt.lower_ == "of" and j + 2 < len(doc) and doc[j + 2].lower_ not in {"them", "those", "these"}):
            return n
        return None
    return None


_HELD = frozenset({"account", "accounts", "plan", "plans", "subscription", "subscriptions"})
_RAISED = frozenset({"upgrade", "upgraded", "upgrading", "extend", "extended", "extending", "renew", "renewed", "renewing",
                     "unlock", "unlocked", "unlocking", "activate", "activated", "activating"})


def _held_service_raised(doc, start: int, end: int) -> bool:
    """ "I've upgraded your X account to the full tier", "we extended your X plan": the reader's own account or plan of
    the product raised or lengthened, so the product's service is what is given (not "log in to your X account")."""
    return end < len(doc) and doc[end].lower_ in _HELD and start > 0 and doc[start - 1].lower_ in {"your", "his", "her", "their"} \
        and any(t.lower_ in _RAISED for t in doc[max(0, start - 4):start])


_PLACE_NOUNS = frozenset({"seat", "seats", "place", "places", "spot", "spots", "slot", "slots", "space", "spaces"})


def _places_before(rules, doc, start: int) -> int | None:
    """ "two seats in the X course", "a place on the X", "3 spots at your X": so many places of the event or course
    the product names, said before it (a count, a place noun, a preposition, perhaps a determiner)."""
    j = start - 1
    while j >= 0 and start - j <= 2 and doc[j].lower_ in {"the", "your", "our", "its", "this", "next", "upcoming"}:
        j -= 1
    if j < 2 or doc[j].lower_ not in {"in", "on", "at", "for", "to"} or doc[j - 1].lower_ not in _PLACE_NOUNS:
        return None
    w = doc[j - 2].lower_
    n = 1 if w in {"a", "an", "one"} else rules.number_words.get(w) if w in rules.number_words else _int_of(w)
    return n if n and 1 <= n <= 100 else None


def _each_of_after(rules, doc, end: int) -> int | None:
    """ "the X licence on each of the six", "a Y for each of your 4 (deputies)": one X for each, so many in all."""
    words = [t.lower_ for t in doc[end:end + 6]]
    if len(words) >= 5 and words[0] in {"on", "for", "with", "to"} and words[1:3] == ["each", "of"] and \
            words[3] in {"the", "your", "their", "our", "these", "those", "its"}:
        n = rules.number_words.get(words[4]) if words[4] in rules.number_words else _int_of(words[4])
        if n and 1 < n <= 100:
            return n
    return None


# what may stand between a product's name and the price printed for one of it: "X ($100)", "X (retail $249)",
# "X, list $179,"
_PRICE_OPENS = re.compile(r"\s*[(,]\s*(?:(?:retail|list|msrp|about|around|approx\.?|"
                          r"valued\s+at|worth)\s*:?\s*)?$", re.I)
# what makes an amount printed beside a product no price of one of it: a discount, a rate, a total
_NOT_UNIT_AFTER = re.compile(r"\s*(?:off\b|%|percent|/(?!\s*(?:ea|each|unit|pc|piece)\b)|a\s+(?:month|year|week|day)\b|per\s+(?:month|year|week|day)\b|"
                             r"in\s+all\b|in\s+total\b|total\b|altogether\b|all\s+in\b|all\s+told\b|together\b|combined\b|"
                             r"for\s+(?:both|the\s+(?:pair|set|lot|two|three|bundle)|all|everything)\b|of\s+credit\b|credit\b|"
                             r"discount\b|savings?\b|gift\s*cards?\b|voucher)", re.I)


# an amount said to be of one thing, by its unit: "$159 a unit", "$159/ea", "$159 per camera"
_ONE_AFTER = re.compile(r"\s*\)?\s*(?:/\s*(?:ea|each|unit|pc|piece)\b|(?:a|per)\s+(?:unit|piece|pc|device|camera|cam|item)\b)",
                        re.I)


def printed_unit_prices(rules, s) -> dict[str, float]:
    """The price a sentence prints for one of a product it names: in brackets right after the name ("a Porch Cam
    ($100) and a Yard Light Cam ($249.99)"), or said to be each one's before the next product is named ("four X
    boxed up for you - they run $179 apiece", "two X (they're $249 each retail)"). Product node id -> price; a
    discount, a rate or a total printed there is no price of one."""
    if not s.products or not any(c.isdigit() for c in s.text):
        return {}
    doc = s.doc
    text = doc.text
    low = text.lower()
    amounts = [(v, a, b) for v, a, b in parse_money(text) if v > 0]
    if not amounts:
        return {}
    marks = sorted((a, b, nid) for nid, a, b, *_ in s.products)
    out: dict[str, float] = {}
    for k, (_a, b, nid) in enumerate(marks):
        end = doc[b - 1].idx + len(doc[b - 1].text)
        stop = doc[marks[k + 1][0]].idx if k + 1 < len(marks) else len(text)
        here = [(v, ma, mb) for v, ma, mb in amounts if end <= ma and mb <= stop]
        if not here:
            continue
        v, ma, mb = here[0]
        between, tail = low[end:ma], low[mb:mb + 24]
        if _NOT_UNIT_AFTER.match(tail.lstrip(" )")) or "$" in between:
            continue
        # (a price in brackets of its own a few words on: "a Chime so you can hear it from the garage ($29)")
        if len(between) <= 80 and (_EACH_AFTER.match(tail) or _ONE_AFTER.match(tail)):
            out.setdefault(nid, v)
        elif _PRICE_OPENS.fullmatch(between) or len(between) <= 80 and between.rstrip().endswith("(") and \
                tail.lstrip().startswith(")"):
            # (an amount in brackets after the last of several things, none priced before it, may be all of theirs:
            # "a X and a Y ($298)")
            if k == len(marks) - 1 and k > 0 and not out:
                continue
            out.setdefault(nid, v)
    return out


def counted_items(rules, s) -> dict[str, int]:
    """The items of `items_of` whose number the sentence writes out ("one X", "2 X", "X x3"): not those counted
    as one for want of a number ("your X were sent out") or by an article ("a X")."""
    items = items_of(rules, s)
    counted = {}
    for nid, a, b, _ in s.products:
        if nid in items and (a == 0 or s.doc[a - 1].lower_ not in {"a", "an"}) and (
                quantity_before(rules, s.doc, a) or quantity_after(s.doc, b)):
            counted[nid] = items[nid]
    return counted


def _fitted(doc, start: int, end: int, fitted: set[str]) -> bool:
    """The product mention at `start`..`end` follows "with (the, its, their)" and is said fitted to what it comes with
    right after its name: "two units with the X app already paired", "a tablet with X preinstalled" (`fitted_words`)."""
    if not fitted:
        return False
    j = start - 1
    while j >= 0 and start - j <= 2 and doc[j].lower_ in {"the", "its", "their", "your", "our"}:
        j -= 1
    if j < 0 or doc[j].lower_ != "with":
        return False
    for t in doc[end:end + 3]:
        if t.lower_ in fitted:
            return True
        if t.lower_ not in {"already", "all", "fully", "pre", "-", "ready"}:
            return False
    return False


_TOPIC_PREP = {"on", "about", "of", "for"}
_TOPIC_DET = {"the", "a", "an", "your", "our", "their", "its", "his", "her", "this", "these", "those", "that", "new"}


def _topic_of(doc, start: int, topics: set[str]) -> bool:
    """The product mention at `start` follows "<an event or a paper> on/about/for/of (the, your)": "the training
    webinar on the X", "the setup call for your X", "a manual for the X". It names what the thing is about."""
    j = start - 1
    while j >= 0 and start - j <= 2 and doc[j].lower_ in _TOPIC_DET:
        j -= 1
    if j < 1 or doc[j].lower_ not in _TOPIC_PREP:
        return False
    return doc[j - 1].lower_ in topics


_EACH_OF = re.compile(r"\b(?:to|for)\s+each\s+of\s+(?:the|your|their|our|its|his|her|these|those)\s+"
                      r"(\d+|[a-z]+(?:-[a-z]+)?)\s+[a-z]", re.I)


# people counted as those who receive: "to five analysts", "for 12 of your investigators"
PEOPLE_WORDS = (r"(?:analysts|officers|detectives|deputies|troopers|investigators|agents|sergeants|users|members|"
                r"instructors|dispatchers|supervisors|employees|staff\s+members|people)")
_TO_PEOPLE = re.compile(r"\b(?:to|for)\s+(?:(?:each\s+of\s+)?(?:your|the|our)\s+)?(\d+|[a-z]+(?:-[a-z]+)?)\s+"
                        r"(?:of\s+(?:your|the|our)\s+)?(?:[a-z]+\s+)?" + PEOPLE_WORDS + r"\b", re.I)
# places of a service, given one a person: "licences", "seats", "accounts" (`gifts` counts them too)
PLACE_WORDS = frozenset({"licences", "licenses", "seats", "accounts", "logins", "subscriptions"})


_PER_HEAD = re.compile(r"\b(?:per|for each|for every)\s+[a-z]+,?\s+(?:for|to)\s+(?:all\s+)?(?:the|your|their|our|its|his|her|"
                       r"these|those)?\s*(\d+|[a-z]+(?:-[a-z]+)?)\s+[a-z]", re.I)


# what a cost taken on for someone is ("your airfare", "two nights at the lodge"): `gifts` reads these too
COSTS = (r"(?:airfares?|flights?|hotels?|rooms?|suites?|lodging|registrations?|passes|pass|tickets?|seats?|trips?|travel|"
         r"meals?|dinners?|lunch|breakfast|brunch|supper|drinks|tab|stay|nights?|fees?|tuition|admission|"
         # a place on a course paid for ("a $1,400 course", "the workshop ($350)")
         r"courses?|class|classes|workshops?|"
         # a table at a dinner or a benefit, bought for the reader's guests ("a table for ten", "a table at the gala")
         r"table\s+sponsorships?|tables?(?=\s+(?:for|at)\s))")
COST_WORD = re.compile(rf"\b{COSTS}\b")
# an amount per night, per day ("$199/night", "$199 a night", "$90 per day"): times the nights or days counted before it
_PER_UNIT = re.compile(r"\s*(?:/\s*|\ba\s+|\bper\s+)(night|day)\b")
# an amount said, then the cost it is for: "$412 for the flight", "$219 a night for the room", "$60 for your pass"
_COST_FOR = re.compile(rf"\s*(?:(?:/\s*|a\s+|per\s+)(?:night|day)\s+)?for\s+(?:the\s+|your\s+|a\s+|each\s+)?"
                       rf"(?:[a-z-]+\s+)?{COSTS}\b")


def costs_sum(rules, s, counted_before: str = "") -> float | None:
    """Several costs taken on in one sentence, each priced after it ("your airfare (roughly $380) and two nights
    at the lodge ($199/night)"), or one priced per night or day after a count of them: their sum. None when an
    amount of the sentence prices no cost word before it (a sentence of products, a discount, a total).
    ``counted_before``: the sentence before, which may count the nights or days priced here ("... and two nights at the
    lodge. Airfare is about $420 and the lodge is $189 a night.")."""
    if s.products:
        return None
    low = s.text.lower()
    amounts = [(v, a, b) for v, a, b in parse_money(s.text) if v > 0]
    if not amounts:
        return None
    if len(amounts) >= 2 and _TOTAL_AFTER.match(low[amounts[-1][2]:amounts[-1][2] + 20]):
        # "your registration ($695), airfare and two nights at the hotel - roughly $1,600 all in": the last amount
        # is said to be the whole of the costs named before it, not one more of them
        return amounts[-1][0] if COST_WORD.search(low[:amounts[-1][1]]) else None
    if len(amounts) >= 3 and COST_WORD.search(low[:amounts[0][1]]) \
            and abs(sum(v for v, _a, _b in amounts[:-1]) - amounts[-1][0]) <= 0.01 * amounts[-1][0]:
        # "the airfare runs about $640 and the hotel $378, so roughly $1,018 per person": the last amount is the sum of
        # the costs priced before it, said as their whole (the sum itself tells, whatever words lead to it)
        return amounts[-1][0]
    total, counted, prev = 0.0, False, 0
    for v, a, b in amounts:
        window = low[prev:a]
        prev = b
        per = _PER_UNIT.match(low[b:b + 12])
        # (priced by the night or day after a sentence that counts them: "the Wexford's rate is $159 a night")
        # (the cost named after its amount: "about $412 for the flight and $219 a night for the room")
        if not COST_WORD.search(window) and not (per and counted_before) and not _COST_FOR.match(low[b:b + 48]):
            return None
        if per:
            unit = per.group(1)
            n = next((rules.number_words.get(w) if w in rules.number_words else _int_of(w)
                      for w in reversed(re.findall(rf"\b([a-z]+|\d{{1,2}})\s+{unit}s\b", window))), None)
            if not n:  # "($189 a night, two nights)": the count right after the price
                after = re.match(rf"\s*(?:/\s*|\ba\s+|\bper\s+){unit}\s*[,;x\u00d7]?\s*(?:for\s+)?([a-z]+|\d{{1,2}})\s+{unit}s\b",
                                 low[b:b + 40])
                w = after.group(1) if after else ""
                n = count_of(rules, w)
            if not n and counted_before:
                said = {count_of(rules, w) for w in re.findall(rf"\b([a-z]+|\d{{1,2}})\s+{unit}s\b", counted_before.lower())}
                n = said.pop() if len(said) == 1 else None
            if not n or not 1 <= n <= 99:
                return None
            v, counted = v * n, True
        else:
            v = _at_each(rules, window, len(window), v) or v
        total += v
    return round(total, 2) if len(amounts) >= 2 or counted else None


def costs_each(rules, s) -> float | None:
    """The sum of the costs taken on in a sentence (`costs_sum`) when one of them is priced "each" ("we'll cover your
    registration ($895 each) and three nights at the hotel ($229/night)"): what each of the people it is for gets."""
    total = costs_sum(rules, s)
    if total is None:
        return None
    low = s.text.lower()
    return total if any(_EACH_AFTER.match(low[b:b + 24]) for v, a, b in parse_money(s.text)) else None


# a rate by the month or the year ("$45/month", "$45 a month", "$540 per year") and a period said in the same sentence
# ("for the first twelve months", "for 6 months", "for a full year")
_RATE = re.compile(r"\s*(?:/\s*|\ba\s+|\bper\s+|\beach\s+)(month|mo|year|yr)\b")
_PERIOD = re.compile(r"\b(?:for|over)\s+(?:the\s+)?(?:first\s+|next\s+|full\s+|whole\s+|entire\s+)?(?:a\s+full\s+)?"
                     r"(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(months?|years?)\b|\b(?:for|over)\s+(?:a|one|the\s+(?:first|next))\s+"
                     r"(?:full\s+|whole\s+)?(year)\b"
                     # the time itself given: "a year of cloud storage", "six free months of the plan"
                     r"|\b(an?|one|\d{1,2}|[a-z]+)\s+(?:free\s+|full\s+|extra\s+)?(years?|months?)\s+of\b")


def rate_over_period(rules, s) -> float | None:
    """A thing given for a while and priced by the month or the year in the sentence that says for how long ("we will
    waive the X for the first twelve months (normally $45/month)", "free for a year, normally $300 a year"): the rate
    times the months or years. None unless the sentence holds one such rate and one such period."""
    low = s.text.lower()
    matched = [(v, _RATE.match(low[b:b + 12])) for v, a, b in parse_money(s.text) if v > 0]
    rates = [(v, r.group(1)) for v, r in matched if r]
    periods = list(_PERIOD.finditer(low))
    if len(rates) != 1 or len(periods) != 1:
        return None
    p = periods[0]
    if p.group(4):
        n = 1 if p.group(4) in ("a", "an") else number_said(rules, p.group(4))
        unit = p.group(5).rstrip("s")
    else:
        n = 1 if p.group(3) else number_said(rules, p.group(1))
        unit = "year" if p.group(3) else p.group(2).rstrip("s")
    if not n or not 1 <= n <= 60:
        return None
    months = n * (12 if unit == "year" else 1)
    rate, per = rates[0]
    per_months = 12 if per in ("year", "yr") else 1
    if months % per_months:
        return None
    return round(rate * months / per_months, 2)


def stated_value(rules, s) -> float | None:
    """A dollar amount in a gift sentence that says what the gift is worth."""
    text = s.text
    low = text.lower()
    costs = costs_sum(rules, s)
    if costs:
        return costs
    over = rate_over_period(rules, s)
    if over:
        return over
    after = [str(w).lower() for w in rules.gift.get("money_not_value_after") or []]
    before = [str(w).lower() for w in rules.gift.get("money_not_value_before") or []]
    best = None
    for value, a, b in parse_money(text):
        if value <= 0:
            continue
        tail = re.sub(r"^face(?:\s+value)?\s+", "", low[b:b + 30].lstrip(" )"))[:14]  # "$75 face each": a ticket's price
        tail = re.sub(r"^ea\b\.?", "each", tail)  # "$6,200 ea.": "ea" is short for each
        head = low[max(0, a - 14):a].rstrip(" (")
        if any(tail.startswith(w) for w in after) or any(head.endswith(w) for w in before) and not any(
                low[:a].rstrip().endswith(str(c).lower()) for c in rules.gift.get("money_value_cues") or []):
            continue  # a unit price, a discount; but "would normally cost $300" said of a thing given is its value
        if low[max(0, a - 1):a] == "(" and s.products and not _TOTAL_AFTER.match(low[b:b + 20]):
            continue  # "(… $199)" right after a product: a unit price; "($200 in all)" is the total
        value = _counted(rules, low, a, b) or (None if s.products else _at_each(rules, low, a, value)
                                               or _a_thing(rules, low, a, b, value)
                                               or _they_priced(rules, low, a, value)
                                               or _card_for_each(rules, low, b, value)) or value
        best = value if best is None else max(best, value)
    if best is None:
        # "the four seats, valued at $250 each, are on us": things no catalogue lists, priced one by one
        best = each_value(rules, s)
    if best is None:
        best = list_price(s)  # "a thermal kit, on us (MSRP $1,200)"
    if best is None:
        # "Tuition is $450 per seat and we cover it in full": the price of one place, said of the cost taken on (each
        # place given is worth it)
        x = _PLACE_PRICED.search(text)
        best = _money_value(x.group(1)) if x else None
    return best


# the price of one place said as the cost's own: "tuition is $450 per seat", "registration runs $300 a person"
# ("entry is $175 per player", "the green fee runs $90 a golfer": a place in a game or a race priced the same way)
_PLACE_PRICED = re.compile(r"\b(?:tuition|registration|the\s+(?:course\s+|class\s+|registration\s+|entry\s+|green\s+)?fee|"
                           r"admission|entry|entry\s+fee|green\s+fees?)\s+"
                           r"(?:is|runs|costs|would\s+be|will\s+be)\s+(\$\s?\d[\d,]*(?:\.\d\d)?)\s+(?:per|a|each)\s+"
                           r"(?:seat|place|person|head|attendee|participant|student|officer|player|golfer|runner|rider|"
                           r"entrant|team\s+member)\b", re.I)


def _money_value(text: str) -> float | None:
    found = [v for v, _a, _b in parse_money(text) if v > 0]
    return found[0] if found else None


# the regular price of a thing said beside it: "MSRP $1,200", "list is $900", "retails north of $400", "street price
# around $80", "normally $300"
_LIST_PRICE = re.compile(r"\b(?:msrp|m\.s\.r\.p\.?|list\s+price|lists?|retails?|retail\s+price|street\s+price|"
                         # ("normally it runs $X", "usually they go for $X", "typically costs $X": what it is sold for)
                         r"(?:normally|usually|regularly|typically)(?:\s+(?:it|that|this|they|these|those|each|one))?"
                         r"(?:\s+(?:runs?|costs?|goes\s+for|go\s+for|sells?\s+for|retails?\s+for|would\s+(?:be|cost|run)))?)"
                         # (the thing it prices said between: "list on that is $X", "retail for those is $X", and
                         # with its noun after the pointing word: "list on that unit is $X", "retail for these jackets is $X")
                         r"\s*(?:(?:on|for)\s+(?:(?:that|this|those|these)(?:\s+[a-z]{2,15})?|it|them|each|one)\s+(?=is\b|was\b))?"
                         r"(?:is|was|of|for|at|:)?\s*(?:about|around|roughly|approx(?:imately|\.)?|~|north\s+of|over|"
                         r"upwards\s+of|just\s+under)?\s*\(?(\$\s?\d[\d,.]*k?)", re.I)
# a verb of selling in a list price ("normally it runs $X", "they usually cost $X"), and the amount said to be each
# one's after it ("... $300 each"): what one of the things sells for (`list_price`)
_SOLD_FOR = re.compile(r"\b(?:runs?|costs?|goes|go|sells?|retails?\s+for|would)\b", re.I)
_EACH_AFTER_PRICE = re.compile(r"\s*(?:each|apiece|a\s+piece|ea\b|per\s+(?:unit|piece|item))", re.I)


def list_price(s) -> float | None:
    """The regular price a sentence naming no product gives a thing ("a thermal kit, free (MSRP $1,200)", "Normally
    $300."): what a thing no catalogue lists is worth when given. None when it names a product (its catalogue price
    decides) or gives none, or more than one."""
    if s.products:
        return None
    # ("They normally cost $300 each": what one of the things named before sells for, which their catalogue prices;
    # "normally it runs $2,950" of a course, a licence, a thing no catalogue lists, is what it is worth)
    found = [parse_money(x.group(1)) for x in _LIST_PRICE.finditer(s.text)
             if not (_SOLD_FOR.search(x.group(0)) and _EACH_AFTER_PRICE.match(s.text, x.end()))]
    values = [f[0][0] for f in found if f and f[0][0] > 0]
    return values[0] if len(values) == 1 else None


_AT_EACH = re.compile(r"(?:^|[^\w$.,])([a-z]+|\d{1,2})\s+[a-z]{3,}s\s+at\s+$")

# the things just counted, priced by a plural pronoun: "nine jackets - they sell for $68", "six hoodies; those go for
# about $40 in our shop" (the pronoun, a time word, a verb of costing, a hedge, right before the amount)
_THEY_PRICED = re.compile(r"(?:^|[^\w'])(?:they|these|those)\s+(?:(?:normally|usually|typically|regularly)\s+)?"
                          r"(?:sell\s+for|go\s+for|retail\s+(?:for|at)|run|cost|list\s+at|are)\s+"
                          r"(?:about\s+|around\s+|roughly\s+|approx(?:imately|\.)?\s+)?$")
_COUNTED_PLURAL = re.compile(r"(?=\b([a-z]+|\d{1,2})\s+(?:[\w'-]+\s+){0,4}?[a-z]{3,}s\b)")  # (overlapping: each word)


def _they_priced(rules, low: str, a: int, value: float) -> float | None:
    """Things counted earlier in the sentence and priced after it by "they"/"these"/"those" ("nine fleece jackets
    for your crew - they sell for $68 in our store"): the count times the amount. None without such a count (2-99)."""
    x = _THEY_PRICED.search(low[:a])
    if not x:
        return None
    n = None
    for c in _COUNTED_PLURAL.finditer(low[:x.start() + 1]):
        k = count_of(rules, c.group(1))
        if k:
            n = k
    return round(n * value, 2) if n and 2 <= n <= 99 else None


def _at_each(rules, low: str, a: int, value: float) -> float | None:
    """A count of things priced one by one with "at" ("two nights at $180", "three seats at $95"): the count times
    the amount."""
    m = _AT_EACH.search(low[:a])
    if not m:
        return None
    w = m.group(1)
    n = count_of(rules, w)
    return round(n * value, 2) if n and 2 <= n <= 99 else None


_A_THING_AFTER = re.compile(r"\s*(?:a|per|for\s+each|each)\s+([a-z]{3,})\b")


def _a_thing(rules, low: str, a: int, b: int, value: float) -> float | None:
    """A count of things priced by one of them named after the amount ("six gift baskets ... about $75 a basket",
    "three crates, $40 per crate"): the count times the amount. None when no count of 2-99 stands before the plural of
    the word the amount is priced by."""
    m = _A_THING_AFTER.match(low[b:b + 30])
    if not m:
        return None
    one = m.group(1)
    words = re.findall(r"[a-z0-9#'-]+|\$", low[:a])
    for i, w in enumerate(words):
        n = count_of(rules, w)
        if not n or n < 2 or n > 99 or (i and words[i - 1] in _MONTHS) or (i and words[i - 1] == "$"):
            continue
        if any(x in (one + "s", one + "es") for x in words[i + 1:i + 5]):
            return round(n * value, 2)
    return None


# a card or voucher named after its amount, a word or two between ("$50 bookshop gift card")
_CARD_LEAD = r"\s*(?:[a-z][\w&'’-]*\s+){0,2}?"
_CARD_WORDS = r"gift\s*cards?|gift\s+certificates?|vouchers?|e-?gifts?"
_CARD_AFTER = re.compile(rf"{_CARD_LEAD}(?:{_CARD_WORDS}|prepaid\s+cards?)\b")


def card_amount(s) -> float | None:
    """The amount printed on a gift card or voucher given beside catalogue things ("a Porch Cam along with a $100
    bookshop gift card"): what the card adds to the things' prices, not the worth of the whole gift. None when the
    sentence names no product or prices nothing but cards."""
    if not s.products:
        return None
    low = s.text.lower()
    found = [v for v, a, b in parse_money(s.text) if v > 0 and _CARD_AFTER.match(low[b:b + 40])]
    if not found or len(found) != len([v for v, _, _ in parse_money(s.text) if v > 0]):
        return None
    return sum(found)


# "... gift card for each of the 12 dispatchers", "a $20 voucher to each of your six volunteers": one card a person
# (the people counted by a noun of their own, not "each of the three of you")
_CARD_EACH_OF = re.compile(rf"{_CARD_LEAD}(?:{_CARD_WORDS}|prepaid\s+(?:[a-z]+\s+)?cards?)\s+(?:to|for)\s+each\s+of\s+"
                           r"(?:the|your|their|our|these|those)\s+(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?!of\b)[a-z]{3,}")


def _card_for_each(rules, low: str, b: int, value: float) -> float | None:
    """The amount printed on one card given to each of so many people counted after it ("a $25 coffee gift card for
    each of the 12 dispatchers"): the count times the amount. None without such a count (2-99)."""
    m = _CARD_EACH_OF.match(low[b:b + 90])
    if not m:
        return None
    n = count_of(rules, m.group(1))
    return round(n * value, 2) if n and 2 <= n <= 99 else None


_TOTAL_AFTER = re.compile(r"\s*(?:in all|in total|total|altogether|all told|all in|together|combined|for both)\b")


def _counted(rules, low: str, a: int, b: int) -> float | None:
    """A count right before an amount printed on each of several things ("two $100 gift cards", "3 $25 vouchers"):
    the count times the amount. None when no count of 2-99 stands just before it or no plural noun follows."""
    m = re.search(r"(?:^|[^\w$.,])([a-z]+|\d{1,2})\s+$", low[:a])
    if not m or re.search(r"\b(?:" + "|".join(_MONTHS - {"#"}) + r")\.?\s*$", low[:m.start(1)]):
        return None
    w = m.group(1)
    n = count_of(rules, w)
    if not n or n < 2 or n > 99:
        return None
    if not any(x.endswith("s") and len(x) > 3 for x in re.findall(r"[a-z]+", low[b:b + 30])[:3]):
        return None
    value = parse_money(low[a:b])
    return round(n * value[0][0], 2) if value else None


# ("ea": "$6,200 ea."; the informal "a pop": "$40 a pop"; a ticket's printed price said before the word: "$75 face
# each", "$120 face value apiece")
_EACH_AFTER = re.compile(r"\s*\)?\s*(?:face(?:\s+value)?\s+)?(?:each|ea|apiece|a piece|a pop|a head|per person)\b")
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
           "march", "april", "june", "july", "august", "september", "october", "november", "december", "no", "number", "#"}


# an amount said to be per person: "about $175 a player", "$20 a head", "$450 per attendee", "$60 pp"
# (a hunt or a fishing day priced by who takes part: "$325 a gun" as shoots and hunting lodges price it, "$200 an angler")
_PER_HEAD_AFTER = re.compile(r"\s*\)?\s*(?:a|an|per|for each|for every)\s+(?:head|person|player|golfer|guest|attendee|"
                             r"participant|diner|member|delegate|panelist|speaker|traveler|traveller|gun|hunter|shooter|"
                             r"angler)\b(?!\s*(?:a|per|/)\s*(?:month|year|week|day|night))|\s*\)?\s*(?:pp|p\.p\.|per\s+cap(?:ita)?)\b")


# the cost per person named before its amount: "the per-person cost is $165", "the cost per guest comes to about $90"
_PER_HEAD_BEFORE = re.compile(r"\b(?:per[- ](?:person|head|guest|attendee)\s+(?:cost|price|rate|charge)|"
                              r"(?:cost|price|rate|charge)\s+(?:per|a)\s+(?:person|head|guest|attendee))\b"
                              r"[^$.;!?]{0,60}?\b(?:is|was|will\s+be|comes?\s+to|came\s+to|runs?|ran)\b[^$.;!?]{0,12}$")


def per_head(rules, s, *, each: bool = False) -> float | None:
    """The one amount a sentence prices per person ("greens fees and lunch, about $175 a player", "$20 a head",
    "the per-person cost is $165"): what each person it is for gets. ``each``: also an amount "each" or "apiece"
    ("($450 each)"), when the sentence is for several people ("for both of you"). None when it names a product (its
    list price decides) or prices more than one amount so."""
    found = _one_amount(s, lambda tail: bool(_PER_HEAD_AFTER.match(tail) or each and _EACH_AFTER.match(tail[:24])))
    if found is None and not s.products:
        low = s.text.lower()
        priced = [(v, a) for v, a, _ in parse_money(s.text) if v > 0]
        if len(priced) == 1 and _PER_HEAD_BEFORE.search(low[max(0, priced[0][1] - 120):priced[0][1]]):
            return priced[0][0]
    return found


def _one_amount(s, priced: Callable[[str], bool]) -> float | None:
    """The one amount of a sentence naming no product whose following words (24 characters, lower case) ``priced``
    accepts; None when there is none or more than one, or the sentence names a product."""
    if s.products:
        return None
    low = s.text.lower()
    found = [v for v, a, b in parse_money(s.text) if v > 0 and priced(low[b:b + 24])]
    return found[0] if len(found) == 1 else None


# "each box is about $60", "every one runs $40": the price of one, said before the amount
_EACH_HEAD = re.compile(r"(?:\b(?:each|every)\s+(?:one|[a-z]{3,})\s+(?:is|was|costs?|runs?|comes?\s+to|goes\s+for|"
                        r"retails\s+(?:at|for))|"
                        # the regular price of things said in the plural is one thing's: "They retail around $65",
                        # "these go for $40 in the store"
                        r"^\W*(?:they|these|those)\s+(?:retail|sell|go)(?:\s+(?:at|for))?)"
                        r"\s+(?:about|around|roughly|approximately|approx\.?|~|for\s+about|for\s+around)?\s*$")


def each_price(s) -> float | None:
    """The one amount a sentence naming no product prices things at, one by one ("We had jackets made up, $89
    each.", "each box is about $60"), whether or not it counts them. None when it names a product or prices more
    than one amount so."""
    if s.products:
        return None
    low = s.text.lower()
    found = [v for v, a, b in parse_money(s.text)
             if v > 0 and (_EACH_AFTER.match(low[b:b + 24]) or _EACH_HEAD.search(low[max(0, a - 40):a]))]
    return found[0] if len(found) == 1 else None


_NOT_THINGS_AFTER = re.compile(r"\s*(?:%|percent|am\b|pm\b|a\.m|p\.m|days?\b|weeks?\b|months?\b|years?\b|hours?\b|"
                               r"minutes?\b|times\b|o'clock|of (?:us|you|them|the (?:team|squad|unit|crew)))")


@functools.lru_cache(maxsize=8)
def _counts_pattern(words: frozenset[str]) -> re.Pattern:
    """A count in a text: one of ``words`` (the rules' number words, the longest first) or one or two digits."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # (not a clock time: "at 6:30" counts nothing)
    return re.compile(r"(?<![\w$.,:])(" + alts + r"|\d{1,2})(?![\w$%])(?![.,:]\d)")


def count_said(rules, s) -> int | None:
    """How many things a sentence naming no product counts ("I'd like to send a dozen over", "we can spare six"):
    the first count of 1-99 that is no time, period, percentage, amount or group of people. None when it counts
    nothing."""
    if s.products:
        return None
    low = s.text.lower()
    for m in _counts_pattern(frozenset(rules.number_words)).finditer(low):
        w = m.group(1)
        if low[max(0, m.start() - 1):m.start()] == "$" or _NOT_THINGS_AFTER.match(low[m.end():m.end() + 14]):
            continue
        if w in ("a", "an"):
            continue
        prev = re.search(r"([a-z#]+)\.?\s*$", low[max(0, m.start() - 12):m.start()])
        if w == "one" and prev and prev.group(1) in _ONE_AS_PRONOUN:
            continue  # "this one's on us", "the last one": "one" standing for a thing, not a count of things
        if prev and prev.group(1) in _MONTHS:
            continue  # "for the May 9 game": a day of the month ("No. 4", "#2": a number, not a count)
        if w.isdigit() and ("/" in low[m.end():m.end() + 1] or "/" in low[max(0, m.start() - 1):m.start()]):
            continue  # "Thursday 3/12", "24/7": a date or a rate, not a count
        if prev and prev.group(1) in _NUMBERED_PLACES and w.isdigit():
            continue  # "for the Zone 2 crew", "at Station 4": the name of a unit or a place, not a count
        n = count_of(rules, w)
        if n == 2 and "pair" in w and _pair_of_paired_goods(rules, low[m.end():m.end() + 48]):
            return 1  # "a pair of structural boots": one of a thing sold by the pair
        if n and 1 <= n <= 99:
            return n
    return None


def _pair_of_paired_goods(rules, after: str) -> bool:
    """The words after "a pair of" name a thing that comes in pairs (boots, gloves: `paired_goods`), up to five words
    and the clause's end."""
    paired = getattr(rules, "paired_goods", frozenset())
    words = re.findall(r"[a-z]+", re.split(r"[,.;:!?()]", after, maxsplit=1)[0])[:5]
    return any(_paired_word(paired, w) for w in words)


def _paired_word(paired: frozenset, w: str) -> bool:
    """``w`` (lower case) names a thing that comes in pairs, in the singular or the plural."""
    return w in paired or (w.endswith("s") and w[:-1] in paired) or w + "s" in paired


# the words before a "one" that stands for a thing named before ("this one's on us", "the blue one")
_ONE_AS_PRONOUN = frozenset({"this", "that", "the", "which", "each", "every", "any", "no", "another", "other", "last",
                             "first", "next", "same", "new", "old", "big", "small", "little"})


# words a number names a unit or a place after: "Zone 2", "Precinct 12", "Station 4", "Room 210"
_NUMBERED_PLACES = frozenset({"zone", "district", "precinct", "station", "sector", "beat", "area", "troop", "platoon",
                              "ward", "unit", "squad", "room", "suite", "building", "floor", "level", "gate", "phase"})


# plurals not spelled with an s ("tix": tickets)
_PLURALS_SHORT = frozenset({"tix"})


def _plural(w: str) -> bool:
    """A plural noun, as the count before it needs: "-s" words of four letters or more, and the short plurals."""
    return w.endswith("s") and len(w) > 3 and w.isalpha() or w in _PLURALS_SHORT


def each_value(rules, s) -> float | None:
    """What several things no catalogue lists are worth when the sentence prices one of them: the count before a
    plural noun times the amount said to be each ("two tickets to Saturday's game, $180 apiece" is $360). None
    when the sentence names a product (its list price decides), gives no count or prices nothing per piece."""
    if s.products:
        return None
    low = s.text.lower()
    each = [(v, a) for v, a, b in parse_money(s.text) if v > 0 and _EACH_AFTER.match(low[b:b + 24])]
    if not each:
        # "six gift baskets ... about $75 a basket": priced by one of the things counted, named after the amount
        one = [v for v, a, b in parse_money(s.text) if v > 0]
        if len(one) == 1:
            a, b = next((a, b) for v, a, b in parse_money(s.text) if v > 0)
            return _a_thing(rules, low, a, b, one[0])
    if len(each) != 1:
        return None
    price, at = each[0]
    words = re.findall(r"[a-z0-9#'-]+|\$", low[:at])
    for i, w in enumerate(words):
        n = count_of(rules, w)
        if not n or n < 2 or n > 99 or (i and words[i - 1] in _MONTHS) or (i and words[i - 1] == "$"):
            continue
        # (the plural noun up to four words on: "8 Larkspur Books gift cards, $15 each")
        if any(_plural(x) for x in words[i + 1:i + 5]):
            return round(n * price, 2)
    # "Seats normally run $1,250 each, but we'd like to comp two seats for you": the things priced one by one, counted
    # after their price by the same plural noun
    priced = {w for w in words if _plural(w)}
    after = re.findall(r"[a-z0-9#'-]+", low[at:])
    for i, w in enumerate(after[:-1]):
        n = count_of(rules, w)
        if n and 2 <= n <= 99 and after[i + 1] in priced:
            return round(n * price, 2)
    return None


def uses_reported(s) -> list[tuple[Any, int]]:
    """The usage reports of a sentence ("redeemed 9 times", "at 18 uses"): (span, number) for each number in
    them; a rate ("for every 5 uses") is none."""
    out = []
    for span in s.spans("uses"):
        if span.start > 0 and s.doc[span.start - 1].lower_ in {"every", "each", "per"}:
            continue
        # a mark still to come: "should it reach ten redemptions", "on its way to 50 uses" (not "it reached 12 uses")
        if span.start > 0 and s.doc[span.start - 1].lower_ in {"reach", "reaches", "reaching", "hits", "hitting", "until",
                                                                "till", "toward", "towards"} or \
                span.start > 1 and s.doc[span.start - 2].lower_ == "way" and s.doc[span.start - 1].lower_ == "to":
            continue
        out += [(span, n) for n in _counts_in(span)]
        out += [(span, _TIMES_WORDS[t.lower_]) for t in span if t.lower_ in _TIMES_WORDS]
    return out


def _counts_in(span) -> list[int]:
    """The numbers a span writes, a number spelled in two words read as one ("thirty-one", "thirty one": 31)."""
    runs: list[list] = []
    for t in span:
        if t.like_num and runs and runs[-1] and (runs[-1][-1].i == t.i - 1 or runs[-1][-1].text == "-"):
            runs[-1].append(t)
        elif t.text == "-" and runs and runs[-1] and runs[-1][-1].i == t.i - 1 and runs[-1][-1].like_num:
            runs[-1].append(t)
        elif t.like_num:
            runs.append([t])
        else:
            runs.append([])
    out = []
    for run in runs:
        words = [t.text for t in run if t.text != "-"]
        if not words:
            continue
        n = words_to_number(" ".join(words)) if len(words) > 1 and not any(w[:1].isdigit() for w in words) else None
        if n is not None:
            out.append(n)
        else:
            out += [v for w in words if (v := _int_of(w)) is not None]
    return out


# a count of times in one word ("redeemed twice")
_TIMES_WORDS = {"twice": 2, "thrice": 3}


def uses_in(s) -> int | None:
    """The number of uses a sentence reports for a code ("redeemed 9 times"), or None; a
    condition ("for every 5 uses") reports nothing."""
    if s.has("conditional"):
        return None
    return max((n for _, n in uses_reported(s)), default=None)


def merge_items(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = max(out.get(k, 0), v)
    return out


def sum_value(items: dict[str, int], price: Callable[[str], float | None]) -> float | None:
    total, known = 0.0, False
    for pid, q in items.items():
        p = price(pid)
        if p is not None:
            total += p * q
            known = True
    return total if known else None


_MONTHS_OF = re.compile(r"(?:^|\s)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                        r"(?:full\s+|whole\s+|free\s+)?(years?|months?)(?:\s+of)?(?:\s+free)?(?:\s+(?:the|your))?\s*$", re.I)


def months_before(rules, doc, start: int) -> int | None:
    """How many months a service is given for, said just before its name: "a year of X" (12), "two years of X" (24),
    "six months of X" (6), "3 free months of X". None when no such time is said."""
    before = " " + " ".join(t.text for t in doc[max(0, start - 6):start])
    m = _MONTHS_OF.search(before)
    if not m:
        return None
    word = m.group(1).lower()
    n = 1 if word in ("a", "an") else rules.number_words.get(word) if not word.isdigit() else int(word)
    if not n or not 1 <= n <= 60:
        return None
    return n * 12 if m.group(2).lower().startswith("year") else n

