"""Shared fixtures: every test runs with its own cache and home, in the default language."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

REPO = Path(__file__).resolve().parent.parent


class Result(NamedTuple):
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("HUABEI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HUABEI_HOME", str(tmp_path / "home"))
    for name in ("HUABEI_LANG", "HUABEI_DATA_DIR", "HUABEI_DEBUG", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def run(capsys):
    """Run the CLI in-process through main(), the one exit point, and capture what it printed."""
    from huabei_assist.cli import main

    def _run(*args: str) -> Result:
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def run_process(tmp_path):
    """Run `python -m huabei_assist` in a real process (exit codes, tracebacks, environment)."""

    def _run(*args: str, env: dict | None = None, stdin: str | None = None) -> Result:
        full_env = {**os.environ, **(env or {})}
        proc = subprocess.run(
            [sys.executable, "-m", "huabei_assist", *args],
            capture_output=True, text=True, env=full_env, input=stdin, cwd=tmp_path,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    return _run


@pytest.fixture
def data_copy(tmp_path, monkeypatch) -> Path:
    """A copy of data/ this test may edit; HUABEI_DATA_DIR points the tool at it."""
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    monkeypatch.setenv("HUABEI_DATA_DIR", str(target))
    return target


def edit_text(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in a file (which must contain it) with `new`."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def damage_table_root(path: Path, table: str) -> None:
    """Flip the b-tree page type of `table`'s root page in the SQLite file at `path`: a damage
    quick_check may pass but integrity_check finds (the stores must then change no byte)."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size] ^= 0xFF
    path.write_bytes(bytes(data))
