"""The evidence log: one SQLite file (stdlib sqlite3) of collection contacts, safe across processes.

- Where: $HUABEI_HOME/calls.sqlite3, else $XDG_DATA_HOME/huabei, else ~/.local/share/huabei
  (a leading ~ in either variable is expanded).
- Created whole or not at all: a new log is built in a hidden temporary file beside it (schema,
  application id, WAL switch) and hard-linked into place, so a kill leaves either no log or a
  complete one, and of two processes creating it at once the second uses the first's. The folder
  is created with mode 0700, the file with 0600; SQLite gives its -wal and -shm files the same mode.
- WAL journal, `busy_timeout`, one `BEGIN IMMEDIATE` transaction per change: two processes adding
  at once both succeed, and a process killed mid-write loses only its uncommitted change.
- Checked before SQLite writes anything: the path must be a regular file (a FIFO would block the
  open), its header is read with plain open() (SQLite magic and our `PRAGMA application_id`), then a
  read-only connection checks it (`_check_integrity`: more thoroughly before a write). A damaged or
  foreign file is reported and its bytes are never changed (a read-write connection could roll back
  a journal or checkpoint a WAL into it). A version 1 log is migrated (three added columns).
- A recording is read ONCE, when it is added or imported (`fingerprint`: regular files only, at most
  MAX_RECORDING_BYTES): its SHA-256, size and modification time are stored. `recording_state` only
  stats the path (which never blocks), so listing and reporting never read a recording again.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Iterable, NamedTuple

from huabei_assist.errors import HuabeiError, InputError, Reason, os_reason

FILE_NAME = "calls.sqlite3"
APPLICATION_ID = 0x48424331  # "HBC1"
SCHEMA_VERSION = 2  # 2 added recording_size, recording_mtime_ns, recording_check (version 1 logs are migrated)
BUSY_TIMEOUT_MS = 15000
# The largest recording huabei reads to fingerprint: a phone's call recording or screenshot is far
# smaller, and hashing 2 GiB takes about 2 s; a bigger file is refused instead of read for minutes.
MAX_RECORDING_BYTES = 2 * 1024 ** 3
_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")
# The exported columns (calls.exchange): what a round trip carries.
COLUMNS = ("id", "at", "number", "agency", "kind", "note", "recording_path", "recording_sha256", "flags", "created")
# Stored beside them, about this computer's copy of the recording (not exported).
FINGERPRINT = ("recording_size", "recording_mtime_ns", "recording_check")
_STORED = COLUMNS + FINGERPRINT

_SCHEMA = """
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,                 -- local time, ISO 8601 to the minute: 2026-11-29T22:10
    number TEXT NOT NULL,
    agency TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'sms', 'visit', 'letter')),
    note TEXT,
    recording_path TEXT,
    recording_sha256 TEXT,
    flags TEXT NOT NULL DEFAULT '',   -- comma-separated: third-party,threat,insult,forged-document
    created TEXT NOT NULL,            -- when it was logged, ISO 8601 to the second
    recording_size INTEGER,           -- of the file when its SHA-256 was taken and matched
    recording_mtime_ns INTEGER,
    recording_check TEXT              -- what reading it once found: ok, changed, missing, not-regular,
                                      -- too-large, unreadable, or NULL: never read (version 1)
);
CREATE INDEX contacts_at ON contacts (at);
"""
_MIGRATE_1_TO_2 = """
ALTER TABLE contacts ADD COLUMN recording_size INTEGER;
ALTER TABLE contacts ADD COLUMN recording_mtime_ns INTEGER;
ALTER TABLE contacts ADD COLUMN recording_check TEXT;
"""


class Entry(NamedTuple):
    id: int
    at: datetime
    number: str
    kind: str
    agency: str | None = None
    note: str | None = None
    recording_path: str | None = None
    recording_sha256: str | None = None
    flags: tuple[str, ...] = ()
    created: str = ""
    recording_size: int | None = None
    recording_mtime_ns: int | None = None
    recording_check: str | None = None

    def record(self) -> dict:
        """The entry as plain values, in COLUMNS order: what export writes and import reads."""
        return {"id": self.id, "at": self.at.isoformat(timespec="minutes"), "number": self.number,
                "agency": self.agency, "kind": self.kind, "note": self.note,
                "recording_path": self.recording_path, "recording_sha256": self.recording_sha256,
                "flags": ",".join(self.flags), "created": self.created}


class NewEntry(NamedTuple):
    """What `add` and `import` hand to the store; id and created are optional (import keeps them)."""

    at: datetime
    number: str
    kind: str = "call"
    agency: str | None = None
    note: str | None = None
    recording_path: str | None = None
    recording_sha256: str | None = None
    flags: tuple[str, ...] = ()
    id: int | None = None
    created: str | None = None
    recording_size: int | None = None
    recording_mtime_ns: int | None = None
    recording_check: str | None = None


class Fingerprint(NamedTuple):
    """What reading a recording once found (the stored FINGERPRINT columns and its SHA-256)."""

    sha256: str
    size: int
    mtime_ns: int


def home() -> Path:
    override = os.environ.get("HUABEI_HOME")
    if override:
        return Path(os.path.expanduser(override))  # a quoted '~/x' means the home folder, not a folder "~"
    base = os.environ.get("XDG_DATA_HOME") or os.path.join("~", ".local", "share")
    return Path(os.path.expanduser(base)) / "huabei"


def default_path() -> Path:
    return home() / FILE_NAME


def _clean(text: str | None) -> str | None:
    """Empty text is stored as NULL, so CSV (which has no NULL) round-trips exactly."""
    if text is None:
        return None
    text = text.strip()
    return text or None


class Store:
    """An open evidence log. Use as a context manager; every change is its own transaction."""

    def __init__(self, path: str | os.PathLike | None = None, *, write: bool = False) -> None:
        """`write`: the caller means to change the log, so every row is read before SQLite opens it
        read-write (a write on a damaged file must not happen; see _check_integrity)."""
        self.path = Path(path) if path is not None else default_path()
        self._conn = _open(self.path, write)
        self._rows_checked = write

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    # -- reading -------------------------------------------------------------------------------
    def entries(self, start: datetime | None = None, end: datetime | None = None) -> list[Entry]:
        """Every entry in time order (ties by id); `start`/`end` bound `at`, both included."""
        sql, args = f"SELECT {', '.join(_STORED)} FROM contacts", []
        where = []
        if start is not None:
            where.append("at >= ?")
            args.append(start.isoformat(timespec="minutes"))
        if end is not None:
            where.append("at <= ?")
            args.append(end.isoformat(timespec="minutes"))
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_entry(row) for row in self._query(sql + " ORDER BY at, id", args)]

    def get(self, entry_id: int) -> Entry:
        rows = self._query(f"SELECT {', '.join(_STORED)} FROM contacts WHERE id = ?", [entry_id])
        if not rows:
            raise HuabeiError("calls.no_such_entry", id=entry_id)
        return _entry(rows[0])

    def count(self) -> int:
        return self._query("SELECT count(*) FROM contacts", [])[0][0]

    # -- changing: one transaction each ---------------------------------------------------------
    def add(self, new: NewEntry) -> Entry:
        with self._transaction() as conn:
            entry_id = _insert(conn, new, keep_id=False)
        return self.get(entry_id)

    def update(self, entry_id: int, **changes: object) -> Entry:
        """Change the given fields (names as in NewEntry; None clears an optional text field)."""
        allowed = {"at", "number", "kind", "agency", "note", "recording_path", "recording_sha256", "flags", *FINGERPRINT}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM contacts WHERE id = ?", [entry_id]).fetchone() is None:
                raise HuabeiError("calls.no_such_entry", id=entry_id)
            for name, value in changes.items():
                conn.execute(f"UPDATE contacts SET {name} = ? WHERE id = ?", [_column_value(name, value), entry_id])
        return self.get(entry_id)

    def delete(self, entry_id: int) -> Entry:
        entry = self.get(entry_id)
        with self._transaction() as conn:
            if conn.execute("DELETE FROM contacts WHERE id = ?", [entry_id]).rowcount == 0:
                raise HuabeiError("calls.no_such_entry", id=entry_id)
        return entry

    def import_entries(self, items: Iterable[NewEntry]) -> tuple[int, int, int]:
        """All or nothing. Keeps each entry's id when it is free; skips an entry already present
        (same fields but id). Returns (added, renumbered, skipped)."""
        added = renumbered = skipped = 0
        with self._transaction() as conn:
            for new in items:
                if _exists(conn, new):
                    skipped += 1
                    continue
                free = new.id is not None and conn.execute(
                    "SELECT 1 FROM contacts WHERE id = ?", [new.id]).fetchone() is None
                _insert(conn, new, keep_id=free)
                added += 1
                renumbered += 0 if free or new.id is None else 1
        return added, renumbered, skipped

    # -- plumbing ------------------------------------------------------------------------------
    def _query(self, sql: str, args: list) -> list[tuple]:
        try:
            return self._conn.execute(sql, args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise _db_error(self.path, exc) from None
        except ValueError:  # a stored time SQLite reads but Python cannot (damaged text)
            raise HuabeiError("calls.db_corrupt", path=str(self.path)) from None

    def _transaction(self):
        if not self._rows_checked:  # opened for reading only: check every row before this first write
            _check_integrity(self.path, every_row=True)
            self._rows_checked = True
        return _Transaction(self._conn, self.path)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; SQLite errors become HuabeiError."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn, self.path = conn, path

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise _db_error(self.path, exc) from None
        return self.conn

    def __exit__(self, kind, exc, tb) -> bool:
        if kind is None:
            try:
                self.conn.execute("COMMIT")
                return False
            except sqlite3.DatabaseError as error:
                exc = error
        self.conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise _db_error(self.path, exc) from None
        return False


def _values(new: NewEntry, created: str | None) -> list:
    """The stored values of COLUMNS[1:] (all but id)."""
    return [new.at.isoformat(timespec="minutes"), new.number.strip(), _clean(new.agency), new.kind,
            _clean(new.note), _clean(new.recording_path), _clean(new.recording_sha256), ",".join(new.flags), created]


def _insert(conn: sqlite3.Connection, new: NewEntry, keep_id: bool) -> int:
    values = _values(new, new.created or datetime.now().isoformat(timespec="seconds"))
    values += [new.recording_size, new.recording_mtime_ns, new.recording_check]
    names = list(_STORED[1:])
    if keep_id:
        names, values = ["id", *names], [new.id, *values]
    cursor = conn.execute(f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
    return int(cursor.lastrowid)


def _exists(conn: sqlite3.Connection, new: NewEntry) -> bool:
    """An entry with the same fields (id aside) is already in the log."""
    sql = " AND ".join(f"{name} IS ?" for name in COLUMNS[1:])
    return conn.execute(f"SELECT 1 FROM contacts WHERE {sql}", _values(new, new.created)).fetchone() is not None


def fingerprint(path: str) -> Fingerprint:
    """Read a recording once: its SHA-256, size and modification time (hashlib is imported only here).

    Only a regular file is opened (a FIFO or a device such as /dev/zero would block or never end),
    and it is opened non-blocking and checked again on the open descriptor, in case the path was
    swapped in between. Raises InputError: calls.recording_not_found, _not_regular, _too_large or
    _unreadable (exit 2: the path given is the problem)."""
    import hashlib
    import stat

    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise InputError("calls.recording_not_a_file", path=path)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError("calls.recording_not_found", path=path) from None
    except (OSError, ValueError) as exc:
        raise InputError("calls.recording_unreadable", path=path, reason=_reason(exc)) from None
    digest, read = hashlib.sha256(), 0
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise InputError("calls.recording_not_a_file", path=path)
        if opened.st_size > MAX_RECORDING_BYTES:
            raise InputError("calls.recording_too_large", path=path, size=_mib(opened.st_size),
                             limit=_mib(MAX_RECORDING_BYTES))
        try:
            for block in iter(lambda: handle.read(1 << 20), b""):
                read += len(block)
                if read > MAX_RECORDING_BYTES:  # growing while read (or a /proc file that lies about its size)
                    raise InputError("calls.recording_too_large", path=path, size=_mib(read),
                                     limit=_mib(MAX_RECORDING_BYTES))
                digest.update(block)
        except OSError as exc:
            raise InputError("calls.recording_unreadable", path=path, reason=os_reason(exc)) from None
        after = os.fstat(fd)
    if (after.st_size, after.st_mtime_ns) != (opened.st_size, opened.st_mtime_ns) or read != after.st_size:
        raise InputError("calls.recording_unreadable", path=path, reason=Reason("calls.reason_changed_while_read"))
    return Fingerprint(digest.hexdigest(), after.st_size, after.st_mtime_ns)


def _mib(size: int) -> str:
    return f"{size / 1024 ** 2:,.0f} MiB" if size >= 1024 ** 2 else f"{size:,} bytes"


def _reason(exc: Exception) -> Reason | str:
    return os_reason(exc) if isinstance(exc, OSError) else str(exc)


def recording_state(entry: Entry) -> str | None:
    """None (no recording), "ok", "changed", "missing", "not_regular" or "unverified".

    Only stats the path (a stat never blocks, not even on a FIFO) and compares size and
    modification time with those stored when the file was read: "changed" when either differs or
    when the import found a different SHA-256; "unverified" when the file was never read (an entry
    of a version 1 log, or an import that could not read it)."""
    import stat

    if not entry.recording_path:
        return None
    try:
        now = os.stat(entry.recording_path)
    except (OSError, ValueError):
        return "missing"
    if not stat.S_ISREG(now.st_mode):
        return "not_regular"
    if entry.recording_check == "ok":
        same = (now.st_size, now.st_mtime_ns) == (entry.recording_size, entry.recording_mtime_ns)
        return "ok" if same else "changed"
    return "changed" if entry.recording_check == "changed" else "unverified"


def _column_value(name: str, value: object) -> object:
    if name == "at":
        return value.isoformat(timespec="minutes")  # type: ignore[union-attr]
    if name == "flags":
        return ",".join(value)  # type: ignore[arg-type]
    if name == "number":
        return str(value).strip()
    if name == "kind" or name in FINGERPRINT[:2]:
        return value
    return _clean(value)  # type: ignore[arg-type]


def _entry(row: tuple) -> Entry:
    (entry_id, at, number, agency, kind, note, path, sha, flags, created, size, mtime_ns, check) = row
    return Entry(entry_id, datetime.fromisoformat(at), number, kind, agency, note, path, sha,
                 tuple(f for f in flags.split(",") if f), created, size, mtime_ns, check)


# -- opening the file -------------------------------------------------------------------------
def _open(path: Path, write: bool) -> sqlite3.Connection:
    """Check the file (kind, header, integrity) before SQLite may write to it, then connect."""
    _remove_dead_temporaries(path)
    if not _existing_log(path):
        _create(path)
    _check_header(path)
    if _check_integrity(path, every_row=write) == 1 and not write:
        _check_integrity(path, every_row=True)  # the migration below writes
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise _db_error(path, exc) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        if conn.execute("PRAGMA user_version").fetchone()[0] == 1:
            _migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _db_error(path, exc) from None
    return conn


def _existing_log(path: Path) -> bool:
    """True when a log is there. A FIFO, device or folder at the log's path (or its -wal, -shm or
    -journal) is an error: opening it could block forever. An empty file (left by an older huabei
    killed while creating the log) holds nothing and is removed, so that the log is created whole."""
    import stat

    for name in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        try:
            mode = os.stat(name).st_mode
        except FileNotFoundError:
            continue
        except (OSError, ValueError) as exc:
            raise HuabeiError("calls.db_cannot_open", path=str(path), reason=_reason(exc)) from None
        if not stat.S_ISREG(mode):
            raise HuabeiError("calls.db_not_a_file", path=str(name))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    if size or any(path.with_name(path.name + side).exists() for side in _SIDE_FILES):
        return True
    try:
        path.unlink()
    except OSError as exc:
        raise HuabeiError("calls.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    return False


def _check_header(path: Path) -> None:
    """SQLite's magic and our application id, read with plain open(), so SQLite never opens (and
    so never changes) a file that is not ours. Non-blocking, and the kind checked on the open file."""
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise HuabeiError("calls.db_not_a_file", path=str(path))
            header = handle.read(100)
    except OSError as exc:
        raise HuabeiError("calls.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise HuabeiError("calls.db_corrupt", path=str(path))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise HuabeiError("calls.db_foreign", path=str(path))


def _check_integrity(path: Path, every_row: bool) -> int:
    """Through a READ-ONLY connection, which cannot change the file (it neither rolls back nor
    checkpoints): the schema version, `PRAGMA quick_check` and each row's time and kind; with
    `every_row` (before a write) `PRAGMA integrity_check` and every column as `entries()` reads it:
    a flipped byte in a note can make it text that is not UTF-8, which no PRAGMA sees. Measured in
    docs/reliability.md.
    The empty -wal and -shm files that connection may create are removed again when it fails.
    Returns the schema version."""
    from urllib.parse import quote

    sides = [path.with_name(path.name + side) for side in ("-wal", "-shm")]
    existed = [side.exists() for side in sides]
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.absolute()))}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise _db_error(path, exc) from None
    try:
        version = _check_rows(conn, path, every_row)
    except HuabeiError:
        conn.close()
        if not any(existed) and sides[0].exists() and sides[0].stat().st_size == 0:
            for side in sides:
                side.unlink(missing_ok=True)
        raise
    conn.close()
    return version


def _check_rows(conn: sqlite3.Connection, path: Path, every_row: bool) -> int:
    from huabei_assist.knowledge.calls_schema import KINDS

    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HuabeiError("calls.db_newer", path=str(path), version=version)
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contacts'").fetchone()
        if version < 1 or not has_table:
            raise HuabeiError("calls.db_foreign", path=str(path))
        # integrity_check also compares each index with its table (quick_check does not: a flipped
        # byte in the index on `at` passes it, and the write's read-back then fails): before a write.
        check = "integrity_check" if every_row else "quick_check"
        if conn.execute(f"PRAGMA {check}").fetchone()[0] != "ok":
            raise HuabeiError("calls.db_corrupt", path=str(path))
        if not every_row:
            for at, kind in conn.execute("SELECT at, kind FROM contacts"):
                if kind not in KINDS:
                    raise ValueError(kind)
                datetime.fromisoformat(at)
            return version
        columns = _STORED if version >= 2 else COLUMNS
        padding = (None,) * (len(_STORED) - len(columns))
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM contacts"):
            if _entry(row + padding).kind not in KINDS:
                raise ValueError(row[4])
        return version
    except sqlite3.DatabaseError as exc:
        error = _db_error(path, exc)
        raise (error if error.key == "calls.db_busy" else HuabeiError("calls.db_corrupt", path=str(path))) from None
    except (ValueError, TypeError, AttributeError):
        raise HuabeiError("calls.db_corrupt", path=str(path)) from None


def _migrate(conn: sqlite3.Connection) -> None:
    """Version 1 to 2 in one transaction (another process may have done it meanwhile)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] == 1:
            for statement in _MIGRATE_1_TO_2.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _create(path: Path) -> None:
    """Build a new log in a hidden file beside `path`, then hard-link it into place.

    The temporary file gets the schema, application id and version in one transaction, then the
    WAL switch; closing it checkpoints and removes its -wal. Only then does it appear under the
    log's name, complete: a kill at any moment leaves no log or a whole one. os.link fails when
    the name exists, so a process that lost the race to another creator uses the other's log."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        temp = folder / f".{path.name}.{os.getpid()}.new"
        _unlink_all(temp)  # a leftover of an earlier process with this id
        os.close(os.open(temp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise HuabeiError("calls.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    try:
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        try:
            os.link(temp, path)
        except FileExistsError:
            pass  # another process created it first: use that one
        _sync_folder(folder)
    except sqlite3.Error as exc:
        raise _db_error(path, exc) from None
    except OSError as exc:
        raise HuabeiError("calls.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    finally:
        _unlink_all(temp)


def _remove_dead_temporaries(path: Path) -> None:
    """Temporary logs of processes that were killed while creating one (named by process id)."""
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
    for name in (temp, *(temp.with_name(temp.name + side) for side in _SIDE_FILES)):
        try:
            os.unlink(name)
        except OSError:
            pass


def _sync_folder(folder: Path) -> None:
    """Make the new name durable (a power cut right after must not lose the log's name)."""
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


def _db_error(path: Path, exc: sqlite3.Error) -> HuabeiError:
    """SQLite's own errors, in words the user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return HuabeiError("calls.db_busy", path=str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text or "could not decode" in text:
        return HuabeiError("calls.db_corrupt", path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text or "full" in text:
        return HuabeiError("calls.db_cannot_open", path=str(path), reason=str(exc))
    return HuabeiError("calls.db_error", path=str(path), reason=str(exc))
