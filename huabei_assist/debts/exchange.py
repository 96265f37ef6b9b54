"""Debts in files: `payoff --debts FILE`, `debts import FILE` read them; `debts export` writes them.

CSV: a header naming the fields (record.FIELDS; `name`, `kind` and `amount` required, the others
may be left out), one debt a row, an empty cell meaning the default. JSON: an array of objects with
the same fields (null or absent: the default), or the export's {"format": "huabei-debts",
"version": 1, "debts": [...]}. A cell a spreadsheet would run as a formula is written with a
leading quote and read back without it (escape.csv_cell / csv_value): a round trip loses nothing.
Every error names the file, the row (1 = the first debt) and the field; the stored list is never
touched by a bad file (it is read whole before anything is written).
"""

from __future__ import annotations

from datetime import date
from typing import Sequence

from huabei_assist.debts.record import FIELDS, REQUIRED, Record, check, from_fields
from huabei_assist.errors import InputError, Reason
from huabei_assist.user_files import read_user_file

FORMAT_NAME = "huabei-debts"
FORMAT_VERSION = 1


def export_document(records: Sequence[Record]) -> dict:
    """The export as one JSON document; its CSV form is each record's cells under FIELDS (views/debts_view.export_view)."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "debts": [r.json() for r in records]}


def read_file(path: str, rules, start: date) -> list[Record]:
    """The debts of a CSV or JSON file (told apart by the first character), each checked by the
    engine as of `start`. Only a regular file is read: a FIFO or a device would block or never end."""
    text = read_user_file(path, not_a_file="debts.file_not_a_file", unreadable="debts.file_unreadable", bad="debts.file_bad",
                          not_utf8="debts.reason_not_utf8")
    rows = _json_rows(path, text) if text.lstrip().startswith(("{", "[")) else _csv_rows(path, text)
    if not rows:
        raise InputError("debts.file_bad", path=path, reason=Reason("debts.reason_empty"))
    records: list[Record] = []
    for number, row in enumerate(rows, 1):
        try:
            record = from_fields(row)
            check([record], rules, start)
            if any(r.name == record.name for r in records):
                raise InputError("payoff.duplicate_name", name=record.name)
        except InputError as exc:
            raise InputError("debts.file_bad_row", path=path, row=number, field=_field(exc),
                             reason=Reason(exc.key, **exc.params)) from None
        records.append(record)
    return records


def _field(exc: InputError) -> str:
    """The field an error is about (the engine names a cost by its column, e.g. daily_fee)."""
    field = exc.params.get("field")
    if isinstance(field, str):
        return field
    return {"payoff.bad_kind": "kind", "payoff.bad_name": "name", "payoff.need_cost": "annual_rate",
            "payoff.need_minimum": "minimum", "payoff.zero_minimum": "minimum", "payoff.bad_due_day": "due_day",
            "payoff.since_after_start": "since", "debts.one_cost": "annual_rate",
            "payoff.duplicate_name": "name"}.get(exc.key, "-")


def _csv_rows(path: str, text: str) -> list[dict]:
    import csv
    import io

    from huabei_assist.escape import csv_value

    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [f for f in REQUIRED if f not in header]
    unknown = [h for h in header if h not in FIELDS]
    if missing or unknown:
        reason = (Reason("debts.reason_csv_missing", columns=", ".join(missing)) if missing
                  else Reason("debts.reason_csv_unknown", columns=", ".join(unknown), known=", ".join(FIELDS)))
        raise InputError("debts.file_bad", path=path, reason=reason)
    reader.fieldnames = header
    rows: list[dict[str, str | None]] = []
    for row in reader:
        if None in row:  # more cells than the header has columns
            raise InputError("debts.file_bad_row", path=path, row=len(rows) + 1, field="-",
                             reason=Reason("debts.reason_extra_cells"))
        rows.append({k: None if v is None else csv_value(v) for k, v in row.items()})
    return rows


def _json_rows(path: str, text: str) -> list[dict]:
    import json

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("debts.file_bad", path=path,
                         reason=Reason("common.json_syntax", line=exc.lineno, column=exc.colno)) from None
    if isinstance(document, dict):
        if document.get("format") != FORMAT_NAME:
            raise InputError("debts.file_bad", path=path, reason=Reason("debts.reason_not_export", format=FORMAT_NAME))
        document = document.get("debts")
    if not isinstance(document, list):
        raise InputError("debts.file_bad", path=path, reason=Reason("debts.reason_not_a_list"))
    for number, item in enumerate(document, 1):
        if not isinstance(item, dict):
            raise InputError("debts.file_bad_row", path=path, row=number, field="-",
                             reason=Reason("debts.reason_not_an_object"))
        unknown = [k for k in item if k not in FIELDS]
        if unknown:
            raise InputError("debts.file_bad_row", path=path, row=number, field=str(unknown[0]),
                             reason=Reason("debts.reason_unknown_field", known=", ".join(FIELDS)))
    return document
