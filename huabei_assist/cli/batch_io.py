"""`huabei plan batch`: stream scenarios from a file or stdin, and results to stdout, one row at a time.

Nothing here holds more than one scenario: results are written as they are computed (CSV rows,
JSON array items, Markdown or fixed-width rows), and a bad row is reported on stderr at once.
This is the one place a command writes directly rather than through render.emit: a View would
hold every row, and memory must not grow with the file.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from datetime import date
from decimal import Decimal
from typing import IO

from huabei_assist.errors import HuabeiError, Reason, os_reason
from huabei_assist.user_files import open_regular

_PLAIN_WIDTH = 12  # fits 'installment', dates and amounts up to 99,999,999.99
_PEEK_CHUNK = 1 << 12


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


def run_batch_file(path: str, *, start: date, due_day: int, cap: Decimal, fmt: str, json_mode: bool,
                   lang: str) -> int:
    """Compute every scenario in `path` ('-' is stdin); return the number of rows that failed."""
    if path == "-":
        if sys.stdin is None:  # started with stdin closed (`<&-`): Python gives no stream at all
            raise HuabeiError("plan.batch_stdin_closed")
        raw = getattr(sys.stdin, "buffer", None)
        if raw is None:  # stdin already replaced by text (tests, embedding programs)
            return _run(sys.stdin, "-", start, due_day, cap, fmt, json_mode, lang)
        # read like a file (below), whatever the terminal's encoding
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        try:
            return _run(stream, "-", start, due_day, cap, fmt, json_mode, lang)
        finally:
            stream.detach()  # leave sys.stdin open
    try:
        # Bad bytes are read as surrogates (nothing raises mid-buffer, losing the rows decoded with
        # them); plans/batch.py makes each the error of its row, or of the whole file in the header.
        handle = open_regular(path, encoding="utf-8-sig", errors="surrogateescape", newline="")
    except OSError as exc:
        raise HuabeiError("plan.batch_cannot_read", path=path, reason=os_reason(exc)) from None
    with handle:
        return _run(handle, path, start, due_day, cap, fmt, json_mode, lang)


def _run(stream: IO[str], name: str, start: date, due_day: int, cap: Decimal, fmt: str, json_mode: bool,
         lang: str) -> int:
    from huabei_assist.i18n import t
    from huabei_assist.plans.batch import detect_format, read_rows, run
    from huabei_assist.views.plan_view import BATCH_COLUMNS, batch_record, row_error_line

    out, err = sys.stdout, sys.stderr
    try:
        first, prefixed = _peek(stream)
        if "\udc80" <= first <= "\udcff":  # a bad byte before anything else: not UTF-8 at all (UTF-16...)
            raise UnicodeError(first)
        results = run(read_rows(prefixed, detect_format(name, first)), default_start=start, default_due_day=due_day)
        # The first row is computed before anything is written, so that a bad CSV header (exit 2)
        # leaves stdout empty instead of behind a table header.
        results = itertools.chain([head] if (head := next(results, None)) is not None else [], results)
        headers = list(BATCH_COLUMNS) if json_mode or fmt == "csv" else [t(f"plan.bcol_{c}", lang) for c in BATCH_COLUMNS]
        writer = _writer(out, headers, fmt, json_mode)
        next(writer)
        failed = 0
        try:
            for result in results:
                if result.error is not None:
                    failed += 1
                    err.write(row_error_line(result.error, lang) + "\n")
                    continue
                writer.send(batch_record(result, cap))
        finally:
            writer.close()  # a fatal error mid-file still leaves a complete JSON document
    except UnicodeError:  # UTF-16, or a bad byte in the CSV header (plans/batch.py)
        raise HuabeiError("plan.batch_not_utf8", path=_said(name)) from None
    except OSError as exc:
        raise HuabeiError("plan.batch_cannot_read", path=_said(name), reason=os_reason(exc)) from None
    return failed


def _said(name: str) -> str | Reason:
    """How an error names the input: the file's path, or "standard input" for '-'."""
    return Reason("plan.batch_stdin") if name == "-" else name


def _writer(out: IO[str], headers: list[str], fmt: str, json_mode: bool):
    """A generator that takes records with send() and writes each at once; close() finishes the document."""
    from huabei_assist.views.plan_view import batch_cells

    if json_mode:
        out.write("[")
        count = 0
        try:
            while True:
                record = yield
                out.write(("," if count else "") + "\n  " + json.dumps(record, ensure_ascii=False))
                count += 1
        finally:
            out.write("\n]\n" if count else "]\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        from huabei_assist.escape import csv_cell
        from huabei_assist.views.plan_view import BATCH_TEXT_COLUMNS

        # Every cell but the kind is a number, a date, a boolean or empty, made by the engine: csv_cell
        # leaves those as they are, so only the text cells go through it (a batch writes 15 a row).
        texts = BATCH_TEXT_COLUMNS
        while True:
            cells = batch_cells((yield))
            for index in texts:
                cells[index] = csv_cell(cells[index])
            writer.writerow(cells)
    elif fmt == "markdown":
        out.write("| " + " | ".join(headers) + " |\n|" + "|".join("---" for _ in headers) + "|\n")
        while True:
            out.write("| " + " | ".join(batch_cells((yield))) + " |\n")
    else:
        from huabei_assist.render.width import cell_width, pad

        widths = [max(cell_width(h), _PLAIN_WIDTH) for h in headers]
        out.write("  ".join(pad(h, w) for h, w in zip(headers, widths)).rstrip() + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        while True:
            cells = batch_cells((yield))
            out.write("  ".join(pad(c, w) for c, w in zip(cells, widths)).rstrip() + "\n")
