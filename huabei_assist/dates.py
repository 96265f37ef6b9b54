"""Dates: parsing user input with python-dateutil, and day arithmetic.

dateutil.parser is imported only when a date is actually parsed (it costs ~40 ms at start-up).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from huabei_assist.errors import InputError

# Dates outside these years are typos; far-future ones would also overflow date arithmetic (year 9999 + 5 years).
FIRST_YEAR, LAST_YEAR = 1900, 2100

# Patterns are compiled (and cached) by `re` when first used: most runs give ISO dates.
_CJK_DATE = r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*$"


def parse_date(text: str, option: str) -> date:
    """A date from any form dateutil reads (2026-10-15, 2026/10/15, 15 Oct 2026) or 2026年10月15日.
    A plain ISO date (the form most given) is read without importing dateutil's parser."""
    value = text.strip()
    if len(value) == 10 and value.isascii() and value[4] == value[7] == "-" and value.replace("-", "").isdigit():
        try:
            return in_range(date.fromisoformat(value), option, text)
        except ValueError:
            pass  # 2027-02-30: dateutil's parser says why, as for any other form
    match = re.match(_CJK_DATE, text)
    if match:
        text = "-".join(match.groups())
    return in_range(_parse(text, option, "common.bad_date").date(), option, text)


_UNKNOWN_ZONE = r"tzname (\S+) identified"
# The UTC offsets in use on Earth run from -12:00 to +14:00; anything else is a typo (+99:00).
_OFFSETS = (timedelta(hours=-12), timedelta(hours=14))


def _parse(text: str, option: str, key: str, **options) -> datetime:
    """dateutil's parser; what it cannot read is `key` (a usage error). A zone name it does not know
    ("CST": China, or US Central?) is an error too, rather than dateutil's warning and a dropped zone."""
    import warnings

    from dateutil import parser

    with warnings.catch_warnings():
        warnings.simplefilter("error", parser.UnknownTimezoneWarning)
        try:
            return parser.parse(text, **options)
        except parser.UnknownTimezoneWarning as warning:
            zone = re.search(_UNKNOWN_ZONE, str(warning))
            raise InputError("common.unknown_timezone", option=option, value=text,
                             zone=zone.group(1) if zone else text) from None
        except (ValueError, OverflowError, parser.ParserError):
            raise InputError(key, option=option, value=text) from None


def in_range(value, option: str, text: str):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InputError("common.date_out_of_range", option=option, value=text, first=FIRST_YEAR, last=LAST_YEAR)
    return value


_CJK_TIME = r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(.*)$"


def parse_datetime(text: str, option: str) -> datetime:
    """A local date and time (2026-11-29 22:10, 2026/11/29 10:10pm, 2026年11月29日 22:10), to the minute.

    Both are required: a bare date would silently mean midnight, a bare time some default day. A time zone, if given, is
    converted to local time. Errors use the catalog key common.bad_datetime.
    """
    match = re.match(_CJK_TIME, text)
    cleaned = text
    if match:
        year, month, day, rest = match.groups()
        rest = rest.replace("点", ":").replace("时", ":").replace("分", "").rstrip(":")
        cleaned = f"{year}-{month}-{day} {rest}"
    first = _parse(cleaned, option, "common.bad_datetime", default=datetime(2000, 1, 1, 0, 0))
    second = _parse(cleaned, option, "common.bad_datetime", default=datetime(2001, 2, 2, 1, 1))
    if first.replace(second=0, microsecond=0) != second.replace(second=0, microsecond=0):
        raise InputError("common.bad_datetime", option=option, value=text)  # no date or no time given
    if first.tzinfo is not None:
        offset = first.tzinfo.utcoffset(first)  # the tzinfo's own value: the datetime's check raises
        if offset is None or not _OFFSETS[0] <= offset <= _OFFSETS[1]:
            raise InputError("common.bad_utc_offset", option=option, value=text)
        in_range(first, option, text)  # before converting: year 1 minus an offset is no date at all
        first = first.astimezone().replace(tzinfo=None)
    return in_range(first.replace(second=0, microsecond=0), option, text)


def add_days(start: date, days: int) -> date:
    return start + timedelta(days=days)


def day_number(start: date, today: date) -> int:
    """Day 1 is `start` itself: the first overdue day."""
    return (today - start).days + 1


def date_of_day(start: date, day: int) -> date:
    """The calendar date of day `day`, counting `start` as day 1."""
    return start + timedelta(days=day - 1)
