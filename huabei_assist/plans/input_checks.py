"""Input checks shared by the plan builders: each raises InputError with a catalog key."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from huabei_assist import bounds
from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.money import to_fen
from huabei_assist.plans.due_calendar import check_due_day

_reading: dict[str, Knowledge] | None = None  # set while one_reading() is active


def check_amount(amount: Decimal, option: str = "--amount") -> Decimal:
    if not isinstance(amount, Decimal) or not amount.is_finite() or to_fen(amount) <= 0:
        raise InputError("plan.amount_not_positive", option=option, value=amount)
    return to_fen(amount)


def knowledge(kb: Knowledge | None = None) -> Knowledge:
    """The knowledge base given; else, inside one_reading(), the batch's one; else the packaged data."""
    if kb is not None:
        return kb
    if _reading is None:
        return Knowledge()
    if "kb" not in _reading:
        _reading["kb"] = Knowledge()
    return _reading["kb"]


@contextmanager
def one_reading(reading: dict) -> Iterator[None]:
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


def periods_from(text: str, option: str = "--periods", kb: Knowledge | None = None) -> int:
    """Periods from text (an option, a batch cell), bounded before it becomes an int."""
    limit = knowledge(kb).plans.limits.negotiated_max_periods
    return bounds.whole(text, option, 1, limit, lambda value: check_periods(value, kb))


def due_day_from(text: str, option: str = "--due-day") -> int:
    return bounds.whole(text, option, 1, bounds.MAX_DAY_OF_MONTH, lambda value: check_due_day(value, option))


def check_periods(periods: int | Decimal, kb: Knowledge | None = None) -> int | Decimal:
    limit = knowledge(kb).plans.limits.negotiated_max_periods
    if periods < 1:
        raise InputError("plan.periods_too_few", value=periods)
    if periods > limit:
        raise over_cap_error(periods, limit, kb)
    return periods


def over_cap_error(periods: int | Decimal, limit: int, kb: Knowledge | None = None) -> InputError:
    """The 60-period cap, citing where it comes from: 第70条 of the bank-card rules, with its basis,
    which binds card-issuing banks; the tool keeps to it for Huabei as a reference. The document is
    named by its Chinese title and year in both languages (a Chinese law is always shown so)."""
    from huabei_assist.errors import Reason

    kb = knowledge(kb)
    fact = kb.rights.get(kb.plans.limits.negotiated_fact)
    document = kb.sources.get(fact.source)
    year = f"({document.issued[:4]})" if document.issued else ""  # the registry may not know it
    cited = f"{document.title.zh}{year} {fact.pin or ''}".strip()
    return InputError("plan.periods_over_cap", value=periods, limit=limit, years=limit // 12, source=cited,
                      basis=Reason(f"common.basis_{fact.basis}"))


def check_rate(rate: Decimal, option: str) -> Decimal:
    if not isinstance(rate, Decimal) or not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        raise InputError("common.rate_out_of_range", option=option, value=rate)
    return rate


def due_day_or_default(given: int | None, kb: Knowledge | None = None) -> int:
    """The repayment day given (checked: 1-31), else the default from data/plans.toml."""
    from huabei_assist.plans.due_calendar import check_due_day

    return check_due_day(knowledge(kb).plans.limits.default_due_day if given is None else given)


def check_money(value: Decimal, option: str) -> Decimal:
    """A non-negative sum of money (down payment, waiver), to the fen."""
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise InputError("plan.money_negative", option=option, value=value)
    return to_fen(value)
