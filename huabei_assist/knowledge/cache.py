"""The validated-data cache: a private folder of data-only files (knowledge/load.py uses it).

What a file can hold: marshal of str, int, float, bool, None and tuples, with NamedTuples, Decimals
and dates written as tagged lists. Reading it calls nothing but `Decimal(text)`,
`date.fromordinal(n)` and `tuple.__new__` of a NamedTuple class already imported from
huabei_assist: nothing in a file can run code or import a module (a pickle could do both).

Whose files: the folder is created 0700. A looser folder of ours is tightened to 0700 when it
holds nothing but cache entries (the cache of an earlier version); one holding anything else
(HUABEI_CACHE_DIR naming a shared folder, /tmp, a home) is left as it is and not used, and so is a
folder owned by another user (no read, no write: each run validates data/ again).
A file is read only if it is a regular file of ours with no group or other permission bits, its
checksum matches and it names itself (a renamed file is rejected); anything else is rebuilt.
Folders and files are opened relative to the checked folder's descriptor, so a folder swapped
between the check and the read is never read. Where the OS has no owners or descriptors for
folders (Windows) the folder is the user's own local cache folder and is used by path.
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import zlib
from decimal import Decimal
from typing import Any, TypeVar

T = TypeVar("T", bound=tuple)

MAGIC = b"huabei-cache\x00\x01"
SUFFIX = ".data"
MAX_BYTES = 16 * 1024 * 1024  # the largest file today is ~20 kB; a bigger one is not ours
_DECIMAL, _DATE = -1, -2  # tags of a tagged list; a tag >= 0 indexes the file's class table
_PLAIN = frozenset((str, int, float, bool, type(None)))  # marshal's own values that are kept as they are
_new_tuple = tuple.__new__  # what a NamedTuple's _make calls, without its checks: arity is checked here
_POSIX = hasattr(os, "geteuid") and os.open in os.supports_dir_fd
_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def platform_dir() -> str:
    """The user cache folder of this OS plus huabei, as platformdirs.user_cache_dir gives it.

    Linux and the BSDs follow the XDG rule ($XDG_CACHE_HOME when absolute, else ~/.cache), which is
    all platformdirs does there; importing platformdirs costs ~4.6 ms (it pulls in tempfile and
    random), so it is imported only on the systems where its answer differs (macOS, Windows, ...).
    """
    if sys.platform in ("win32", "darwin", "ios", "android", "cygwin") or hasattr(sys, "getandroidapilevel"):
        from platformdirs import user_cache_dir

        return user_cache_dir("huabei", appauthor=False)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "huabei")


def read(path: str, schema: type[T]) -> T | None:
    """The value cached at `path` if it is a trusted, intact `schema`, else None (rebuild it)."""
    folder = _Folder.open(os.path.dirname(path), create=False)
    if folder is None:
        return None
    name = os.path.basename(path)
    try:
        blob = folder.read_own_file(name)
        value = _decode(blob, name) if blob is not None else None
    except Exception:  # truncated, edited, another format or version: rebuild it
        value = None
    finally:
        folder.close()
    return value if type(value) is schema else None


def write(path: str, value: tuple) -> None:
    """Cache `value` at `path`: 0600, atomically (temporary file + rename), pickles of old versions
    removed. A folder we may not use, a read-only or full disk or a value the format cannot hold
    just means no cache."""
    name = os.path.basename(path)
    try:
        blob = _encode(value, name)
    except TypeError:  # a schema field of a type the format does not know: tests/test_cache.py catches it
        return
    try:
        folder = _Folder.open(os.path.dirname(path), create=True)
    except OSError:
        return
    if folder is None:
        return
    temp = f"{name}.{os.getpid()}.tmp"
    try:
        older = name.rpartition("-")[0] + "-"  # this data file's entries: stages-*, never model-*
        for entry in folder.entries():
            if entry.startswith(older) and entry.endswith(".pickle") and _is_entry(entry):
                folder.unlink(entry)  # an earlier version's cache: nothing reads pickles any more
        folder.unlink(temp)  # left by a killed run that had our process id
        fd = os.open(folder.at(temp), os.O_WRONLY | os.O_CREAT | os.O_EXCL | _FLAGS, 0o600, dir_fd=folder.fd)
        with open(fd, "wb") as handle:  # closes fd; writes all of blob even if the OS takes it in parts
            handle.write(blob)
        os.replace(folder.at(temp), folder.at(name), src_dir_fd=folder.fd, dst_dir_fd=folder.fd)
    except OSError:
        folder.unlink(temp)
    finally:
        folder.close()


class _Folder:
    """The cache folder, once checked: by descriptor on POSIX, by path where the OS has no folder
    descriptors (Windows: the folder is in the user's own local application data)."""

    __slots__ = ("fd", "path")

    def __init__(self, fd: int | None, path: str) -> None:
        self.fd = fd
        self.path = path

    @classmethod
    def open(cls, path: str, create: bool) -> _Folder | None:
        """The folder once it is ours and 0700; None when it is missing (and not to be created) or
        another user's."""
        if not _POSIX:
            if create:
                os.makedirs(path, exist_ok=True)
            return cls(None, path) if os.path.isdir(path) else None
        flags = os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags)
        except FileNotFoundError:
            if not create:
                return None
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)  # the parents keep the usual mode
            try:
                os.mkdir(path, 0o700)
            except FileExistsError:  # another run made it meanwhile: checked below like any folder
                pass
            fd = os.open(path, flags)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if info.st_uid != os.geteuid():
                raise PermissionError  # another user's folder: not read, not written
            if stat.S_IMODE(info.st_mode) != 0o700:
                if not all(_is_entry(entry) for entry in os.listdir(fd)):
                    raise PermissionError  # not huabei's alone: its mode is not ours to change
                os.fchmod(fd, 0o700)  # the cache of an earlier version (0755), or an odd umask
        except OSError:
            os.close(fd)
            return None
        return cls(fd, path)

    def at(self, entry: str) -> str:
        return entry if self.fd is not None else os.path.join(self.path, entry)

    def entries(self) -> list[str]:
        return os.listdir(self.fd if self.fd is not None else self.path)

    def read_own_file(self, entry: str) -> bytes | None:
        """The bytes of a regular file of ours that nobody else may write; None for anything else.

        O_NONBLOCK: a FIFO left in the folder opens at once (and is then refused) rather than hang.
        """
        try:
            fd = os.open(self.at(entry), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _FLAGS, dir_fd=self.fd)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                return None
            if _POSIX and (info.st_uid != os.geteuid() or info.st_mode & 0o077):
                return None
            return os.read(fd, info.st_size + 1)  # one call; a file that grew meanwhile fails its checksum
        finally:
            os.close(fd)

    def unlink(self, entry: str) -> None:
        try:
            os.unlink(self.at(entry), dir_fd=self.fd)
        except OSError:
            pass

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)


def _is_entry(entry: str) -> bool:
    """A name the cache gives a file: <data file>-<hex key>.data (.pickle before), or its temporary file."""
    import re

    return re.fullmatch(r"[a-z_]+-[0-9a-f]+\.(data|pickle|data\.[0-9]+\.tmp)", entry) is not None


def _encode(value: tuple, name: str) -> bytes:
    """MAGIC, a CRC-32 of the rest, then marshal of (file name, class table, value as plain data)."""
    classes: dict[type, int] = {}
    tree = _plain(value, classes)
    table = tuple((cls.__module__, cls.__qualname__) for cls in classes)
    payload = marshal.dumps((name, table, tree))
    return MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload


def _plain(value: Any, classes: dict[type, int]) -> Any:  # Any: what marshal holds, checked here
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple:
        return tuple([_plain(item, classes) for item in value])
    if kind is Decimal:
        return [_DECIMAL, str(value)]  # str() of a Decimal reads back to the same digits and exponent
    if issubclass(kind, tuple) and hasattr(kind, "_fields"):
        index = classes.setdefault(kind, len(classes))
        return [index, *[_plain(item, classes) for item in value]]
    from datetime import date

    if kind is date:
        return [_DATE, value.toordinal()]
    raise TypeError(f"the data cache cannot hold {kind.__qualname__}")


def _decode(blob: bytes, name: str) -> object:
    """The value in `blob`; ValueError (or TypeError, KeyError...) when it is not one we wrote."""
    head = len(MAGIC)
    payload = blob[head + 4:]
    if blob[:head] != MAGIC or int.from_bytes(blob[head:head + 4], "big") != zlib.crc32(payload):
        raise ValueError("not an intact cache file")
    own_name, table, tree = marshal.loads(payload)
    if own_name != name:
        raise ValueError("a cache file under another entry's name")
    return _rebuild(tree, [_known_class(module, qualname) for module, qualname in table])


def _known_class(module: str, qualname: str) -> type:
    """A NamedTuple class of huabei's that is already imported; looking it up imports nothing."""
    cls = getattr(sys.modules[module], qualname) if module.startswith("huabei_assist.") else None
    if not (isinstance(cls, type) and issubclass(cls, tuple) and hasattr(cls, "_fields")):
        raise ValueError(f"not a huabei NamedTuple: {module}.{qualname}")
    return cls


def _rebuild(tree: Any, classes: list[Any]) -> object:  # Any: what marshal.loads read, checked here
    """The value `tree` stands for. Leaves are kept inline rather than passed to a call each: the
    stages file has ~390 leaves in 62 tuples, and a call per leaf took 96 us against 55 us."""
    kind = type(tree)
    if kind is tuple:
        return tuple([item if type(item) in _PLAIN else _rebuild(item, classes) for item in tree])
    if kind is list:
        tag = tree[0]
        if type(tag) is int and tag >= 0:
            cls = classes[tag]
            if len(tree) != len(cls._fields) + 1:
                raise ValueError(f"{cls.__qualname__} with {len(tree) - 1} fields")
            return _new_tuple(cls, [item if type(item) in _PLAIN else _rebuild(item, classes) for item in tree[1:]])
        if tag == _DECIMAL and len(tree) == 2 and type(tree[1]) is str:
            return Decimal(tree[1])
        if tag == _DATE and len(tree) == 2 and type(tree[1]) is int:
            from datetime import date

            return date.fromordinal(tree[1])
        raise ValueError(f"tag {tag!r} in a cache file")
    if kind in _PLAIN:
        return tree
    raise ValueError(f"{kind.__qualname__} in a cache file")
