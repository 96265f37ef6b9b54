"""The evidence log never hangs, never bricks, never writes to a damaged file (issue 9).

Anything that could hang runs in a child process under a timeout, so a hang fails the test."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import damage_table_root

from huabei_assist.calls import store
from huabei_assist.calls.store import NewEntry, Store

NOT_A_FILE = ("{path} is not a regular file (a folder, device or pipe), so it cannot be the evidence log; huabei did "
              "not open it. Move it away or set another HUABEI_HOME.\n")
CORRUPT = ("The evidence log {path} is damaged or not a database; huabei left it untouched. Back it up, then move it "
           "away or use another HUABEI_HOME.\n")


def _home() -> Path:
    return Path(os.environ["HUABEI_HOME"])


def _cli(*args: str, timeout: float = 30, env: dict | None = None) -> subprocess.CompletedProcess:
    """`huabei ARGS --lang en` in a child process; a hang fails the test instead of blocking it."""
    try:
        return subprocess.run([sys.executable, "-m", "huabei_assist", *args, "--lang", "en"], capture_output=True,
                              text=True, timeout=timeout, env={**os.environ, **(env or {})})
    except subprocess.TimeoutExpired:
        pytest.fail(f"huabei {' '.join(args)} hung (no answer in {timeout} s)")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _json(result: subprocess.CompletedProcess):
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# -- 1. nothing hangs ----------------------------------------------------------------------------
@pytest.mark.parametrize("what", ["fifo", "folder", "device"])
@pytest.mark.parametrize("side", ["", "-wal"])
def test_fifo_device_or_folder_at_the_log_path_is_an_error(what, side):
    home = _home()
    home.mkdir()
    if side:  # a healthy log whose -wal is not a file
        assert _cli("calls", "log", "add", "--number", "1").returncode == 0
    target = home / f"calls.sqlite3{side}"
    {"fifo": os.mkfifo, "folder": os.mkdir, "device": lambda p: os.symlink("/dev/zero", p)}[what](target)
    for args in (["calls", "log", "list"], ["calls", "log", "add", "--number", "2"], ["calls", "report"]):
        result = _cli(*args, timeout=20)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", NOT_A_FILE.format(path=target))


@pytest.mark.parametrize("what", ["fifo", "folder", "/dev/zero"])
def test_a_recording_that_is_not_a_regular_file_is_refused_on_add(tmp_path, what):
    target = {"fifo": tmp_path / "call.m4a", "folder": tmp_path, "/dev/zero": Path("/dev/zero")}[what]
    if what == "fifo":
        os.mkfifo(target)
    result = _cli("calls", "log", "add", "--number", "1", "--recording", str(target), timeout=20)
    assert result.returncode == 2
    assert result.stderr == (f"The recording {target} is not a regular file (a folder, device or pipe): give the "
                             "recording or screenshot file itself.\n")
    assert not (_home() / "calls.sqlite3").exists()  # refused before the log was opened


def test_a_recording_over_the_size_limit_is_refused(run, tmp_path, monkeypatch):
    assert store.MAX_RECORDING_BYTES == 2 * 1024 ** 3
    monkeypatch.setattr(store, "MAX_RECORDING_BYTES", 10)
    (tmp_path / "ten.m4a").write_bytes(b"0123456789")
    (tmp_path / "eleven.m4a").write_bytes(b"0123456789a")
    assert run("calls", "log", "add", "--number", "1", "--recording", str(tmp_path / "ten.m4a")).code == 0
    result = run("calls", "log", "add", "--number", "1", "--recording", str(tmp_path / "eleven.m4a"), "--lang", "en")
    assert result.code == 2
    assert result.err == (f"The recording {tmp_path / 'eleven.m4a'} is 11 bytes, over the limit of 10 bytes: huabei "
                          "does not read a file that large. Give the recording or screenshot file itself.\n")
    assert store._mib(3 * 1024 ** 3) == "3,072 MiB"


def _entry(n: int, path: str | None, sha: str | None) -> dict:
    return {"id": n, "at": f"2026-11-29T10:{n:02d}", "number": str(n), "agency": None, "kind": "call", "note": None,
            "recording_path": path, "recording_sha256": sha, "flags": "", "created": "2026-11-29T11:00:00"}


def test_import_stores_what_reading_each_recording_once_found(tmp_path):
    fifo, folder, same, other, unsigned = (tmp_path / "fifo.m4a", tmp_path / "folder", tmp_path / "same.m4a",
                                           tmp_path / "other.m4a", tmp_path / "unsigned.m4a")
    os.mkfifo(fifo)
    folder.mkdir()
    for path, content in ((same, b"same"), (other, b"edited"), (unsigned, b"unsigned")):
        path.write_bytes(content)
    logged = hashlib.sha256(b"original").hexdigest()
    entries = [_entry(1, "/dev/zero", logged), _entry(2, str(fifo), logged), _entry(3, str(folder), None),
               _entry(4, str(tmp_path / "gone.m4a"), logged), _entry(5, str(other), logged),
               _entry(6, str(same), hashlib.sha256(b"same").hexdigest()), _entry(7, str(unsigned), None)]
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"format": "huabei-calls", "version": 1, "entries": entries}), encoding="utf-8")

    result = _cli("calls", "log", "import", str(export), "--json", timeout=20)
    assert _json(result)["added"] == 7
    with Store() as log:
        stored = log.entries()
    assert [e.recording_check for e in stored] == ["not-regular", "not-regular", "not-regular", "missing",
                                                   "changed", "ok", "ok"]
    assert [e.recording_sha256 for e in stored] == [logged, logged, None, logged, logged,
                                                    hashlib.sha256(b"same").hexdigest(),
                                                    hashlib.sha256(b"unsigned").hexdigest()]
    assert stored[5].recording_size == 4 and stored[5].recording_mtime_ns == same.stat().st_mtime_ns
    states = ["not_regular", "not_regular", "not_regular", "missing", "changed", "ok", "ok"]
    assert [e["recording_state"] for e in _json(_cli("calls", "log", "list", "--json", timeout=20))] == states
    assert [r["state"] for r in _json(_cli("calls", "report", "--json", timeout=20))["recordings"]] == states
    shown = _cli("calls", "log", "show", "2", timeout=20)
    assert shown.returncode == 0 and "NOT A REGULAR FILE!" in shown.stdout
    assert f"{fifo} is not a regular file now (a folder, device or pipe); huabei did not read it." in shown.stdout
    # the export keeps the SHA-256 each entry came with: a round trip loses nothing
    again = _json(_cli("calls", "log", "export", "--format", "json"))["entries"]
    assert [e["recording_sha256"] for e in again[:6]] == [e["recording_sha256"] for e in entries[:6]]


@pytest.mark.parametrize("what", ["fifo", "folder"])
def test_an_import_file_that_is_not_a_regular_file_is_refused(tmp_path, what):
    target = tmp_path / "export.json"
    (os.mkfifo if what == "fifo" else os.mkdir)(target)
    result = _cli("calls", "log", "import", str(target), timeout=20)
    assert (result.returncode, result.stderr) == (2, f"The import file {target} is not a regular file (a folder, "
                                                     "device or pipe): give an exported JSON or CSV file.\n")


def test_list_show_and_report_never_read_a_recording(run, tmp_path, monkeypatch):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"audio")
    assert run("calls", "log", "add", "--number", "1", "--at", "2026-11-29 10:00",
               "--recording", str(recording)).code == 0
    opened = []
    real_open, real_os_open = open, os.open

    def spy_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(file, *args, **kwargs):
        opened.append(str(file))
        return real_os_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    assert json.loads(run("calls", "log", "list", "--json").out)[0]["recording_state"] == "ok"
    assert json.loads(run("calls", "log", "show", "1", "--json").out)["recording_state"] == "ok"
    assert json.loads(run("calls", "report", "--json").out)["recordings"][0]["state"] == "ok"
    assert run("calls", "report").code == 0
    assert opened and str(recording) not in opened  # the spies saw the log's files, never the recording


def test_a_recording_replaced_by_a_fifo_does_not_hang(tmp_path):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"audio")
    assert _cli("calls", "log", "add", "--number", "1", "--recording", str(recording)).returncode == 0
    recording.unlink()
    os.mkfifo(recording)
    assert _json(_cli("calls", "log", "list", "--json", timeout=20))[0]["recording_state"] == "not_regular"
    assert _json(_cli("calls", "report", "--json", timeout=20))["recordings"][0]["state"] == "not_regular"


def test_changed_means_another_size_or_time(run, tmp_path):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"audio")
    assert run("calls", "log", "add", "--number", "1", "--recording", str(recording)).code == 0
    logged = recording.stat().st_mtime_ns

    def state() -> str:
        return json.loads(run("calls", "log", "show", "1", "--json").out)["recording_state"]

    os.utime(recording, ns=(logged, logged + 1_000_000_000))
    assert state() == "changed"
    os.utime(recording, ns=(logged, logged))
    assert state() == "ok"
    recording.write_bytes(b"audio, cut")
    os.utime(recording, ns=(logged, logged))
    assert state() == "changed"


def test_edit_reads_the_new_recording_once_and_clears_it_with_an_empty_path(run, tmp_path):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"audio")
    assert run("calls", "log", "add", "--number", "1").code == 0
    shown = json.loads(run("calls", "log", "edit", "1", "--recording", str(recording), "--json").out)
    assert (shown["recording_sha256"], shown["recording_state"]) == (hashlib.sha256(b"audio").hexdigest(), "ok")
    with Store() as log:
        assert _fingerprint(log.get(1)) == (5, recording.stat().st_mtime_ns, "ok")
    shown = json.loads(run("calls", "log", "edit", "1", "--recording", "", "--json").out)
    assert (shown["recording_path"], shown["recording_sha256"], shown["recording_state"]) == (None, None, None)
    with Store() as log:
        assert _fingerprint(log.get(1)) == (None, None, None)


V1_SCHEMA = """
CREATE TABLE contacts (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, number TEXT NOT NULL, agency TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'sms', 'visit', 'letter')), note TEXT, recording_path TEXT,
    recording_sha256 TEXT, flags TEXT NOT NULL DEFAULT '', created TEXT NOT NULL);
CREATE INDEX contacts_at ON contacts (at);
"""


def _fingerprint(entry: store.Entry) -> tuple:
    return entry.recording_size, entry.recording_mtime_ns, entry.recording_check


def test_a_version_1_log_is_migrated_and_keeps_working(run, tmp_path):
    recording = tmp_path / "call.m4a"
    recording.write_bytes(b"audio")
    path = _home() / "calls.sqlite3"
    path.parent.mkdir()
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_SCHEMA)
        conn.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute("PRAGMA journal_mode = WAL")
        for n, rec in ((1, str(recording)), (2, str(tmp_path / "gone.m4a"))):
            conn.execute("INSERT INTO contacts (at, number, kind, recording_path, recording_sha256, flags, created) "
                         "VALUES (?, ?, 'call', ?, ?, 'threat', '2026-11-29T11:00:00')",
                         [f"2026-11-29T10:0{n}", str(n), rec, hashlib.sha256(b"audio").hexdigest()])
    conn.close()
    listed = json.loads(run("calls", "log", "list", "--json").out)
    assert [(e["number"], e["flags"], e["recording_state"]) for e in listed] == [
        ("1", ["threat"], "unverified"), ("2", ["threat"], "missing")]
    assert "never read the recording" in run("calls", "log", "show", "1", "--lang", "en").out
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
    assert run("calls", "log", "add", "--number", "3", "--recording", str(recording)).code == 0
    assert [e["recording_state"] for e in json.loads(run("calls", "log", "list", "--json").out)] == [
        "unverified", "missing", "ok"]


# -- 2. a kill during the very first add never bricks the log -------------------------------------
KILL_DRIVER = """
import json, os, random, signal, sys, time
from datetime import datetime
from pathlib import Path
from huabei_assist.calls.store import NewEntry, Store
from huabei_assist.cli import main

base, count, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
base.mkdir(exist_ok=True)
ADD = ["calls", "log", "add", "--number", "killed", "--at", "2026-11-29 10:00", "--json"]


def start(home):
    # A forked child runs the add on a fresh home: a warm interpreter, so the kill lands in main().
    out = os.open(home.with_suffix(".out"), os.O_WRONLY | os.O_CREAT, 0o600)
    pid = os.fork()
    if pid == 0:
        os.dup2(out, 1)
        os.environ["HUABEI_HOME"] = str(home)
        os._exit(main(ADD))
    os.close(out)
    return pid


def timed(home):
    began = time.monotonic()
    assert os.waitpid(start(home), 0)[1] == 0
    return time.monotonic() - began


os.environ["HUABEI_HOME"] = str(base / "warm")
with open(os.devnull, "w") as sink:  # import and load everything once, here, for the children to inherit
    saved, sys.stdout = sys.stdout, sink
    assert main(ADD) == 0
    sys.stdout = saved
window = 1.2 * sorted(timed(base / f"timing{n}") for n in range(3))[1]
rng, outcomes = random.Random(seed), {}
for n in range(count):
    home = base / f"kill{n}"
    pid = start(home)
    time.sleep(rng.uniform(0, window))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    log = home / "calls.sqlite3"
    building = home.exists() and any(home.glob(".calls.sqlite3.*.new"))
    outcome = ("no folder yet" if not home.exists() else "killed while building" if building and not log.exists()
               else "no log yet" if not log.exists() else "log there")
    outcomes[outcome] = outcomes.get(outcome, 0) + 1
    with Store(log) as after:  # the next run opens it and adds ...
        after.add(NewEntry(datetime(2026, 11, 29, 11, 0), "after"))
        numbers = [e.number for e in after.entries()]
    assert numbers in (["after"], ["killed", "after"]), (n, numbers)
    if '"id"' in home.with_suffix(".out").read_text():  # ... and what was reported as added is there
        assert numbers == ["killed", "after"], (n, numbers)
    assert not any(home.glob(".calls.sqlite3.*")), (n, "temporary file left")
print(json.dumps({"window_ms": round(window * 1000), "outcomes": outcomes}))
"""


def test_a_first_add_killed_at_any_moment_never_bricks_the_log(tmp_path):
    """500 kills at random moments of main() on a fresh home. Each driver process forks a warm
    interpreter per kill (a fresh one would spend most of its time importing); four drivers run at
    once, as most of the time is spent waiting for fsync."""
    drivers = [subprocess.Popen([sys.executable, "-c", KILL_DRIVER, str(tmp_path / f"d{seed}"), "125", str(seed)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for seed in range(4)]
    outcomes: dict[str, int] = {}
    deadline = time.monotonic() + 60
    for seed, driver in enumerate(drivers):
        try:
            out, err = driver.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            for d in drivers:
                d.kill()
            pytest.fail("the kill loop hung or took over 60 s")
        assert driver.returncode == 0, err
        for outcome, n in json.loads(out)["outcomes"].items():
            outcomes[outcome] = outcomes.get(outcome, 0) + n
    assert sum(outcomes.values()) == 500
    assert outcomes.get("killed while building", 0) >= 10, outcomes  # kills did land inside the creation
    assert outcomes.get("log there", 0) >= 10, outcomes
    for n in range(0, 125, 25):  # and the command itself works on what the kills left
        listed = _json(_cli("calls", "log", "list", "--json", env={"HUABEI_HOME": str(tmp_path / f"d0/kill{n}")}))
        assert listed[-1]["number"] == "after"


def test_an_empty_file_left_by_an_older_huabei_is_replaced(run):
    path = _home() / "calls.sqlite3"
    path.parent.mkdir()
    path.touch()
    assert run("calls", "log", "add", "--number", "1").code == 0
    assert len(json.loads(run("calls", "log", "list", "--json").out)) == 1


def test_temporary_files_of_dead_processes_are_removed(run):
    home = _home()
    home.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = home / f".calls.sqlite3.{int(dead.stdout)}.new"
    leftover.write_bytes(b"half")
    (home / f"{leftover.name}-journal").write_bytes(b"half")
    alive = home / f".calls.sqlite3.{os.getppid()}.new"  # a process that may be building it right now
    alive.write_bytes(b"")
    assert run("calls", "log", "list").code == 0
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".")) == [alive.name]


# -- 3. corrupt means untouched --------------------------------------------------------------------
def _seeded_log(path: Path, n: int = 40) -> None:
    with Store(path) as log:
        for i in range(n):
            log.add(NewEntry(datetime(2026, 11, 1 + i % 28, 8, i % 60), f"1380000{i:04d}", note=f"第{i}次催收电话",
                             agency="某某资产管理"))
    assert not path.with_name(path.name + "-wal").exists()  # the last close checkpointed the WAL


def test_add_on_a_damaged_log_is_refused_and_changes_no_byte(run):
    path = _home() / "calls.sqlite3"
    _seeded_log(path)
    damage_table_root(path, "contacts")
    before = _sha(path), path.stat().st_mtime_ns
    for args in (["add", "--number", "1"], ["edit", "1", "--note", "x"], ["delete", "1", "--yes"], ["list"]):
        result = run("calls", "log", *args, "--lang", "en")
        assert (result.code, result.out, result.err) == (1, "", CORRUPT.format(path=path))
    assert (_sha(path), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["calls.sqlite3"]


def test_unreadable_text_in_a_note_is_damage_too(run):
    """A flipped byte can leave a well-formed page holding text that is not UTF-8: quick_check passes,
    reading fails. The write must be refused before it happens, not reported after it."""
    path = _home() / "calls.sqlite3"
    _seeded_log(path)
    data = path.read_bytes()
    at = data.index("第7次催收电话".encode())
    path.write_bytes(data[:at] + b"\xff" + data[at + 1:])
    before = _sha(path)
    result = run("calls", "log", "add", "--number", "1", "--lang", "en")
    assert (result.code, result.err) == (1, CORRUPT.format(path=path))
    assert _sha(path) == before


FLIPS = """
import hashlib, io, json, random, shutil, sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from huabei_assist.cli import main
clean, home, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
size, results = clean.stat().st_size, []
for n in range(count):
    for p in home.iterdir():
        p.unlink()
    data = bytearray(clean.read_bytes())
    where = random.Random(n).randrange(size)
    data[where] ^= 1 << random.Random(-n).randrange(8)
    (home / "calls.sqlite3").write_bytes(bytes(data))
    before = hashlib.sha256(data).hexdigest()
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["calls", "log", "add", "--number", "flip", "--lang", "en", "--json"])
    after = hashlib.sha256((home / "calls.sqlite3").read_bytes()).hexdigest()
    results.append([where, code, err.getvalue(), before == after])
print(json.dumps(results))
"""


def test_random_byte_flips_never_lead_to_a_write_on_a_damaged_log(tmp_path):
    clean = tmp_path / "clean.sqlite3"
    _seeded_log(clean)
    home = tmp_path / "flipped"
    home.mkdir()
    try:
        proc = subprocess.run([sys.executable, "-c", FLIPS, str(clean), str(home), "200"], capture_output=True,
                              text=True, timeout=60, env={**os.environ, "HUABEI_HOME": str(home)})
    except subprocess.TimeoutExpired:
        pytest.fail("a flipped log made huabei hang")
    assert proc.returncode == 0, proc.stderr
    refused = 0
    for where, code, err, unchanged in json.loads(proc.stdout):
        assert code in (0, 1), (where, err)
        if code == 1:  # refused: the one-line error, and not one byte changed
            refused += 1
            assert err.count("\n") == 1 and ("left it untouched" in err or "is unchanged" in err), (where, err)
            assert unchanged, (where, err)
    assert refused >= 15  # the flips did hit places that matter


# -- 4. where the log lives -----------------------------------------------------------------------
def test_tilde_in_huabei_home_is_the_home_folder(run, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("HUABEI_HOME", "~/x")
    monkeypatch.chdir(tmp_path)
    os.umask(old := os.umask(0))  # read the umask back unchanged
    os.umask(0o022)
    try:
        assert run("calls", "log", "add", "--number", "1").code == 0
    finally:
        os.umask(old)
    path = tmp_path / "user" / "x" / "calls.sqlite3"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not (tmp_path / "~").exists()
