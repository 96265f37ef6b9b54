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
from typing import TYPE_CHECKING, Callable, TypeVar, cast

from huabei_assist import __version__
from huabei_assist.errors import DataFileError, os_reason
from huabei_assist.knowledge import cache

if TYPE_CHECKING:
    from huabei_assist.knowledge.sources_schema import SourceBook

T = TypeVar("T", bound=tuple)  # the schemas are NamedTuples

# Paths are str here, not pathlib: every run loads data, and pathlib (with urllib.parse and ipaddress,
# which it imports) cost ~5 ms of a ~95 ms `status` start-up.
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
_memo: dict[str, object] = {}  # cache key -> value: a process asking twice reads once
# The registry of documents (data/sources.toml). Its checks look at every fact in data/, so its
# cache key covers every data file: an edit anywhere checks the citations again.
REGISTRY = "sources"


def data_dir() -> str:
    """HUABEI_DATA_DIR, else data/ inside the installed package, else the repository's data/."""
    override = os.environ.get("HUABEI_DATA_DIR")
    if override:
        return override
    shipped = os.path.join(_PACKAGE_DIR, "data")
    return shipped if os.path.isdir(shipped) else os.path.join(os.path.dirname(_PACKAGE_DIR), "data")


def cache_dir() -> str:
    """HUABEI_CACHE_DIR (a leading ~ expanded), else the OS's user cache folder (knowledge/cache.py)."""
    override = os.environ.get("HUABEI_CACHE_DIR")
    if override:
        return os.path.expanduser(override)
    return cache.platform_dir()


def load(name: str, schema: type[T]) -> T:
    """The validated contents of data/<name>.toml as an instance of `schema`."""
    file_name = f"{name}.toml"
    path = os.path.join(data_dir(), file_name)
    try:
        key = _cache_key(path, schema)
        if name == REGISTRY:
            key += _all_data_stamp(os.path.dirname(path))
    except OSError as exc:
        raise DataFileError(file_name, "-", "-", reason=os_reason(exc)) from None

    def validated() -> T:
        value = _validate(file_name, path, schema)
        if name == REGISTRY:
            _check_citations(value)
        return value

    return _cached(name, key, schema, validated)


def derived(name: str, schema: type[T], build: Callable[[], T]) -> T:
    """A value `build` makes from several books (the names of every list, for render/width), cached
    like a book: keyed by every data file, every module of knowledge/ and the version, so that a
    warm run reads one small file rather than the books it was made from."""
    folder = data_dir()
    try:
        parts = (__version__, schema.__qualname__, folder, _all_data_stamp(os.path.dirname(__file__), ".py"))
        key = f"{zlib.crc32(repr(parts).encode()):08x}{_all_data_stamp(folder)}"
    except OSError as exc:
        raise DataFileError(folder, "-", "-", reason=os_reason(exc)) from None
    return _cached(name, key, schema, build)


def _cached(name: str, key: str, schema: type[T], make: Callable[[], T]) -> T:
    """The value under `key`: from this process's memo, else from the cache, else made and cached."""
    if key in _memo:
        return cast(T, _memo[key])  # the key names the schema
    cached = os.path.join(cache_dir(), f"{name}-{key}{cache.SUFFIX}")
    value = cache.read(cached, schema)  # None when missing, stale, damaged or not trusted
    if value is None:
        value = make()
        cache.write(cached, value)  # 0600 in a 0700 folder; a folder not ours or a full disk: no cache
    _memo[key] = value
    return value


def _cache_key(path: str, schema: type) -> str:
    """Changes whenever the data file, the schema module or the package version changes.

    Size and modification time in nanoseconds, as Python's own bytecode cache does: no hashing,
    so a warm start reads nothing but the cache file.
    """
    data = os.stat(path)
    code = os.stat(sys.modules[schema.__module__].__file__ or path)
    parts = (data.st_size, data.st_mtime_ns, code.st_size, code.st_mtime_ns, __version__, schema.__qualname__, str(path))
    return f"{zlib.crc32(repr(parts).encode()):08x}{data.st_mtime_ns:x}"


def _all_data_stamp(folder: str, suffix: str = ".toml") -> str:
    """Size and mtime of every data file (every file of `folder` ending in `suffix`), folded into
    eight hex digits."""
    stamps = sorted((entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
                    for entry in os.scandir(folder) if entry.name.endswith(suffix))
    return f"{zlib.crc32(repr(stamps).encode()):08x}"


def _check_citations(registry: object) -> None:
    from huabei_assist.knowledge.books import BOOKS, schema_of
    from huabei_assist.knowledge.citations import check

    # the registry was read with its own schema: load(REGISTRY, SourceBook)
    check(cast("SourceBook", registry), {name: load(name, schema_of(name)) for name in BOOKS})


def _validate(file_name: str, path: str, schema: type[T]) -> T:
    import tomllib

    from huabei_assist.user_files import open_regular
    from huabei_assist.knowledge.validate import validate

    try:
        with open_regular(path, encoding="utf-8") as handle:  # a FIFO there would hang the run
            raw = tomllib.loads(handle.read())
    except OSError as exc:
        raise DataFileError(file_name, "-", "-", reason=os_reason(exc)) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(file_name, "-", "-", reason=f"not valid UTF-8 TOML: {exc}") from None
    return validate(file_name, raw, schema)

