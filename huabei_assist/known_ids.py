"""Look an id up; an unknown id is a usage error (exit 2) that suggests the close ids (difflib)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from huabei_assist.errors import HuabeiError, InputError, Reason

T = TypeVar("T")


def by_id(entries: dict[str, T], value: str, key: str, error: type[HuabeiError] = InputError) -> T:
    """entries[value], else raise `error(key)` or, when some ids are close, `error(key + "_close")`.

    Both messages get {value} and {known}; the second also {close}.
    """
    wanted = value.strip().lower()
    if wanted in entries:
        return entries[wanted]
    known = ", ".join(entries)
    close = closest(wanted, entries)
    if close:
        raise error(f"{key}_close", value=value, close=", ".join(close), known=known)
    raise error(key, value=value, known=known)


def choice(known: Iterable[str], value: str, key: str) -> str:
    """`value` when it is one of `known`, else InputError(key) with {value}, {known} and {hint}."""
    known = tuple(known)
    if value in known:
        return value
    raise InputError(key, value=value, known=", ".join(known), hint=did_you_mean(value, known))


def did_you_mean(value: str, known: Iterable[str]) -> Reason | str:
    """A message's {hint}: "did you mean X?" naming the closest ids, or "" when none is close."""
    close = closest(value, known)
    return Reason("common.did_you_mean", close=close[0]) if close else ""  # the closest one: a short line


def closest(value: str, known: Iterable[str]) -> list[str]:
    import difflib  # only on the error path

    return difflib.get_close_matches(value.strip().lower(), tuple(known), n=3, cutoff=0.5)
