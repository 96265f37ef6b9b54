"""Load a data file into its schema, validating it once and caching the result.

A cold load reads TOML (tomllib) and validates with Pydantic. The validated object is written to
the user cache (knowledge/cache.py: a private folder of data-only files, never pickles), keyed by
the size and mtime of the data file and of the schema module and by the package version, so a
warm load reads one small file and never imports tomllib or Pydantic. A stale, broken or
untrusted cache entry is simply rebuilt: the cache holds nothing the user made.
"""

from __future__ import annotations

import os
import sys
import zlib
from pathlib import Path
from typing import TypeVar

from huabei_assist import __version__
from huabei_assist.errors import DataFileError, os_reason
from huabei_assist.knowledge import cache

T = TypeVar("T")

_PACKAGE_DIR = Path(__file__).resolve().parent.parent
_memo: dict[str, object] = {}  # cache key -> value: a process asking twice reads once


def data_dir() -> Path:
    """HUABEI_DATA_DIR, else data/ inside the installed package, else the repository's data/."""
    override = os.environ.get("HUABEI_DATA_DIR")
    if override:
        return Path(override)
    shipped = _PACKAGE_DIR / "data"
    return shipped if shipped.is_dir() else _PACKAGE_DIR.parent / "data"


def cache_dir() -> Path:
    """HUABEI_CACHE_DIR (a leading ~ expanded), else the OS's user cache folder (knowledge/cache.py)."""
    override = os.environ.get("HUABEI_CACHE_DIR")
    if override:
        return Path(os.path.expanduser(override))
    return Path(cache.platform_dir())


def load(name: str, schema: type[T]) -> T:
    """The validated contents of data/<name>.toml as an instance of `schema`."""
    file_name = f"{name}.toml"
    path = data_dir() / file_name
    try:
        key = _cache_key(path, schema)
    except OSError as exc:
        raise DataFileError(file_name, "-", "-", reason=os_reason(exc)) from None
    if key in _memo:
        return _memo[key]  # type: ignore[return-value]
    cached = cache_dir() / f"{name}-{key}.pickle"
    value = _read_cache(cached, schema)
    if value is None:
        value = _validate(file_name, path, schema)
        _write_cache(cached, value)
    _memo[key] = value
    return value


def _cache_key(path: Path, schema: type) -> str:
    """Changes whenever the data file, the schema module or the package version changes.

    Size and modification time in nanoseconds, as Python's own bytecode cache does: no hashing,
    so a warm start reads nothing but the pickle.
    """
    data = path.stat()
    code = os.stat(sys.modules[schema.__module__].__file__ or path)
    parts = (data.st_size, data.st_mtime_ns, code.st_size, code.st_mtime_ns, __version__, schema.__qualname__, str(path))
    return f"{zlib.crc32(repr(parts).encode()):08x}{data.st_mtime_ns:x}"


def _validate(file_name: str, path: Path, schema: type[T]) -> T:
    import tomllib

    from huabei_assist.files import open_regular
    from huabei_assist.knowledge.validate import validate

    try:
        with open_regular(path, encoding="utf-8") as handle:  # a FIFO there would hang the run
            raw = tomllib.loads(handle.read())
    except OSError as exc:
        raise DataFileError(file_name, "-", "-", reason=os_reason(exc)) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(file_name, "-", "-", reason=f"not valid UTF-8 TOML: {exc}") from None
    return validate(file_name, raw, schema)


def _read_cache(path: Path, schema: type[T]) -> T | None:
    """None when missing, stale, damaged or not trusted: the caller rebuilds it from data/."""
    return cache.read(str(path.with_suffix(cache.SUFFIX)), schema)  # type: ignore[return-value]


def _write_cache(path: Path, value: object) -> None:
    """0600 in a 0700 folder, atomically; a folder not ours, a read-only or full disk: no cache."""
    cache.write(str(path.with_suffix(cache.SUFFIX)), value)  # type: ignore[arg-type]
