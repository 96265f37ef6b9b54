"""Many scenarios from a file, one at a time: read a row, build its plan, hand it on, forget it.

Input is CSV (a header row naming the columns), a JSON array of objects, or JSON Lines (one
object a line). The JSON array is read incrementally with json.JSONDecoder.raw_decode over a
sliding buffer, so no input format is ever held in memory whole. A row that cannot be computed
becomes a RowError naming its row number (scenarios counted from 1) and field; the rest go on.
"""

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import IO, NamedTuple

from huabei_assist.dates import in_range, parse_date
from huabei_assist.errors import HuabeiError, InputError, Reason
from huabei_assist.money import parse_decimal
from huabei_assist.plans.build import build_plan
from huabei_assist.plans.checks import one_reading
from huabei_assist.plans.schedule import Plan

FIELDS: tuple[str, ...] = ("amount", "periods", "kind", "fee_rate", "start", "due_day", "annual_rate")
REQUIRED: tuple[str, ...] = ("amount", "periods")
FORMATS: tuple[str, ...] = ("csv", "json", "jsonl")
_CHUNK = 1 << 16

# Which scenario field an engine error is about, by catalog key (when the error names no option).
_FIELD_OF_KEY = {
    "plan.periods_too_few": "periods",
    "plan.periods_over_cap": "periods",
    "plan.need_periods": "periods",
    "plan.no_list_price": "periods",
    "plan.bad_kind": "kind",
    "plan.bad_due_day": "due_day",
    "plan.fee_and_annual": "annual_rate",
}


class RowError(NamedTuple):
    row: int
    field: str
    key: str  # catalog key of the reason
    params: dict


class RowResult(NamedTuple):
    row: int
    plan: Plan | None
    error: RowError | None


def detect_format(name: str, first_char: str) -> str:
    """By the file's extension; for stdin or an unknown extension, by the first non-blank character."""
    lowered = name.lower()
    for ext, fmt in ((".csv", "csv"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json")):
        if lowered.endswith(ext):
            return fmt
    return {"[": "json", "{": "jsonl"}.get(first_char, "csv")


def read_rows(stream: IO[str], fmt: str) -> Iterator[tuple[int, object]]:
    """(row number, raw row) pairs: dicts of field -> text or number, or a RowError for a broken row."""
    if fmt == "csv":
        return _csv_rows(stream)
    if fmt == "jsonl":
        return _jsonl_rows(stream)
    return _json_array_rows(stream)


def run(rows: Iterable[tuple[int, object]], *, default_start: date, default_due_day: int | None = None) -> Iterator[RowResult]:
    reading: dict = {}  # the knowledge base as the first row read it (plans/checks.one_reading)
    for number, raw in rows:
        if isinstance(raw, RowError):
            yield RowResult(number, None, raw)
            continue
        try:
            with one_reading(reading):
                result = RowResult(number, scenario_plan(raw, default_start, default_due_day), None)
        except _FieldError as exc:
            result = RowResult(number, None, RowError(number, exc.field, exc.key, exc.params))
        except HuabeiError as exc:
            result = RowResult(number, None, RowError(number, _field_of(exc), exc.key, exc.params))
        yield result


def scenario_plan(raw: object, default_start: date, default_due_day: int | None = None) -> Plan:
    """The plan for one row (a dict); a blank optional field takes its default."""
    if not isinstance(raw, dict):
        raise _FieldError("-", "plan.batch_not_object", {})
    unknown = [k for k in raw if k not in FIELDS]
    if unknown:
        raise _FieldError(str(unknown[0]), "plan.batch_unknown_field", {"fields": ", ".join(FIELDS)})
    values = {k: _text(v) for k, v in raw.items()}
    for name in REQUIRED:
        if not values.get(name):
            raise _FieldError(name, "plan.batch_missing", {})
    amount = _decimal(values, "amount")
    periods = _int(values, "periods")
    due_day = _int(values, "due_day")
    start_text = values.get("start")
    start = _date(start_text) if start_text else default_start
    return build_plan(amount, periods, kind=values.get("kind") or None, start=start,
                      due_day=default_due_day if due_day is None else due_day,
                      fee_rate=_decimal(values, "fee_rate"), annual_rate=_decimal(values, "annual_rate"))


class _FieldError(Exception):
    def __init__(self, field: str, key: str, params: dict) -> None:
        super().__init__(key)
        self.field, self.key, self.params = field, key, params


def _text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _decimal(values: dict, name: str) -> Decimal | None:
    text = values.get(name)
    if not text:
        return None
    try:
        value = Decimal(text)  # the common case: a plain number
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite():
        value = parse_decimal(text)  # '1,200', '¥300', '300元'
    if value is None:
        raise _FieldError(name, "plan.batch_not_number", {"value": text})
    return value


def _int(values: dict, name: str) -> int | None:
    value = _decimal(values, name)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise _FieldError(name, "plan.batch_not_whole", {"value": values[name]})
    return int(value)


def _date(text: str) -> date:
    try:
        parsed = date.fromisoformat(text)  # the common case, without dateutil's parser
    except ValueError:
        parsed = None
    try:
        return parse_date(text, "start") if parsed is None else in_range(parsed, "start", text)
    except InputError:
        raise _FieldError("start", "plan.batch_bad_date", {"value": text}) from None


def _field_of(exc: HuabeiError) -> str:
    option = exc.params.get("option")
    if isinstance(option, str) and option.startswith("--"):
        return option[2:].replace("-", "_")
    return _FIELD_OF_KEY.get(exc.key, "-")


def _csv_rows(stream: IO[str]) -> Iterator[tuple[int, object]]:
    reader = csv.reader(stream)
    header = next(reader, None)
    if header is None:
        return
    header = [h.strip().lower().lstrip("\ufeff") for h in header]
    unknown = [h for h in header if h not in FIELDS]
    if unknown:
        raise InputError("plan.batch_bad_header", column=unknown[0], fields=", ".join(FIELDS))
    missing = [f for f in REQUIRED if f not in header]
    if missing:
        raise InputError("plan.batch_missing_column", column=missing[0])
    width = len(header)
    number = 0
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue  # a blank line is not a scenario
        number += 1
        if len(cells) > width:
            yield number, RowError(number, "-", "plan.batch_too_many_cells", {"count": len(cells), "width": width})
            continue
        yield number, dict(zip(header, cells))


def _jsonl_rows(stream: IO[str]) -> Iterator[tuple[int, object]]:
    decoder = json.JSONDecoder(parse_float=Decimal)
    number = 0
    for line in stream:
        if not line.strip():
            continue
        number += 1
        try:
            yield number, decoder.decode(line)
        except json.JSONDecodeError as exc:
            yield number, RowError(number, "-", "plan.batch_bad_json_row", {"reason": Reason("plan.reason_json_at", column=exc.colno)})


def _json_array_rows(stream: IO[str]) -> Iterator[tuple[int, object]]:
    """The elements of a top-level JSON array, decoded one at a time from a sliding buffer."""
    decoder = json.JSONDecoder(parse_float=Decimal)
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

    if skip_space() != "[":
        raise HuabeiError("plan.batch_not_array")
    pos += 1
    number = 0
    if skip_space() == "]":
        return
    while True:
        number += 1
        skip_space()
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
            except json.JSONDecodeError:
                if not eof and more():
                    continue
                raise HuabeiError("plan.batch_bad_json", row=number, reason=Reason("plan.reason_json_syntax")) from None
            if end == len(buf) and not eof and not isinstance(value, (dict, list, str)) and more():
                continue  # a bare number cut at the buffer's end: read on
            break
        pos = end
        yield number, value
        sep = skip_space()
        pos += 1
        if sep == "]":
            return
        if sep != ",":
            raise HuabeiError("plan.batch_bad_json", row=number, reason=Reason("plan.reason_json_separator"))
