"""The payoff engine's result types: NamedTuples, like the rest of the domain.

`Payoff.months` is a `MonthRows`: a read-only sequence of `Month`s built from the simulation's
whole-fen rows the first time it is read, so a comparison that shows only the totals never turns
thousands of rows into Decimals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from huabei_assist.named_tuple import NamedTuple
from huabei_assist.payoff.fen import to_decimal


class Payment(NamedTuple):
    """One debt in one month: on `date` its `minimum` was due, `amount` was paid, `cost` (fees or
    interest) was charged since its last payment, and `balance_after` is still owed (principal + unpaid
    charges). balance before + cost - amount = balance_after, exactly."""

    debt: str
    date: date
    minimum: Decimal
    amount: Decimal
    cost: Decimal
    balance_after: Decimal


class Month(NamedTuple):
    month: str  # "2027-01"
    payments: tuple[Payment, ...]  # every debt still owed at the month's start, in input order
    paid: Decimal  # the budget, or what was left owed
    cost: Decimal
    short: Decimal  # minimums not covered by the budget this month (0.00 normally)


class MonthRows(Sequence):
    """The months of a run: raw rows (label, short, ((debt index, due ordinal, minimum, paid, cost,
    balance after), ...)) in whole fen, turned into Month tuples once, when first read."""

    __slots__ = ("_names", "_raw", "_built")

    def __init__(self, names: tuple[str, ...], raw: list) -> None:
        self._names = names
        self._raw = raw
        self._built: tuple[Month, ...] | None = None

    def _months(self) -> tuple[Month, ...]:
        if self._built is None:
            days: dict = {}
            self._built = tuple(self._month(raw, days) for raw in self._raw)
        return self._built

    def _month(self, raw, days: dict | None = None) -> Month:
        names, dec, new = self._names, to_decimal, tuple.__new__  # tuple.__new__: a NamedTuple built in C
        days = {} if days is None else days  # due ordinal -> date, shared by the months of one build
        label, short, rows = raw
        payments = []
        for i, due, least, paid, cost, after in rows:
            day = days.get(due)
            if day is None:
                day = days[due] = date.fromordinal(due)
            payments.append(new(Payment, (names[i], day, dec(least), dec(paid), dec(cost), dec(after))))
        return Month(label, tuple(payments), dec(sum(r[3] for r in rows)), dec(sum(r[4] for r in rows)), dec(short))

    def first(self) -> Month:
        """The first month alone (not building the others)."""
        return self._built[0] if self._built is not None else self._month(self._raw[0])

    def first_short(self) -> int:
        """Whole fen by which the first month's minimums exceed the budget (0 when covered)."""
        return self._raw[0][1] if self._raw else 0

    def __getitem__(self, index):
        return self._months()[index]

    def __len__(self) -> int:
        return len(self._raw)

    def __eq__(self, other: object) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return f"MonthRows({len(self)} months)"

    def __reduce__(self):
        return MonthRows, (self._names, self._raw)


class DebtOutcome(NamedTuple):
    name: str
    kind: str
    owed_at_start: Decimal  # amount + fees already charged
    paid: Decimal
    cost: Decimal  # fees and interest charged over the run
    cleared_on: date | None  # None: still owed when the run stopped
    annual_rate: Decimal  # the cost a year (debts.annualised)
    over_cap: bool  # annual_rate above the 24% a year above which a court may cut (rules.cap)
    stage: int | None  # the overdue stage at the start; None: not overdue
    days_higher_stage: int  # days from the start to clearing spent in a stage above `stage`
    record_until: date | None  # an overdue debt's credit record ends: cleared_on + 5 years
    cost_to_agree: bool  # on a negotiated plan whose cost is still to be agreed (simulated at 0)


class Payoff(NamedTuple):
    order: str
    start: date
    budget: Decimal
    months: MonthRows  # a sequence of Month
    debts: tuple[DebtOutcome, ...]
    debt_free_on: date | None  # the last debt's cleared_on; None when not finished
    total_paid: Decimal  # sum of every payment
    total_cost: Decimal  # sum of every month's fees and interest
    finished: bool  # every balance is 0.00
    shortfall: Shortfall | None  # set when the first month's minimums are more than the budget

    @property
    def days_higher_stage(self) -> int:
        return sum(d.days_higher_stage for d in self.debts)

    @property
    def records_clear_on(self) -> date | None:
        """When the last overdue record leaves the credit report (None: no overdue debt, or not finished)."""
        ends = [d.record_until for d in self.debts if d.stage is not None]
        known = [end for end in ends if end is not None]
        return max(known) if ends and len(known) == len(ends) else None


class Shortfall(NamedTuple):
    """The budget does not cover the first month's minimums: by how much, what to ask for, and the
    payoff if every request is granted."""

    amount: Decimal  # minimums - budget
    minimums: Decimal  # the first month's minimums in all
    ask: tuple[tuple[str, Decimal], ...]  # (debt, monthly payment to ask for over `periods`), largest relief first
    periods: int
    still_short: Decimal  # 0.00 when the requests close the gap
    plan: Payoff | None  # the payoff with those plans; None when even they do not close the gap


class Comparison(NamedTuple):
    orders: tuple[Payoff, ...]  # avalanche, snowball, risk

    def get(self, order: str) -> Payoff:
        return next(p for p in self.orders if p.order == order)
