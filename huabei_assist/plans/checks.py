"""Input checks shared by the plan builders: each raises InputError with a catalog key."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import TypeVar

from huabei_assist import bounds
from huabei_assist.errors import InputError
from huabei_assist.knowledge.load import load
from huabei_assist.knowledge.plans_schema import PlanBook
from huabei_assist.money import to_fen
from huabei_assist.plans.due_dates import check_due_day

T = TypeVar("T")
_reading: dict[tuple, object] | None = None  # set while one_reading() is active


def check_amount(amount: Decimal, option: str = "--amount") -> Decimal:
    if not isinstance(amount, Decimal) or not amount.is_finite() or to_fen(amount) <= 0:
        raise InputError("plan.amount_not_positive", option=option, value=amount)
    return to_fen(amount)


def knowledge(name: str, schema: type[T]) -> T:
    """knowledge.load.load, or inside one_reading() the first reading of each file."""
    if _reading is None:
        return load(name, schema)
    value = _reading.get((name, schema))
    if value is None:
        value = _reading[(name, schema)] = load(name, schema)
    return value  # type: ignore[return-value]


@contextmanager
def one_reading(reading: dict[tuple, object]) -> Iterator[None]:
    """Within this block knowledge() answers from `reading`, filled on first use: pass the same
    dict for every row and a batch reads the knowledge base once. load() checks each file's size
    and time on every call (~5 us, several calls a row), and rows of one batch should not see
    different data anyway."""
    global _reading
    outer, _reading = _reading, reading
    try:
        yield
    finally:
        _reading = outer


def periods_from(text: str, option: str = "--periods") -> int:
    """Periods from text (an option, a batch cell), bounded before it becomes an int."""
    limit = knowledge("plans", PlanBook).limits.negotiated_max_periods
    return bounds.whole(text, option, 1, limit, check_periods)


def due_day_from(text: str, option: str = "--due-day") -> int:
    return bounds.whole(text, option, 1, bounds.MAX_DAY_OF_MONTH, lambda value: check_due_day(value, option))


def check_periods(periods: int | Decimal) -> int | Decimal:
    limit = knowledge("plans", PlanBook).limits.negotiated_max_periods
    if periods < 1:
        raise InputError("plan.periods_too_few", value=periods)
    if periods > limit:
        raise over_cap_error(periods, limit)
    return periods


def over_cap_error(periods: int | Decimal, limit: int) -> InputError:
    """The 60-period cap, citing where it comes from: 第70条 of the bank-card rules, with its basis,
    which binds card-issuing banks; the tool keeps to it for Huabei as a reference."""
    from huabei_assist.errors import Reason
    from huabei_assist.knowledge.schema import RightsBook

    fact = knowledge("rights", RightsBook).get(knowledge("plans", PlanBook).limits.negotiated_fact)
    return InputError("plan.periods_over_cap", value=periods, limit=limit, years=limit // 12, source=fact.source,
                      basis=Reason(f"common.basis_{fact.basis}"))


def check_rate(rate: Decimal, option: str) -> Decimal:
    if not isinstance(rate, Decimal) or not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        raise InputError("common.rate_out_of_range", option=option, value=rate)
    return rate


def check_money(value: Decimal, option: str) -> Decimal:
    """A non-negative sum of money (down payment, waiver), to the fen."""
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise InputError("plan.money_negative", option=option, value=value)
    return to_fen(value)
