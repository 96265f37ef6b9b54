"""Negotiated plan (协商分期 / 个性化分期): up to 60 periods; its cost is whatever is agreed.

The lender may, not must, agree to such a plan, and the agreement states the fees
(信用卡办法 第70条). Nothing entitles the borrower to 0%: without a fee rate, an annual rate or a
price from the app, the plan has no cost yet (`to_be_agreed`), not a cost of 0. The waiver is
taken off first, then the down payment; the rest is financed.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import accumulate, count, repeat
from operator import add, sub

from huabei_assist.errors import InputError
from huabei_assist.money import FEN, ZERO, to_fen
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.plans.app_price import AppPrice, app_schedule
from huabei_assist.plans.input_checks import check_amount, check_money, check_periods, check_rate, due_day_or_default, knowledge
from huabei_assist.plans.due_calendar import day_counts, due_dates
from huabei_assist.plans.schedule import Period, Plan, even_schedule, new_period, rate_of


def negotiated(amount: Decimal, periods: int, *, start: date, due_day: int | None = None,
               fee_rate: Decimal | None = None, annual_rate: Decimal | None = None,
               down_payment: Decimal = ZERO, waiver: Decimal = ZERO, app: AppPrice | None = None,
               kb: Knowledge | None = None) -> Plan:
    """The due day defaults to data/plans.toml's."""
    kb = knowledge(kb)
    amount = check_amount(amount)
    check_periods(periods, kb)
    due_day = due_day_or_default(due_day, kb)
    if fee_rate is not None and annual_rate is not None:
        raise InputError("plan.fee_and_annual")
    waiver = check_money(waiver, "--waiver")
    down_payment = check_money(down_payment, "--down-payment")
    principal = amount - waiver - down_payment
    if principal <= 0:
        raise InputError("plan.nothing_financed", amount=amount, waiver=waiver, down=down_payment)
    dates = due_dates(start, due_day, periods)
    if app is not None:
        schedule = app_schedule(principal, app, dates)
    elif annual_rate is not None:
        check_rate(annual_rate, "--annual-rate")
        schedule = amortized_schedule(principal, annual_rate / 12, dates)
    elif fee_rate is not None:
        schedule = even_schedule(principal, to_fen(principal * check_rate(fee_rate, "--fee-rate")), dates)
    else:  # no price yet: the principal's share of each period, and no rate at all
        return Plan("negotiated", amount, waiver, down_payment, principal, even_schedule(principal, ZERO, dates), None,
                    start=start, to_be_agreed=True)
    return Plan("negotiated", amount, waiver, down_payment, principal, schedule,
                rate_of(principal, schedule, start, day_counts(start, due_day, periods)),
                fee_rate=fee_rate, annual_rate=annual_rate, start=start, priced_from=app and app.kind)


def amortized_schedule(principal: Decimal, monthly: Decimal, dates: list[date]) -> tuple[Period, ...]:
    """Equal payments (等额本息): interest on the declining balance, to the fen, each month.

    payment = P x i / (1 - (1 + i)^-n), rounded to the fen; the last payment clears the balance.
    """
    n = len(dates)
    if monthly == 0:
        return even_schedule(principal, ZERO, dates)
    parts, interests = amortized_columns(principal, monthly, n)
    # The rows from the two columns by C-level iterators (payments, balances): only the interest
    # needs the Python loop, each month's depending on the balance the month before.
    remaining = accumulate(parts, sub, initial=principal)
    next(remaining)  # the principal itself, before the first payment
    return tuple(map(new_period, repeat(Period), zip(count(1), dates, parts, interests, map(add, parts, interests),
                                                     remaining)))


def amortized_columns(principal: Decimal, monthly: Decimal, n: int) -> tuple[list[Decimal], list[Decimal]]:
    """The principal and the interest of each of the n equal payments (monthly > 0): what
    amortized_schedule's rows hold, without the rows (a batch row wants only the payments).

    Each month's principal is the payment less the interest, or the balance when that is less (the
    last payment clears the balance). The loop keeps only the interest and the balance: a balance
    that would go below zero stays below zero (the interest on it is not positive, so the payment
    takes at least as much again), so a final balance of zero or more means no month was capped,
    and the principal column is the payment less each interest; else the months are done again
    one by one."""
    payment = to_fen(principal * monthly / (1 - (1 + monthly) ** -n))
    interests: list[Decimal] = []
    add_interest = interests.append
    balance = principal
    quantize = Decimal.quantize  # to_fen without its Decimal() wrapper: every value here is a Decimal
    for _ in range(n - 1):
        interest = quantize(balance * monthly, FEN, ROUND_HALF_UP)
        add_interest(interest)
        balance -= payment - interest
    if balance < 0:
        return _capped_columns(principal, monthly, n, payment)
    parts = list(map(sub, repeat(payment), interests))
    parts.append(balance)  # the last payment clears the balance
    add_interest(quantize(balance * monthly, FEN, ROUND_HALF_UP))
    return parts, interests


def _capped_columns(principal: Decimal, monthly: Decimal, n: int, payment: Decimal) -> tuple[list[Decimal], list[Decimal]]:
    """amortized_columns month by month, for a payment that would take more than the balance."""
    parts: list[Decimal] = []
    interests: list[Decimal] = []
    balance = principal
    for k in range(1, n + 1):
        interest = (balance * monthly).quantize(FEN, ROUND_HALF_UP)
        part = balance if k == n else min(payment - interest, balance)
        balance -= part
        parts.append(part)
        interests.append(interest)
    return parts, interests
