"""The annualised rate of a plan: monthly IRR by a bracketed solver, nominal APR and effective rate.

PBOC Announcement [2021] No. 3 asks for the IRR method: the rate at which the payments, discounted
month by month, give back the principal. Nominal APR = monthly IRR x 12; effective = (1 + IRR)^12 - 1.
The solver is Newton's method kept inside a bracket [lo, hi] that always holds the root (a step
that would leave it is replaced by bisection), so it cannot diverge; the result is checked by
discounting. A plan that costs nothing (payments add up to the principal) gives exactly 0.

IRR x 12 assumes every period is a month. The date-based rate (XIRR) discounts each payment by its
actual days from the start instead (actual/365): sum payment_k / (1 + r)^(days_k / 365) = principal.
It is an annual effective rate, so it is shown beside (1 + IRR)^12 - 1; the two differ when the
first period is much shorter or longer than a month.
"""

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from itertools import repeat
from math import exp, expm1, log1p
from operator import mul

from huabei_assist.named_tuple import NamedTuple

RATE_PLACES = Decimal("0.0001")  # "0.1586": 4 places, as the JSON shows it
_RESIDUAL = 1e-9  # |PV(rate) - principal| allowed, relative to the principal: the discounting check
_MAX_MONTHLY = 1e6
_LEVEL_MIN = 1e-4  # below this monthly rate (APR 0.12%) the closed-form slope loses digits: sum instead


class AnnualRate(NamedTuple):
    monthly: float  # the monthly IRR, unrounded
    apr: Decimal  # nominal: monthly x 12, to 4 places
    effective: Decimal  # (1 + monthly)^12 - 1, to 4 places
    xirr: Decimal | None = None  # over the actual due dates, actual/365, to 4 places (None: no dates given)

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
    return _irr(principal, payments)[0]


def _irr(principal: Decimal, payments: Sequence[Decimal]) -> tuple[float, list[float]]:
    """The monthly IRR and the payments as floats (the date-based rate reuses them)."""
    if principal <= 0:
        raise ValueError("principal must be positive")
    if not payments:
        raise ValueError("payments add up to less than the principal")
    n = len(payments)
    first, last = payments[0], payments[-1]
    # Every plan here but minimum repayment pays equal amounts but for the last (the rounding
    # remainder): then the total and the floats take two conversions instead of n, and PV and its
    # slope have closed forms, O(1) instead of O(n) per step. The answer is still checked by the
    # plain discounting sum below.
    level = n > 1 and payments.count(first) - (last == first) == n - 1  # all equal but (perhaps) the last
    total = first * (n - 1) + last if level else sum(payments, Decimal(0))
    if total == principal:
        return 0.0, []  # exactly: no fee, no interest
    if total < principal:
        raise ValueError("payments add up to less than the principal")
    p = float(principal)
    cf = [float(first)] * (n - 1) + [float(last)] if level else list(map(float, payments))
    if n == 1:
        return float(total / principal) - 1.0, cf
    allowed = _RESIDUAL * max(1.0, p)
    x = _solve(p, cf, float(total), allowed, level)
    if level and abs(present_value(x, cf) - p) > allowed:
        x = _solve(p, cf, float(total), allowed, False)
    return x, cf


def _solve(p: float, cf: list[float], total: float, allowed: float, level: bool) -> float:
    # f(i) = PV(i) - P is convex and decreasing for i > -1, with f(0) > 0. Newton's step from the
    # left of the root never passes it; from the right it lands on the left. The bracket [lo, hi]
    # is kept anyway: a step that would leave it is replaced by bisection (or doubling).
    n = len(cf)
    lo, hi = 0.0, float("inf")
    x = 2.0 * (total - p) / (p * (n + 1))  # the constant-ratio estimate: close for even payments
    for _ in range(200):
        pv, slope = _pv_level(x, cf[0], cf[-1], n) if level and x > _LEVEL_MIN else _pv_sum(x, cf)
        f = pv - p  # the payments discounted at x, less the principal
        if abs(f) <= allowed:
            return x
        if f > 0:
            lo = x
        else:
            hi = x
        nxt = x - f / slope if slope != 0.0 else x
        if not lo < nxt < hi:
            nxt = (lo + hi) / 2 if hi != float("inf") else max(2 * x, x + 1e-3)
        if nxt > _MAX_MONTHLY:
            raise ValueError("rate out of range")
        x = nxt
    raise ArithmeticError("IRR did not converge")


def _pv_sum(x: float, cf: list[float]) -> tuple[float, float]:
    """PV(x) = sum c_k v^k and its slope -sum k c_k v^(k+1), with v = 1 / (1 + x)."""
    v = 1.0 / (1.0 + x)
    acc = 0.0
    dacc = 0.0
    power = 1.0
    for k, c in enumerate(cf, 1):
        power *= v
        term = c * power
        acc += term
        dacc -= k * term
    return acc, dacc * v


def _pv_level(x: float, c: float, last: float, n: int) -> tuple[float, float]:
    """The same for n - 1 payments of c and a last payment `last`, in closed form (x > 0):
    PV = c (1 - v^n) / x + (last - c) v^n;
    PV' = -c (1 - (n + 1) v^n + n v^(n+1)) / x^2 - (last - c) n v^(n+1)."""
    v = 1.0 / (1.0 + x)
    vn = v ** n
    pv = c * (1.0 - vn) / x + (last - c) * vn
    slope = -c * (1.0 - (n + 1) * vn + n * vn * v) / (x * x) - (last - c) * n * vn * v
    return pv, slope


def annual_rate(principal: Decimal, payments: Sequence[Decimal], days: Sequence[int] | None = None) -> AnnualRate:
    """`days`: each payment's days from the start, for the date-based rate (XIRR)."""
    monthly, cf = _irr(principal, payments)
    if monthly == 0.0:
        return ZERO_RATE if days is None else ZERO_RATE._replace(xirr=ZERO_RATE.apr)
    dated = None
    if days is not None:
        xirr = date_rate(float(principal), cf, days, monthly)
        dated = _places(Decimal(repr(xirr))) if xirr <= XIRR_SHOWN_MAX else None
    return AnnualRate(
        monthly,
        _places(Decimal(repr(monthly)) * 12),
        _places(Decimal(repr((1.0 + monthly) ** 12 - 1.0))),
        dated,
    )


_DAYS_A_YEAR = 365.0  # actual/365
# A date-based rate above this (100,000,000,000% a year: a first period of a day or two with a large
# fee) is not shown (None): it would not fit the 4-place Decimal the rates are kept in.
XIRR_SHOWN_MAX = 1e9
_Y_MAX = 700.0  # ln(1 + r) past this: r overflows a float
# ln(1 + r) past this (with a margin far above float error in y): r is past XIRR_SHOWN_MAX
_Y_SHOWN = log1p(XIRR_SHOWN_MAX) + 1e-9
_ROUNDING_MARGIN = 1e-9  # in units of the 4th place: far above float error in r x 10^4


def date_rate(principal: float, payments: Sequence[float], days: Sequence[int], monthly: float) -> float:
    """XIRR: the annual rate r with sum payment_k (1 + r)^(-days_k / 365) = principal, accurate
    enough that r rounded half-up to 4 places is the exact root rounded so.

    Solved for y = ln(1 + r): g(y) = sum c_k exp(-y t_k) - P is convex and decreasing (every
    payment and every t_k positive), so from any start one Newton step lands at or left of the root
    and the steps after climb to it without passing it. The start is the monthly IRR made annual,
    12 ln(1 + IRR) (exact when every period is 365/12 days), corrected for the first period's
    length. The root is at least 0 (the payments add up to at least the principal), so a step
    below 0 is taken back to 0.

    When to stop: the error left after a Newton step of size s is at most t_n s^2 (g''/-g' is a
    weighted mean of the t_k, at most the last one, t_n; a factor of 2 covers a first step taken
    from the right of the root). The loop stops as soon as r plus or minus that bound (times 1 + r)
    rounds to the same 4 places, which is usually after 1 or 2 evaluations of g. Float is exact
    enough for this: r x 10^4 carries an error near 1e-12 at most, far inside the margin kept.
    Each evaluation is a few C-level passes (pow over the days, sums of products): a batch computes
    this for every row.
    """
    if not payments:
        raise ValueError("no payments")
    n = len(days)
    t_n = days[-1] / _DAYS_A_YEAR
    weighted = list(map(mul, payments, days))  # c_k d_k, for the slope (in days; divided by 365 below)
    # Start: the monthly IRR made annual, moved for a first period that is not a month. If every
    # payment came `shift` years off a monthly grid, ln(1 + r) would be y_m D / (D + shift), with D
    # the payments' duration in years, about (n + 1) / 24 for level payments. Only the start: the
    # loop below solves the real equation.
    shift = days[0] / _DAYS_A_YEAR - 1.0 / 12.0
    duration = (n + 1) / 24.0
    y = 12.0 * log1p(monthly) * duration / (duration + shift)
    for _ in range(200):
        discounts = list(map(pow, repeat(exp(-y / _DAYS_A_YEAR), n), days))  # (1 + r)^(-d_k / 365)
        g = sum(map(mul, payments, discounts)) - principal
        slope = sum(map(mul, weighted, discounts)) / _DAYS_A_YEAR  # -g'(y)
        if slope <= 0.0 or y > _Y_MAX:  # every discount underflowed: a rate past any shown
            return float("inf")
        step = g / slope
        y += step
        if y < 0.0:
            y = 0.0
            continue
        if y > _Y_SHOWN:  # a step lands at or left of the root: the root is past any rate shown
            return float("inf")  # (and near 10^194, r x 10^4 has no 4th place left to round)
        if step * t_n < 0.5:  # the bound below holds
            r = expm1(y)
            bound = (1.0 + r) * t_n * step * step * 1e4  # in units of the 4th place
            shifted = r * 1e4 % 1.0  # where r falls between two 4-place values
            if abs(shifted - 0.5) > bound + _ROUNDING_MARGIN:  # only the midpoint .5 changes the rounding
                return r
    raise ArithmeticError("XIRR did not converge")


def _places(value: Decimal) -> Decimal:
    return value.quantize(RATE_PLACES, rounding=ROUND_HALF_UP)
