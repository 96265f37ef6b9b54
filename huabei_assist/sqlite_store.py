"""What every SQLite store of huabei shares (the evidence log, the debts list): where it lives, how it
is opened, created and checked, and one transaction per change.

- Where: $HUABEI_HOME/<file>, else $XDG_DATA_HOME/huabei, else ~/.local/share/huabei (a leading ~
  in either variable is expanded): store_paths.py.
- Created whole or not at all: a new store is built in a hidden temporary file beside it (schema,
  application id, version, WAL switch) and hard-linked into place, so a kill leaves either no store
  or a complete one, and of two processes creating it at once the second uses the first's. The
  folder is created with mode 0700, the file with 0600; SQLite gives its -wal and -shm files the same.
- WAL journal, `busy_timeout`, one `BEGIN IMMEDIATE` transaction per change: two processes writing
  at once both succeed, and a process killed mid-write loses only its uncommitted change.
- Checked before SQLite writes anything: the path must be a regular file (a FIFO would block the
  open), its header is read with plain open() (SQLite magic and the store's `application_id`), then
  a read-only connection checks it (`check_integrity`: more thoroughly before a write). A damaged or
  foreign file is reported and its bytes are never changed.

A store is described by a `Spec`; its error messages are `<errors>.db_corrupt`, `.db_not_a_file`,
`.db_foreign`, `.db_newer`, `.db_busy`, `.db_cannot_open`, `.db_error` (placeholders `path`, and
`version` / `reason` where they apply), so each store names itself in its own words.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable, Literal

from huabei_assist.errors import HuabeiError, Reason, os_reason
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.store_paths import home  # noqa: F401 (also the stores' way to it)

BUSY_TIMEOUT_MS = 15000
_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


class Spec(NamedTuple):
    """One kind of store."""

    file_name: str  # "calls.sqlite3"
    application_id: int  # PRAGMA application_id: the store's own mark in the file's header
    schema: str  # CREATE statements, separated by ';'
    version: int  # PRAGMA user_version of a store this huabei writes
    table: str  # the table whose absence means "not ours"
    errors: str  # the catalog prefix of its error messages ("calls", "debts")
    # (connection, path, every_row, version): reads the rows as the store will; raises ValueError,
    # TypeError or AttributeError on a row it could not use (damage no PRAGMA sees).
    check_rows: Callable[[sqlite3.Connection, Path, bool, int], None]
    # (connection): brings an older version up to `version` inside a transaction; None: no older one.
    migrate: Callable[[sqlite3.Connection], None] | None = None


class Database:
    """An open store. Use as a context manager; every change is its own transaction (`_transaction`)."""

    SPEC: Spec

    def __init__(self, path: str | os.PathLike | None = None, *, write: bool = False) -> None:
        """`write`: the caller means to change the store, so every row is read before SQLite opens it
        read-write (a write on a damaged file must not happen; see check_integrity)."""
        self.path = Path(path) if path is not None else home() / self.SPEC.file_name
        self._conn = open_store(self.path, self.SPEC, write)
        self._rows_checked = write

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def _query(self, sql: str, args: list) -> list[tuple]:
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise db_error(self.path, exc, self.SPEC) from None
        except ValueError:  # a stored value SQLite reads but Python cannot (damaged text)
            raise HuabeiError(f"{self.SPEC.errors}.db_corrupt", path=str(self.path)) from None

    def _transaction(self) -> Transaction:
        if not self._rows_checked:  # opened for reading only: check every row before this first write
            check_integrity(self.path, self.SPEC, every_row=True)
            self._rows_checked = True
        return Transaction(self._conn, self.path, self.SPEC)


class Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; SQLite errors become HuabeiError."""

    def __init__(self, conn: sqlite3.Connection, path: Path, spec: Spec) -> None:
        self.conn, self.path, self.spec = conn, path, spec

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise db_error(self.path, exc, self.spec) from None
        return self.conn

    def __exit__(self, kind, exc, tb) -> Literal[False]:
        if kind is None:
            try:
                self.conn.execute("COMMIT")
                return False
            except sqlite3.DatabaseError as error:
                exc = error
        self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise db_error(self.path, exc, self.spec) from None
        return False


# -- opening the file -------------------------------------------------------------------------
def open_store(path: Path, spec: Spec, write: bool) -> sqlite3.Connection:
    """Check the file (kind, header, integrity) before SQLite may write to it, then connect."""
    _remove_dead_temporaries(path)
    if not _existing(path, spec):
        _create(path, spec)
    _check_header(path, spec)
    if check_integrity(path, spec, every_row=write) < spec.version and not write:
        check_integrity(path, spec, every_row=True)  # the migration below writes
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise db_error(path, exc, spec) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        if spec.migrate is not None and conn.execute("PRAGMA user_version").fetchone()[0] < spec.version:
            _migrate(conn, spec)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise db_error(path, exc, spec) from None
    return conn


def _existing(path: Path, spec: Spec) -> bool:
    """True when a store is there. A FIFO, device or folder at the store's path (or its -wal, -shm or
    -journal) is an error: opening it could block forever. An empty file (left by an older huabei
    killed while creating the store) holds nothing and is removed, so that the store is created whole."""
    import stat

    for name in (path, *(path.with_name(path.name + side) for side in SIDE_FILES)):
        try:
            mode = os.stat(name).st_mode
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            raise HuabeiError(f"{spec.errors}.db_cannot_open", path=str(path), reason=reason(exc)) from None
        if not stat.S_ISREG(mode):
            raise HuabeiError(f"{spec.errors}.db_not_a_file", path=str(name))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    if size or any(path.with_name(path.name + side).exists() for side in SIDE_FILES):
        return True
    try:
        path.unlink()
    except OSError as exc:
        raise HuabeiError(f"{spec.errors}.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    return False


def _check_header(path: Path, spec: Spec) -> None:
    """SQLite's magic and the store's application id, read with plain open(), so SQLite never opens (and
    so never changes) a file that is not ours. Non-blocking, and the kind checked on the open file."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise HuabeiError(f"{spec.errors}.db_not_a_file", path=str(path))
            header = handle.read(100)
    except OSError as exc:
        raise HuabeiError(f"{spec.errors}.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise HuabeiError(f"{spec.errors}.db_corrupt", path=str(path))
    if int.from_bytes(header[68:72], "big") != spec.application_id:
        raise HuabeiError(f"{spec.errors}.db_foreign", path=str(path))


def check_integrity(path: Path, spec: Spec, every_row: bool) -> int:
    """Through a READ-ONLY connection, which cannot change the file (it neither rolls back nor
    checkpoints): the schema version, the table, `PRAGMA quick_check` and the store's own row check;
    with `every_row` (before a write) `PRAGMA integrity_check` (it also compares each index with its
    table) and every column as the store reads it: a flipped byte in a text can make it text that is
    not UTF-8, which no PRAGMA sees. The empty -wal and -shm files that connection may create are
    removed again when it fails. Returns the schema version."""
    from urllib.parse import quote

    sides = [path.with_name(path.name + side) for side in ("-wal", "-shm")]
    existed = [side.exists() for side in sides]
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.absolute()))}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise db_error(path, exc, spec) from None
    try:
        version = _check_rows(conn, path, spec, every_row)
    except HuabeiError:
        conn.close()
        if not any(existed) and sides[0].exists() and sides[0].stat().st_size == 0:
            for side in sides:
                side.unlink(missing_ok=True)
        raise
    conn.close()
    return version


def _check_rows(conn: sqlite3.Connection, path: Path, spec: Spec, every_row: bool) -> int:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > spec.version:
            raise HuabeiError(f"{spec.errors}.db_newer", path=str(path), version=version)
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [spec.table]).fetchone()
        if version < 1 or not has_table:
            raise HuabeiError(f"{spec.errors}.db_foreign", path=str(path))
        check = "integrity_check" if every_row else "quick_check"
        if conn.execute(f"PRAGMA {check}").fetchone()[0] != "ok":
            raise HuabeiError(f"{spec.errors}.db_corrupt", path=str(path))
        spec.check_rows(conn, path, every_row, version)
        return version
    except sqlite3.DatabaseError as exc:
        error = db_error(path, exc, spec)
        busy = error.key == f"{spec.errors}.db_busy"
        raise (error if busy else HuabeiError(f"{spec.errors}.db_corrupt", path=str(path))) from None
    except (ValueError, TypeError, AttributeError, ArithmeticError):
        raise HuabeiError(f"{spec.errors}.db_corrupt", path=str(path)) from None


def _migrate(conn: sqlite3.Connection, spec: Spec) -> None:
    """An older version to `spec.version` in one transaction (another process may have done it meanwhile)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if spec.migrate is not None and conn.execute("PRAGMA user_version").fetchone()[0] < spec.version:
            spec.migrate(conn)
            conn.execute(f"PRAGMA user_version = {spec.version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _create(path: Path, spec: Spec) -> None:
    """Build a new store in a hidden file beside `path`, then hard-link it into place.

    The temporary file gets the schema, application id and version in one transaction, then the
    WAL switch; closing it checkpoints and removes its -wal. Only then does it appear under the
    store's name, complete: a kill at any moment leaves no store or a whole one. os.link fails when
    the name exists, so a process that lost the race to another creator uses the other's store."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = folder / f".{path.name}.{os.getpid()}.new"
        _unlink_all(temp)  # a leftover of an earlier process with this id
        os.close(os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise HuabeiError(f"{spec.errors}.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    try:
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in spec.schema.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {spec.application_id}")
            conn.execute(f"PRAGMA user_version = {spec.version}")
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        try:
            os.link(temp, path)
        except FileExistsError:
            pass  # another process created it first: use that one
        from huabei_assist.user_files import sync_folder

        sync_folder(folder)
    except sqlite3.Error as exc:
        raise db_error(path, exc, spec) from None
    except OSError as exc:
        raise HuabeiError(f"{spec.errors}.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    finally:
        _unlink_all(temp)


def _remove_dead_temporaries(path: Path) -> None:
    """Temporary stores of processes that were killed while creating one (named by process id)."""
    if not path.parent.is_dir():
        return
    for temp in path.parent.glob(f".{path.name}.*.new"):
        pid = temp.name[len(path.name) + 2:-len(".new")]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            _unlink_all(temp)


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # signal 0 would end the process on Windows; leave the file there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def _unlink_all(temp: Path) -> None:
    for name in (temp, *(temp.with_name(temp.name + side) for side in SIDE_FILES)):
        try:
            os.unlink(name)
        except OSError:
            pass


def reason(exc: Exception) -> Reason | str:
    return os_reason(exc) if isinstance(exc, OSError) else str(exc)


def db_error(path: Path, exc: sqlite3.Error, spec: Spec) -> HuabeiError:
    """SQLite's own errors, in words the user can act on."""
    text = str(exc).lower()
    prefix = spec.errors
    if "locked" in text or "busy" in text:
        return HuabeiError(f"{prefix}.db_busy", path=str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text or "could not decode" in text:
        return HuabeiError(f"{prefix}.db_corrupt", path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text or "full" in text:
        return HuabeiError(f"{prefix}.db_cannot_open", path=str(path), reason=str(exc))
    return HuabeiError(f"{prefix}.db_error", path=str(path), reason=str(exc))
