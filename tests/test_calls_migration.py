"""The evidence log's schema version 3 (`answered`): a version 2 log opens and upgrades in one
transaction, every entry kept; a migration that fails leaves the old log as it was."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from huabei_assist.calls import store

V2_SCHEMA = """
CREATE TABLE contacts (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, number TEXT NOT NULL, agency TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'sms', 'visit', 'letter')), note TEXT, recording_path TEXT,
    recording_sha256 TEXT, flags TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,
    recording_size INTEGER, recording_mtime_ns INTEGER, recording_check TEXT);
CREATE INDEX contacts_at ON contacts (at);
"""


def _version_2_log() -> Path:
    """A log as huabei wrote it before `answered`: eight calls on one day, one of them with notes."""
    path = Path(os.environ["HUABEI_HOME"]) / "calls.sqlite3"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.executescript(V2_SCHEMA)
        conn.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 2")
        for n in range(8):
            conn.execute("INSERT INTO contacts (at, number, agency, kind, note, flags, created) "
                         "VALUES (?, '0571-1', '某某资产', 'call', ?, ?, '2026-11-29T12:00:00')",
                         [f"2026-11-29T10:0{n}", f"note {n}", "threat" if n == 0 else ""])
    conn.close()
    return path


def _rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT id, at, number, agency, kind, note, flags, created FROM contacts ORDER BY id").fetchall()
    conn.close()
    return rows


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [row[1] for row in conn.execute("PRAGMA table_info(contacts)")]
    conn.close()
    return names


def _version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return version


def test_a_version_2_log_upgrades_on_open_and_loses_nothing(run):
    path = _version_2_log()
    before = _rows(path)
    listed = json.loads(run("calls", "log", "list", "--json").out)
    assert (_version(path), _columns(path)[-1], _rows(path)) == (3, "answered", before)
    assert [(e["id"], e["note"], e["answered"], e["unanswered_today"], e["count_today"]) for e in listed] == [
        (n + 1, f"note {n}", None, None, n + 1) for n in range(8)]
    # Whether an old call was answered is not known, so none counts towards the guideline's 6.
    assert all(e["violations"] == [] for e in listed[1:])
    assert [v["rule"] for v in listed[0]["violations"]] == ["threat"]
    # The upgraded log takes new entries; an old entry can be marked unanswered afterwards.
    for n in (1, 2, 3, 4, 5, 6):
        assert run("calls", "log", "edit", str(n), "--unanswered").code == 0
    added = json.loads(run("calls", "log", "add", "--number", "0571-1", "--at", "2026-11-29 11:00",
                           "--unanswered", "--json").out)
    assert (added["id"], added["unanswered_today"], [v["rule"] for v in added["violations"]]) == (
        9, 7, ["unanswered-calls"])
    exported = json.loads(run("calls", "log", "export").out)["entries"]
    assert [e["answered"] for e in exported] == [False] * 6 + [None, None, False]


def test_a_migration_that_fails_leaves_the_old_log_as_it_was(run):
    path = _version_2_log()
    before = _rows(path)
    # The second statement fails after the first one ran: the whole upgrade is rolled back.
    real = store._MIGRATIONS[2]
    store._MIGRATIONS[2] = ("ALTER TABLE contacts ADD COLUMN answered INTEGER;"
                            "ALTER TABLE no_such_table ADD COLUMN x INTEGER")
    try:
        result = run("calls", "log", "list", "--json")
    finally:
        store._MIGRATIONS[2] = real
    assert result.code == 1 and result.err.count("\n") == 1 and "Traceback" not in result.err
    assert (_version(path), "answered" in _columns(path), _rows(path)) == (2, False, before)
    assert [e["id"] for e in json.loads(run("calls", "log", "list", "--json").out)] == list(range(1, 9))
    assert _version(path) == 3


def test_an_old_export_without_answered_imports_as_not_known(run, tmp_path):
    old = tmp_path / "old.csv"
    old.write_text("id,at,number,agency,kind,note,recording_path,recording_sha256,flags,created\n"
                   "4,2026-11-29T22:30,0571,,call,,,,,2026-11-29T23:00:00\n", encoding="utf-8")
    assert json.loads(run("calls", "log", "import", str(old), "--json").out)["added"] == 1
    entry = json.loads(run("calls", "log", "show", "4", "--json").out)
    assert (entry["answered"], [v["rule"] for v in entry["violations"]]) == (None, ["guideline-night"])
    csv_text = run("calls", "log", "export", "--format", "csv").out.splitlines()
    assert csv_text == ["id,at,number,agency,kind,note,recording_path,recording_sha256,flags,answered,created",
                        "4,2026-11-29T22:30,0571,,call,,,,,,2026-11-29T23:00:00"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "huabei-calls", "version": 2, "entries": [
        {"at": "2026-11-29T10:00", "number": "1", "kind": "call", "answered": "maybe"}]}), encoding="utf-8")
    result = run("calls", "log", "import", str(bad), "--lang", "en")
    assert (result.code, result.err) == (2, f"{bad}, entry 1, field answered: must be true, false or empty "
                                             "(1, 0 or empty in CSV). Nothing was imported.\n")
