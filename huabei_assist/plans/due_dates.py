"""Due dates: the due day of each month after the start; a day past the month's end is its last day."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from huabei_assist.errors import InputError


def check_due_day(due_day: int, option: str = "--due-day") -> int:
    if not 1 <= due_day <= 31:
        raise InputError("plan.bad_due_day", option=option, value=due_day)
    return due_day


def due_date(start: date, due_day: int, period: int) -> date:
    """Period `period` (1 = the first) falls in the `period`-th month after `start`.

    relativedelta(day=31) clamps to the month's last day: 28 or 29 February, 30 April.
    """
    return start + relativedelta(months=period, day=due_day)


def due_dates(start: date, due_day: int, periods: int) -> list[date]:
    check_due_day(due_day)
    return [due_date(start, due_day, k) for k in range(1, periods + 1)]
