"""The result types of the plan engine and the even split that every plan uses.

A schedule row says, for one period, how much principal and how much fee (or interest) is paid,
the payment, and the principal still owed afterwards. The principal column adds up to the
financed principal exactly, so the last `remaining` is always 0.00.
"""

from collections.abc import Sequence
from itertools import accumulate, repeat
from operator import sub
from datetime import date
from decimal import ROUND_DOWN, Decimal

from huabei_assist.money import FEN, ZERO, to_fen
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.rate import AnnualRate, annual_rate

KINDS: tuple[str, ...] = ("installment", "negotiated", "minimum")


class Period(NamedTuple):
    period: int
    due_date: date
    principal: Decimal
    fee: Decimal  # fee (installment, negotiated --fee-rate) or interest (--annual-rate, minimum)
    payment: Decimal
    remaining: Decimal  # principal still owed after this payment


class Plan(NamedTuple):
    kind: str  # installment | negotiated | minimum
    amount: Decimal  # what the user owes before the waiver and the down payment
    waiver: Decimal
    down_payment: Decimal
    principal: Decimal  # financed: amount - waiver - down payment
    schedule: tuple[Period, ...]
    rate: AnnualRate | None  # None when a minimum-repayment plan never ends
    fee_rate: Decimal | None = None  # total fee rate over the plan
    annual_rate: Decimal | None = None  # interest a year on the declining balance
    list_price: bool = False  # fee_rate came from data/product.toml
    never_ends: bool = False  # minimum repayment: the payment does not outrun the interest
    below_minimum: bool = False  # minimum repayment: the payment is under 10% of a bill
    start: date | None = None  # the day the plan starts: the date-based rate counts days from it
    to_be_agreed: bool = False  # negotiated with no fee or rate given: its cost is whatever is agreed
    priced_from: str | None = None  # "payment" or "fee_per_period": the price as the app shows it

    @property
    def priced(self) -> bool:
        """Whether the plan has a cost: not a negotiated plan still to be agreed, not one that never ends."""
        return not (self.to_be_agreed or self.never_ends)

    @property
    def known_rate(self) -> AnnualRate:
        """`rate`, on a plan that has one (all but a minimum-repayment plan that never ends)."""
        if self.rate is None:  # the views ask only when the plan is priced or ends
            raise TypeError("a plan that never ends has no rate")
        return self.rate

    @property
    def periods(self) -> int:
        return len(self.schedule)

    @property
    def payment_per_period(self) -> Decimal:
        """The regular payment: the first one (any rounding remainder sits in the last)."""
        return self.schedule[0].payment

    @property
    def total_fee(self) -> Decimal:
        return sum((p.fee for p in self.schedule), ZERO)

    @property
    def total_paid(self) -> Decimal:
        return self.down_payment + sum((p.payment for p in self.schedule), ZERO)

    @property
    def first_due(self) -> date:
        return self.schedule[0].due_date

    @property
    def last_due(self) -> date:
        return self.schedule[-1].due_date

    @property
    def first_period_days(self) -> int | None:
        return None if self.start is None else (self.schedule[0].due_date - self.start).days

    def odd_first_period(self) -> bool:
        """Whether the first period is far from a month, so that IRR x 12 misleads (FIRST_PERIOD_DAYS)."""
        days = self.first_period_days
        return days is not None and not FIRST_PERIOD_DAYS[0] <= days <= FIRST_PERIOD_DAYS[1]

    def over_cap(self, cap: Decimal) -> bool:
        return self.rate is not None and self.rate.over(cap)


# A first period outside these days (inclusive) gets a warning that the date-based rate differs
# from IRR x 12, which assumes a month. The tool's own threshold, not a rule.
FIRST_PERIOD_DAYS = (20, 40)


def split_even(total: Decimal, parts: int) -> list[Decimal]:
    """`total` in `parts` equal shares to the fen; the rounding remainder goes into the last share.

    Shares are rounded half-up; when that would leave the last share negative (tiny totals over
    many parts) they are rounded down instead. The shares always add up to `total` exactly.
    """
    share = to_fen(total / parts)
    if share * (parts - 1) > total:
        share = (total / parts).quantize(FEN, rounding=ROUND_DOWN)
    return [share] * (parts - 1) + [total - share * (parts - 1)]


# Builds a Period from a tuple in C, skipping namedtuple's Python-level __new__: a batch makes
# hundreds of thousands of rows, and this halves their cost.
new_period = tuple.__new__


def even_schedule(principal: Decimal, fee: Decimal, dates: Sequence[date]) -> tuple[Period, ...]:
    """Principal and fee each split evenly: bill installments and fee-rate negotiated plans.

    Every period but the last pays the same share; the last takes the rounding remainder."""
    n = len(dates)
    parts, fees = split_even(principal, n), split_even(fee, n)
    part, fee_part = parts[0], fees[0]
    # The n - 1 equal rows are built by C-level iterators (accumulate for the balance, map for the
    # rows): a batch builds hundreds of thousands of them, and a Python loop was ~40% of a plan.
    remaining = list(accumulate(repeat(part, n - 1), sub, initial=principal))  # before each payment
    rows = list(map(new_period, repeat(Period), zip(range(1, n), dates, repeat(part), repeat(fee_part),
                                                    repeat(part + fee_part), remaining[1:])))
    last, last_fee = parts[-1], fees[-1]
    rows.append(new_period(Period, (n, dates[-1], last, last_fee, last + last_fee, remaining[-1] - last)))
    return tuple(rows)


def rate_of(principal: Decimal, schedule: Sequence[Period], start: date, days: Sequence[int] | None = None) -> AnnualRate:
    """The plan's rates; `days` (each due date's days from `start`) when the caller has them cached."""
    if days is None:
        days = [(p.due_date - start).days for p in schedule]
    return annual_rate(principal, [p.payment for p in schedule], days)
