"""Dates: parsing user input with python-dateutil, and day arithmetic.

dateutil.parser is imported only when a date is actually parsed (it costs ~40 ms at start-up).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from huabei_assist.errors import InputError

# Dates outside these years are typos; far-future ones would also overflow date arithmetic (year 9999 + 5 years).
FIRST_YEAR, LAST_YEAR = 1900, 2100

_CJK_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*$")


def parse_date(text: str, option: str) -> date:
    """A date from any form dateutil reads (2026-10-15, 2026/10/15, 15 Oct 2026) or 2026年10月15日."""
    match = _CJK_DATE.match(text)
    if match:
        text = "-".join(match.groups())
    from dateutil import parser

    try:
        parsed = parser.parse(text).date()
    except (ValueError, OverflowError, parser.ParserError):
        raise InputError("common.bad_date", option=option, value=text) from None
    return in_range(parsed, option, text)


def in_range(value, option: str, text: str):
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InputError("common.date_out_of_range", option=option, value=text, first=FIRST_YEAR, last=LAST_YEAR)
    return value


_CJK_TIME = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(.*)$")


def parse_datetime(text: str, option: str) -> datetime:
    """A local date and time (2026-11-29 22:10, 2026/11/29 10:10pm, 2026年11月29日 22:10), to the minute.

    Both are required: a bare date would silently mean midnight, a bare time some default day. A time zone, if given, is
    converted to local time. Errors use the catalog key common.bad_datetime.
    """
    match = _CJK_TIME.match(text)
    cleaned = text
    if match:
        year, month, day, rest = match.groups()
        rest = rest.replace("点", ":").replace("时", ":").replace("分", "").rstrip(":")
        cleaned = f"{year}-{month}-{day} {rest}"
    from dateutil import parser

    try:
        first = parser.parse(cleaned, default=datetime(2000, 1, 1, 0, 0))
        second = parser.parse(cleaned, default=datetime(2001, 2, 2, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        raise InputError("common.bad_datetime", option=option, value=text) from None
    if first.replace(second=0, microsecond=0) != second.replace(second=0, microsecond=0):
        raise InputError("common.bad_datetime", option=option, value=text)  # no date or no time given
    if first.tzinfo is not None:
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
