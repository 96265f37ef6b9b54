"""Sums of money and rates as people type them, read into a Decimal or refused with the form to use.

Money: '1234.56', '1,234.56', '¥3,000', '￥3,000', '3000元', '3,000 元', full-width digits and
punctuation ('１，２３４．５６'). A comma only groups thousands: '3.000,50', '1,2' or '12,34,5' could
mean two different sums, so they are refused, as is a third decimal ('0.001': money goes to the fen).
Rates: '8.8%' and '0.088' are the same; a bare '8.8' could be 8.8% or 880%, so it is refused with both
forms. Bounds (too large, too small) are bounds.py's.
"""

from __future__ import annotations

import re
from decimal import Decimal

from huabei_assist import bounds
from huabei_assist.errors import InputError

# Patterns as text, compiled (and cached by re) on first use: importing this module costs nothing more.
# digits, or digits grouped by three with commas; then at most a '.' and decimals
_MONEY = r"(\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d+))?"
_NUMBERISH = r"[\d.,]+"  # only digits and separators: a misplaced separator, not a word
_RATE = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_HUNDRED = Decimal(100)


def plain(text: str) -> str:
    """Full-width digits, punctuation and ￥ as their ASCII forms (NFKC), spaces around removed."""
    if not text.isascii():
        import unicodedata

        text = unicodedata.normalize("NFKC", text)
    return text.strip()


def money(text: str, option: str) -> Decimal:
    """A sum of money to the fen, possibly negative ('-500' for an overdrawn balance)."""
    if len(text) > bounds.MAX_NUMBER_CHARS:
        _too_long(text, option, "common.bad_money")
    body = plain(text).removeprefix("¥").removesuffix("元").strip()
    sign = body[:1] if body[:1] in "+-" else ""
    body = body[len(sign):].strip().removeprefix("¥").strip()
    match = re.fullmatch(_MONEY, body)
    if match is None or not any(c.isdigit() for c in body):
        key = "common.money_ambiguous" if re.fullmatch(_NUMBERISH, body) and any(c.isdigit() for c in body) \
            else "common.bad_money"
        raise InputError(key, option=option, value=bounds.shown(text))
    whole, fraction = (match.group(1) or "0").replace(",", ""), match.group(2) or ""
    if len(fraction) > 2:
        raise InputError("common.money_decimals", option=option, value=bounds.shown(text))
    return bounds.decimal(f"{sign}{whole}.{fraction}" if fraction else f"{sign}{whole}", option)


def rate(text: str, option: str) -> Decimal:
    """A rate from 0 up to (not including) 1: '8.8%' or '0.088' is Decimal('0.088')."""
    if len(text) > bounds.MAX_NUMBER_CHARS:
        _too_long(text, option, "common.bad_rate")
    body = plain(text)
    percent = body.endswith("%")
    number = body.removesuffix("%").strip() if percent else body
    if not re.fullmatch(_RATE, number):
        raise InputError("common.bad_rate", option=option, value=bounds.shown(text))
    value = bounds.decimal(number, option)
    if percent:
        value = value / _HUNDRED
    elif 1 <= value < _HUNDRED:  # 8.8: 8.8% or 880%? Say both forms, each a valid one
        raise InputError("common.rate_bare", option=option, value=bounds.shown(text),
                         percent=f"{_plain_str(value)}%", fraction=_plain_str(value / _HUNDRED))
    if not 0 <= value < 1:
        raise InputError("common.rate_out_of_range", option=option, value=bounds.shown(text))
    return value


def _too_long(text: str, option: str, key: str) -> None:
    """Text past bounds.MAX_NUMBER_CHARS is never parsed: only digits means too large, else not a number."""
    digits = text.strip().replace(",", "")
    raise InputError("common.number_too_large_for" if digits.isascii() and digits.isdigit() else key,
                     option=option, value=bounds.shown(text))


def _plain_str(value: Decimal) -> str:
    """8.8 -> '8.8', 12 -> '12', 0.12 -> '0.12': no exponent, no trailing zeros."""
    return format(value.normalize(), "f")
