"""The annualised rate of a plan: monthly IRR by a bracketed solver, nominal APR and effective rate.

PBOC Announcement [2021] No. 3 asks for the IRR method: the rate at which the payments, discounted
month by month, give back the principal. Nominal APR = monthly IRR x 12; effective = (1 + IRR)^12 - 1.
The solver is Newton's method kept inside a bracket [lo, hi] that always holds the root (a step
that would leave it is replaced by bisection), so it cannot diverge; the result is checked by
discounting. A plan that costs nothing (payments add up to the principal) gives exactly 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

RATE_PLACES = Decimal("0.0001")  # "0.1586": 4 places, as the JSON shows it
_RESIDUAL = 1e-9  # |PV(rate) - principal| allowed, relative to the principal: the discounting check
_MAX_MONTHLY = 1e6


class AnnualRate(NamedTuple):
    monthly: float  # the monthly IRR, unrounded
    apr: Decimal  # nominal: monthly x 12, to 4 places
    effective: Decimal  # (1 + monthly)^12 - 1, to 4 places

    def over(self, cap: Decimal) -> bool:
        return self.apr > cap


ZERO_RATE = AnnualRate(0.0, Decimal("0.0000"), Decimal("0.0000"))


def present_value(rate: float, payments: Sequence[float]) -> float:
    """Sum of payment k / (1 + rate)^k for k = 1..n (Horner's rule)."""
    v = 1.0 / (1.0 + rate)
    acc = 0.0
    for payment in reversed(payments):
        acc = (acc + payment) * v
    return acc


def monthly_irr(principal: Decimal, payments: Sequence[Decimal]) -> float:
    """The monthly rate i >= 0 at which the payments are worth the principal today.

    Raises ValueError when the payments add up to less than the principal (a negative rate: no
    plan in this package does that) or when the principal is not positive.
    """
    if principal <= 0:
        raise ValueError("principal must be positive")
    total = sum(payments, Decimal(0))
    if total == principal:
        return 0.0  # exactly: no fee, no interest
    if total < principal:
        raise ValueError("payments add up to less than the principal")
    p = float(principal)
    cf = [float(x) for x in payments]
    n = len(cf)
    if n == 1:
        return float(total / principal) - 1.0
    # f(i) = PV(i) - P is convex and decreasing for i > -1, with f(0) > 0. Newton's step from the
    # left of the root never passes it; from the right it lands on the left. The bracket [lo, hi]
    # is kept anyway: a step that would leave it is replaced by bisection (or doubling).
    lo, hi = 0.0, float("inf")
    x = 2.0 * (float(total) - p) / (p * (n + 1))  # the constant-ratio estimate: close for even payments
    allowed = _RESIDUAL * max(1.0, p)
    for _ in range(200):
        v = 1.0 / (1.0 + x)
        acc = 0.0
        dacc = 0.0  # d/dx of sum c_k v^k = -sum k c_k v^(k+1)
        power = 1.0
        for k, c in enumerate(cf, 1):
            power *= v
            term = c * power
            acc += term
            dacc -= k * term
        f = acc - p  # the check itself: the payments discounted at x, less the principal
        if abs(f) <= allowed:
            return x
        if f > 0:
            lo = x
        else:
            hi = x
        nxt = x - f / (dacc * v) if dacc != 0.0 else x
        if not lo < nxt < hi:
            nxt = (lo + hi) / 2 if hi != float("inf") else max(2 * x, x + 1e-3)
        if nxt > _MAX_MONTHLY:
            raise ValueError("rate out of range")
        x = nxt
    raise ArithmeticError("IRR did not converge")


def annual_rate(principal: Decimal, payments: Sequence[Decimal]) -> AnnualRate:
    monthly = monthly_irr(principal, payments)
    if monthly == 0.0:
        return ZERO_RATE
    return AnnualRate(
        monthly,
        _places(Decimal(repr(monthly)) * 12),
        _places(Decimal(repr((1.0 + monthly) ** 12 - 1.0))),
    )


def _places(value: Decimal) -> Decimal:
    return value.quantize(RATE_PLACES, rounding=ROUND_HALF_UP)
