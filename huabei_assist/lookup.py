"""Look an entry up by id; an unknown id becomes an error that suggests the close ids (difflib)."""

from __future__ import annotations

import difflib
from typing import TypeVar

from huabei_assist.errors import HuabeiError

T = TypeVar("T")


def by_id(entries: dict[str, T], value: str, key: str, error: type[HuabeiError] = HuabeiError) -> T:
    """entries[value], else raise `error(key)` or, when some ids are close, `error(key + "_close")`.

    Both messages get {value} and {known}; the second also {close}.
    """
    wanted = value.strip().lower()
    if wanted in entries:
        return entries[wanted]
    known = ", ".join(entries)
    close = difflib.get_close_matches(wanted, tuple(entries), n=3, cutoff=0.5)
    if close:
        raise error(f"{key}_close", value=value, close=", ".join(close), known=known)
    raise error(key, value=value, known=known)
