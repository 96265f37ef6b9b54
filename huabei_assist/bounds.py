"""Every number the user gives, bounded on its text before it becomes an int or enters arithmetic.

'1e999999' (int() of it runs for minutes and ignores Ctrl-C), a 5,000-digit number (past Python's
4,300-digit int limit), '²' (str.isdigit says yes, int() says no) or an id past 2^63 (SQLite's
INTEGER) is an InputError naming the option (or a batch file's field) and the allowed range: exit 2
on the command line, that row's error in `plan batch`.

Limits that are facts live in data/ and are checked by the domain on the bounded value (the longest
plan: data/plans.toml, plans/input_checks.check_periods). The limits here are engineering ones.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from huabei_assist.errors import InputError
from huabei_assist.money import parse_decimal

MAX_NUMBER_CHARS = 64  # longest number text read: '1,000,000,000,000.00 元' has 22; nothing valid is longer
MAX_DIGITS = 15  # 10^15 CNY and more is a typo; far beyond it, fen arithmetic would overflow
MIN_EXPONENT = -12  # a non-zero number under 10^-12 (an amount, a rate) is a typo, not a value
MAX_ID = 2**63 - 1  # SQLite's INTEGER: no entry id is larger
MAX_DAYS = 36_525  # days overdue: a century; day counts, stages and fees mean nothing past it
MAX_DAY_OF_MONTH = 31  # a due day is a day of the month
MAX_PER_DAY = 10_000  # contacts in a day (--max-per-day, --count-today): far above anything real
_SAFE_DIGITS = 18  # ASCII digits that int() takes at once and that fit in 64 bits
SHOWN_CHARS = 80  # an error line shows at most this much of a bad value
# `plan batch` files: a value longer than this is no amount, count, rate, kind or date (the longest valid
# one, a date or '1,000,000,000,000.00 元', is under 30); said as the row's error, never parsed
MAX_CELL_CHARS = 200
# ... and no line (CSV, JSON Lines) or JSON array item is read past this: the csv module's own field
# limit, so it never refuses a cell on one line, and what one row can cost in memory and time
MAX_RECORD_CHARS = 131_072


def shown(value: object) -> str:
    """A value as an error line quotes it: at most SHOWN_CHARS characters, and on one line."""
    text = str(value).replace("\r", "\\r").replace("\n", "\\n")
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _parse(text: str) -> Decimal | None:
    """A finite Decimal from text no longer than MAX_NUMBER_CHARS, or None."""
    if len(text) > MAX_NUMBER_CHARS:
        return None
    try:
        value = Decimal(text)  # the common case: a plain number (a batch parses thousands)
    except ArithmeticError:
        return parse_decimal(text)  # '1,200', '¥300', '300元'
    return value if value.is_finite() else None


def decimal(text: str, option: str) -> Decimal:
    """A finite Decimal ('1,200.5', '¥300', '300元'), short enough to parse, under 10^MAX_DIGITS and not
    a non-zero speck under 10^MIN_EXPONENT."""
    value = _parse(text)
    if value is None:
        digits = text.strip().replace(",", "")  # only digits, too many of them: "too large" says why
        key = "common.number_too_large_for" if digits.isascii() and digits.isdigit() else "common.bad_number"
        raise InputError(key, option=option, value=shown(text))
    if value.adjusted() >= MAX_DIGITS:
        raise InputError("common.number_too_large_for", option=option, value=shown(text))
    if value and value.adjusted() < MIN_EXPONENT:
        raise InputError("common.number_too_small_for", option=option, value=shown(text))
    return value


def whole(text: str, option: str, low: int, high: int, check: Callable[[int | Decimal], object] | None = None) -> int:
    """An int from `low` to `high`: '12', ' 12 ', '１２', '12.0' and '1.2e1' are 12. The range is checked
    on the Decimal, so that int() only ever sees a few digits; `check`, the domain's own check (it
    only compares), runs first when the value is a whole number, so its message (a legal cap, "use
    --days 0") wins over the generic one."""
    if len(text) <= _SAFE_DIGITS and text.isascii() and text.isdigit():
        value: int | Decimal | None = int(text)  # the common case, and safe: a few ASCII digits
    else:
        value = _parse(text)
        if value is not None and value != value.to_integral_value():
            value = None
    if value is not None:
        if check is not None:
            check(value)
        if low <= value <= high:
            return int(value)
    raise InputError("common.whole_out_of_range", option=option, low=low, high=high, value=shown(text))


def optional_whole(text: str | None, option: str, low: int, high: int,
                   check: Callable[[int | Decimal], object] | None = None) -> int | None:
    return None if text is None else whole(text, option, low, high, check)
