"""The evidence log: file mode, concurrent writers, a killed writer, corrupt files, round trips, recordings."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from huabei_assist.calls.store import NewEntry, Store, default_path
from huabei_assist.errors import HuabeiError

WRITER = """
import sys
from datetime import datetime, timedelta
from huabei_assist.calls.store import NewEntry, Store
path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Store(path) as store:
    print("ready", flush=True)
    for i in range(count):
        store.add(NewEntry(datetime(2026, 11, 1, 8, 0) + timedelta(minutes=i), f"{tag}-{i}"))
        if tag == "loop":
            print(i, flush=True)
"""


def _home() -> Path:
    return Path(os.environ["HUABEI_HOME"])


def _add(run, *args: str) -> dict:
    result = run("calls", "log", "add", "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_database_in_huabei_home_with_mode_0600(run):
    _add(run, "--at", "2026-11-29 22:10", "--number", "13800000000")
    path = _home() / "calls.sqlite3"
    assert default_path() == path
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    with Store() as store:  # while a connection is open, the WAL and shared-memory files exist
        store.add(NewEntry(datetime(2026, 11, 29, 10, 0), "2"))
        extras = sorted(path.parent.glob("calls.sqlite3-*"))
        assert [p.name for p in extras] == ["calls.sqlite3-shm", "calls.sqlite3-wal"]
        assert all(p.stat().st_mode & 0o777 == 0o600 for p in extras)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3


def test_default_location_without_huabei_home(monkeypatch, tmp_path):
    monkeypatch.delenv("HUABEI_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "huabei" / "calls.sqlite3"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    assert default_path() == tmp_path / "user" / ".local" / "share" / "huabei" / "calls.sqlite3"


def test_two_writer_processes_lose_nothing(tmp_path):
    path = tmp_path / "log.sqlite3"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, "200"], stdout=subprocess.DEVNULL)
             for tag in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Store(path) as store:
        entries = store.entries()
    assert len(entries) == 400
    assert sorted(e.number for e in entries) == sorted(f"{t}-{i}" for t in "ab" for i in range(200))
    assert len({e.id for e in entries}) == 400


def test_killed_writer_loses_no_committed_entry(tmp_path):
    path = tmp_path / "log.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "loop", "100000"], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "ready"
    committed = -1
    deadline = time.monotonic() + 60
    while committed < 50 and time.monotonic() < deadline:  # printed only after the commit returned
        committed = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(path) as store:
        numbers = {e.number for e in store.entries()}
        assert {f"loop-{i}" for i in range(committed + 1)} <= numbers
        store.add(NewEntry(datetime(2026, 11, 29, 10, 0), "after-kill"))  # still writable
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


CORRUPT = "证据记录文件 {path} 已损坏或不是数据库；huabei 没有改动它。请先备份该文件，再换一个 HUABEI_HOME 目录或移走它。\n"
FOREIGN = "{path} 不是 huabei 的证据记录文件；huabei 没有改动它。请移走它或设置另一个 HUABEI_HOME 目录。\n"


@pytest.mark.parametrize("content, message", [
    (b"this is my diary, not a database\n" * 10, CORRUPT),
    (b"SQLite format 3\x00" + b"\x00" * 20, CORRUPT),  # truncated header
    (b"SQLite format 3\x00" + bytes(range(256)) * 20, FOREIGN),  # a header without our application id
])
def test_corrupt_file_is_reported_and_left_untouched(run, content, message):
    path = _home() / "calls.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for args in (["list"], ["add", "--number", "1", "--at", "2026-11-29 10:00"], ["show", "1"]):
        result = run("calls", "log", *args)
        assert result.code == 1
        assert result.err == message.format(path=path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["calls.sqlite3"]


def test_damaged_log_of_ours_gives_a_clear_error(run):
    _add(run, "--at", "2026-11-29 10:00", "--number", "1")
    path = _home() / "calls.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, keeping the 100-byte header
    path.write_bytes(bytes(data))
    result = run("calls", "log", "list")
    assert result.code == 1
    assert result.err == CORRUPT.format(path=path)


def test_foreign_sqlite_database_is_left_untouched(run):
    path = _home() / "calls.sqlite3"
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE photos (name TEXT)")
        conn.execute("INSERT INTO photos VALUES ('cat.jpg')")
    conn.close()
    before = path.read_bytes()
    result = run("calls", "log", "list", "--lang", "en")
    assert result.code == 1
    assert result.err == (f"{path} is not a huabei evidence log; huabei left it untouched. "
                          "Move it away or set another HUABEI_HOME.\n")
    assert path.read_bytes() == before


def test_newer_schema_is_refused(run):
    _add(run, "--at", "2026-11-29 10:00", "--number", "1")
    path = _home() / "calls.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    result = run("calls", "log", "list")
    assert result.code == 1 and "格式版本 7" in result.err


def test_store_errors_are_huabei_errors(tmp_path):
    (tmp_path / "x").write_text("not sqlite")
    with pytest.raises(HuabeiError) as err:
        Store(tmp_path / "x")
    assert err.value.key == "calls.db_corrupt"


def _seed_log(run, recording: Path) -> None:
    _add(run, "--at", "2026-11-29 07:59", "--number", "95000", "--agency", "某某资产", "--flags", "threat,insult",
         "--note", "说要\"上门\"， 还说 | 抓人\n第二行", "--recording", str(recording))
    _add(run, "--at", "2026-11-29 09:00", "--number", "0571-1234", "--kind", "sms")
    _add(run, "--at", "2026-11-30 12:00", "--number", "某律所", "--kind", "letter", "--flags", "forged-document")
    assert run("calls", "log", "delete", "2", "--yes").code == 0  # a gap in the ids must survive too
    _add(run, "--at", "2026-12-01 20:00", "--number", "0571-1234", "--flags", "third-party")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_export_import_round_trip(run, tmp_path, monkeypatch, fmt):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"\x00\x01audio")
    _seed_log(run, recording)
    exported = run("calls", "log", "export", "--format", fmt)
    assert exported.code == 0
    out = tmp_path / f"log.{fmt}"
    assert run("calls", "log", "export", "--format", fmt, "--out", str(out)).code == 0
    assert out.read_text(encoding="utf-8") == exported.out
    assert out.stat().st_mode & 0o777 == 0o600

    monkeypatch.setenv("HUABEI_HOME", str(tmp_path / "second-home"))
    imported = run("calls", "log", "import", str(out), "--json")
    assert imported.code == 0, imported.err
    assert json.loads(imported.out) == {"file": str(out), "added": 3, "renumbered": 0, "skipped": 0, "total": 3}
    assert run("calls", "log", "export", "--format", fmt).out == exported.out
    # Importing again adds nothing.
    again = json.loads(run("calls", "log", "import", str(out), "--json").out)
    assert (again["added"], again["skipped"], again["total"]) == (0, 3, 3)


def test_json_export_shape(run, tmp_path):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"audio")
    _seed_log(run, recording)
    doc = json.loads(run("calls", "log", "export").out)
    assert doc["format"] == "huabei-calls" and doc["version"] == 2
    assert [e["id"] for e in doc["entries"]] == [1, 3, 4]
    first = doc["entries"][0]
    assert first["at"] == "2026-11-29T07:59" and first["flags"] == "threat,insult"
    assert first["recording_sha256"] == hashlib.sha256(b"audio").hexdigest()
    assert first["recording_path"] == str(recording)


def test_import_into_a_log_with_taken_ids_renumbers(run, tmp_path):
    out = tmp_path / "log.json"
    _add(run, "--at", "2026-11-29 10:00", "--number", "A")
    run("calls", "log", "export", "--out", str(out))
    run("calls", "log", "delete", "1", "--yes")
    _add(run, "--at", "2026-11-29 11:00", "--number", "B")  # takes id 2; id 1 is free again
    _add(run, "--at", "2026-11-29 12:00", "--number", "C")
    doc = json.loads(run("calls", "log", "import", str(out), "--json").out)
    assert (doc["added"], doc["renumbered"], doc["total"]) == (1, 0, 3)
    assert [e["number"] for e in json.loads(run("calls", "log", "list", "--json").out)] == ["A", "B", "C"]


@pytest.mark.parametrize("content, message", [
    ("{\"format\": \"huabei-calls\", \"version\": 1, \"entries\": [{\"at\": \"soon\", \"number\": \"1\", \"kind\": \"call\"}]}",
     "第 1 条记录的 at 有误"),
    ("{\"format\": \"huabei-calls\", \"version\": 1, \"entries\": [{\"at\": \"2026-11-29T10:00\", \"number\": \"1\", \"kind\": \"fax\"}]}",
     "第 1 条记录的 kind 有误"),
    ("{\"format\": \"huabei-calls\", \"version\": 1, \"entries\": [{\"at\": \"2026-11-29T10:00\", \"number\": \"1\", \"kind\": \"call\", \"flags\": \"bribe\"}]}",
     "第 1 条记录的 flags 有误"),
    ("{\"format\": \"other\"}", "不是有效的导出文件"),
    ("{not json", "不是有效的导出文件"),
    ("a,b\n1,2\n", "CSV 缺少这些列"),
])
def test_bad_import_changes_nothing(run, tmp_path, content, message):
    _add(run, "--at", "2026-11-29 10:00", "--number", "keep")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = run("calls", "log", "import", str(bad))
    assert result.code == 2 and message in result.err and "Traceback" not in result.err
    assert [e["number"] for e in json.loads(run("calls", "log", "list", "--json").out)] == ["keep"]


def test_import_missing_file(run, tmp_path):
    result = run("calls", "log", "import", str(tmp_path / "nope.json"), "--lang", "en")
    assert result.code == 2 and result.err.startswith("Cannot read the import file")


def test_changed_and_missing_recording_detected(run, tmp_path):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"original audio")
    _add(run, "--at", "2026-11-29 22:10", "--number", "1", "--recording", str(recording))
    assert json.loads(run("calls", "log", "show", "1", "--json").out)["recording_state"] == "ok"
    recording.write_bytes(b"edited audio")
    shown = run("calls", "log", "show", "1", "--lang", "en")
    assert "CHANGED!" in shown.out and "SHA-256 differs" in shown.out
    assert json.loads(run("calls", "log", "list", "--json").out)[0]["recording_state"] == "changed"
    recording.unlink()
    assert json.loads(run("calls", "log", "show", "1", "--json").out)["recording_state"] == "missing"
    assert "MISSING!" in run("calls", "log", "show", "1", "--lang", "en").out


def test_missing_recording_file_on_add(run, tmp_path):
    result = run("calls", "log", "add", "--number", "1", "--recording", str(tmp_path / "none.m4a"), "--lang", "en")
    assert result.code == 2 and result.err == f"Recording file {tmp_path / 'none.m4a'} not found: check the path.\n"


# an import error's detail is said in the user's language (it was Python's English in zh)
@pytest.mark.parametrize(("content", "needle"), [
    (b"\xff\xfe", "不是 UTF-8 文本"),
    (b"{not json", "JSON 语法错误（第 1 行第 2 列）"),
    (b'{"format": "huabei-calls", "version": 1, "entries": [{"at": "soon", "number": "1", "kind": "call"}]}',
     "不是 ISO 格式的日期时间：'soon'"),
    (b'{"format": "huabei-calls", "version": 1, "entries": [{"at": "2026-11-29T10:00", "number": "1", "kind": "fax"}]}',
     "'fax' 不是 call, sms, visit, letter 之一"),
])
def test_import_reasons_in_chinese(run, tmp_path, content, needle):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = run("calls", "log", "import", str(bad))
    assert result.code == 2 and result.out == ""
    assert needle in result.err
    assert len(result.err.strip().splitlines()) == 1
