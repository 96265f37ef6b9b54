"""Errors the user can act on. Each carries a catalog key, so the CLI prints it in the user's language.

Domain code raises these; only the command layer turns them into an exit code and one line.
"""

from __future__ import annotations


class HuabeiError(Exception):
    """Something the user asked for cannot be done (exit 1)."""

    exit_code = 1

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(f"{key} {params}" if params else key)
        self.key = key
        self.params = params


class InputError(HuabeiError):
    """The command line itself is wrong: a bad value or a bad combination of options (exit 2)."""

    exit_code = 2


class DataFileError(HuabeiError):
    """A file in data/ is missing or does not match its schema (exit 1)."""

    def __init__(self, file: str, entry: str, field: str, reason: str) -> None:
        super().__init__("common.data_invalid", file=file, entry=entry, field=field, reason=reason)
