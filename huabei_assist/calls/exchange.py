"""Export the evidence log as JSON or CSV, and read such a file back (a round trip loses nothing).

JSON: {"format": "huabei-calls", "version": 2, "entries": [...]} with the store's columns (version 2
added `answered`: true, false or null; a version 1 file, without it, is read as "not known").
CSV: a header row of the same columns, one row an entry; empty cells are empty (NULL) fields. A
cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a leading
quote and read back without it (escape.csv_cell / csv_value): the file opens safely, nothing is lost.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Sequence

from huabei_assist.bounds import MAX_ID, MAX_NUMBER_CHARS
from huabei_assist.calls.store import COLUMNS, OPTIONAL_COLUMNS, Entry, NewEntry, fingerprint
from huabei_assist.errors import InputError, Reason
from huabei_assist.escape import csv_value
from huabei_assist.user_files import read_user_file
from huabei_assist.knowledge.calls_schema import KINDS

FORMAT_NAME = "huabei-calls"
FORMAT_VERSION = 2
_SHA = re.compile(r"^[0-9a-f]{64}$")


def export_document(entries: Sequence[Entry]) -> dict:
    """The export as one JSON document; its CSV form is the same records under COLUMNS (views/calls_view.export_view)."""
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "entries": [entry.record() for entry in entries]}


def csv_text(value: object) -> str:
    """A record's value as its CSV cell: answered as 1 or 0 (CSV has no booleans); everything else as its text."""
    return str(int(value)) if isinstance(value, bool) else str(value)


def read_import(path: str, known_flags: Sequence[str]) -> list[NewEntry]:
    """The entries of an export file (JSON or CSV, told apart by the first character).

    Only a regular file is read: a FIFO or a device would block or never end."""
    text = read_user_file(path, not_a_file="calls.import_not_a_file", unreadable="calls.import_unreadable",
                          bad="calls.import_bad_file", not_utf8="calls.reason_not_utf8")
    if text.lstrip().startswith(("{", "[")):
        records = _json_records(path, text)
    else:
        records = [{k: csv_value(v) if isinstance(v, str) else v for k, v in row.items()}
                   for row in csv.DictReader(io.StringIO(text))]
        required = set(COLUMNS) - set(OPTIONAL_COLUMNS)
        if not records or required - set(records[0]):
            missing = sorted(required - set(records[0])) if records else [c for c in COLUMNS if c in required]
            raise InputError("calls.import_bad_file", path=path, reason=Reason("calls.reason_csv_columns", columns=", ".join(missing)))
    return [_new_entry(path, index, record, known_flags) for index, record in enumerate(records, 1)]


def _json_int(text: str) -> int | Decimal:
    """json's int() raises past 4,300 digits: a number too long for any field stays a Decimal (refused)."""
    return int(text) if len(text) <= MAX_NUMBER_CHARS else Decimal(text)


def _json_records(path: str, text: str) -> list[dict]:
    try:
        document = json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise InputError("calls.import_bad_file", path=path, reason=Reason("common.json_syntax", line=exc.lineno, column=exc.colno)) from None
    records = document.get("entries") if isinstance(document, dict) else document
    if isinstance(document, dict) and document.get("format") != FORMAT_NAME:
        raise InputError("calls.import_bad_file", path=path, reason=Reason("calls.reason_not_export", format=FORMAT_NAME))
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError("calls.import_bad_file", path=path, reason=Reason("calls.reason_not_a_list"))
    return records


def _new_entry(path: str, index: int, record: dict, known_flags: Sequence[str]) -> NewEntry:
    def text(name: str) -> str | None:
        value = record.get(name)
        if value is None or isinstance(value, str):
            return value or None
        raise InputError("calls.import_bad_entry", path=path, n=index, field=name, reason=Reason("calls.reason_not_text"))

    try:
        at = datetime.fromisoformat(text("at") or "")
    except ValueError:
        raise InputError("calls.import_bad_entry", path=path, n=index, field="at",
                         reason=Reason("calls.reason_not_iso", value=repr(record.get("at")))) from None
    if at.date() > date.today():  # the log holds contacts that happened (as `calls log add --at`)
        raise InputError("calls.import_bad_entry", path=path, n=index, field="at",
                         reason=Reason("calls.reason_after_today", value=repr(record.get("at")),
                                       today=date.today().isoformat()))
    number, kind = text("number"), text("kind")
    if not number:
        raise InputError("calls.import_bad_entry", path=path, n=index, field="number", reason=Reason("calls.reason_missing"))
    if kind not in KINDS:
        raise InputError("calls.import_bad_entry", path=path, n=index, field="kind",
                         reason=Reason("calls.reason_bad_kind", value=repr(kind), kinds=", ".join(KINDS)))
    sha = text("recording_sha256")
    if sha is not None and not _SHA.match(sha):
        raise InputError("calls.import_bad_entry", path=path, n=index, field="recording_sha256",
                         reason=Reason("calls.reason_not_sha256"))
    entry_id = record.get("id")
    if isinstance(entry_id, str):
        digits = entry_id.strip()  # ASCII digits only: '²'.isdigit() is true but int() refuses it
        if not digits:
            entry_id = None
        elif digits.isascii() and digits.isdigit() and len(digits) <= 19:
            entry_id = int(digits)
    if entry_id is not None and (not isinstance(entry_id, int) or isinstance(entry_id, bool)
                                 or not 1 <= entry_id <= MAX_ID):
        raise InputError("calls.import_bad_entry", path=path, n=index, field="id", reason=Reason("calls.reason_not_id"))
    flags = tuple(f for f in (text("flags") or "").split(",") if f)
    unknown = [f for f in flags if f not in known_flags]
    if unknown:
        raise InputError("calls.import_bad_entry", path=path, n=index, field="flags",
                         reason=Reason("calls.reason_bad_flag", value=repr(unknown[0]), flags=", ".join(known_flags)))
    answered = record.get("answered")
    if isinstance(answered, str):
        answered = {"": None, "1": True, "0": False, "true": True, "false": False}.get(answered.strip().lower(), answered)
    if answered is not None and not isinstance(answered, bool):
        raise InputError("calls.import_bad_entry", path=path, n=index, field="answered",
                         reason=Reason("calls.reason_not_answered"))
    return NewEntry(at=at.replace(second=0, microsecond=0), number=number, kind=kind, agency=text("agency"),
                    note=text("note"), recording_path=text("recording_path"), recording_sha256=sha,
                    flags=flags, id=entry_id, created=text("created"), answered=answered)


# What reading an imported recording found, by the error `store.fingerprint` raised.
_NOT_READ = {"calls.recording_not_found": "missing", "calls.recording_not_a_file": "not-regular",
             "calls.recording_too_large": "too-large", "calls.recording_unreadable": "unreadable"}


def check_recordings(items: Sequence[NewEntry]) -> list[NewEntry]:
    """Read each imported recording once (before the log is locked): the entry keeps the SHA-256
    of the export, and gets the file's size and time when its content matches ("ok"). A different
    content is "changed"; a recording missing, not a regular file (a FIFO, a device, a folder), too
    large or unreadable is not read, and the entry is imported with that noted: nothing of the
    export is dropped, and `calls log list` shows the recording's state."""
    checked = []
    for new in items:
        if not new.recording_path:
            checked.append(new)
            continue
        try:
            found = fingerprint(new.recording_path)
        except InputError as exc:
            checked.append(new._replace(recording_check=_NOT_READ.get(exc.key, "unreadable")))
            continue
        if new.recording_sha256 not in (None, found.sha256):
            checked.append(new._replace(recording_check="changed"))
            continue
        checked.append(new._replace(recording_sha256=found.sha256, recording_size=found.size,
                                    recording_mtime_ns=found.mtime_ns, recording_check="ok"))
    return checked
