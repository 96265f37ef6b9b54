"""Whole fen (int) arithmetic for the simulation's inner loop, and the way back to Decimal.

Decimal to the fen at every step costs ~1 us an operation here; ints cost a tenth of that. Rates
become exact fractions (Decimal.as_integer_ratio), and a charge is rounded half-up to the fen by
integer division, so the result is exactly what Decimal's quantize(ROUND_HALF_UP) gives.
"""

from __future__ import annotations

from decimal import Decimal


def to_int(value: Decimal) -> int:
    """A Decimal already rounded to the fen -> whole fen."""
    return int(value.scaleb(2))


_FEN = Decimal("0.01")


def to_decimal(fen: int) -> Decimal:
    return Decimal(fen) * _FEN  # exponent -2 always ("1.00"); twice as fast as scaleb(-2)


def ratio(rate: Decimal) -> tuple[int, int]:
    return rate.as_integer_ratio()


def half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half-up (both >= 0)."""
    return (2 * numerator + denominator) // (2 * denominator)
