"""Dates as printed in email releases -> ISO 8601 with a UTC offset.

Printed forms: "Thursday, March 3, 2016 2:20 PM" (Outlook), "Mon, Aug 22, 2016 at 4:35 PM"
(Gmail), "Tue, 3 Mar 2020 02:17:08 +0000" (RFC 2822), "Mar 2, 2016, at 8:21 AM" (iPhone),
"10/24/2016 09:15 AM". Parsing is python-dateutil's; a time printed without a zone takes the
release's time zone (``--timezone``).

>>> parse_date("Thursday, March 3, 2016 2:20 PM", "America/Los_Angeles")
'2016-03-03T14:20:00-08:00'
>>> parse_date("Tue, 3 Mar 2020 02:17:08 +0000", "America/New_York")
'2020-03-03T02:17:08+00:00'
>>> parse_date("Mon, Aug 22, 2016 at 4:35 PM", "America/Los_Angeles")
'2016-08-22T16:35:00-07:00'
>>> parse_date("Saturday, Apri! 11,2020 12:08 PM To; Roe", "America/New_York")
'2020-04-11T12:08:00-04:00'
>>> parse_date("no date here", "UTC")
''
"""
from __future__ import annotations

import re
import warnings
from datetime import datetime, tzinfo
from functools import lru_cache

from dateutil import parser as _dparser
from dateutil import tz as _dtz

from giftgraph.errors import GiftgraphError

__all__ = ["parse_date", "get_zone", "UnknownTimezone"]


class UnknownTimezone(GiftgraphError, ValueError):
    """The --timezone name is not an IANA time zone."""


# US zone abbreviations printed in headers; dateutil does not guess them.
_ABBREV = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
    "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600,
    "MST": -7 * 3600, "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600,
    "AKST": -9 * 3600, "AKDT": -8 * 3600, "HST": -10 * 3600, "CET": 3600, "CEST": 2 * 3600,
}
_ZONE = "(?:" + "|".join(sorted(_ABBREV, key=len, reverse=True)) + r")\b"
# "Eastern Standard Time", "Pacific Daylight Time" (Outlook's long names), and a zone in brackets "(EST)"
_LONG_ZONE = re.compile(r"\b(Eastern|Central|Mountain|Pacific)\s+(Standard|Daylight)\s+Time\b", re.I)
_BRACKETED_ZONE = re.compile(r"\(\s*(" + _ZONE + r")\s*\)")
# an English month, or a date in digits: without either, fuzzy parsing would make a date of the numbers
# alone ("lunes, 3 de marzo de 2025" read as 3 January)
_MONTH = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}", re.I)
# OCR's letters for digits in a time or a year: "l0:53", "1O:53", "2O25"
_OCR_TIME = re.compile(r"(?<![\w:])([\dlIOo]{1,2}):([\dlIOo]{2})(?![\w])")
_OCR_YEAR = re.compile(r"(?<![\w])((?:19|2[0O])[\dOo]{2})(?![\w])")
_DIGITS = str.maketrans("lIOo", "1100")
# and in the day of the month beside the month's name: "Mar l0, 2026", "l0 Mar 2026" (one digit read, one letter)
_MON_NAME = r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_OCR_DAY = re.compile(rf"({_MON_NAME}\s+)([lI]\d|\d[lIO])(?=,?\s)|(?<![\w])([lI]\d|\d[lIO])(?=\s+{_MON_NAME}\s)")
_YEAR = re.compile(r"(?<!\d)(19[7-9]\d|20\d\d)(?!\d)|(?<!\d)\d{1,2}/\d{1,2}/\d{2}(?!\d)")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_JUNK = re.compile(r"\s+at\s+|\s*\((?:UTC|GMT)[^)]*\)|[\[\]|]")
# the time of day, with seconds, AM/PM and a zone when printed: a header date ends there
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:[\s.]*[AaPp](?:\.?\s?[Mm]\.?|(?![A-Za-z])))?"
                    r"(?:\s*(?:[+-]\d{2}:?\d{2}|" + _ZONE + r"))?")
# "GMT+02:00" (Apple Mail) is two hours east of UTC: dateutil would read it the POSIX way round
_GMT_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)")
# OCR misreadings of month names: the l of "April"/"July" read as "!", "]", "|", "1" or "I"
_OCR_MONTHS = ((re.compile(r"\bApri[!\]|1I](?![a-z])"), "April"), (re.compile(r"\bJu[!\]|1I]y\b"), "July"))


# French (Quebec's and France's Outlook) month and weekday names in a header date: "mardi 18 février 2025 15:05",
# "1 déc. 2025 16:45" (the weekday dropped, the month in English for dateutil)
_FR_MONTHS = {"janvier": "January", "janv": "January", "février": "February", "fevrier": "February", "févr": "February",
              "fevr": "February", "mars": "March", "avril": "April", "avr": "April", "mai": "May", "juin": "June",
              "juillet": "July", "juil": "July", "août": "August", "aout": "August", "septembre": "September",
              "sept": "September", "octobre": "October", "oct": "October", "novembre": "November", "nov": "November",
              "décembre": "December", "decembre": "December", "déc": "December", "dec": "December"}
_FR_DATE = re.compile(r"^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:le\s+)?(\d{1,2})(?:er)?\s+("
                      + "|".join(sorted(_FR_MONTHS, key=len, reverse=True)) + r")\.?\s+((?:19|20)\d\d)\b", re.I)


def _french_date(s: str) -> str:
    m = _FR_DATE.match(s)
    if not m:
        return s
    return f"{_FR_MONTHS[m.group(2).lower()]} {m.group(1)}, {m.group(3)}" + s[m.end():]


@lru_cache(maxsize=64)
def get_zone(name: str) -> tzinfo:
    """The tzinfo for an IANA name; raises UnknownTimezone."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # noqa: BLE001 - no tzdata, or a bad name: try dateutil's database
        unknown = UnknownTimezone(f"unknown time zone {name!r} (use an IANA name such as America/New_York)")
        if not name or name.startswith(("/", "\\")) or ".." in re.split(r"[/\\]", name):
            raise unknown from None  # a path, not a zone name: dateutil would open any file it names
        try:
            z = _dtz.gettz(name)
        except Exception:  # noqa: BLE001 - dateutil raises on a file that is not a zone file
            z = None
        if z is None:
            raise unknown from None
        return z


def parse_date(text: str, timezone: str = "UTC") -> str:
    """ISO 8601 with offset for a printed date, or "" when it cannot be read.

    A date without a year or without a time of day is not accepted (a header always has both)."""
    if not text:
        return ""
    s = _french_date(str(text))
    for pattern, month in _OCR_MONTHS:
        s = pattern.sub(month, s)
    s = _GMT_OFFSET.sub(lambda m: f"{m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'}", s)
    s = _LONG_ZONE.sub(lambda m: f"{m.group(1)[0]}{m.group(2)[0]}T".upper(), s)
    s = _BRACKETED_ZONE.sub(r" \1", s)
    s = _OCR_TIME.sub(lambda m: m.group(0).translate(_DIGITS) if re.search(r"\d", m.group(0)) else m.group(0), s)
    s = _OCR_YEAR.sub(lambda m: m.group(1).translate(_DIGITS), s)
    s = _OCR_DAY.sub(lambda m: (m.group(1) + m.group(2).translate(_DIGITS)) if m.group(1) else m.group(3).translate(_DIGITS), s)
    if not _TIME.search(s):  # OCR: "9.53 AM"
        s = re.sub(r"(?<![\d.])(\d{1,2})\.(\d\d)(?=\s*[AaPp]\.?[Mm]\b)", r"\1:\2", s)
    s = _JUNK.sub(" ", s).strip()
    s = re.sub(r"(?<=\d),(?=(?:19|20)\d\d\b)", ", ", s)  # "April 11,2020": not the year 2000
    clock = _CLOCK.search(s)
    if clock and _YEAR.search(s[:clock.start()]):  # words run on after the time: OCR'd labels, names
        s = s[:clock.end()]
    s = s.rstrip(",;.")
    if len(s) > 80 or not _YEAR.search(s) or not _TIME.search(s) or not _MONTH.search(s):
        return ""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # OCR debris read as an unknown zone name: the time stays local
            dt = _dparser.parse(s, fuzzy=True, tzinfos=_ABBREV, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return ""
    if not 1970 <= dt.year <= 2100:
        return ""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=get_zone(timezone))
    try:
        return dt.isoformat()
    except ValueError:  # an impossible printed offset ("-2400") only fails here
        return ""
