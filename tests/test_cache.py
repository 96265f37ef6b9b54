"""The data cache: a 0700 folder of 0600 data-only files; nothing in it can run code (issue 9, item 7)."""

from __future__ import annotations

import marshal
import os
import pickle
import stat
import subprocess
import sys
import zlib
from decimal import Decimal
from pathlib import Path

import pytest

from huabei_assist.knowledge import cache, load as load_module
from huabei_assist.knowledge.books import BOOKS, schema_of
from huabei_assist.knowledge.load import REGISTRY
from huabei_assist.knowledge.schema import StageBook
from huabei_assist.knowledge.sources_schema import SourceBook
from tests.conftest import REPO

SCHEMAS = {**{name: schema_of(name) for name in BOOKS}, REGISTRY: SourceBook}  # every data file
STAGE_LINE = "所处阶段    2 · 本地电话高频催收期"
NOT_OURS = 65534  # nobody


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """The test's cache folder, with the process memo emptied so every load goes to the cache."""
    monkeypatch.setattr(load_module, "_memo", {}, raising=False)
    return tmp_path / "cache"


@pytest.fixture
def validations(monkeypatch) -> list[str]:
    """The data files validated (read from data/) rather than read from the cache."""
    seen: list[str] = []
    real = load_module._validate

    def counting(file_name, path, schema):
        seen.append(file_name)
        return real(file_name, path, schema)

    monkeypatch.setattr(load_module, "_validate", counting)
    return seen


def status(run) -> str:
    result = run("status", "--days", "45")  # in Chinese: an in-process --lang en would leak into later tests
    assert result.code == 0, result.err
    assert STAGE_LINE in result.out.splitlines()
    return result.out


def status_again(run, validations: list[str]) -> tuple[str, list[str]]:
    """Run status as a new process would (nothing remembered): its output and the files it validated."""
    load_module._memo.clear()
    validations.clear()
    return status(run), list(validations)


def entry(folder: Path, name: str) -> Path:
    (found,) = folder.glob(f"{name}-*{cache.SUFFIX}")
    return found


def forged(path: Path, value: tuple) -> bytes:
    """A well-formed cache file for `path` holding `value`: what only a writer of the folder can make."""
    return cache._encode(value, path.name)


def renamed_stage(value: StageBook) -> StageBook:
    stage = value.stages[2]._replace(name=value.stages[2].name._replace(zh="FORGED"))
    return value._replace(stages=(*value.stages[:2], stage, *value.stages[3:]))


def test_folder_0700_and_files_0600_after_a_run(run, folder, validations):
    status(run)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    names = sorted(p.name.split("-")[0] + ".toml" for p in folder.iterdir())
    assert "stages.toml" in names and names == sorted(validations)
    for path in folder.iterdir():
        assert stat.S_IMODE(path.lstat().st_mode) == 0o600 and path.suffix == ".data"


def test_a_looser_folder_of_ours_is_tightened_and_old_pickles_removed(run, folder):
    folder.mkdir()
    folder.chmod(0o777)
    (folder / "stages-0123.pickle").write_bytes(pickle.dumps("old"))
    status(run)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not list(folder.glob("*.pickle"))


def test_a_loose_folder_holding_other_files_is_left_alone_and_not_used(run, folder, validations):
    """HUABEI_CACHE_DIR naming a shared folder: its mode and files are not ours to change."""
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "notes.txt").write_text("mine")
    (folder / "model-0a1b.pickle").write_bytes(b"not huabei's")
    first = status_again(run, validations)
    assert "stages.toml" in first[1] and status_again(run, validations) == first
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert sorted(p.name for p in folder.iterdir()) == ["model-0a1b.pickle", "notes.txt"]


def test_only_old_cache_pickles_are_removed_from_a_private_folder(run, folder):
    folder.mkdir(mode=0o700)
    for name in ("model.pickle", "model-0a1b.pickle", "rights-99ab.pickle", "stages-0.pickle"):
        (folder / name).write_bytes(b"...")
    status(run)
    assert sorted(p.name for p in folder.glob("*.pickle")) == ["model-0a1b.pickle", "model.pickle"]


def test_a_warm_run_reads_the_cache_and_validates_nothing(run, folder, validations):
    first, validated = status_again(run, validations)
    assert "stages.toml" in validated
    assert status_again(run, validations) == (first, [])


def test_a_warm_process_imports_neither_pydantic_nor_tomllib_nor_platformdirs(tmp_path):
    """XDG_CACHE_HOME is honoured (no HUABEI_CACHE_DIR), and the second run reads its cache."""
    env = {k: v for k, v in os.environ.items() if k != "HUABEI_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
    code = ("import sys; from huabei_assist.cli import main; main(['status', '--days', '45']); "
            "print(sorted(m for m in ('pydantic', 'tomllib', 'platformdirs', 'pickle') if m in sys.modules))")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
            for _ in range(2)]
    assert runs[0].stdout.splitlines()[-1] == "['pydantic', 'tomllib']"
    assert runs[1].stdout.splitlines()[-1] == "[]"
    # The first run validates the registry of sources, whose check reads every data file it cites:
    # each data file is cached once, and the warm run above read them without validating.
    data_files = {p.stem for p in (Path(__file__).resolve().parent.parent / "data").glob("*.toml")}
    assert {p.name.split("-")[0] for p in (tmp_path / "xdg" / "huabei").glob("*.data")} == data_files


def test_edited_bytes_are_not_used_and_the_file_is_rebuilt(run, folder, validations):
    first = status(run)
    path = entry(folder, "stages")
    good = path.read_bytes()
    assert good.count("高频".encode()) == 1
    path.write_bytes(good.replace("高频".encode(), "低频".encode()))
    assert status_again(run, validations) == (first, ["stages.toml"])
    assert path.read_bytes() == good


@pytest.mark.parametrize("how", ["pickle", "pickle at the old name", "code object", "foreign class", "renamed"])
def test_a_crafted_file_runs_nothing_and_is_rebuilt(run, folder, validations, tmp_path, how):
    first = status(run)
    path = entry(folder, "stages")
    good = path.read_bytes()
    marker = tmp_path / "marker"

    class Payload:
        def __reduce__(self):
            return os.system, (f"touch {marker}",)

    code = compile(f"open({str(marker)!r}, 'w')", "x", "exec")
    payloads = {
        "pickle": (path, pickle.dumps(Payload())),
        "pickle at the old name": (path.with_suffix(".pickle"), pickle.dumps(Payload())),
        "code object": (path, _framed(path.name, (), code)),
        "foreign class": (path, _framed(path.name, (("os", "system"),), [0, f"touch {marker}"])),
        "renamed": (path, cache._encode(renamed_stage(load_module.load("stages", StageBook)), "stages-0.data")),
    }
    target, blob = payloads[how]
    path.unlink()
    target.write_bytes(blob)
    target.chmod(0o600)
    assert status_again(run, validations) == (first, ["stages.toml"])
    assert not marker.exists() and path.read_bytes() == good
    assert not list(folder.glob("*.pickle"))


def _framed(name: str, table: tuple, tree: object) -> bytes:
    payload = marshal.dumps((name, table, tree))
    return cache.MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def test_a_file_open_to_others_in_a_loose_folder_is_not_read(run, folder):
    """A file with group or other permission bits may have been written by someone else."""
    status(run)
    path = entry(folder, "stages")
    path.write_bytes(forged(path, renamed_stage(load_module.load("stages", StageBook))))
    path.chmod(0o666)
    folder.chmod(0o777)
    load_module._memo.clear()
    assert "FORGED" not in status(run)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700


root_only = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")


@root_only
def test_another_users_file_in_a_0777_folder_is_not_read(run, folder):
    status(run)
    path = entry(folder, "stages")
    path.write_bytes(forged(path, renamed_stage(load_module.load("stages", StageBook))))
    os.chown(path, NOT_OURS, NOT_OURS)
    folder.chmod(0o777)
    load_module._memo.clear()
    assert "FORGED" not in status(run)
    assert path.stat().st_uid == os.geteuid()  # replaced by our own rebuilt file


@root_only
def test_another_users_folder_is_neither_read_nor_written(run, folder, validations):
    first = status_again(run, validations)
    path = entry(folder, "stages")
    path.write_bytes(forged(path, renamed_stage(load_module.load("stages", StageBook))))
    for each in (folder, *folder.iterdir()):
        os.chown(each, NOT_OURS, NOT_OURS)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    for _ in range(2):
        assert status_again(run, validations) == first  # validated again each time, no FORGED stage
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert folder.stat().st_uid == NOT_OURS and stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_fifo_or_a_symlink_in_the_folder_is_not_opened(tmp_path, folder):
    """A FIFO would block a reader, a link would lead elsewhere: neither is read, both replaced."""
    env = {**os.environ, "HUABEI_CACHE_DIR": str(folder)}
    argv = [sys.executable, "-m", "huabei_assist", "status", "--days", "45"]
    assert subprocess.run(argv, capture_output=True, env=env, timeout=60).returncode == 0
    stages, product = entry(folder, "stages"), entry(folder, "product")
    outside = tmp_path / "outside"
    outside.write_bytes(product.read_bytes())
    outside.chmod(0o600)
    stages.unlink()
    os.mkfifo(stages, 0o600)
    product.unlink()
    product.symlink_to(outside)
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0 and STAGE_LINE in result.stdout.splitlines()
    assert stat.S_ISREG(stages.lstat().st_mode) and stat.S_ISREG(product.lstat().st_mode)
    assert outside.read_bytes() == product.read_bytes()  # the link was replaced, its target untouched


def test_a_cache_folder_that_cannot_be_made_means_no_cache(run, tmp_path, monkeypatch, folder, validations):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HUABEI_CACHE_DIR", str(blocker / "cache"))
    first = status_again(run, validations)
    assert "stages.toml" in first[1] and status_again(run, validations) == first
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_data_file_round_trips_exactly(name, tmp_path):
    """Same classes, same values, same Decimal exponents: the cache gives what validation gave."""
    value = load_module._validate(f"{name}.toml", REPO / "data" / f"{name}.toml", SCHEMAS[name])
    path = str(tmp_path / f"{name}-key{cache.SUFFIX}")
    cache.write(path, value)
    _assert_identical(cache.read(path, SCHEMAS[name]), value)


def test_every_data_file_is_covered_by_the_round_trip():
    assert sorted(p.stem for p in (REPO / "data").glob("*.toml")) == sorted(SCHEMAS)


def _assert_identical(got: object, expected: object) -> None:
    assert type(got) is type(expected), (got, expected)
    if isinstance(expected, tuple):
        assert len(got) == len(expected)
        for a, b in zip(got, expected):
            _assert_identical(a, b)
    elif isinstance(expected, Decimal):
        assert str(got) == str(expected)
    else:
        assert got == expected


def test_a_type_the_format_cannot_hold_is_not_cached(tmp_path):
    path = tmp_path / "cache" / f"x-key{cache.SUFFIX}"
    cache.write(str(path), (1.5, True, None, "s", frozenset()))
    assert not path.exists()
    cache.write(str(path), (1.5, True, None, "s", ()))
    assert cache.read(str(path), tuple) == (1.5, True, None, "s", ())


def test_the_platform_folder_is_platformdirs_own(monkeypatch, tmp_path):
    """On Linux the XDG rule is computed without importing platformdirs; it must agree with it."""
    from platformdirs.unix import Unix

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for xdg in (str(tmp_path / "xdg"), "relative/xdg", ""):
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
        assert cache.platform_dir() == Unix("huabei").user_cache_dir
    assert cache.platform_dir() == str(tmp_path / "home" / ".cache" / "huabei")
    import platformdirs

    asked = []
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: asked.append((a, k)) or "/mac/Caches/huabei")
    for system in ("darwin", "win32"):
        monkeypatch.setattr(sys, "platform", system)
        assert cache.platform_dir() == "/mac/Caches/huabei"
    assert asked == [(("huabei",), {"appauthor": False})] * 2


def test_a_tilde_in_huabei_cache_dir_is_the_home_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("HUABEI_CACHE_DIR", "~/c")
    assert load_module.cache_dir() == str(tmp_path / "c")
    monkeypatch.delenv("HUABEI_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "x"))
    assert load_module.cache_dir() == str(tmp_path / "x" / "huabei")
