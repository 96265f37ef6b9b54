"""Issue 9 item 7, the output side: a full disk or a closed stdout is an output error, one line, exit 1.

Never "internal error", and never "cannot read FILE" (plan batch reports its input's errors so).
Real processes: the interpreter's own handling of stdout is part of what is tested.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")


def _huabei(args, tmp_path: Path, *, stdout=None, close_stdout=False, input_text=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HUABEI_HOME": str(tmp_path / "home"), "HUABEI_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "huabei_assist", *args], env=env, stdout=stdout, stderr=subprocess.PIPE,
        input=input_text, text=True, timeout=60, cwd=tmp_path,
        preexec_fn=(lambda: os.close(1)) if close_stdout else None,
    )


@needs_dev_full
@pytest.mark.parametrize(("args", "line"), [
    (("status", "--days", "45"), "无法写入标准输出：磁盘空间不足。"),
    (("status", "--days", "45", "--lang", "en"), "Cannot write to standard output: no space left on the disk."),
    (("--help",), "无法写入标准输出：磁盘空间不足。"),  # Click's own writer
    (("calls", "log", "export"), "无法写入标准输出：磁盘空间不足。"),
])
def test_disk_full_on_stdout(tmp_path, args, line):
    with open("/dev/full", "w") as full:
        result = _huabei(args, tmp_path, stdout=full)
    assert (result.returncode, result.stderr) == (1, line + "\n")


@needs_dev_full
def test_disk_full_mid_batch_is_an_output_error_not_a_read_error(tmp_path):
    """Past the 8 KiB buffer, a write fails while the batch is still reading its file."""
    rows = tmp_path / "rows.csv"
    rows.write_text("amount,periods\n" + "5000,3\n" * 2000, encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = _huabei(("plan", "batch", str(rows), "--lang", "en"), tmp_path, stdout=full)
    assert (result.returncode, result.stderr) == (1, "Cannot write to standard output: no space left on the disk.\n")


def test_closed_stdout_runs_nothing(tmp_path):
    status = _huabei(("status", "--days", "45"), tmp_path, close_stdout=True)
    assert (status.returncode, status.stderr) == (1, "无法写入标准输出：它已被关闭（例如用了 >&-），命令未执行。\n")
    add = _huabei(("calls", "log", "add", "--at", "2026-11-29 10:00", "--number", "1", "--lang", "en"),
                  tmp_path, close_stdout=True)
    assert (add.returncode, add.stderr) == (
        1, "Cannot write to standard output: it is closed (e.g. by >&-), so the command was not run.\n")
    assert not (tmp_path / "home" / "calls.sqlite3").exists()


def test_closed_pipe_stays_quiet(tmp_path):
    """`huabei ... | head -0`: the reader left; that is not an error to report."""
    proc = subprocess.Popen([sys.executable, "-m", "huabei_assist", "plan", "compare", "--amount", "5000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "HUABEI_HOME": str(tmp_path / "home")})
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert err == b"" and proc.returncode == 1
