"""Turn option text into domain values, with errors that name the option."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from huabei_assist.dates import parse_date
from huabei_assist.errors import InputError
from huabei_assist.money import parse_decimal

MAX_DIGITS = 15  # 10^15 CNY and more is a typo; far beyond it, fen arithmetic would overflow


def number(text: str | None, option: str) -> Decimal | None:
    if text is None:
        return None
    value = parse_decimal(text)
    if value is None:
        raise InputError("common.bad_number", option=option, value=text)
    if value.adjusted() >= MAX_DIGITS:
        raise InputError("common.number_too_large_for", option=option, value=text)
    return value


def amount(text: str | None, option: str = "--amount") -> Decimal | None:
    value = number(text, option)
    if value is not None and value <= 0:
        raise InputError("common.amount_not_positive", option=option, value=text)
    return value


def rate(text: str | None, option: str) -> Decimal | None:
    value = number(text, option)
    if value is not None and not Decimal(0) <= value < Decimal(1):
        raise InputError("common.rate_out_of_range", option=option, value=text)
    return value


def day(text: str | None, option: str) -> date | None:
    return None if text is None else parse_date(text, option)


def today(text: str | None) -> date:
    return day(text, "--today") or date.today()
