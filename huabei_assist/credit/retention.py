"""When an overdue record leaves the credit report: 5 years from the day the adverse event ends.

《征信业管理条例》第16条 keeps negative information 5 years from the day the adverse event ends;
《民法典》第202条 ends a period in years on the corresponding day, or on the last day of the month
when there is none (from 29 February: 28 February). relativedelta(years=N) does exactly that.
"""

from datetime import date
from typing import Literal

from huabei_assist.errors import InputError
from huabei_assist.knowledge.credit_schema import METHODS  # the ways of settling this computes
from huabei_assist.known_ids import did_you_mean
from huabei_assist.named_tuple import NamedTuple

# Where event_end comes from: the real payment, or an assumed one while the debt is unpaid.
EndSource = Literal["paid", "if_paid", "last_due", "today"]


class ClearDate(NamedTuple):
    method: str
    event_end: date  # the day the adverse event ends (paid, or assumed when not yet paid)
    end_source: str  # EndSource
    clears_on: date  # the last day of the retention period; deleted after it
    days_left: int  # from today to clears_on; 0 once it has passed
    cleared: bool  # today is after clears_on

    @property
    def started(self) -> bool:
        """The clock runs only once the debt is paid."""
        return self.end_source == "paid"


def period_end(start: date, years: int) -> date:
    """The last day of a period of `years` years from `start` (民法典 第202条)."""
    from dateutil.relativedelta import relativedelta

    return start + relativedelta(years=years)


def clear_date(
    *,
    today: date,
    years: int,
    method: str = "settle",
    paid: date | None = None,
    if_paid: date | None = None,
    last_due: date | None = None,
) -> ClearDate:
    """`paid`: the day the debt (for installments: the last payment) was paid. Without it, the clock
    has not started: the date is computed as if paid on `if_paid`, `last_due` (installments) or today."""
    if method not in METHODS:
        raise InputError("credit.bad_method", value=method, known=", ".join(METHODS),
                         hint=did_you_mean(method, METHODS))
    if last_due is not None and method != "installment":
        raise InputError("credit.last_due_needs_installment")
    given = [name for name, value in (("--paid", paid), ("--if-paid", if_paid), ("--last-due", last_due)) if value]
    if len(given) > 1:
        raise InputError("credit.one_end_date", options=" / ".join(given))
    if paid is not None:
        if paid > today:
            raise InputError("credit.paid_in_future", paid=paid.isoformat(), today=today.isoformat())
        end, source = paid, "paid"
    elif if_paid is not None:
        if if_paid < today:
            raise InputError("credit.if_paid_in_past", date=if_paid.isoformat(), today=today.isoformat())
        end, source = if_paid, "if_paid"
    elif last_due is not None:
        if last_due < today:
            raise InputError("credit.last_due_in_past", date=last_due.isoformat(), today=today.isoformat())
        end, source = last_due, "last_due"
    else:
        end, source = today, "today"
    clears = period_end(end, years)
    return ClearDate(method, end, source, clears, max(0, (clears - today).days), today > clears)
