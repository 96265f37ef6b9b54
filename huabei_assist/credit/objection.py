"""Objecting to a credit record (异议): when the answer is due, and what comes after.

第25条: answered in writing within 20 days of receipt: the last day is filed + 20 days (the day of
filing is not counted, 民法典 第201条). The seed's "15 working days" is shown for comparison,
counted with Saturdays and Sundays skipped; public holidays are not known to the tool.
"""

from __future__ import annotations

from datetime import date, timedelta


def add_working_days(start: date, days: int) -> date:
    """The `days`-th weekday after `start` (Saturdays and Sundays skipped, holidays not)."""
    current, left = start, days
    while left > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current
