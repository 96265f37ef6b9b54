"""The user's files: read only when regular (`open_regular`), written (every `--out`) never over a
file not named for replacement, all or nothing.

`write_out` is the one check and the one writer:
- a file that does not exist yet is created; an existing one is replaced only with `force=True`
  (the commands' `--force`);
- never, not even with --force: the tool's own stores (OWN_STORES, with their SQLite companion
  files; by path, even before they exist), any SQLite file (database, WAL or rollback journal,
  recognised by its first bytes, whatever its name), a symbolic link (replacing it would cut the
  link, writing through it would write a file the user did not name), a directory, a FIFO, a
  device or a socket (looked at with lstat, never opened);
- the bytes go to a temporary file beside the target (mode 0600), are synced, then linked under
  the target's name (a new file: the link fails if a file appeared in the meantime, so nothing
  is replaced) or renamed over the old file (--force). An error or a kill leaves the old file
  whole and no half-written one.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from huabei_assist.errors import HuabeiError, NotRegularFile, Reason, os_reason

# Where the tool keeps what the user stored: ("module:function returning the path", name's key).
# Named as strings and imported only when an --out is written, so other commands do not pay for them.
OWN_STORES: tuple[tuple[str, str], ...] = (
    ("huabei_assist.calls.store:default_path", "common.store_calls_log"),
    ("huabei_assist.debts.store:default_path", "common.store_debts"),
)
_COMPANIONS = ("", "-wal", "-shm", "-journal")  # SQLite keeps a database's state in these too
_SQLITE_HEADERS = (
    b"SQLite format 3\x00",                    # a database (huabei's log carries it too)
    b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83",  # a write-ahead log
    b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7",       # a rollback journal
)
# link() fails with these where the file system has no hard links: fall back to a checked rename.
_NO_HARD_LINKS = ("EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "EMLINK")


def write_out(path: str | os.PathLike, data: str | bytes, *, force: bool = False) -> Path:
    """Write `data` to `path` (mode 0600) if `path` may be written; see the module's docstring."""
    target = Path(path)
    _check_target(target, force)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, temp = tempfile.mkstemp(prefix=".huabei-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(temp, target)
        else:
            _link_new(temp, target)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    finally:
        _remove(temp)
    sync_folder(target.parent)
    return target


def _check_target(target: Path, force: bool) -> None:
    store = _own_store(target)
    if store is not None:
        raise HuabeiError("common.out_is_store", path=str(target), store=Reason(store))
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return  # a new file (a missing folder is reported when the file is created)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    if stat.S_ISLNK(info.st_mode):
        raise HuabeiError("common.out_is_link", path=str(target))
    if stat.S_ISDIR(info.st_mode):
        raise HuabeiError("common.cannot_write", path=str(target), reason=Reason("common.os_is_directory"))
    if not stat.S_ISREG(info.st_mode):
        raise HuabeiError("common.cannot_write", path=str(target), reason=Reason("common.os_not_regular"))
    if _is_sqlite(target):
        raise HuabeiError("common.out_is_database", path=str(target))
    if not force:
        raise HuabeiError("common.out_exists", path=str(target))


def _own_store(target: Path) -> str | None:
    """The name's key of the store `target` is (by resolved path, or the same file by inode), else None."""
    import importlib

    where = os.path.realpath(target)
    for ref, name_key in OWN_STORES:
        module, function = ref.split(":")
        base = str(getattr(importlib.import_module(module), function)())
        for suffix in _COMPANIONS:
            store = base + suffix
            if os.path.realpath(store) == where or _same_file(store, target):
                return name_key
    return None


def _same_file(one: str, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _is_sqlite(target: Path) -> bool:
    """True when the file starts like an SQLite database, WAL or journal. Opened without following a
    link and without blocking, and checked to be a regular file, in case it changed since lstat."""
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise HuabeiError("common.cannot_write", path=str(target), reason=Reason("common.os_not_regular"))
        head = os.read(fd, 16)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    finally:
        os.close(fd)
    return any(head.startswith(magic) for magic in _SQLITE_HEADERS)


def _link_new(temp: str, target: Path) -> None:
    """Give the written file its name only if no file has that name: nothing is ever replaced."""
    import errno

    try:
        os.link(temp, target)
    except FileExistsError:
        raise HuabeiError("common.out_exists", path=str(target)) from None
    except OSError as exc:
        if errno.errorcode.get(exc.errno or 0) not in _NO_HARD_LINKS:
            raise
        if os.path.lexists(target):
            raise HuabeiError("common.out_exists", path=str(target)) from None
        os.replace(temp, target)


def _cannot_write(target: Path, exc: OSError) -> HuabeiError:
    return HuabeiError("common.cannot_write", path=str(target), reason=os_reason(exc))


def _remove(temp: str) -> None:
    try:
        os.unlink(temp)
    except OSError:
        pass  # already renamed into place, or never created


def sync_folder(folder: Path) -> None:
    """Make the new name itself durable (best effort: not every system can sync a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def open_regular(path: str | os.PathLike, **text_options):
    """`path` opened for reading as text, only if it is a regular file: a FIFO would block the open
    itself and a device (/dev/zero) never ends, so neither is read. The open does not block
    (O_NONBLOCK, cleared once the file is known to be regular). A folder raises IsADirectoryError,
    a FIFO, device or socket NotRegularFile; both are OSErrors that errors.os_reason words."""
    import io

    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            import errno

            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(str(path))
        os.set_blocking(fd, True)
        return io.open(fd, **text_options)
    except BaseException:
        os.close(fd)
        raise


def read_user_file(path: str, *, not_a_file: str, unreadable: str, bad: str, not_utf8: str) -> str:
    """The whole text of a file the user gave to import (UTF-8, a BOM allowed), each failure a usage
    error with the caller's catalog keys. Only a regular file is read: a FIFO or a device would
    block or never end."""
    from huabei_assist.errors import InputError

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InputError(not_a_file, path=path)
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError(unreadable, path=path, reason=os_reason(exc)) from None
    except UnicodeDecodeError:
        raise InputError(bad, path=path, reason=Reason(not_utf8)) from None
