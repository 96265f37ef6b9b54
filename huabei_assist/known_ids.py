"""Look an id up; an unknown id is a usage error (exit 2) that suggests the close ids (difflib).

A value the user picks from a list (a playbook, a letter, a flag, a kind ...) is an entry of data/
with an `id` and a Chinese name `zh_name`: `pick` takes either (the id in any case, the Chinese
name exactly, spaces around ignored) and returns the entry, whose id is what output and JSON show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol, TypeVar

from huabei_assist.errors import HuabeiError, InputError, Reason


class Choice(Protocol):
    """An entry a user picks by name: knowledge.schema.Named, or any entry with these two fields."""

    @property
    def id(self) -> str: ...

    @property
    def zh_name(self) -> str: ...


C = TypeVar("C", bound=Choice)
_COMMAS = re.compile(r"[,，、]")  # a list may be written 威胁，辱骂 or 威胁、辱骂 as well


def pick(entries: Iterable[C], value: str, key: str, error: type[HuabeiError] = InputError,
         closes: bool = False, **params: object) -> C:
    """The entry named by `value` (its id in any case, or its Chinese name), else `error(key)` with
    {value}, {known} (every id with its Chinese name), {close} (the closest three) and {hint} ("did
    you mean" the closest one, or "").
    With `closes`, a message with close ones is `key + "_close"`."""
    entries = tuple(entries)
    wanted = value.strip()
    for entry in entries:
        if entry.id == wanted.lower() or entry.zh_name == wanted:
            return entry
    close = [entry for entry in entries if _similar(wanted, entry)]
    close.sort(key=lambda entry: -_similar(wanted, entry))
    if closes and close:
        key += "_close"
    raise error(key, value=value, known=named_list(entries), close=named_list(close[:3]),
                hint=Reason("common.did_you_mean", close=named_list(close[:1])) if close else "", **params)


def pick_id(entries: Iterable[Choice], value: str, key: str) -> str:
    return pick(entries, value, key).id


def picked_in_order(entries: Iterable[Choice], values: Iterable[str], key: str) -> tuple[str, ...]:
    """The ids named in `values`, each a comma list (`威胁,辱骂`), in the order given, once each."""
    entries = tuple(entries)
    return tuple(dict.fromkeys(pick_id(entries, word, key)
                               for text in values for word in _COMMAS.split(text) if word.strip()))


def pick_ids(entries: Iterable[Choice], values: Iterable[str], key: str) -> tuple[str, ...]:
    """The ids named in `values`, each a comma list (`威胁,辱骂`), in the order of `entries`, once each."""
    entries = tuple(entries)
    chosen = set(picked_in_order(entries, values, key))
    return tuple(entry.id for entry in entries if entry.id in chosen)


def named_list(entries: Iterable[Choice]) -> object:
    """'job-loss（失业）、student（学生）' in zh, 'job-loss (失业), student (学生)' in en: a message's {known}."""
    from huabei_assist.knowledge.choices import shown  # only on the error path
    from huabei_assist.knowledge.schema import Text

    entries = tuple(entries)
    return Text(shown(entries, "zh"), shown(entries, "en"))


def _similar(value: str, entry: Choice) -> float:
    """How close `value` is to the entry's id or Chinese name (difflib's ratio), 0 below the cut-off."""
    import difflib  # only on the error path

    best = max(difflib.SequenceMatcher(None, value.lower(), entry.id).ratio(),
               difflib.SequenceMatcher(None, value, entry.zh_name).ratio())
    return best if best >= 0.5 else 0.0


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
