"""The complaint dossier: the contacts in order, the rules broken, counts, where to file, what to attach.

Pure: builds a Dossier from the log's entries; views/calls_view.py turns it into the Markdown file.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Sequence

from huabei_assist.calls.rules import Checked, Settings, check_entries
from huabei_assist.calls.store import Entry, recording_state
from huabei_assist.knowledge.calls_schema import CollectionRules, Rule
from huabei_assist.named_tuple import NamedTuple


class RuleCount(NamedTuple):
    rule: Rule
    count: int  # type: ignore[assignment]  # a field named count hides tuple.count, never called here
    entry_ids: tuple[int, ...]


class ChannelCount(NamedTuple):
    """A channel to file with, and how many of the violations point to it."""

    channel: str
    count: int  # type: ignore[assignment]  # a field named count hides tuple.count, never called here
    rule_ids: tuple[str, ...]


class Caller(NamedTuple):
    """One number, once, with every agency it said it was (in order of first contact)."""

    number: str
    agencies: tuple[str, ...]
    count: int  # type: ignore[assignment]  # a field named count hides tuple.count, never called here


class Recording(NamedTuple):
    entry_id: int
    path: str
    sha256: str
    state: str  # "ok", "changed", "missing", "not_regular" or "unverified" (store.recording_state)


class Dossier(NamedTuple):
    today: date
    start: date | None
    end: date | None
    settings: Settings
    items: tuple[Checked, ...]  # the contacts in the period, in time order
    rules: tuple[RuleCount, ...]  # rules broken, most often first
    channels: tuple[ChannelCount, ...]  # where to file, most violations first
    callers: tuple[Caller, ...]  # numbers, most contacts first
    recordings: tuple[Recording, ...]
    days_with_contact: int
    busiest_day: date | None
    busiest_count: int

    @property
    def with_violations(self) -> int:
        """Contacts that broke at least one rule (a contact can break several)."""
        return sum(1 for item in self.items if item.violations)

    @property
    def breaks(self) -> int:
        """Rule breaks, counted apart from contacts: a call at 22:00 with a threat is one contact, two breaks."""
        return sum(rc.count for rc in self.rules)

    def rule(self, rule_id: str) -> Rule:
        """A rule broken, as it applied (the window's name follows the window in force)."""
        return next(rc.rule for rc in self.rules if rc.rule.id == rule_id)

    @property
    def first_contact(self) -> datetime | None:
        return self.items[0].entry.at if self.items else None

    @property
    def last_contact(self) -> datetime | None:
        return self.items[-1].entry.at if self.items else None


def build(entries: Sequence[Entry], book: CollectionRules, settings: Settings, *, today: date,
          start: date | None = None, end: date | None = None) -> Dossier:
    """`entries` is the whole log in time order: contacts per day are counted before the period
    is cut, so a day on the edge of the period counts the same as in `calls log list`."""
    checked = [item for item in check_entries(entries, book, settings)
               if (start is None or item.entry.at.date() >= start) and (end is None or item.entry.at.date() <= end)]

    broken: dict[str, list[int]] = {}
    applied: dict[str, Rule] = {}
    for item in checked:
        for violation in item.violations:
            broken.setdefault(violation.rule.id, []).append(item.entry.id)
            applied[violation.rule.id] = violation.rule
    order = {rule.id: index for index, rule in enumerate(book.all_rules)}
    rule_counts = sorted((RuleCount(applied[rid], len(ids), tuple(ids)) for rid, ids in broken.items()),
                         key=lambda rc: (-rc.count, order[rc.rule.id]))

    channel_hits: Counter = Counter()
    channel_rules: dict[str, list[str]] = {}
    first_seen: dict[str, int] = {}
    for rc in rule_counts:
        for channel in rc.rule.report_to:
            channel_hits[channel] += rc.count
            channel_rules.setdefault(channel, []).append(rc.rule.id)
            first_seen.setdefault(channel, len(first_seen))
    channels = sorted((ChannelCount(c, n, tuple(channel_rules[c])) for c, n in channel_hits.items()),
                      key=lambda cc: (-cc.count, first_seen[cc.channel]))

    per_number: Counter = Counter(item.entry.number for item in checked)
    agencies: dict[str, dict[str, None]] = {}
    for item in checked:  # dicts keep the order agencies were first seen
        agencies.setdefault(item.entry.number, {}).update({item.entry.agency: None} if item.entry.agency else {})
    first_call = {number: index for index, number in enumerate(agencies)}
    callers = sorted((Caller(number, tuple(agencies[number]), n) for number, n in per_number.items()),
                     key=lambda c: (-c.count, first_call[c.number]))

    recordings = tuple(Recording(item.entry.id, item.entry.recording_path, item.entry.recording_sha256 or "",
                                 recording_state(item.entry) or "missing")
                       for item in checked if item.entry.recording_path)

    per_day = Counter(item.entry.at.date() for item in checked)
    busiest = min(per_day, key=lambda d: (-per_day[d], d)) if per_day else None
    return Dossier(today, start, end, settings, tuple(checked), tuple(rule_counts), tuple(channels),
                   tuple(callers), recordings, len(per_day), busiest, per_day[busiest] if busiest else 0)
