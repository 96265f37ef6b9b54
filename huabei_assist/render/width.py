"""Display width of text in a terminal: CJK characters take two cells."""

from __future__ import annotations

import unicodedata


def cell_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * (width - cell_width(text))
