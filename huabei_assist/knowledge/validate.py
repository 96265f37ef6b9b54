"""Validate a raw TOML document into its schema class with Pydantic.

Imported only when the cache misses (knowledge/load.py): Pydantic costs ~65 ms to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from pydantic import TypeAdapter, ValidationError

from huabei_assist.errors import DataFileError

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

T = TypeVar("T")


def validate(file_name: str, raw: dict, schema: type[T]) -> T:
    try:
        value = TypeAdapter(schema).validate_python(raw)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise DataFileError(file_name, *_entry_and_field(first["loc"]), reason=_reason(first)) from None
    problems = value.problems() if hasattr(value, "problems") else []
    if problems:
        entry, field, reason = problems[0]
        raise DataFileError(file_name, entry, field, reason=reason)
    return value


def _entry_and_field(loc: tuple) -> tuple[str, str]:
    """('stages', 2, 'actions', 0, 'basis') -> ('stages[2].actions[0]', 'basis')."""
    parts = [p for p in loc if not (isinstance(p, str) and p.startswith(("function-", "tagged-union")))]
    if not parts:
        return "-", "-"
    *entry_parts, field = parts
    if isinstance(field, int):  # an error about a whole list item: name the item, no field
        entry_parts, field = parts, "-"
    entry = ""
    for part in entry_parts:
        entry += f"[{part}]" if isinstance(part, int) else (f".{part}" if entry else part)
    return entry or "-", str(field)


def _reason(error: ErrorDetails) -> str:
    message = error["msg"]
    if error["type"] == "missing":
        return "required field is missing"
    if error["type"] == "extra_forbidden":
        return "unknown field"
    return message.removeprefix("Value error, ")
