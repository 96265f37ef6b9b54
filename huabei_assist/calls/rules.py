"""Which rules one collection contact breaks: hours, contacts that day, third party, threats, ...

Pure: the rules come from data/collection_rules.toml; the window and the daily limit can be
overridden (an option, an environment variable), and the result says which was used.
"""

import re
from datetime import datetime
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple, Sequence

from huabei_assist.errors import InputError
from huabei_assist.knowledge.calls_schema import KINDS, CollectionRules, Rule
from huabei_assist.known_ids import did_you_mean

if TYPE_CHECKING:  # the store imports sqlite3: only the type is needed here
    from huabei_assist.calls.store import Entry

WINDOW_ENV = "HUABEI_CALL_WINDOW"
LIMIT_ENV = "HUABEI_MAX_CONTACTS_PER_DAY"
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–~至到]\s*(\d{1,2}):(\d{2})\s*$")


class Settings(NamedTuple):
    """The window (minutes after midnight, both ends allowed) and the daily limit in force."""

    start: int
    end: int
    limit: int
    window_from: str  # "data", "option" or "env"
    limit_from: str

    @property
    def window_text(self) -> str:
        return f"{hhmm(self.start)}-{hhmm(self.end)}"


class Contact(NamedTuple):
    at: datetime
    kind: str = "call"
    flags: tuple[str, ...] = ()
    count_today: int | None = None  # contacts that day, this one included; None: not known


class Violation(NamedTuple):
    rule: Rule
    detail: str  # catalog key explaining this case
    params: dict


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_window(text: str, source: str) -> tuple[int, int]:
    """'08:00-21:00' -> (480, 1260). `source` names where it came from, for the error."""
    match = _WINDOW.match(text)
    if match:
        h1, m1, h2, m2 = map(int, match.groups())
        if h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60 and h1 * 60 + m1 < h2 * 60 + m2:
            return h1 * 60 + m1, h2 * 60 + m2
    raise InputError("calls.bad_window", source=source, value=text)


def settings(book: CollectionRules, *, window: str | None = None, max_per_day: str | int | None = None,
             env: Mapping[str, str] | None = None) -> Settings:
    """The option wins over the environment variable, which wins over data/collection_rules.toml."""
    env = env or {}
    if window is not None:
        (start, end), window_from = parse_window(window, "--window"), "option"
    elif env.get(WINDOW_ENV):
        (start, end), window_from = parse_window(env[WINDOW_ENV], WINDOW_ENV), "env"
    else:
        (start, end), window_from = parse_window(f"{book.window.start}-{book.window.end}", "data"), "data"
    if max_per_day is not None:
        limit, limit_from = _limit(str(max_per_day), "--max-per-day"), "option"
    elif env.get(LIMIT_ENV):
        limit, limit_from = _limit(env[LIMIT_ENV], LIMIT_ENV), "env"
    else:
        limit, limit_from = book.daily.limit, "data"
    return Settings(start, end, limit, window_from, limit_from)


def _limit(text: str, source: str) -> int:
    from huabei_assist.bounds import MAX_PER_DAY, shown, whole

    try:
        return whole(text, source, 1, MAX_PER_DAY)
    except InputError:
        raise InputError("calls.bad_limit", source=source, value=shown(text.strip()), high=MAX_PER_DAY) from None


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise InputError("calls.bad_kind", value=kind, kinds=", ".join(KINDS), hint=did_you_mean(kind, KINDS))
    return kind


def parse_flags(values: Iterable[str], book: CollectionRules) -> tuple[str, ...]:
    """'threat,insult' (comma- or space-separated, repeatable) -> ('threat', 'insult'), in data order."""
    words = {word.strip().lower() for value in values for word in re.split(r"[,\s，]+", value) if word.strip()}
    words.discard("none")
    unknown = sorted(words - set(book.flags))
    if unknown:
        raise InputError("calls.bad_flag", value=unknown[0], flags=", ".join(book.flags),
                         hint=did_you_mean(unknown[0], book.flags))
    return tuple(flag for flag in book.flags if flag in words)


def check(contact: Contact, book: CollectionRules, rules: Settings) -> tuple[Violation, ...]:
    """The rules this contact breaks, in the order of the data file (hours, count, then the flags)."""
    found = []
    minute = contact.at.hour * 60 + contact.at.minute
    if contact.kind in book.window.kinds and not rules.start <= minute <= rules.end:
        found.append(Violation(book.window.rule, "calls.detail_off_hours",
                               {"time": hhmm(minute), "window": rules.window_text}))
    if (contact.kind in book.daily.kinds and contact.count_today is not None
            and contact.count_today > rules.limit):
        found.append(Violation(book.daily.rule, "calls.detail_count",
                               {"count": contact.count_today, "limit": rules.limit}))
    for rule in book.rules:
        if rule.flag in contact.flags:
            found.append(Violation(rule, f"calls.detail_{rule.id}", {}))
    return tuple(found)


def counts_today(contacts: Sequence[Contact], book: CollectionRules) -> list[int | None]:
    """For each contact, how many counted contacts fell on its day up to it, itself included.

    `contacts` must be in time order. Kinds outside the daily rule (letters) get None.
    """
    seen: dict = {}
    result: list[int | None] = []
    for contact in contacts:
        if contact.kind not in book.daily.kinds:
            result.append(None)
            continue
        day = contact.at.date()
        seen[day] = seen.get(day, 0) + 1
        result.append(seen[day])
    return result


class Checked(NamedTuple):
    """A logged entry with what the rules say about it."""

    entry: "Entry"  # checked by its at, kind and flags
    count_today: int | None
    violations: tuple[Violation, ...]


def check_entries(entries: Sequence["Entry"], book: CollectionRules, rules: Settings) -> list[Checked]:
    """Check every entry (in time order, as the store returns them), counting contacts per day."""
    contacts = [Contact(e.at, e.kind, e.flags) for e in entries]
    counts = counts_today(contacts, book)
    return [Checked(entry, count, check(contact._replace(count_today=count), book, rules))
            for entry, contact, count in zip(entries, contacts, counts)]
