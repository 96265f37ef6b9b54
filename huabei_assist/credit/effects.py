"""The overdue period cut into months, for the knock-on effects that hit month by month.

Month n runs from overdue_since + (n-1) months to the day before overdue_since + n months (by
relativedelta, so no drift at month ends); the last month ends on the repayment day. Days count
both ends, as day numbers do (the first overdue day is day 1).
"""

from datetime import date, timedelta

from huabei_assist.errors import InputError
from huabei_assist.named_tuple import NamedTuple


class OverdueMonth(NamedTuple):
    number: int
    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def overdue_months(start: date, end: date) -> tuple[OverdueMonth, ...]:
    from dateutil.relativedelta import relativedelta

    if end < start:
        raise InputError("credit.paid_before_overdue", paid=end.isoformat(), since=start.isoformat())
    months = []
    number = 1
    while True:
        first = start + relativedelta(months=number - 1)
        if first > end:
            break
        last = min(end, start + relativedelta(months=number) - timedelta(days=1))
        months.append(OverdueMonth(number, first, last))
        number += 1
    return tuple(months)
