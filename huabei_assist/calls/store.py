"""The evidence log: one SQLite file (stdlib sqlite3) of collection contacts, safe across processes.

- Where: $HUABEI_HOME/calls.sqlite3, else $XDG_DATA_HOME/huabei, else ~/.local/share/huabei.
- Created with mode 0600 (os.open before SQLite touches it); SQLite gives its -wal and -shm files
  the same mode.
- WAL journal, `busy_timeout`, one `BEGIN IMMEDIATE` transaction per change: two processes adding
  at once both succeed, and a process killed mid-write loses only its uncommitted change.
- Identified by `PRAGMA application_id` and `PRAGMA user_version` (the schema version). The file
  header is read with plain open() BEFORE SQLite opens the file, so a corrupt or foreign file is
  reported and never modified (SQLite could otherwise roll back a journal or checkpoint a WAL).
- A recording is kept by its path and SHA-256; `recording_state` says whether it has changed.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Iterable, NamedTuple

from huabei_assist.errors import HuabeiError, os_reason

FILE_NAME = "calls.sqlite3"
APPLICATION_ID = 0x48424331  # "HBC1"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 15000
_MAGIC = b"SQLite format 3\x00"
COLUMNS = ("id", "at", "number", "agency", "kind", "note", "recording_path", "recording_sha256", "flags", "created")

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
    created TEXT NOT NULL             -- when it was logged, ISO 8601 to the second
);
CREATE INDEX contacts_at ON contacts (at);
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


def home() -> Path:
    override = os.environ.get("HUABEI_HOME")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "huabei"


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

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._conn = _open(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    # -- reading -------------------------------------------------------------------------------
    def entries(self, start: datetime | None = None, end: datetime | None = None) -> list[Entry]:
        """Every entry in time order (ties by id); `start`/`end` bound `at`, both included."""
        sql, args = f"SELECT {', '.join(COLUMNS)} FROM contacts", []
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
        rows = self._query(f"SELECT {', '.join(COLUMNS)} FROM contacts WHERE id = ?", [entry_id])
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
        allowed = {"at", "number", "kind", "agency", "note", "recording_path", "recording_sha256", "flags"}
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

    def _transaction(self):
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
    names = list(COLUMNS[1:])
    if keep_id:
        names, values = ["id", *names], [new.id, *values]
    cursor = conn.execute(f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
    return int(cursor.lastrowid)


def _exists(conn: sqlite3.Connection, new: NewEntry) -> bool:
    """An entry with the same fields (id aside) is already in the log."""
    sql = " AND ".join(f"{name} IS ?" for name in COLUMNS[1:])
    return conn.execute(f"SELECT 1 FROM contacts WHERE {sql}", _values(new, new.created)).fetchone() is not None


def sha256_of(path: str | os.PathLike) -> str:
    """The SHA-256 of a file, read in 1 MiB blocks (hashlib is imported only here)."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def recording_state(entry: Entry) -> str | None:
    """None (no recording), "ok", "changed" (a different SHA-256) or "missing"."""
    if not entry.recording_path:
        return None
    try:
        return "ok" if sha256_of(entry.recording_path) == entry.recording_sha256 else "changed"
    except OSError:
        return "missing"


def _column_value(name: str, value: object) -> object:
    if name == "at":
        return value.isoformat(timespec="minutes")  # type: ignore[union-attr]
    if name == "flags":
        return ",".join(value)  # type: ignore[arg-type]
    if name == "number":
        return str(value).strip()
    if name == "kind":
        return value
    return _clean(value)  # type: ignore[arg-type]


def _entry(row: tuple) -> Entry:
    (entry_id, at, number, agency, kind, note, path, sha, flags, created) = row
    return Entry(entry_id, datetime.fromisoformat(at), number, kind, agency, note, path, sha,
                 tuple(f for f in flags.split(",") if f), created)


# -- opening the file -------------------------------------------------------------------------
def _open(path: Path) -> sqlite3.Connection:
    fresh = _create_or_check(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise _db_error(path, exc) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if fresh:
            _initialise(conn, path)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HuabeiError("calls.db_newer", path=str(path), version=version)
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contacts'").fetchone()
        if version != SCHEMA_VERSION or not has_table:
            raise HuabeiError("calls.db_foreign", path=str(path))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _db_error(path, exc) from None
    except HuabeiError:
        conn.close()
        raise
    return conn


def _create_or_check(path: Path) -> bool:
    """Create the file (mode 0600) if missing. True when it is empty and needs the schema.

    An existing file must start with SQLite's header and carry our application id; that is read
    with plain open(), so SQLite never opens (and so never changes) a file that is not ours.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    except OSError as exc:
        raise HuabeiError("calls.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise HuabeiError("calls.db_cannot_open", path=str(path), reason=os_reason(exc)) from None
    if not header:
        return True  # new (ours, or another process is creating it: _initialise serialises)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise HuabeiError("calls.db_corrupt", path=str(path))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise HuabeiError("calls.db_foreign", path=str(path))
    return False


def _initialise(conn: sqlite3.Connection, path: Path) -> None:
    """Create the schema in one transaction, in rollback-journal mode so that the header (with
    the application id) is in the main file before WAL is turned on. A second process that found
    the same empty file waits on the lock, then sees the schema and does nothing."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id == APPLICATION_ID:
            conn.execute("ROLLBACK")
            return
        if app_id != 0 or tables:
            raise HuabeiError("calls.db_foreign", path=str(path))
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _db_error(path: Path, exc: sqlite3.Error) -> HuabeiError:
    """SQLite's own errors, in words the user can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return HuabeiError("calls.db_busy", path=str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return HuabeiError("calls.db_corrupt", path=str(path))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "disk i/o" in text or "full" in text:
        return HuabeiError("calls.db_cannot_open", path=str(path), reason=str(exc))
    return HuabeiError("calls.db_error", path=str(path), reason=str(exc))
