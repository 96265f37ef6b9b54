"""Bill installment (账单分期): 3/6/9/12 periods at Huabei's list prices, or any count at your bill's rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.money import to_fen
from huabei_assist.plans.app_price import AppPrice, app_schedule
from huabei_assist.plans.input_checks import check_amount, check_periods, check_rate, due_day_or_default, knowledge
from huabei_assist.plans.due_calendar import day_counts, due_dates
from huabei_assist.plans.schedule import Plan, even_schedule, rate_of


def list_price(periods: int, kb: Knowledge | None = None) -> Decimal | None:
    """The list-price total fee rate for `periods`, from data/product.toml, or None."""
    for price in knowledge(kb).product.installments:
        if price.periods == periods:
            return price.total_fee_rate
    return None


def list_periods(kb: Knowledge | None = None) -> tuple[int, ...]:
    return tuple(p.periods for p in knowledge(kb).product.installments)


def installment(amount: Decimal, periods: int, *, start: date, due_day: int | None = None,
                fee_rate: Decimal | None = None, app: AppPrice | None = None, kb: Knowledge | None = None) -> Plan:
    """Total fee = amount x total fee rate; principal and fee each split evenly over the periods.
    `app`: the payment or fee per period the app shows, instead of a rate. The due day defaults to
    data/plans.toml's."""
    kb = knowledge(kb)
    amount = check_amount(amount)
    check_periods(periods, kb)
    due_day = due_day_or_default(due_day, kb)
    if app is not None:
        schedule = app_schedule(amount, app, due_dates(start, due_day, periods))
        return Plan("installment", amount, to_fen(0), to_fen(0), amount, schedule,
                    rate_of(amount, schedule, start, day_counts(start, due_day, periods)), start=start,
                    priced_from=app.kind)
    rate = fee_rate if fee_rate is not None else list_price(periods, kb)
    if rate is None:
        raise InputError("plan.no_list_price", periods=periods,
                         listed=", ".join(str(p) for p in list_periods(kb)))
    check_rate(rate, "--fee-rate")
    schedule = even_schedule(amount, to_fen(amount * rate), due_dates(start, due_day, periods))
    return Plan("installment", amount, to_fen(0), to_fen(0), amount, schedule,
                rate_of(amount, schedule, start, day_counts(start, due_day, periods)),
                fee_rate=rate, list_price=fee_rate is None, start=start)
