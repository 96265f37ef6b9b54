"""Every deadline the tool prints, counted in one place, so two commands never give two dates for one.

A period of N days (or months) from a day: that day is not counted (民法典 第201条), so the last
day is the day plus N (months with dateutil.relativedelta: 31 January + 1 month = 28/29 February).
When the last day is a statutory rest day (a weekend or public holiday; the State Council's swapped
working days are working days), 民法典 第203条 moves it to the first working day after the rest
days. Whether that moves a deadline set by an administrative regulation is not settled, so both
dates are given and the view labels the moved one. Rest days come from the `chinese-calendar`
package, imported only here and only when a deadline is counted (~3 ms); past the last year it
knows, only weekends are rest days and `calendar_known` is False, which the views say.
"""

from __future__ import annotations

from datetime import date, timedelta

from huabei_assist.named_tuple import NamedTuple


class Deadline(NamedTuple):
    start: date  # the day the period runs from (not counted)
    last_day: date  # the plain date: start + the period
    moved_to: date | None  # the first working day after, when last_day is a rest day (民法典 第203条)
    calendar_known: bool  # False when a day looked at is past the holiday data: weekends only


def calendar_last_year() -> int:
    """The last year the holiday calendar knows."""
    import chinese_calendar

    return max(chinese_calendar.holidays).year


def working_day(day: date) -> tuple[bool, bool]:
    """(is it a working day, is the holiday calendar known for it); unknown years count weekends only."""
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(day), True
    except NotImplementedError:  # a year outside the package's data
        return day.weekday() < 5, False


def next_working_day(day: date) -> tuple[date, bool]:
    """`day` itself if it is a working day, else the first working day after it."""
    known = True
    while True:
        working, day_known = working_day(day)
        known = known and day_known
        if working:
            return day, known
        day += timedelta(days=1)


def deadline(start: date, *, days: int = 0, months: int = 0) -> Deadline:
    """The deadline `months` months and `days` days after `start`."""
    last = start + timedelta(days=days)
    if months:
        from dateutil.relativedelta import relativedelta

        last = start + relativedelta(months=months, days=days)
    moved, known = next_working_day(last)
    return Deadline(start, last, None if moved == last else moved, known)


def add_working_days(start: date, count: int) -> tuple[date, bool]:
    """The `count`-th working day after `start`, public holidays and swapped working days included;
    the flag is False when a day counted is past the holiday data (weekends only there)."""
    day, known, left = start, True, count
    while left > 0:
        day += timedelta(days=1)
        working, day_known = working_day(day)
        known = known and day_known
        left -= working
    return day, known
