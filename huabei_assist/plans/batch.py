"""Many scenarios from a file, one at a time: read a row, build its plan, hand it on, forget it.

Input is CSV (a header row naming the columns), a JSON array of objects, or JSON Lines (one
object a line). The JSON array is read incrementally with json.JSONDecoder.raw_decode over a
sliding buffer, so no input format is ever held in memory whole. A row that cannot be computed
becomes a RowError naming its row number (scenarios counted from 1) and field; the rest go on.
"""

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from huabei_assist import typed_numbers
from huabei_assist.bounds import MAX_CELL_CHARS, MAX_RECORD_CHARS, shown
from huabei_assist.dates import in_range, parse_date
from huabei_assist.errors import HuabeiError, InputError, Reason
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.build import build_plan
from huabei_assist.plans.input_checks import due_day_from, one_reading, periods_from
from huabei_assist.plans.schedule import Plan

if TYPE_CHECKING:
    from huabei_assist.plans.row_totals import PlanTotals

FIELDS: tuple[str, ...] = ("amount", "periods", "kind", "fee_rate", "start", "due_day", "annual_rate", "payment",
                           "fee_per_period")
REQUIRED: tuple[str, ...] = ("amount", "periods")
FORMATS: tuple[str, ...] = ("csv", "json", "jsonl")
_CHUNK = 1 << 16


class TextStream(Protocol):
    """What the readers use of a text file: an open file, or one whose first characters were read
    to detect the format and are served again (cli/batch_io.py)."""

    def read(self, size: int = -1, /) -> str: ...

    def readline(self, size: int = -1, /) -> str: ...

# Which scenario field an engine error is about, by catalog key (when the error names no option).
_FIELD_OF_KEY = {
    "plan.periods_too_few": "periods",
    "plan.periods_over_cap": "periods",
    "plan.need_periods": "periods",
    "plan.no_list_price": "periods",
    "plan.bad_kind": "kind",
    "plan.bad_due_day": "due_day",
    "plan.fee_and_annual": "annual_rate",
    "plan.payment_too_small": "payment",
    "plan.payment_too_large": "payment",
    "plan.fee_per_period_too_large": "fee_per_period",
    "plan.payment_and_fee_per_period": "fee_per_period",
}


class RowError(NamedTuple):
    row: int
    field: str
    key: str  # catalog key of the reason
    params: dict


class RowResult(NamedTuple):
    row: int
    plan: "Plan | PlanTotals | None"  # PlanTotals: run(totals=True)
    error: RowError | None


def detect_format(name: str, first_char: str) -> str:
    """By the file's extension; for stdin or an unknown extension, by the first non-blank character."""
    lowered = name.lower()
    for ext, fmt in ((".csv", "csv"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json")):
        if lowered.endswith(ext):
            return fmt
    return {"[": "json", "{": "jsonl"}.get(first_char, "csv")


def read_rows(stream: TextStream, fmt: str) -> Iterator[tuple[int, object]]:
    """(row number, raw row) pairs: dicts of field -> text or number, or a RowError for a broken row."""
    if fmt == "csv":
        return _csv_rows(stream)
    if fmt == "jsonl":
        return _jsonl_rows(stream)
    return _json_array_rows(stream)


def run(rows: Iterable[tuple[int, object]], *, default_start: date, default_due_day: int | None = None,
        totals: bool = False) -> Iterator[RowResult]:
    """`totals`: each result's plan is a PlanTotals (plans/row_totals.py), what `plan batch` writes:
    the common rows are computed straight to it, the others by scenario_plan."""
    reading: dict = {}  # the knowledge base as the first row read it (plans/input_checks.one_reading)
    known = None
    if totals:
        from huabei_assist.plans import row_totals  # (it reads FIELDS from here)

        with one_reading(reading):
            known = row_totals.terms()
    for number, raw in rows:
        if isinstance(raw, RowError):
            yield RowResult(number, None, raw)
            continue
        if known is not None and (fast := row_totals.quick(raw, default_start, default_due_day, known)) is not None:
            yield RowResult(number, fast, None)
            continue
        try:
            with one_reading(reading):
                plan = scenario_plan(raw, default_start, default_due_day)
            result = RowResult(number, row_totals.PlanTotals.of(plan) if totals else plan, None)
        except _FieldError as exc:
            result = RowResult(number, None, RowError(number, exc.field, exc.key, exc.params))
        except HuabeiError as exc:
            result = RowResult(number, None, RowError(number, _field_of(exc), exc.key, exc.params))
        yield result


def scenario_plan(raw: object, default_start: date, default_due_day: int | None = None) -> Plan:
    """The plan for one row (a dict); a blank optional field takes its default."""
    if isinstance(raw, _Repeated):
        raise _FieldError(raw.field, "plan.batch_repeated_field", {})
    if not isinstance(raw, dict):
        raise _FieldError("-", "plan.batch_not_object", {})
    values = {}
    for name, value in raw.items():
        text = _text(value)
        if not (name in FIELDS and len(text) <= MAX_CELL_CHARS and text.isascii()):
            _check_cell(name, text)
        values[name] = text
    for name in REQUIRED:
        if not values.get(name):
            raise _FieldError(name, "plan.batch_missing", {})
    amount = typed_numbers.money(values["amount"], "amount")  # required: never empty here
    periods = periods_from(values["periods"], "periods")
    due_day = values.get("due_day")
    start_text = values.get("start")
    start = _date(start_text) if start_text else default_start
    return build_plan(amount, periods, kind=values.get("kind") or None, start=start,
                      due_day=due_day_from(due_day, "due_day") if due_day else default_due_day,
                      fee_rate=_number(values, "fee_rate", typed_numbers.rate),
                      annual_rate=_number(values, "annual_rate", typed_numbers.rate),
                      payment=_number(values, "payment", typed_numbers.money),
                      fee_per_period=_number(values, "fee_per_period", typed_numbers.money))


def _check_cell(name: str, text: str) -> None:
    """A field's name and text, read: bytes that are not UTF-8, an unknown name, a text too long."""
    for part in (name, text):
        if not part.isascii() and has_bad_bytes(part):
            raise _FieldError(shown(readable(name)), "plan.batch_not_utf8_value", {"value": shown(readable(part))})
    if name not in FIELDS:
        raise _FieldError(shown(name), "plan.batch_unknown_field", {"fields": ", ".join(FIELDS)})
    if len(text) > MAX_CELL_CHARS:
        raise _FieldError(name, "plan.batch_too_long", {"limit": MAX_CELL_CHARS, "value": shown(text)})


def has_bad_bytes(text: str) -> bool:
    """Whether text read with errors="surrogateescape" held bytes that are not UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def readable(text: str) -> str:
    """Text with its undecodable bytes written as \\xNN."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class _FieldError(Exception):
    def __init__(self, field: str, key: str, params: dict) -> None:
        super().__init__(key)
        self.field, self.key, self.params = field, key, params


class _Repeated:
    """A JSON object naming one field twice (json keeps the last silently)."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field

    def __repr__(self) -> str:
        return f"_Repeated({self.field!r})"


def _object(pairs: list[tuple[str, object]]) -> object:
    value = dict(pairs)
    return value if len(value) == len(pairs) else _Repeated(shown(_first_repeated([k for k, _ in pairs])))


def _first_repeated(names: list[str]) -> str:
    return next(name for index, name in enumerate(names) if name in names[:index])  # a few field names


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _number(values: dict, name: str, read: Callable[[str, str], Decimal]) -> Decimal | None:
    """A money or rate cell, read as on the command line (typed_numbers): its errors name the field."""
    text = values.get(name)
    return read(text, name) if text else None


def _date(text: str) -> date:
    try:
        parsed = date.fromisoformat(text)  # the common case, without dateutil's parser
    except ValueError:
        parsed = None
    try:
        return parse_date(text, "start") if parsed is None else in_range(parsed, "start", text)
    except InputError:
        raise _FieldError("start", "plan.batch_bad_date", {"value": shown(text)}) from None


def _field_of(exc: HuabeiError) -> str:
    option = exc.params.get("option")
    if isinstance(option, str) and option.lstrip("-").replace("-", "_") in FIELDS:
        return option.lstrip("-").replace("-", "_")
    return _FIELD_OF_KEY.get(exc.key, "-")


def _decoder() -> json.JSONDecoder:
    """Numbers are kept as their text, so that bounds.py checks them before anything converts them
    (json's own int() raises on 5,000 digits; a 1e999999 made a Decimal would still need a bound)."""
    return json.JSONDecoder(parse_int=str, parse_float=str, parse_constant=str, object_pairs_hook=_object)


def _lines(stream: TextStream) -> Iterator[tuple[str, bool]]:
    """(line, too long): a line over MAX_RECORD_CHARS is cut there, and the rest of it skipped unread."""
    while True:
        line = stream.readline(MAX_RECORD_CHARS + 1)
        if not line:
            return
        if len(line) <= MAX_RECORD_CHARS or line.endswith("\n"):
            yield line, False
            continue
        rest = line
        while rest and not rest.endswith("\n"):
            rest = stream.readline(MAX_RECORD_CHARS)
        yield line[:MAX_RECORD_CHARS], True


def _csv_lines(stream: TextStream) -> Iterator[str]:
    """Lines for csv.reader; a cut line gets a closing quote when it was cut inside a quoted cell, so
    that the cut cell (too long: the row's error) does not swallow the lines after it."""
    for line, cut in _lines(stream):
        yield line + ('"\n' if line.count('"') % 2 else "\n") if cut else line


def _csv_rows(stream: TextStream) -> Iterator[tuple[int, object]]:
    reader = csv.reader(_csv_lines(stream))
    header = next(reader, None)
    if header is None:
        return
    header = [h.strip().lower().lstrip("\ufeff") for h in header]
    if any(has_bad_bytes(h) for h in header):
        raise UnicodeError("the header is not UTF-8")  # the file as a whole: cli/batch_io says so
    unknown = [h for h in header if h not in FIELDS]
    if unknown:
        raise InputError("plan.batch_bad_header", column=shown(unknown[0]), fields=", ".join(FIELDS))
    if len(set(header)) < len(header):
        raise InputError("plan.batch_repeated_column", column=_first_repeated(header))
    missing = [f for f in REQUIRED if f not in header]
    if missing:
        raise InputError("plan.batch_missing_column", column=missing[0])
    width = len(header)
    number = 0
    while True:
        try:
            cells = next(reader, None)
        except csv.Error:
            # A quoted cell running over several lines past the field limit: csv.reader would go on
            # from the next line inside that cell, reading its lines as rows. Stop, as after a JSON
            # syntax error.
            yield number + 1, RowError(number + 1, "-", "plan.batch_csv_stopped", {"limit": MAX_RECORD_CHARS})
            return
        if cells is None:
            return
        if not any(c.strip() for c in cells):
            continue  # a blank line is not a scenario
        number += 1
        if len(cells) > width:
            yield number, RowError(number, "-", "plan.batch_too_many_cells", {"count": len(cells), "width": width})
            continue
        yield number, dict(zip(header, cells))


def _jsonl_rows(stream: TextStream) -> Iterator[tuple[int, object]]:
    decoder = _decoder()
    number = 0
    for line, cut in _lines(stream):
        if not line.strip():
            continue
        number += 1
        if cut:
            yield number, RowError(number, "-", "plan.batch_line_too_long", {"limit": MAX_RECORD_CHARS})
            continue
        try:
            yield number, decoder.decode(line)
        except json.JSONDecodeError as exc:
            yield number, RowError(number, "-", "plan.batch_bad_json_row", {"reason": Reason("plan.reason_json_at", column=exc.colno)})
        except RecursionError:
            yield number, RowError(number, "-", "plan.batch_too_deep", {})


# A JSON error this close to the buffer's end may only mean the item goes on in the next chunk
# ('tru' of true, half of a \uXXXX escape): read on before calling it a syntax error.
_TOKEN_CHARS = 8
_STRUCTURE = re.compile(r'["\[\]{},]')
_STRING_STOP = re.compile(r'["\\]')


def _json_array_rows(stream: TextStream) -> Iterator[tuple[int, object]]:
    """The elements of a top-level JSON array, decoded one at a time from a sliding buffer.

    The buffer holds at most one item (MAX_RECORD_CHARS) and a chunk. An item too long or nested too
    deep for the decoder is that row's error and is stepped over with a scan of its brackets and
    strings; after a syntax error the rest of the file cannot be trusted: the row says so and
    nothing more is read."""
    decoder = _decoder()
    buf, pos, eof = "", 0, False

    def more() -> bool:
        nonlocal buf, pos, eof
        chunk = stream.read(_CHUNK)
        if not chunk:
            eof = True
            return False
        buf, pos = buf[pos:] + chunk, 0
        return True

    def skip_space() -> str:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                pos += 1
            if pos < len(buf):
                return buf[pos]
            if not more():
                return ""

    def skip_item() -> bool:
        """Move pos to the ',' or ']' after the item at pos, reading on as needed; False at the file's end."""
        nonlocal pos
        depth, in_string = 0, False
        while True:
            found = (_STRING_STOP if in_string else _STRUCTURE).search(buf, pos)
            if found is None or (found.group() == "\\" and found.end() == len(buf)):
                pos = len(buf) if found is None else found.start()
                if not more():
                    return False
                continue
            mark, pos = found.group(), found.end()
            if mark == "\\":
                pos += 1  # the escaped character, whatever it is
            elif mark == '"':
                in_string = not in_string
            elif mark in "[{":
                depth += 1
            elif not depth:  # ',' or the array's own ']': the item is over
                pos = found.start()
                return True
            elif mark != ",":
                depth -= 1

    def stopped(reason: Reason | None) -> RowError:
        """The last row: a syntax error (nothing after it is read), or the file's end (None) inside the array."""
        if reason is None:
            return RowError(number, "-", "plan.batch_json_ends", {})
        return RowError(number, "-", "plan.batch_json_stopped", {"reason": reason})

    if skip_space() != "[":
        raise HuabeiError("plan.batch_not_array")
    pos += 1
    number = 0
    if skip_space() == "]":
        return
    while True:
        number += 1
        if skip_space() == "":
            yield number, stopped(None)
            return
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(buf) - _TOKEN_CHARS or exc.msg.startswith("Unterminated string")
                if cut and len(buf) - pos <= MAX_RECORD_CHARS and more():
                    continue
                if not cut or eof:
                    yield number, stopped(None if cut else Reason("plan.reason_json_syntax"))
                    return
                value = RowError(number, "-", "plan.batch_item_too_long", {"limit": MAX_RECORD_CHARS})
            except RecursionError:
                value = RowError(number, "-", "plan.batch_too_deep", {})
            else:
                if buf[pos] in "-0123456789" and len(buf) - end < _TOKEN_CHARS and not eof and more():
                    continue  # a bare number near the buffer's end may go on ('123' of '123e45'): read on
                pos = end
                break
            if not skip_item():
                yield number, stopped(None)
                return
            break
        yield number, value
        sep = skip_space()
        pos += 1
        if sep == "]":
            return
        if sep != ",":
            number += 1
            yield number, stopped(None if sep == "" else Reason("plan.reason_json_separator"))
            return
