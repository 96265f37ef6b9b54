"""Due dates: the due day of each month after the start; a day past the month's end is its last day."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from huabei_assist.bounds import MAX_DAY_OF_MONTH
from huabei_assist.errors import InputError


def check_due_day(due_day, option: str = "--due-day"):
    """`due_day` an int, or a Decimal not yet made one (plans/input_checks.due_day_from)."""
    if not 1 <= due_day <= MAX_DAY_OF_MONTH:
        raise InputError("plan.bad_due_day", option=option, value=due_day)
    return due_day


def due_date(start: date, due_day: int, period: int) -> date:
    """Period `period` (1 = the first) falls in the `period`-th month after `start`.

    relativedelta(day=31) clamps to the month's last day: 28 or 29 February, 30 April.
    """
    return start + relativedelta(months=period, day=due_day)


def due_dates(start: date, due_day: int, periods: int) -> list[date]:
    check_due_day(due_day)
    if periods > _CACHED_PERIODS:
        return [due_date(start, due_day, k) for k in range(1, periods + 1)]
    return list(_month_run(start.replace(day=1), due_day)[:periods])


_CACHED_PERIODS = 60


@lru_cache(maxsize=4096)
def _month_run(first_of_month: date, due_day: int) -> tuple[date, ...]:
    """The first 60 due dates after a month. They depend only on the start's month, not its day,
    so a batch of scenarios starting in the same month computes them once (relativedelta is the
    slowest step of a plan otherwise: about 10 us a date)."""
    return tuple(due_date(first_of_month, due_day, k) for k in range(1, _CACHED_PERIODS + 1))


def day_counts(start: date, due_day: int, periods: int) -> tuple[int, ...]:
    """Each due date's days from `start` (for the date-based rate), cached like the dates."""
    if periods > _CACHED_PERIODS:
        return tuple((d - start).days for d in due_dates(start, due_day, periods))
    return _day_run(start, due_day)[:periods]


def span(start: date, due_day: int, periods: int) -> tuple[date, date, tuple[int, ...]]:
    """The first and the last due date, and each due date's days from `start`: what a batch row
    needs of its dates (plans/row_totals.py), from the caches without copying the dates."""
    if periods > _CACHED_PERIODS:
        dates = due_dates(start, due_day, periods)
        return dates[0], dates[-1], day_counts(start, due_day, periods)
    check_due_day(due_day)
    run = _month_run(start.replace(day=1), due_day)
    return run[0], run[periods - 1], _day_run(start, due_day)[:periods]


@lru_cache(maxsize=4096)
def _day_run(start: date, due_day: int) -> tuple[int, ...]:
    return tuple((d - start).days for d in _month_run(start.replace(day=1), due_day))
