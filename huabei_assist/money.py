"""Money as decimal.Decimal, rounded to the fen (0.01 CNY) half-up; JSON carries it as "500.00"."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from huabei_assist.errors import InputError

FEN = Decimal("0.01")
ZERO = Decimal("0.00")


def to_fen(value: Decimal | int | str) -> Decimal:
    try:
        return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)
    except InvalidOperation:  # more digits than the decimal context holds (e.g. 1e30)
        raise InputError("common.number_too_large", value=value) from None


def money_str(value: Decimal | int) -> str:
    """'1234.50': the JSON and CSV form."""
    return str(to_fen(value))


def display(value: Decimal | int) -> str:
    """'1,234.50': the form people read in tables."""
    return f"{to_fen(value):,.2f}"


def parse_decimal(text: str) -> Decimal | None:
    """A finite Decimal from user text ('1,200.5', '¥300', '300元'), or None when it is not a number."""
    cleaned = text.strip().replace(",", "").replace("，", "").lstrip("¥￥").removesuffix("元").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def simple_fee(amount: Decimal, daily_rate: Decimal, days: int) -> Decimal:
    """Overdue fee: amount x daily rate x days, simple (not compounding), to the fen."""
    return to_fen(amount * daily_rate * days)
