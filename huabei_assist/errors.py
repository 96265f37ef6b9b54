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

    def __init__(self, file: str, entry: str, field: str, reason: str | Reason) -> None:
        super().__init__("common.data_invalid", file=file, entry=entry, field=field, reason=reason)


class Reason:
    """A catalog key with its parameters, given as an error's parameter (e.g. `reason=`) so that the
    detail is said in the user's language too; `i18n.t` fills it in."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params

    def __repr__(self) -> str:
        return f"Reason({self.key!r}, {self.params!r})"


class NotRegularFile(OSError):
    """A FIFO, a device or a socket where a file to read was expected (user_files.open_regular)."""


_OS_REASONS = {
    "ENOENT": "common.os_no_such_file", "EISDIR": "common.os_is_directory", "ENOTDIR": "common.os_not_directory",
    "EACCES": "common.os_permission", "EPERM": "common.os_permission", "ENOSPC": "common.os_no_space",
    "EROFS": "common.os_read_only",
    "ENAMETOOLONG": "common.os_name_too_long",
}


def os_reason(exc: OSError) -> Reason | str:
    """Why a file operation failed, in the user's language for the common causes."""
    import errno

    if isinstance(exc, NotRegularFile):
        return Reason("common.os_not_regular")
    key = _OS_REASONS.get(errno.errorcode.get(exc.errno or 0, ""))
    return Reason(key) if key else (exc.strerror or str(exc))
