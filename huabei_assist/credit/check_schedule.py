"""Checking the credit report: a quarterly schedule from a date."""

from __future__ import annotations

from datetime import date


def check_dates(start: date, interval_months: int, count: int) -> tuple[date, ...]:
    """`count` dates `interval_months` apart, the first on `start`; each counted from `start`
    (relativedelta), so 31 January gives 30 April, 31 July, 31 October."""
    from dateutil.relativedelta import relativedelta

    return tuple(start + relativedelta(months=interval_months * i) for i in range(count))
