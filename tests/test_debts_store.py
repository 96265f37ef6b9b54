"""The debts list keeps the evidence log's guarantees (issue 13): mode 0600, two writers lose nothing,
a damaged, foreign or FIFO file is an error that changes no byte, export and import round-trip.

Anything that could hang runs in a child process under a timeout, so a hang fails the test."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import damage_table_root

from huabei_assist.debts.record import Record
from huabei_assist.debts.store import APPLICATION_ID, DebtStore

CORRUPT = ("The debts list {path} is damaged or not a database; huabei left it untouched. Back it up, then move it "
           "away or use another HUABEI_HOME.\n")
FOREIGN = "{path} is not a huabei debts list; huabei left it untouched. Move it away or set another HUABEI_HOME.\n"
NOT_A_FILE = ("{path} is not a regular file (a folder, device or pipe), so it cannot be the debts list; huabei did "
              "not open it. Move it away or set another HUABEI_HOME.\n")
ADD = ["debts", "add", "new", "--kind", "card", "--amount", "100", "--annual-rate", "18%", "--minimum", "10%"]
# every command that opens the list, writing or not
OPENING = [ADD, ["debts", "edit", "d1", "--amount", "5"], ["debts", "remove", "d1"], ["debts", "list"],
           ["debts", "show", "d1"], ["debts", "export"], ["debts", "import", "{file}"], ["payoff", "--budget", "900"]]


def _path() -> Path:
    return Path(os.environ["HUABEI_HOME"]) / "debts.sqlite3"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([sys.executable, "-m", "huabei_assist", *args, "--lang", "en"], capture_output=True,
                              text=True, timeout=timeout, env=dict(os.environ))
    except subprocess.TimeoutExpired:
        pytest.fail(f"huabei {' '.join(args)} hung (no answer in {timeout} s)")


def _record(n: int, name: str | None = None) -> Record:
    return Record(name or f"d{n}", "card", Decimal(f"{1000 + n}.00"), annual_rate=Decimal("0.18"),
                  minimum_share=Decimal("0.1"))


def _seeded(path: Path, n: int = 20) -> None:
    with DebtStore(path, write=True) as store:
        for i in range(1, n + 1):
            store.add(_record(i, f"第{i}笔债务" if i == 7 else None))
    assert not path.with_name(path.name + "-wal").exists()  # the last close checkpointed the WAL


def _import_file(tmp_path: Path) -> str:
    file = tmp_path / "in.csv"
    file.write_text("name,kind,amount,annual_rate,minimum\nother,card,100,0.1,10%\n", encoding="utf-8")
    return str(file)


def test_created_with_mode_0600_in_a_0700_folder(run):
    os.umask(old := os.umask(0o022))
    try:
        assert run(*ADD).code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(_path().stat().st_mode) == 0o600
    assert stat.S_IMODE(_path().parent.stat().st_mode) == 0o700
    with sqlite3.connect(_path()) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x48424432
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


WRITER = """
import sys
from decimal import Decimal
from huabei_assist.debts.record import Record
from huabei_assist.debts.store import DebtStore
who, count = sys.argv[1], int(sys.argv[2])
for n in range(count):
    with DebtStore(write=True) as store:
        store.add(Record(f"{who}-{n}", "card", Decimal("100.00"), annual_rate=Decimal("0.1"), minimum_share=Decimal("0.1")))
"""


def test_two_processes_writing_at_once_lose_nothing():
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, who, "40"], stderr=subprocess.PIPE, text=True)
               for who in ("a", "b")]
    for writer in writers:
        try:
            _, err = writer.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            for w in writers:
                w.kill()
            pytest.fail("two writers hung")
        assert writer.returncode == 0, err
    with DebtStore() as store:
        names = [r.name for r in store.records()]
    assert sorted(names) == sorted([f"a-{n}" for n in range(40)] + [f"b-{n}" for n in range(40)])


@pytest.mark.parametrize("args", OPENING, ids=lambda a: " ".join(a[:2]))
def test_a_damaged_list_is_refused_and_changes_no_byte(run, tmp_path, args):
    path = _path()
    _seeded(path)
    damage_table_root(path, "debts")
    before = _sha(path), path.stat().st_mtime_ns
    result = run(*[a.format(file=_import_file(tmp_path)) for a in args], "--lang", "en")
    assert (result.code, result.out, result.err) == (1, "", CORRUPT.format(path=path))
    assert (_sha(path), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["debts.sqlite3"]


def test_text_that_is_not_utf8_in_a_name_is_damage_too(run):
    path = _path()
    _seeded(path)
    data = path.read_bytes()
    at = data.index("第7笔债务".encode())
    path.write_bytes(data[:at] + b"\xff" + data[at + 1:])
    before = _sha(path)
    for args in (ADD, ["debts", "list"]):
        result = run(*args, "--lang", "en")
        assert (result.code, result.err) == (1, CORRUPT.format(path=path))
    assert _sha(path) == before


def test_an_amount_that_is_not_a_number_is_damage_too(run):
    path = _path()
    _seeded(path, 3)
    data = path.read_bytes()
    at = data.index(b"1002.00")
    path.write_bytes(data[:at] + b"x" + data[at + 1:])
    before = _sha(path)
    result = run(*ADD, "--lang", "en")
    assert (result.code, result.err) == (1, CORRUPT.format(path=path))
    assert _sha(path) == before


@pytest.mark.parametrize("what", ["other program", "evidence log"])
def test_a_foreign_sqlite_file_is_left_untouched(run, what):
    path = _path()
    path.parent.mkdir()
    if what == "evidence log":  # the tool's other store, copied over the list's name
        assert run("calls", "log", "add", "--number", "1").code == 0
        (path.parent / "calls.sqlite3").rename(path)
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE debts (name TEXT)")
            conn.execute("INSERT INTO debts VALUES ('mine')")
        conn.close()
    before = _sha(path)
    for args in (ADD, ["debts", "list"], ["payoff", "--budget", "100"]):
        result = run(*args, "--lang", "en")
        assert (result.code, result.out, result.err) == (1, "", FOREIGN.format(path=path))
    assert _sha(path) == before


@pytest.mark.parametrize("what", ["fifo", "folder"])
@pytest.mark.parametrize("side", ["", "-wal"])
def test_fifo_or_folder_at_the_list_path_is_an_error(what, side):
    home = _path().parent
    home.mkdir()
    if side:  # a healthy list whose -wal is not a file
        assert _cli(*ADD).returncode == 0
    target = home / f"debts.sqlite3{side}"
    (os.mkfifo if what == "fifo" else os.mkdir)(target)
    for args in (ADD, ["debts", "list"], ["payoff", "--budget", "100"]):
        result = _cli(*args, timeout=20)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", NOT_A_FILE.format(path=target))


def test_a_file_that_is_not_a_regular_file_is_refused_as_debts_file(tmp_path):
    fifo = tmp_path / "debts.csv"
    os.mkfifo(fifo)
    result = _cli("payoff", "--budget", "100", "--debts", str(fifo), timeout=20)
    assert (result.returncode, result.stderr) == (2, f"The debts file {fifo} is not a regular file (a folder, "
                                                     "device or pipe): give a CSV or JSON file.\n")


ROUND_TRIP = [
    ["花呗", "--kind", "花呗", "--amount", "2,000", "--since", "2026-11-15"],
    ["=HYPERLINK(\"x\")", "--kind", "信用卡", "--amount", "1500", "--annual-rate", "24%", "--minimum", "10%"],
    ["+86 loan", "--kind", "online-loan", "--amount", "8000", "--daily-fee", "0.05%", "--minimum", "300",
     "--due-day", "31", "--plan-payment", "500", "--plan-rate", "0.06"],
    ["-5 元", "--kind", "loan", "--amount", "0.01", "--installment-fee", "0.006", "--minimum", "1"],
]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_round_trips(run, tmp_path, monkeypatch, fmt):
    for name, *options in ROUND_TRIP:  # a name that starts with '-' comes after '--'
        assert run("debts", "add", *options, "--today", "2026-12-01", "--", name).code == 0
    exported = run("debts", "export", "--format", fmt)
    assert exported.code == 0
    with DebtStore() as store:
        first = store.records()
    file = tmp_path / f"debts.{fmt}"
    file.write_text(exported.out, encoding="utf-8")
    if fmt == "csv":  # the formula-like names are guarded, the numbers are not
        assert exported.out.splitlines()[2] == '"\'=HYPERLINK(""x"")",card,1500.00,0.24,,,10%,,,,'
        assert exported.out.splitlines()[4] == "'-5 元,loan,0.01,,,0.006,1.00,,,,"
    monkeypatch.setenv("HUABEI_HOME", str(tmp_path / "elsewhere"))
    imported = run("debts", "import", str(file), "--today", "2026-12-01", "--json")
    assert json.loads(imported.out) == {"file": str(file), "added": 4, "replaced": 0, "skipped": 0, "total": 4}
    with DebtStore() as store:
        assert store.records() == first
    assert run("debts", "export", "--format", fmt).out == exported.out
    again = run("debts", "import", str(file), "--today", "2026-12-01", "--json")
    assert json.loads(again.out)["skipped"] == 4


def test_an_import_that_conflicts_imports_nothing_unless_replace(run, tmp_path):
    assert run("debts", "add", "card", "--kind", "card", "--amount", "100", "--annual-rate", "0.1",
               "--minimum", "10%").code == 0
    file = tmp_path / "in.csv"
    file.write_text("name,kind,amount,annual_rate,minimum\nnew,card,5,0.1,10%\ncard,card,200,0.1,10%\n",
                    encoding="utf-8")
    before = _sha(_path())
    result = run("debts", "import", str(file), "--lang", "en")
    assert (result.code, result.err) == (2, "The list already holds 'card' with other values; nothing was imported. "
                                            "To replace it with the file's, add --replace.\n")
    assert _sha(_path()) == before
    assert json.loads(run("debts", "import", str(file), "--replace", "--json").out)["replaced"] == 1
    assert [(d["name"], d["amount"]) for d in json.loads(run("debts", "list", "--json").out)] == [
        ("card", "200.00"), ("new", "5.00")]


def test_the_list_is_never_an_out_file(run, tmp_path):
    assert run(*ADD).code == 0
    path = _path()
    before = _sha(path)
    for args in (["debts", "export", "--out", str(path), "--force"],
                 ["calls", "log", "export", "--out", str(path.with_name("debts.sqlite3-wal")), "--force"],
                 ["letter", "hardship", "--out", str(path.parent / ".." / path.parent.name / "debts.sqlite3"),
                  "--force"]):
        result = run(*args, "--lang", "en")
        assert result.code == 1 and "is huabei's list of debts (or one of its companion files)" in result.err, args
    assert _sha(path) == before


def test_created_whole_an_empty_file_and_dead_temporaries_are_replaced(run):
    """The shared creation: an empty file (a creator killed before the link existed in older
    versions) holds nothing and is replaced; a temporary list of a dead process is removed."""
    home = _path().parent
    home.mkdir()
    _path().touch()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = home / f".debts.sqlite3.{int(dead.stdout)}.new"
    leftover.write_bytes(b"half")
    assert run(*ADD).code == 0
    with DebtStore() as store:
        assert [r.name for r in store.records()] == ["new"]
    assert sorted(p.name for p in home.iterdir()) == ["debts.sqlite3"]
