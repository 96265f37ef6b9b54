"""Helpers of cli/calls_cmd.py: option values to domain values, the delete prompt, showing one entry.

Imported inside the command functions only (it pulls in the domain modules).
"""

from __future__ import annotations

import os
import sys
from datetime import date, datetime

from huabei_assist import bounds
from huabei_assist.calls import rules
from huabei_assist.calls.store import Store, fingerprint, recording_state
from huabei_assist.dates import parse_datetime
from huabei_assist.errors import HuabeiError, InputError
from huabei_assist.i18n import t
from huabei_assist.knowledge.calls_schema import CollectionRules
from huabei_assist.knowledge.base import Knowledge, knowledge


def whole(text: str, key: str, option: str, high: int, **params: object) -> int:
    """A whole number from 1 to `high` from option text (parsed here, so the error is ours and says how
    to fix it); a whole number that is only too large gets the message naming the range."""
    try:
        return bounds.whole(text, option, 1, high)
    except InputError:
        digits = text.strip()
        if digits.isascii() and digits.isdigit() and digits.lstrip("0"):
            raise
        raise InputError(key, value=bounds.shown(text), **params) from None


def entry_id(text: str | None) -> int:
    if text is None:
        raise InputError("calls.need_id")
    return whole(text.lstrip("#"), "calls.bad_id", "ID", bounds.MAX_ID)


def rules_and_settings(window: str | None, max_per_day: str | None,
                       kb: Knowledge | None = None) -> tuple[CollectionRules, rules.Settings]:
    book = knowledge(kb).collection_rules
    return book, rules.settings(book, window=window, max_per_day=max_per_day, env=os.environ)


def at_or_now(text: str | None) -> datetime:
    if text is None:
        return datetime.now().replace(second=0, microsecond=0)
    return parse_datetime(text, "--at")


def contact_at(text: str | None) -> datetime:
    """--at of a log entry: a contact that happened, so not after today. (`calls check --at` may ask
    about any time: it records nothing.)"""
    when = at_or_now(text)
    today = date.today()
    if when.date() > today:
        raise InputError("calls.at_after_today", option="--at", value=text, today=today.isoformat())
    return when


ANSWERED_KINDS = ("call",)  # only a call is answered or not


def answered(unanswered: bool, kind: str) -> bool | None:
    """What the log stores for --unanswered: a call is answered unless said otherwise; another kind
    has no answer (None), and --unanswered with it is a usage error."""
    if kind not in ANSWERED_KINDS:
        if unanswered:
            raise InputError("calls.unanswered_not_call", kind=kind)
        return None
    return not unanswered


def recording(text: str | None) -> dict:
    """The stored recording fields of --recording: absolute path, SHA-256, size, time (read once,
    here); "" or None clears them all."""
    if text is None or not text.strip():
        return dict.fromkeys(("recording_path", "recording_sha256", "recording_size", "recording_mtime_ns",
                              "recording_check"))
    path = os.path.abspath(os.path.expanduser(text.strip()))
    try:
        found = fingerprint(path)
    except InputError as exc:
        exc.params["path"] = text  # as the user typed it
        raise
    return {"recording_path": path, "recording_sha256": found.sha256, "recording_size": found.size,
            "recording_mtime_ns": found.mtime_ns, "recording_check": "ok"}


def period(start: str | None, end: str | None) -> tuple[date | None, date | None]:
    from huabei_assist.cli import inputs

    first, last = inputs.day(start, "--from"), inputs.day(end, "--to")
    if first and last and first > last:
        raise InputError("calls.bad_period", start=first.isoformat(), end=last.isoformat())
    return first, last


def in_period(at: datetime, first: date | None, last: date | None) -> bool:
    return (first is None or at.date() >= first) and (last is None or at.date() <= last)


def emit_entry(store: Store, entry_id: int, book: CollectionRules, settings: rules.Settings, lang: str,
               form, title_key: str) -> None:
    """Show one entry, checked in the context of the whole log (its day's count)."""
    from huabei_assist.render import emit
    from huabei_assist.views.calls_view import entry_view

    store.get(entry_id)  # a clear error when there is no such entry
    item = next(i for i in rules.check_entries(store.entries(), book, settings) if i.entry.id == entry_id)
    emit(entry_view(item, recording_state(item.entry), settings, book, lang, title_key), form)


def confirm_delete(entry, lang: str) -> None:
    """Ask on a terminal; read one line (a script may pipe "y"); no answer refuses: use --yes.

    The question is shown only to a person at a terminal, so a script that gives no answer gets
    exactly one line: the refusal."""
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if interactive:
        question = t("calls.delete_confirm", lang, id=entry.id, at=entry.at.strftime("%Y-%m-%d %H:%M"),
                     number=entry.number)
        sys.stderr.write(question + " ")
        sys.stderr.flush()
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        answer = ""
    if not answer:
        if interactive:
            sys.stderr.write("\n")
        raise HuabeiError("calls.delete_needs_yes")
    if answer.strip().lower() not in ("y", "yes", "是", "确定"):
        raise HuabeiError("calls.delete_declined", id=entry.id)
