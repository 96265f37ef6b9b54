"""Minimum repayment (最低还款): pay part of each bill; the unpaid rest bears 0.05% a day.

Month by month: the bill is what is still owed plus the interest on it since the last due date
(simple, 0.05% a day for the actual days between due dates). The payment is the one given
(default: the first bill's minimum, 10% of the amount), at most the bill. It pays the interest
first, then principal. When a bill is not smaller than the one before, the payment never
catches up with the interest: the plan never ends, and the result says so.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.money import ZERO, simple_fee, to_fen
from huabei_assist.plans.input_checks import check_amount, due_day_or_default, knowledge
from huabei_assist.plans.due_calendar import due_date
from huabei_assist.plans.schedule import Period, Plan, rate_of

MAX_MONTHS = 600  # 50 years: a plan still running then is reported as never ending
SHOWN_WHEN_ENDLESS = 12  # months of schedule shown for a plan that never ends


def minimum(amount: Decimal, *, start: date, due_day: int | None = None, payment: Decimal | None = None,
            kb: Knowledge | None = None) -> Plan:
    """The due day defaults to data/plans.toml's."""
    kb = knowledge(kb)
    amount = check_amount(amount)
    due_day = due_day_or_default(due_day, kb)
    terms = kb.product
    share, daily = terms.minimum_repayment.known_rate, terms.overdue_fee.known_rate
    first_minimum = to_fen(amount * share)
    if payment is None:
        payment = first_minimum
    elif not payment.is_finite() or to_fen(payment) <= 0:
        raise InputError("plan.amount_not_positive", option="--payment", value=payment)
    payment = to_fen(payment)

    rows: list[Period] = []
    balance = amount  # principal still owed
    below = False
    previous_bill = None
    never_ends = False
    last_due = start
    for k in range(1, MAX_MONTHS + 1):
        due = due_date(start, due_day, k)
        interest = ZERO if k == 1 else simple_fee(balance, daily, (due - last_due).days)
        bill = balance + interest
        paid = min(payment, bill)
        if paid < to_fen(bill * share):
            below = True
        part = paid - interest  # interest first
        balance -= part
        rows.append(Period(k, due, part, interest, paid, balance))
        if previous_bill is not None and bill >= previous_bill:
            never_ends = True  # this bill is no smaller than the last: the debt is not shrinking
            break
        previous_bill, last_due = bill, due
        if balance == 0:
            break
    else:
        never_ends = True
    if never_ends:
        return Plan("minimum", amount, ZERO, ZERO, amount, tuple(rows[:SHOWN_WHEN_ENDLESS]), None,
                    never_ends=True, below_minimum=below, start=start)
    return Plan("minimum", amount, ZERO, ZERO, amount, tuple(rows), rate_of(amount, rows, start), below_minimum=below,
                start=start)
