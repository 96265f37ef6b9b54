"""Turn option text into domain values, with errors that name the option."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import overload

from huabei_assist import bounds
from huabei_assist.dates import parse_date
from huabei_assist.errors import InputError


@overload
def money(text: str, option: str) -> Decimal: ...
@overload
def money(text: str | None, option: str) -> Decimal | None: ...
def money(text: str | None, option: str) -> Decimal | None:
    """A sum that may be 0 or negative (a balance, a penalty): the domain says what it allows."""
    if text is None:
        return None
    from huabei_assist import typed_numbers  # only when a sum is given: `status --days 45` needs none

    return typed_numbers.money(text, option)


@overload
def amount(text: str, option: str = "--amount") -> Decimal: ...
@overload
def amount(text: str | None, option: str = "--amount") -> Decimal | None: ...
def amount(text: str | None, option: str = "--amount") -> Decimal | None:
    """A sum that must be above 0 ('0' and '0.00' alike are refused here, naming the option)."""
    value = money(text, option)
    if value is not None and value <= 0:
        raise InputError("common.amount_not_positive", option=option, value=bounds.shown(text))
    return value


def rate(text: str | None, option: str) -> Decimal | None:
    if text is None:
        return None
    from huabei_assist import typed_numbers

    return typed_numbers.rate(text, option)


def periods(text: str | None, option: str = "--periods") -> int | None:
    from huabei_assist.plans.input_checks import periods_from

    return None if text is None else periods_from(text, option)


def due_day(text: str | None, option: str = "--due-day") -> int | None:
    from huabei_assist.plans.input_checks import due_day_from

    return None if text is None else due_day_from(text, option)


@overload
def day(text: str, option: str) -> date: ...
@overload
def day(text: str | None, option: str) -> date | None: ...
def day(text: str | None, option: str) -> date | None:
    return None if text is None else parse_date(text, option)


def today(text: str | None) -> date:
    return day(text, "--today") or date.today()


def start(text: str | None) -> date:
    """--start, default today: a plan's due dates fall in the months after it."""
    return day(text, "--start") or today(None)


number = money  # its name before issue 11: branches written meanwhile (--fee-per-period) still call it
