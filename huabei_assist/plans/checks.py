"""Input checks shared by the plan builders: each raises InputError with a catalog key."""

from __future__ import annotations

import os
from decimal import Decimal
from typing import TypeVar

from huabei_assist.errors import InputError
from huabei_assist.knowledge.load import load
from huabei_assist.knowledge.plans_schema import PlanBook
from huabei_assist.money import to_fen

T = TypeVar("T")
_known: dict[tuple, object] = {}



def check_amount(amount: Decimal, option: str = "--amount") -> Decimal:
    if not isinstance(amount, Decimal) or not amount.is_finite() or to_fen(amount) <= 0:
        raise InputError("plan.amount_not_positive", option=option, value=amount)
    return to_fen(amount)


def knowledge(name: str, schema: type[T]) -> T:
    """knowledge.load.load, remembered per data directory: a batch asks for it on every row, and
    load() builds paths before it looks in its own memo (about 5 us a call)."""
    key = (name, schema, os.environ.get("HUABEI_DATA_DIR"), os.environ.get("HUABEI_CACHE_DIR"))
    value = _known.get(key)
    if value is None:
        value = _known[key] = load(name, schema)
    return value


def check_periods(periods: int) -> int:
    limit = knowledge("plans", PlanBook).limits.negotiated_max_periods
    if periods < 1:
        raise InputError("plan.periods_too_few", value=periods)
    if periods > limit:
        raise InputError("plan.periods_over_cap", value=periods, limit=limit)
    return periods


def check_rate(rate: Decimal, option: str) -> Decimal:
    if not isinstance(rate, Decimal) or not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        raise InputError("common.rate_out_of_range", option=option, value=rate)
    return rate


def check_money(value: Decimal, option: str) -> Decimal:
    """A non-negative sum of money (down payment, waiver), to the fen."""
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise InputError("plan.money_negative", option=option, value=value)
    return to_fen(value)
