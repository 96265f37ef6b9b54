"""The evidence log: one SQLite file (stdlib sqlite3) of collection contacts, safe across processes.

- Where, how it is created, opened, checked and written (one transaction per change, two writers at
  once, a damaged or foreign file left untouched, a FIFO at its path an error): `sqlite_store`, shared
  with the debts list; this module gives it the log's schema, its mark (`APPLICATION_ID`), the check
  of each row (`_check_rows`) and the migration of an older log (version 1: three added columns for
  the recording's fingerprint; version 2: `answered`), in one transaction, every entry kept.
- A recording is read ONCE, when it is added or imported (`fingerprint`: regular files only, at most
  MAX_RECORDING_BYTES): its SHA-256, size and modification time are stored. `recording_state` only
  stats the path (which never blocks), so listing and reporting never read a recording again.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Iterable, cast

from huabei_assist.errors import HuabeiError, InputError, Reason, os_reason
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.sqlite_store import Database, Spec, home, reason as _reason  # noqa: F401 (home: where the log lives)

FILE_NAME = "calls.sqlite3"
APPLICATION_ID = 0x48424331  # "HBC1"
SCHEMA_VERSION = 3  # 2 added recording_size, recording_mtime_ns, recording_check; 3 added answered
# The largest recording huabei reads to fingerprint: a phone's call recording or screenshot is far
# smaller, and hashing 2 GiB takes about 2 s; a bigger file is refused instead of read for minutes.
MAX_RECORDING_BYTES = 2 * 1024 ** 3
# The exported columns (calls.exchange): what a round trip carries.
COLUMNS = ("id", "at", "number", "agency", "kind", "note", "recording_path", "recording_sha256", "flags",
           "answered", "created")
# Columns an export of an older huabei may lack: read as NULL (not known).
OPTIONAL_COLUMNS = ("answered",)
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
    answered INTEGER CHECK (answered IN (0, 1)),  -- a call: 1 answered, 0 unanswered, NULL not known
    created TEXT NOT NULL,            -- when it was logged, ISO 8601 to the second
    recording_size INTEGER,           -- of the file when its SHA-256 was taken and matched
    recording_mtime_ns INTEGER,
    recording_check TEXT              -- what reading it once found: ok, changed, missing, not-regular,
                                      -- too-large, unreadable, or NULL: never read (version 1)
);
CREATE INDEX contacts_at ON contacts (at);
"""
# Each version's step up, run in order inside one transaction (sqlite_store._migrate).
_MIGRATIONS = {
    1: """
ALTER TABLE contacts ADD COLUMN recording_size INTEGER;
ALTER TABLE contacts ADD COLUMN recording_mtime_ns INTEGER;
ALTER TABLE contacts ADD COLUMN recording_check TEXT;
""",
    2: "ALTER TABLE contacts ADD COLUMN answered INTEGER CHECK (answered IN (0, 1));",
}
# The columns each older version has (what the check of its rows reads before the migration).
_VERSION_COLUMNS = {1: tuple(c for c in _STORED if c not in FINGERPRINT + OPTIONAL_COLUMNS),
                    2: tuple(c for c in _STORED if c not in OPTIONAL_COLUMNS)}


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
    answered: bool | None = None  # a call: answered or not; None: not known (or not a call)

    def record(self) -> dict:
        """The entry as plain values, in COLUMNS order: what export writes and import reads."""
        return {"id": self.id, "at": self.at.isoformat(timespec="minutes"), "number": self.number,
                "agency": self.agency, "kind": self.kind, "note": self.note,
                "recording_path": self.recording_path, "recording_sha256": self.recording_sha256,
                "flags": ",".join(self.flags), "answered": self.answered, "created": self.created}


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
    answered: bool | None = None


class Fingerprint(NamedTuple):
    """What reading a recording once found (the stored FINGERPRINT columns and its SHA-256)."""

    sha256: str
    size: int
    mtime_ns: int


def default_path() -> Path:
    return home() / FILE_NAME


def _clean(text: str | None) -> str | None:
    """Empty text is stored as NULL, so CSV (which has no NULL) round-trips exactly."""
    if text is None:
        return None
    text = text.strip()
    return text or None


class Store(Database):
    """An open evidence log. Use as a context manager; every change is its own transaction.

    `Store(path, write=True)`: the caller means to change the log, so every row is read before SQLite
    opens it read-write (a write on a damaged file must not happen)."""

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
        allowed = {"at", "number", "kind", "agency", "note", "recording_path", "recording_sha256", "flags", "answered",
                   *FINGERPRINT}
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

def _values(new: NewEntry, created: str | None) -> list:
    """The stored values of COLUMNS[1:] (all but id)."""
    return [new.at.isoformat(timespec="minutes"), new.number.strip(), _clean(new.agency), new.kind,
            _clean(new.note), _clean(new.recording_path), _clean(new.recording_sha256), ",".join(new.flags),
            _answered(new.answered), created]


def _answered(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _insert(conn: sqlite3.Connection, new: NewEntry, keep_id: bool) -> int:
    values = _values(new, new.created or datetime.now().isoformat(timespec="seconds"))
    values += [new.recording_size, new.recording_mtime_ns, new.recording_check]
    names = list(_STORED[1:])
    if keep_id:
        names, values = ["id", *names], [new.id, *values]
    cursor = conn.execute(f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", values)
    assert cursor.lastrowid is not None  # an INSERT sets it
    return cursor.lastrowid


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
        return cast(datetime, value).isoformat(timespec="minutes")
    if name == "flags":
        return ",".join(cast("tuple[str, ...]", value))
    if name == "answered":
        return _answered(cast("bool | None", value))
    if name == "number":
        return str(value).strip()
    if name == "kind" or name in FINGERPRINT[:2]:
        return value
    return _clean(cast("str | None", value))


def _entry(row: tuple) -> Entry:
    (entry_id, at, number, agency, kind, note, path, sha, flags, answered, created, size, mtime_ns, check) = row
    if answered not in (None, 0, 1):
        raise ValueError(answered)
    return Entry(entry_id, datetime.fromisoformat(at), number, kind, agency, note, path, sha,
                 tuple(f for f in flags.split(",") if f), created, size, mtime_ns, check,
                 None if answered is None else bool(answered))


# The kinds the table's CHECK allows (SCHEMA); data/collection_rules.toml [[kinds]] names the same
# (tests/test_known_ids.py keeps the three equal), so the store checks rows without the knowledge base.
STORED_KINDS: tuple[str, ...] = ("call", "sms", "visit", "letter")


# -- the log's own part of opening it (sqlite_store does the rest) ------------------------------
def _check_rows(conn: sqlite3.Connection, path: Path, every_row: bool, version: int) -> None:
    """Each row's time and kind; with `every_row` (before a write) every column as `entries()` reads it."""
    if not every_row:
        for at, kind in conn.execute("SELECT at, kind FROM contacts"):
            if kind not in STORED_KINDS:
                raise ValueError(kind)
            datetime.fromisoformat(at)
        return
    present = _VERSION_COLUMNS.get(version, _STORED)
    select = ", ".join(name if name in present else "NULL" for name in _STORED)  # an older log: NULL for the new
    for row in conn.execute(f"SELECT {select} FROM contacts"):
        if _entry(row).kind not in STORED_KINDS:
            raise ValueError(row[4])


def _migrate(conn: sqlite3.Connection) -> None:
    """From the log's version up to SCHEMA_VERSION, step by step, inside the one transaction
    sqlite_store opens: a failure anywhere rolls every step back, the old log stays as it was."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for step in range(version, SCHEMA_VERSION):
        for statement in _MIGRATIONS[step].split(";"):
            if statement.strip():
                conn.execute(statement)


SPEC = Spec(FILE_NAME, APPLICATION_ID, _SCHEMA, SCHEMA_VERSION, "contacts", "calls", _check_rows, _migrate)
Store.SPEC = SPEC
