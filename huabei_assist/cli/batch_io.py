"""`huabei plan batch`: stream scenarios from a file or stdin, and results to stdout, one row at a time.

Nothing here holds more than one scenario: results are written as they are computed (CSV rows,
JSON array items, Markdown or fixed-width rows, by render/stream.py: a View would hold every row,
and memory must not grow with the file), and a bad row is reported on stderr at once.
"""

from __future__ import annotations

import io
import itertools
import sys
from datetime import date
from decimal import Decimal
from typing import IO, cast

from huabei_assist.errors import HuabeiError, Reason, os_reason
from huabei_assist.user_files import open_regular
from huabei_assist.render.formats import OutputFormat

_PEEK_CHUNK = 1 << 12
_CHUNK_CHARS = 1_000  # output: about 10 CSV rows a write; at most 4 bytes a character: under PIPE_BUF


class _Prefixed:
    """A text stream whose first characters were already read (to detect the format) and are served again."""

    def __init__(self, prefix: str, rest: IO[str]) -> None:
        self._prefix = prefix
        self._rest = rest

    def read(self, size: int = -1) -> str:
        if not self._prefix:
            return self._rest.read(size)
        cut = len(self._prefix) if size < 0 else min(size, len(self._prefix))
        text, self._prefix = self._prefix[:cut], self._prefix[cut:]
        return text

    def readline(self, size: int = -1) -> str:
        if not self._prefix:
            return self._rest.readline(size)
        cut = self._prefix.find("\n") + 1 or len(self._prefix)
        if 0 <= size < cut:
            cut = size
        text, self._prefix = self._prefix[:cut], self._prefix[cut:]
        if not self._prefix and not text.endswith("\n") and (size < 0 or len(text) < size):
            text += self._rest.readline(size - len(text) if size >= 0 else -1)
        return text


def _peek(stream: IO[str]) -> tuple[str, _Prefixed]:
    """The first non-blank character, and the stream from the start of its line (blank lines before
    it are dropped, a chunk at a time, so that a file of spaces is not held)."""
    while chunk := stream.read(_PEEK_CHUNK):
        stripped = chunk.lstrip().lstrip("\ufeff")
        if stripped.strip():
            first = stripped.lstrip()[0]
            at = chunk.index(first)
            return first, _Prefixed(chunk[chunk.rfind("\n", 0, at) + 1:], stream)
    return "", _Prefixed("", stream)


def run_batch_file(path: str, *, start: date, due_day: int, cap: Decimal, form: OutputFormat, lang: str) -> int:
    """Compute every scenario in `path` ('-' is stdin); return the number of rows that failed."""
    if path == "-":
        if sys.stdin is None:  # started with stdin closed (`<&-`): Python gives no stream at all
            raise HuabeiError("plan.batch_stdin_closed")
        raw = getattr(sys.stdin, "buffer", None)
        if raw is None:  # stdin already replaced by text (tests, embedding programs)
            return _run(sys.stdin, "-", start, due_day, cap, form, lang)
        # read like a file (below), whatever the terminal's encoding
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        try:
            return _run(stream, "-", start, due_day, cap, form, lang)
        finally:
            stream.detach()  # leave sys.stdin open
    try:
        # Bad bytes are read as surrogates (nothing raises mid-buffer, losing the rows decoded with
        # them); plans/batch.py makes each the error of its row, or of the whole file in the header.
        handle = open_regular(path, encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as exc:
        raise HuabeiError("plan.batch_cannot_read", path=path, reason=os_reason(exc)) from None
    with handle:
        return _run(handle, path, start, due_day, cap, form, lang)


def _run(stream: IO[str], name: str, start: date, due_day: int, cap: Decimal, form: OutputFormat, lang: str) -> int:
    from huabei_assist.i18n import t
    from huabei_assist.plans.batch import detect_format, read_rows, run
    from huabei_assist.render.stream import row_writer
    from huabei_assist.views.plan_view import BATCH_COLUMNS, BATCH_TEXT_COLUMNS, batch_cells, batch_record, row_error_line

    out, err = _Chunked(sys.stdout), sys.stderr
    try:
        first, prefixed = _peek(stream)
        if "\udc80" <= first <= "\udcff":  # a bad byte before anything else: not UTF-8 at all (UTF-16...)
            raise UnicodeError(first)
        results = run(read_rows(prefixed, detect_format(name, first)), default_start=start, default_due_day=due_day,
                      totals=True)
        # The first row is computed before anything is written, so that a bad CSV header (exit 2)
        # leaves stdout empty instead of behind a table header.
        results = itertools.chain([head] if (head := next(results, None)) is not None else [], results)
        machine = form in (OutputFormat.JSON, OutputFormat.CSV)
        headers = list(BATCH_COLUMNS) if machine else [t(f"plan.bcol_{c}", lang) for c in BATCH_COLUMNS]
        writer = row_writer(cast(IO[str], out), headers, form, batch_cells, BATCH_TEXT_COLUMNS)  # (only its write() is used)
        next(writer)
        failed = 0
        try:
            for result in results:
                if result.error is not None:
                    failed += 1
                    out.flush()  # the rows before it first, where both streams go to one place
                    err.write(row_error_line(result.error, lang) + "\n")
                    continue
                writer.send(batch_record(result, cap))
        finally:
            try:
                writer.close()  # a fatal error mid-file still leaves a complete JSON document
            finally:
                out.flush()
    except UnicodeError:  # UTF-16, or a bad byte in the CSV header (plans/batch.py)
        raise HuabeiError("plan.batch_not_utf8", path=_said(name)) from None
    except OSError as exc:
        raise HuabeiError("plan.batch_cannot_read", path=_said(name), reason=os_reason(exc)) from None
    return failed


class _Chunked:
    """Standard output written some rows at a time rather than a row at a time: with
    PYTHONUNBUFFERED, or a terminal, every write is a system call. A chunk stays under PIPE_BUF
    (4,096 bytes), so that a pipe takes it whole or not at all even when Ctrl-C interrupts a blocked
    write: what is written is always whole rows (a JSON document still closes). A chunk is
    forgotten before it is written, so an interrupted one is never written twice."""

    __slots__ = ("_out", "_parts", "_size")

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._parts: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        if self._size + len(text) > _CHUNK_CHARS:
            self.flush()
        self._parts.append(text)
        self._size += len(text)
        return len(text)

    def flush(self) -> None:
        if self._parts:
            text = "".join(self._parts)
            self._parts.clear()
            self._size = 0
            self._out.write(text)


def _said(name: str) -> str | Reason:
    """How an error names the input: the file's path, or "standard input" for '-'."""
    return Reason("plan.batch_stdin") if name == "-" else name
