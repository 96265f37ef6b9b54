"""Which rules one collection contact breaks: hours, unanswered calls, the user's own limit, flags.

Pure: the rules come from data/collection_rules.toml. Two time rules, each with its own basis: the
2026 guideline's 22:00-08:00 (industry, fixed) and the usual window, 08:00-21:00 in data (reported),
which the user can set (an option, an environment variable): the rule is then the user's own
setting. A daily number of contacts exists only when the user sets one. A time is inside a span
"A-B" when A <= time < B, to the minute.
"""

import re
from datetime import datetime
from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from huabei_assist.errors import InputError
from huabei_assist.knowledge.calls_schema import CollectionRules, Rule
from huabei_assist.knowledge.schema import Text
from huabei_assist.known_ids import pick_id, pick_ids
from huabei_assist.named_tuple import NamedTuple

if TYPE_CHECKING:  # the store imports sqlite3: only the type is needed here
    from huabei_assist.calls.store import Entry

WINDOW_ENV = "HUABEI_CALL_WINDOW"
LIMIT_ENV = "HUABEI_MAX_CONTACTS_PER_DAY"
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–~至到]\s*(\d{1,2}):(\d{2})\s*$")
DAY = 24 * 60


class Settings(NamedTuple):
    """The usual window (minutes after midnight, from start up to end) and the user's daily limit."""

    start: int
    end: int
    limit: int | None  # None: the user set no daily limit (there is no default)
    window_from: str  # "data", "option" or "env"
    limit_from: str  # "none", "option" or "env"

    @property
    def window_text(self) -> str:
        return f"{hhmm(self.start)}-{hhmm(self.end)}"

    @property
    def window_basis(self) -> str:
        """The data's window is the reported 2018 convention; one the user sets is their own setting."""
        return "reported" if self.window_from == "data" else "setting"


class Contact(NamedTuple):
    at: datetime
    kind: str = "call"
    flags: tuple[str, ...] = ()
    count_today: int | None = None  # contacts that day, this one included; None: not known
    answered: bool | None = None  # False: an unanswered call; None: not known
    unanswered_today: int | None = None  # unanswered calls that day, this one included


class Violation(NamedTuple):
    rule: Rule  # as it applies here: the window's name, text and basis follow the window in force
    detail: str  # catalog key explaining this case
    params: dict


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def minutes(text: str) -> int:
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


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
    limit: int | None
    if max_per_day is not None:
        limit, limit_from = _limit(str(max_per_day), "--max-per-day"), "option"
    elif env.get(LIMIT_ENV):
        limit, limit_from = _limit(env[LIMIT_ENV], LIMIT_ENV), "env"
    else:
        limit, limit_from = None, "none"
    return Settings(start, end, limit, window_from, limit_from)


def _limit(text: str, source: str) -> int:
    from huabei_assist.bounds import MAX_PER_DAY, shown, whole

    try:
        return whole(text, source, 1, MAX_PER_DAY)
    except InputError:
        raise InputError("calls.bad_limit", source=source, value=shown(text.strip()), high=MAX_PER_DAY) from None


def check_kind(kind: str, book: CollectionRules) -> str:
    """'call', 'SMS' or '电话' -> the kind's id."""
    return pick_id(book.kinds, kind, "calls.bad_kind")


def parse_flags(values: Iterable[str], book: CollectionRules) -> tuple[str, ...]:
    """'threat,insult' or '威胁，辱骂' (comma- or space-separated, repeatable) -> ('threat', 'insult'),
    in data order; 'none' alone clears them."""
    words = [word for value in values for word in re.split(r"[,\s，、]+", value) if word.strip()]
    return pick_ids(book.flag_names, [word for word in words if word.lower() != "none"], "calls.bad_flag")


# -- the two time rules -----------------------------------------------------------------------
def guideline_span(book: CollectionRules) -> tuple[int, int]:
    """The guideline's hours as minutes (1320, 480): from 22:00 over midnight up to 08:00."""
    return minutes(book.guideline_hours.start), minutes(book.guideline_hours.end)


def in_guideline_hours(minute: int, book: CollectionRules) -> bool:
    start, end = guideline_span(book)
    return minute >= start or minute < end


def window_gaps(rules: Settings, book: CollectionRules) -> list[tuple[int, int]]:
    """The spans outside the window in force but outside the guideline's hours too: what the usual
    hours rule adds (21:00-22:00 with the data's window; 08:00-09:00 and 20:00-22:00 with 09:00-20:00)."""
    night_start, night_end = guideline_span(book)
    gaps = []
    if rules.start > night_end:
        gaps.append((night_end, min(rules.start, night_start)))
    if rules.end < night_start:
        gaps.append((max(rules.end, night_end), night_start))
    return [(a, b) for a, b in gaps if a < b]


def gaps_text(rules: Settings, book: CollectionRules) -> Text:
    spans = [f"{hhmm(a)}-{hhmm(b)}" for a, b in window_gaps(rules, book)] or ["-"]
    return Text("、".join(spans), ", ".join(spans))


def window_rule(rules: Settings, book: CollectionRules) -> Rule:
    """The usual hours rule as it applies: its name and text name the window in force and the hours
    it adds; a window the user set is their own setting (no source)."""
    rule, hours, window = book.window.rule, gaps_text(rules, book), rules.window_text

    def filled(text: Text) -> Text:
        return Text(text.zh.format(hours=hours.zh, window=window), text.en.format(hours=hours.en, window=window))

    if rules.window_from == "data":
        return rule._replace(name=filled(rule.name), text=filled(rule.text))
    return rule._replace(name=filled(rule.name), text=filled(rule.setting_text or rule.text), basis="setting",
                         source=None, pin=None, seed_claim=None)


def check(contact: Contact, book: CollectionRules, rules: Settings) -> tuple[Violation, ...]:
    """The rules this contact breaks, in the order of the data file (hours, counts, then the flags).

    A time in the guideline's hours breaks the guideline only, not also the usual window."""
    found = []
    minute = contact.at.hour * 60 + contact.at.minute
    time = hhmm(minute)
    if contact.kind in book.guideline_hours.kinds and in_guideline_hours(minute, book):
        found.append(Violation(book.guideline_hours.rule, "calls.detail_guideline_hours",
                               {"time": time, "start": book.guideline_hours.start, "end": book.guideline_hours.end}))
    elif contact.kind in book.window.kinds and not rules.start <= minute < rules.end:
        found.append(Violation(window_rule(rules, book), "calls.detail_off_hours",
                               {"time": time, "window": rules.window_text}))
    if (contact.kind in book.unanswered.kinds and contact.answered is False
            and contact.unanswered_today is not None and contact.unanswered_today > book.unanswered.limit):
        found.append(Violation(book.unanswered.rule, "calls.detail_unanswered",
                               {"count": contact.unanswered_today, "limit": book.unanswered.limit}))
    if (rules.limit is not None and contact.kind in book.daily.kinds and contact.count_today is not None
            and contact.count_today > rules.limit):
        found.append(Violation(book.daily.rule, "calls.detail_count",
                               {"count": contact.count_today, "limit": rules.limit}))
    for rule in book.rules:
        if rule.flag in contact.flags:
            found.append(Violation(rule, f"calls.detail_{rule.id}", {}))
    return tuple(found)


BASIS_ORDER = ("statute", "regulator", "platform", "industry", "reported", "setting")


def breaks_by_basis(violations: Iterable[Violation]) -> dict[str, int]:
    """{basis: breaks}, firmest first: what the verdict counts ("2 of an industry guideline, 1 of your setting")."""
    counts: dict[str, int] = {}
    for violation in violations:
        counts[violation.rule.basis] = counts.get(violation.rule.basis, 0) + 1
    return {basis: counts[basis] for basis in BASIS_ORDER if basis in counts}


def counts_today(contacts: Sequence[Contact], book: CollectionRules) -> list[int | None]:
    """For each contact, how many counted contacts fell on its day up to it, itself included.

    `contacts` must be in time order. Kinds outside the daily rule (letters) get None."""
    return _numbered(contacts, lambda c: c.kind in book.daily.kinds)


def unanswered_today(contacts: Sequence[Contact], book: CollectionRules) -> list[int | None]:
    """For each unanswered call, how many unanswered calls fell on its day up to it, itself included
    (all callers together: the guideline counts calls to the debtor's number). Others get None."""
    return _numbered(contacts, lambda c: c.kind in book.unanswered.kinds and c.answered is False)


def _numbered(contacts: Sequence[Contact], counted) -> list[int | None]:
    seen: dict = {}
    result: list[int | None] = []
    for contact in contacts:
        if not counted(contact):
            result.append(None)
            continue
        day = contact.at.date()
        seen[day] = seen.get(day, 0) + 1
        result.append(seen[day])
    return result


class Checked(NamedTuple):
    """A logged entry with what the rules say about it."""

    entry: "Entry"  # checked by its at, kind, flags and answered
    count_today: int | None
    violations: tuple[Violation, ...]
    unanswered_today: int | None = None


def check_entries(entries: Sequence["Entry"], book: CollectionRules, rules: Settings) -> list[Checked]:
    """Check every entry (in time order, as the store returns them), counting contacts per day."""
    contacts = [Contact(e.at, e.kind, e.flags, answered=e.answered) for e in entries]
    counts, missed = counts_today(contacts, book), unanswered_today(contacts, book)
    return [Checked(entry, count, check(contact._replace(count_today=count, unanswered_today=miss), book, rules), miss)
            for entry, contact, count, miss in zip(entries, contacts, counts, missed)]
