"""Dates: parsing user input with python-dateutil, and day arithmetic.

dateutil.parser is imported only when a date is actually parsed (it costs ~40 ms at start-up).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from huabei_assist.errors import InputError

_CJK_DATE = re.compile(r"^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*$")


def parse_date(text: str, option: str) -> date:
    """A date from any form dateutil reads (2026-10-15, 2026/10/15, 15 Oct 2026) or 2026年10月15日."""
    match = _CJK_DATE.match(text)
    if match:
        text = "-".join(match.groups())
    from dateutil import parser

    try:
        return parser.parse(text).date()
    except (ValueError, OverflowError, parser.ParserError):
        raise InputError("common.bad_date", option=option, value=text) from None


def add_days(start: date, days: int) -> date:
    return start + timedelta(days=days)


def day_number(start: date, today: date) -> int:
    """Day 1 is `start` itself: the first overdue day."""
    return (today - start).days + 1


def date_of_day(start: date, day: int) -> date:
    """The calendar date of day `day`, counting `start` as day 1."""
    return start + timedelta(days=day - 1)
