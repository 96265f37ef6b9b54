"""A plan priced from what the app shows: the payment per period, or the fee per period.

Alipay shows an installment's payment per period (每期应还) or its fee per period (每期手续费), not
always its annualised rate. From either, the schedule is rebuilt and the rates worked out the same
way as for any plan (IRR x 12, effective, date-based), so the cost can be read as a rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from huabei_assist.errors import InputError
from huabei_assist.plans.input_checks import check_amount, check_money
from huabei_assist.plans.schedule import Period, even_schedule, new_period, split_even

APP_KINDS: tuple[str, ...] = ("payment", "fee_per_period")


class AppPrice(NamedTuple):
    kind: str  # "payment" (each period pays this) or "fee_per_period" (each period's fee)
    value: Decimal  # to the fen


def app_price(payment: Decimal | None, fee_per_period: Decimal | None) -> AppPrice | None:
    """The price given, checked; None when neither is given."""
    if payment is not None and fee_per_period is not None:
        raise InputError("plan.payment_and_fee_per_period")
    if payment is not None:
        return AppPrice("payment", check_amount(payment, "--payment"))
    if fee_per_period is not None:
        return AppPrice("fee_per_period", check_money(fee_per_period, "--fee-per-period"))
    return None


def app_schedule(principal: Decimal, price: AppPrice, dates: Sequence[date]) -> tuple[Period, ...]:
    """--fee-per-period F: the principal split evenly, F on top of every share.
    --payment X: every period pays X; the fee (n x X - principal) is split evenly, the rest of X
    is principal, so the principal column still adds up exactly."""
    n = len(dates)
    if price.kind == "fee_per_period":
        return even_schedule(principal, price.value * n, dates)
    payment = price.value
    fee = payment * n - principal
    if fee < 0:
        raise InputError("plan.payment_too_small", payment=payment, periods=n, total=payment * n,
                         principal=principal)
    rows = []
    remaining = principal
    for k, (due, fee_part) in enumerate(zip(dates, split_even(fee, n)), 1):
        part = payment - fee_part
        remaining -= part
        rows.append(new_period(Period, (k, due, part, fee_part, payment, remaining)))
    return tuple(rows)
