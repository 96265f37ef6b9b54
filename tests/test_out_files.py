"""Issue 9 item 1: no --out ever replaces a file the user did not name for replacement.

Every command with --out refuses an existing file without --force; with --force it replaces a
plain file (atomically, mode 0600) but never the evidence log, any SQLite file, a symbolic link,
a FIFO, a device or a directory. Each refusal is one line, exit 1, and the file's bytes unchanged.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_output import _all_command_paths

# One command line per --out, with a file name each accepts (plan and credit monitor check the suffix).
OUT_COMMANDS = {
    "calls report": (("calls", "report", "--today", "2026-12-01", "--out"), "dossier.md"),
    "calls log export": (("calls", "log", "export", "--out"), "calls.json"),
    "plan csv": (("plan", "--amount", "6000", "--periods", "3", "--start", "2026-01-15", "--out"), "plan.csv"),
    "plan json": (("plan", "--amount", "6000", "--periods", "3", "--start", "2026-01-15", "--out"), "plan.json"),
    "plan ics": (("plan", "--amount", "6000", "--periods", "3", "--start", "2026-01-15", "--out"), "plan.ics"),
    "credit monitor": (("credit", "monitor", "--from", "2026-01-31", "--out"), "checks.ics"),
    "letter": (("letter", "hardship", "--today", "2026-11-29", "--out"), "letter.md"),
    "letter docx": (("letter", "hardship", "--today", "2026-11-29", "--out"), "letter.docx"),
    "guide html": (("guide", "--days", "40", "--problems", "third-party", "--today", "2026-12-01", "--out"), "guide.html"),
    "guide md": (("guide", "--days", "40", "--problems", "third-party", "--today", "2026-12-01", "--out"), "guide.md"),
}
# What each writes first, to tell a replaced file from the old one.
STARTS = {"calls report": "# 催收投诉材料", "calls log export": "{", "plan csv": "期,还款日", "plan json": "{",
          "plan ics": "BEGIN:VCALENDAR", "credit monitor": "BEGIN:VCALENDAR", "letter": "# 协商还款申请书",
          "letter docx": "PK\x03\x04", "guide html": "<!DOCTYPE html>", "guide md": "# 花呗逾期"}
MINE = b"my own file\n"


def _home() -> Path:
    return Path(os.environ["HUABEI_HOME"])


def _log(run) -> Path:
    """A real evidence log with one entry, written through the command line."""
    result = run("calls", "log", "add", "--at", "2026-11-29 22:10", "--number", "13800000000", "--note", "first")
    assert result.code == 0, result.err
    return _home() / "calls.sqlite3"


def _foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    """Where the outputs go: a folder of their own (tmp_path also holds the home and the cache)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def _one_line(result, code: int, line: str) -> None:
    assert (result.code, result.out, result.err) == (code, "", line + "\n")


@pytest.mark.parametrize("name", OUT_COMMANDS)
def test_existing_file_is_refused_without_force(run, folder, name):
    args, file_name = OUT_COMMANDS[name]
    target = folder / file_name
    target.write_bytes(MINE)
    _one_line(run(*args, str(target)), 1, f"{target} 已存在，未改动。请换一个文件名，或加 --force 替换它。")
    assert target.read_bytes() == MINE
    _one_line(run(*args, str(target), "--lang", "en"), 1,
              f"{target} already exists and was left unchanged. Choose another file name, or add --force to replace it.")
    assert target.read_bytes() == MINE
    assert [p.name for p in folder.iterdir()] == [file_name]  # no temporary file left behind


@pytest.mark.parametrize("name", OUT_COMMANDS)
def test_force_replaces_a_plain_file_with_mode_0600(run, folder, name):
    args, file_name = OUT_COMMANDS[name]
    target = folder / file_name
    target.write_bytes(MINE)
    os.chmod(target, 0o644)
    result = run(*args, str(target), "--force")
    assert result.code == 0, result.err
    assert target.read_bytes().startswith(STARTS[name].encode("utf-8"))
    assert stat.S_IMODE(os.lstat(target).st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [file_name]


@pytest.mark.parametrize("name", OUT_COMMANDS)
def test_a_new_file_is_written_with_mode_0600(run, tmp_path, name):
    args, file_name = OUT_COMMANDS[name]
    target = tmp_path / file_name
    assert run(*args, str(target)).code == 0
    assert target.read_bytes().startswith(STARTS[name].encode("utf-8"))
    assert stat.S_IMODE(os.lstat(target).st_mode) == 0o600


def test_report_over_the_log_is_refused_even_with_force(run):
    log = _log(run)
    before = log.read_bytes()
    line = (f"{log} 是 huabei 的催收证据记录（或其配套文件），huabei 不会覆盖它，加 --force 也不会；文件未改动。"
            "请换一个文件名。")
    _one_line(run("calls", "report", "--out", str(log), "--force"), 1, line)
    _one_line(run("calls", "log", "export", "--out", str(log), "--force", "--lang", "en"), 1,
              f"{log} is huabei's evidence log of collection contacts (or one of its companion files); huabei never "
              "replaces it, not even with --force, and left it unchanged. Choose another file name.")
    assert log.read_bytes() == before
    assert [e["number"] for e in json.loads(run("calls", "log", "list", "--json").out)] == ["13800000000"]


def test_must_hold_in_a_real_process(tmp_path):
    """The issue's own case, as a user runs it: the console script, a real log, --force."""
    env = {**os.environ, "HUABEI_HOME": str(tmp_path / "home")}
    cmd = [sys.executable, "-m", "huabei_assist"]
    added = subprocess.run([*cmd, "calls", "log", "add", "--at", "2026-11-29 22:10", "--number", "1"],
                           env=env, capture_output=True, text=True, timeout=60)
    assert added.returncode == 0, added.stderr
    log = tmp_path / "home" / "calls.sqlite3"
    before = log.read_bytes()
    refused = subprocess.run([*cmd, "calls", "report", "--out", str(log), "--force"],
                             env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith(f"{log} 是 huabei 的催收证据记录") and refused.stderr.count("\n") == 1
    assert log.read_bytes() == before


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal", ""])
def test_the_log_and_its_companions_are_refused_by_path_even_before_they_exist(run, suffix):
    target = Path(f"{_home() / 'calls.sqlite3'}{suffix}")
    result = run("letter", "hardship", "--out", str(target), "--force")
    assert result.code == 1 and result.err.startswith(f"{target} 是 huabei 的催收证据记录")
    assert not target.exists()


def test_the_log_reached_by_another_path_is_refused(run, tmp_path):
    log = _log(run)
    before = log.read_bytes()
    roundabout = tmp_path / "home" / ".." / "home" / "calls.sqlite3"
    assert run("calls", "report", "--out", str(roundabout), "--force").err.startswith(f"{roundabout} 是 huabei")
    hard = tmp_path / "hard-link.md"
    os.link(log, hard)
    assert run("calls", "report", "--out", str(hard), "--force").err.startswith(f"{hard} 是 huabei")
    assert log.read_bytes() == before


def test_a_copy_of_the_log_is_refused_by_its_header(run, tmp_path):
    copy = tmp_path / "backup.md"
    before = _log(run).read_bytes()
    copy.write_bytes(before)
    _one_line(run("calls", "report", "--out", str(copy), "--force"), 1,
              f"{copy} 是一个 SQLite 数据库文件（可能是 huabei 的证据记录或其他程序的数据），加 --force 也不会覆盖；"
              "文件未改动。请换一个文件名。")
    assert copy.read_bytes() == before


@pytest.mark.parametrize("name", OUT_COMMANDS)
def test_a_foreign_sqlite_file_is_refused_even_with_force(run, tmp_path, name):
    args, file_name = OUT_COMMANDS[name]
    target = _foreign_sqlite(tmp_path / file_name)  # named like an ordinary output: the header tells
    before = target.read_bytes()
    _one_line(run(*args, str(target), "--force", "--lang", "en"), 1,
              f"{target} is an SQLite database file (huabei's evidence log or another program's data); it is not "
              "replaced, not even with --force, and was left unchanged. Choose another file name.")
    assert target.read_bytes() == before


@pytest.mark.parametrize("magic", [b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"])
def test_sqlite_wal_and_journal_files_are_refused(run, tmp_path, magic):
    target = tmp_path / "x.md"
    target.write_bytes(magic + b"\x00" * 28)
    assert run("letter", "hardship", "--out", str(target), "--force").err.startswith(f"{target} 是一个 SQLite 数据库文件")
    assert target.read_bytes() == magic + b"\x00" * 28


def test_a_symbolic_link_is_refused_even_with_force(run, tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(MINE)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    line = (f"{link} 是一个符号链接；huabei 不通过链接写入，也不替换链接本身，加 --force 也一样。"
            "请直接给出实际文件的路径。")
    _one_line(run("letter", "hardship", "--out", str(link), "--force"), 1, line)
    dangling = tmp_path / "dangling.md"
    dangling.symlink_to(tmp_path / "nowhere.md")
    assert run("letter", "hardship", "--out", str(dangling)).err.startswith(f"{dangling} 是一个符号链接")
    assert link.is_symlink() and real.read_bytes() == MINE and not (tmp_path / "nowhere.md").exists()


def test_a_fifo_a_device_and_a_directory_are_refused_without_opening_them(tmp_path):
    """In a real process under a timeout: opening the FIFO to look at it would hang."""
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    env = {**os.environ, "HUABEI_HOME": str(tmp_path / "home")}
    expected = {
        fifo: f"无法写入 {fifo}：这不是普通文件（而是管道、设备或套接字）。请检查路径和权限；原有文件未被改动。",
        Path("/dev/null"): "无法写入 /dev/null：这不是普通文件（而是管道、设备或套接字）。请检查路径和权限；原有文件未被改动。",
        tmp_path: f"无法写入 {tmp_path}：这是一个目录，不是文件。请检查路径和权限；原有文件未被改动。",
    }
    for target, line in expected.items():
        result = subprocess.run([sys.executable, "-m", "huabei_assist", "letter", "hardship", "--out", str(target),
                                 "--force"], env=env, capture_output=True, text=True, timeout=60)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", line + "\n")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_300_character_name_is_a_write_error(run, tmp_path):
    target = tmp_path / ("a" * 300 + ".csv")
    _one_line(run("plan", "--amount", "6000", "--periods", "3", "--out", str(target)), 1,
              f"无法写入 {target}：文件名太长。请检查路径和权限；原有文件未被改动。")
    _one_line(run("letter", "hardship", "--out", str(target.with_suffix(".md")), "--lang", "en"), 1,
              f"Cannot write {target.with_suffix('.md')}: the file name is too long. Check the path and permissions; "
              "any existing file is unchanged.")


def test_a_name_the_system_accepts_is_not_refused_for_the_temporary_file(run, tmp_path):
    target = tmp_path / ("a" * 251 + ".md")  # 255 bytes: the longest name; the temporary file's is short
    assert run("letter", "hardship", "--out", str(target)).code == 0 and target.is_file()


def _unwritable_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "locked"
        folder.mkdir(mode=0o500)
        return folder
    # root writes anywhere on an ordinary file system; sysfs refuses even root
    if not os.path.isdir("/sys/kernel") or os.access("/sys/kernel", os.W_OK) and _can_create("/sys/kernel"):
        pytest.skip("no folder here that this user cannot write")
    return Path("/sys/kernel")


def _can_create(folder: str) -> bool:
    import tempfile

    try:
        fd, name = tempfile.mkstemp(dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(name)
    return True


def test_an_unwritable_folder_is_a_write_error(run, tmp_path):
    target = _unwritable_folder(tmp_path) / "plan.csv"
    _one_line(run("plan", "--amount", "6000", "--periods", "3", "--out", str(target)), 1,
              f"无法写入 {target}：没有权限。请检查路径和权限；原有文件未被改动。")
    _one_line(run("calls", "log", "export", "--out", str(target), "--lang", "en"), 1,
              f"Cannot write {target}: permission denied. Check the path and permissions; any existing file is unchanged.")


def test_a_failed_replace_keeps_the_old_file_and_leaves_no_temporary_file(run, folder, monkeypatch):
    import errno

    target = folder / "letter.md"
    target.write_bytes(MINE)

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    _one_line(run("letter", "hardship", "--out", str(target), "--force"), 1,
              f"无法写入 {target}：磁盘空间不足。请检查路径和权限；原有文件未被改动。")
    assert target.read_bytes() == MINE and [p.name for p in folder.iterdir()] == ["letter.md"]


def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path, monkeypatch):
    """Without --force the new file is linked, not renamed, into place: a file created between the
    check and the write is kept."""
    from huabei_assist import user_files
    from huabei_assist.errors import HuabeiError

    target = tmp_path / "out.md"
    real_check = user_files._check_target

    def check_then_someone_writes(path, force):
        real_check(path, force)
        target.write_bytes(MINE)

    monkeypatch.setattr(user_files, "_check_target", check_then_someone_writes)
    with pytest.raises(HuabeiError) as caught:
        user_files.write_out(target, "new")
    assert caught.value.key == "common.out_exists" and target.read_bytes() == MINE
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_every_store_in_the_list_is_protected(run, tmp_path, monkeypatch):
    """The list of the tool's own stores is the one place to add one (e.g. a debts list)."""
    from huabei_assist import user_files

    monkeypatch.setenv("HUABEI_TEST_STORE", str(tmp_path / "debts.toml"))
    monkeypatch.setattr(user_files, "OWN_STORES", (*user_files.OWN_STORES, ("tests.test_out_files:_debts_path",
                                                                            "common.store_calls_log")))
    (tmp_path / "debts.toml").write_bytes(MINE)
    result = run("letter", "hardship", "--out", str(tmp_path / "debts.toml"), "--force")
    assert result.code == 1 and "加 --force 也不会" in result.err
    assert (tmp_path / "debts.toml").read_bytes() == MINE


def _debts_path() -> Path:
    return Path(os.environ["HUABEI_TEST_STORE"])


def test_every_command_with_out_offers_force(run):
    with_out = []
    for path in _all_command_paths():
        text = run(*path, "--help").out
        if re.search(r"^ +--out ", text, re.MULTILINE):  # the option itself, not a mention of it
            with_out.append(" ".join(path))
            assert "--force" in text and "--out 的文件已存在时替换它" in text, path
    assert {"calls report", "calls log export", "plan", "credit monitor", "letter"} <= set(with_out)
