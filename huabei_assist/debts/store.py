"""The debts list: one SQLite file (debts.sqlite3, beside the evidence log) with the log's guarantees.

Creation, opening, the checks before any write (a FIFO at the path, a damaged or foreign file left
byte for byte as it was), WAL and one `BEGIN IMMEDIATE` transaction per change (two processes
writing at once lose nothing) are `sqlite_store`'s, shared with the evidence log. This module gives
the schema, the file's mark (`APPLICATION_ID`) and the check of each row: every row is read as
`records()` reads it before the first write.

Money and rates are stored as decimal text ("2000.00", "0.0005"): exact, and read back as Decimal.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from huabei_assist.debts.record import Record
from huabei_assist.errors import HuabeiError, InputError
from huabei_assist.sqlite_store import Database, Spec
from huabei_assist.store_paths import DEBTS_FILE as FILE_NAME, debts_path as default_path  # noqa: F401 (where it lives)

APPLICATION_ID = 0x48424432  # "HBD2": not the evidence log's "HBC1"
SCHEMA_VERSION = 1
_COLUMNS = ("name", "kind", "amount", "annual_rate", "daily_fee", "installment_fee", "minimum_share",
            "minimum_fixed", "due_day", "since", "plan_payment", "plan_rate")

_SCHEMA = """
CREATE TABLE debts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,   -- the order debts were added in
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('huabei', 'jiebei', 'card', 'loan', 'online-loan', 'other')),
    amount TEXT NOT NULL,                   -- decimal text, to the fen
    annual_rate TEXT,                       -- at most one of the three costs, NULL: the default
    daily_fee TEXT,
    installment_fee TEXT,
    minimum_share TEXT,                     -- the minimum: a share of what is owed, or an amount
    minimum_fixed TEXT,
    due_day INTEGER,
    since TEXT,                             -- the first overdue day, ISO 8601
    plan_payment TEXT,                      -- an agreed plan: a month
    plan_rate TEXT,                         -- its annual rate, NULL: to be agreed
    changed TEXT NOT NULL                   -- when it was added or last changed, ISO 8601 to the second
)
"""


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else _decimal(text)


def _decimal(text: str) -> Decimal:
    value = Decimal(text)  # damaged text raises InvalidOperation (an ArithmeticError): the file is corrupt
    if not value.is_finite():
        raise ValueError(text)
    return value


def _record(row: tuple) -> Record:
    (name, kind, amount, annual, daily, installment, share, fixed, due_day, since, plan_payment, plan_rate) = row
    if not isinstance(name, str) or not isinstance(kind, str) or not (due_day is None or isinstance(due_day, int)):
        raise TypeError(row)
    return Record(name, kind, _decimal(amount), _dec(annual), _dec(daily), _dec(installment), _dec(share), _dec(fixed),
                  due_day, None if since is None else date.fromisoformat(since), _dec(plan_payment), _dec(plan_rate))


def _values(record: Record) -> list:
    values = []
    for value in record[:len(_COLUMNS)]:
        values.append(str(value) if isinstance(value, Decimal) else value.isoformat() if isinstance(value, date)
                      else value)
    return values


def _check_rows(conn: sqlite3.Connection, path: Path, every_row: bool, version: int) -> None:
    """Every row as records() reads it (a flipped byte in a name or an amount is damage too)."""
    from huabei_assist.payoff import KINDS

    for row in conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM debts"):
        if _record(row).kind not in KINDS:
            raise ValueError(row[1])


SPEC = Spec(FILE_NAME, APPLICATION_ID, _SCHEMA, SCHEMA_VERSION, "debts", "debts", _check_rows)


class DebtStore(Database):
    """The open debts list. Use as a context manager; every change is its own transaction."""

    SPEC = SPEC

    def records(self) -> list[Record]:
        """Every debt, in the order they were added."""
        return [_record(row) for row in self._query(f"SELECT {', '.join(_COLUMNS)} FROM debts ORDER BY id", [])]

    def get(self, name: str) -> Record:
        rows = self._query(f"SELECT {', '.join(_COLUMNS)} FROM debts WHERE name = ?", [name])
        if not rows:
            raise HuabeiError("debts.no_such_debt", name=name)
        return _record(rows[0])

    def add(self, record: Record) -> Record:
        with self._transaction() as conn:
            _taken(conn, record.name)
            _insert(conn, record)
        return self.get(record.name)

    def replace(self, name: str, record: Record) -> Record:
        """Replace the debt called `name` by `record` (which may carry a new name), keeping its place."""
        with self._transaction() as conn:
            if conn.execute("SELECT 1 FROM debts WHERE name = ?", [name]).fetchone() is None:
                raise HuabeiError("debts.no_such_debt", name=name)
            if record.name != name:
                _taken(conn, record.name)
            sets = ", ".join(f"{c} = ?" for c in _COLUMNS)
            conn.execute(f"UPDATE debts SET {sets}, changed = ? WHERE name = ?", [*_values(record), _now(), name])
        return self.get(record.name)

    def remove(self, name: str) -> Record:
        record = self.get(name)
        with self._transaction() as conn:
            if conn.execute("DELETE FROM debts WHERE name = ?", [name]).rowcount == 0:
                raise HuabeiError("debts.no_such_debt", name=name)
        return record

    def import_records(self, records: Iterable[Record], replace: bool = False) -> tuple[int, int, int]:
        """All or nothing. A debt already there with the same fields is skipped; with another value,
        it is replaced when `replace`, else nothing is imported (debts.import_conflict).
        Returns (added, replaced, skipped)."""
        added = replaced = skipped = 0
        with self._transaction() as conn:
            for record in records:
                row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM debts WHERE name = ?", [record.name]).fetchone()
                if row is None:
                    _insert(conn, record)
                    added += 1
                elif _record(row) == record:
                    skipped += 1
                elif not replace:
                    raise InputError("debts.import_conflict", name=record.name)
                else:
                    sets = ", ".join(f"{c} = ?" for c in _COLUMNS)
                    conn.execute(f"UPDATE debts SET {sets}, changed = ? WHERE name = ?",
                                 [*_values(record), _now(), record.name])
                    replaced += 1
        return added, replaced, skipped


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _taken(conn: sqlite3.Connection, name: str) -> None:
    if conn.execute("SELECT 1 FROM debts WHERE name = ?", [name]).fetchone() is not None:
        raise InputError("debts.name_taken", name=name)


def _insert(conn: sqlite3.Connection, record: Record) -> None:
    conn.execute(f"INSERT INTO debts ({', '.join(_COLUMNS)}, changed) VALUES ({', '.join('?' * len(_COLUMNS))}, ?)",
                 [*_values(record), _now()])

