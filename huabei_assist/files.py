"""Writing the user's files safely: all or nothing.

A write goes to a temporary file beside the target and is renamed over it only when complete,
so an error or a kill never leaves a half-written file or destroys the old one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from huabei_assist.errors import HuabeiError, os_reason


def write_atomic(path: str | os.PathLike, data: str | bytes, mode: int | None = None) -> Path:
    """Write `data` to `path` atomically; `mode` (e.g. 0o600) is set before the file appears."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    except OSError as exc:
        raise HuabeiError("common.cannot_write", path=str(target), reason=os_reason(exc)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise HuabeiError("common.cannot_write", path=str(target), reason=os_reason(exc)) from None
    return target
