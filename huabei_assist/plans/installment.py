"""Bill installment (账单分期): 3/6/9/12 periods at Huabei's list prices, or any count at your bill's rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from huabei_assist.errors import InputError
from huabei_assist.knowledge.schema import ProductTerms
from huabei_assist.money import to_fen
from huabei_assist.plans.app_price import AppPrice, app_schedule
from huabei_assist.plans.checks import check_amount, check_periods, check_rate, knowledge
from huabei_assist.plans.due_dates import day_counts, due_dates
from huabei_assist.plans.schedule import Plan, even_schedule, rate_of


def list_price(periods: int) -> Decimal | None:
    """The list-price total fee rate for `periods`, from data/product.toml, or None."""
    for price in knowledge("product", ProductTerms).installments:
        if price.periods == periods:
            return price.total_fee_rate
    return None


def list_periods() -> tuple[int, ...]:
    return tuple(p.periods for p in knowledge("product", ProductTerms).installments)


def installment(amount: Decimal, periods: int, *, start: date, due_day: int = 10,
                fee_rate: Decimal | None = None, app: AppPrice | None = None) -> Plan:
    """Total fee = amount x total fee rate; principal and fee each split evenly over the periods.
    `app`: the payment or fee per period the app shows, instead of a rate."""
    amount = check_amount(amount)
    check_periods(periods)
    if app is not None:
        schedule = app_schedule(amount, app, due_dates(start, due_day, periods))
        return Plan("installment", amount, to_fen(0), to_fen(0), amount, schedule,
                    rate_of(amount, schedule, start, day_counts(start, due_day, periods)), start=start,
                    priced_from=app.kind)
    rate = fee_rate if fee_rate is not None else list_price(periods)
    if rate is None:
        raise InputError("plan.no_list_price", periods=periods,
                         listed=", ".join(str(p) for p in list_periods()))
    check_rate(rate, "--fee-rate")
    schedule = even_schedule(amount, to_fen(amount * rate), due_dates(start, due_day, periods))
    return Plan("installment", amount, to_fen(0), to_fen(0), amount, schedule,
                rate_of(amount, schedule, start, day_counts(start, due_day, periods)),
                fee_rate=rate, list_price=fee_rate is None, start=start)
