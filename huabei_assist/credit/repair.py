"""The PBOC one-time credit repair (2025-12-22): is this overdue record hidden, and from when?

A record that arose in [arose_from, arose_to], of at most max_amount, repaid in full by repaid_by,
is not shown: repaid by early_repaid_by, from early_hidden_from; later, by the end of the month
after the repayment.
"""

from datetime import date
from decimal import Decimal

from huabei_assist.errors import InputError
from huabei_assist.knowledge.credit_schema import RepairRule
from huabei_assist.money import to_fen
from huabei_assist.named_tuple import NamedTuple

# Codes of `RepairVerdict.reasons`: why it qualifies (one) or every condition it fails.
QUALIFY_EARLY = "repaid_early"
QUALIFY_WINDOW = "repaid_in_window"
AROSE_BEFORE = "arose_before"
AROSE_AFTER = "arose_after"
AMOUNT_OVER = "amount_over"
REPAID_LATE = "repaid_too_late"


class RepairVerdict(NamedTuple):
    eligible: bool
    hidden_by: date | None  # no longer shown from this day on (None when not eligible)
    reasons: tuple[str, ...]  # the way it qualifies, or every condition it fails
    overdue_since: date
    amount: Decimal
    repaid: date
    assumed: bool  # the repayment date is assumed: the debt is not yet paid
    arose_ok: bool
    amount_ok: bool
    repaid_ok: bool

    @property
    def reason(self) -> str:
        return self.reasons[0]


def end_of_next_month(day: date) -> date:
    from dateutil.relativedelta import relativedelta

    return day + relativedelta(months=1, day=31)  # day=31 clamps to the month's last day


def one_time_repair(
    overdue_since: date, amount: Decimal, repaid: date, rule: RepairRule, *, assumed: bool = False
) -> RepairVerdict:
    if repaid < overdue_since:
        raise InputError("credit.paid_before_overdue", paid=repaid.isoformat(), since=overdue_since.isoformat())
    if amount <= 0:
        raise InputError("common.amount_not_positive", option="--amount", value=amount)
    amount = to_fen(amount)
    failed = []
    if overdue_since < rule.arose_from:
        failed.append(AROSE_BEFORE)
    if overdue_since > rule.arose_to:
        failed.append(AROSE_AFTER)
    if amount > rule.max_amount:
        failed.append(AMOUNT_OVER)
    if repaid > rule.repaid_by:
        failed.append(REPAID_LATE)
    refused = RepairVerdict(
        False, None, tuple(failed), overdue_since=overdue_since, amount=amount, repaid=repaid, assumed=assumed,
        arose_ok=not {AROSE_BEFORE, AROSE_AFTER} & set(failed),
        amount_ok=AMOUNT_OVER not in failed,
        repaid_ok=REPAID_LATE not in failed,
    )
    if failed:
        return refused
    if repaid <= rule.early_repaid_by:
        return refused._replace(eligible=True, hidden_by=rule.early_hidden_from, reasons=(QUALIFY_EARLY,))
    return refused._replace(eligible=True, hidden_by=end_of_next_month(repaid), reasons=(QUALIFY_WINDOW,))
