"""A plan priced from what the app shows: the payment per period, or the fee per period.

Alipay shows an installment's payment per period (每期应还) or its fee per period (每期手续费), not
always its annualised rate. From either, the schedule is rebuilt and the rates worked out the same
way as for any plan (IRR x 12, effective, date-based), so the cost can be read as a rate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_DOWN, ROUND_UP, Decimal

from huabei_assist.errors import InputError
from huabei_assist.money import FEN
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.input_checks import check_amount, check_money
from huabei_assist.plans.schedule import Period, even_schedule, new_period, split_even

APP_KINDS: tuple[str, ...] = ("payment", "fee_per_period")
# The fees a price from the app may add up to, in times the principal: an input bound of this tool,
# not a rule. Far past any real installment (one period at 10 times: 12,000% a year), it keeps the
# monthly IRR at most about 11, so the effective rate, (1 + IRR)^12 - 1, fits the 4-place Decimal
# the rates are kept in (a payment of 100 times the principal overflowed it).
MAX_FEE_TIMES = 10


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
        _check_fee_per_period(principal, price.value, n)
        return even_schedule(principal, price.value * n, dates)
    payment = price.value
    fee = payment * n - principal
    if fee < 0:
        raise InputError("plan.payment_too_small", payment=payment, periods=n, total=payment * n,
                         principal=principal)
    _check_payment(principal, payment, n)
    rows = []
    remaining = principal
    for k, (due, fee_part) in enumerate(zip(dates, split_even(fee, n)), 1):
        part = payment - fee_part
        remaining -= part
        rows.append(new_period(Period, (k, due, part, fee_part, payment, remaining)))
    return tuple(rows)


def _check_payment(principal: Decimal, payment: Decimal, n: int) -> None:
    """A payment per period from the smallest that repays the principal to the one whose fees reach
    MAX_FEE_TIMES the principal (the smallest always fits: 0.01 a period on a tiny principal)."""
    low = (principal / n).quantize(FEN, rounding=ROUND_UP)
    high = max(low, (principal * (1 + MAX_FEE_TIMES) / n).quantize(FEN, rounding=ROUND_DOWN))
    if payment > high:
        raise InputError("plan.payment_too_large", value=payment, principal=principal, periods=n, low=low, high=high,
                         times=MAX_FEE_TIMES)


def _check_fee_per_period(principal: Decimal, fee: Decimal, n: int) -> None:
    """A fee per period from 0 to the one whose total reaches MAX_FEE_TIMES the principal."""
    high = (principal * MAX_FEE_TIMES / n).quantize(FEN, rounding=ROUND_DOWN)
    if fee > high:
        raise InputError("plan.fee_per_period_too_large", value=fee, principal=principal, periods=n,
                         low=Decimal("0.00"), high=high, times=MAX_FEE_TIMES)
