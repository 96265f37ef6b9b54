"""data/collection_rules.toml: the rules a collection contact can break, and where to report it.

NamedTuples, validated by Pydantic on a cache miss (knowledge/validate.py); see knowledge/schema.py.
"""

import re
from typing import NamedTuple

from huabei_assist.knowledge.schema import Basis, Named, Problem, Text, name_problems

# The channel ids of data/channels.toml, checked here so a typo fails when this file loads
# (tests/test_calls_rules.py keeps the two lists equal).
CHANNEL_IDS: tuple[str, ...] = ("95188", "12378", "12363", "nifa", "12321", "110", "heimao", "court")
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class Rule(NamedTuple):
    """One rule a contact can break, how firm it is, and the channels to report it to."""

    id: str
    name: Text
    text: Text
    basis: Basis
    source: str
    report_to: tuple[str, ...]
    evidence: Text
    flag: str | None = None  # the --flags word that marks a contact as breaking it
    zh_name: str | None = None  # the flag's Chinese name (`--flags 威胁`): required with a flag
    seed_claim: Text | None = None
    pin: str | None = None  # the article or section of the source, e.g. 第25条


class Window(NamedTuple):
    """The allowed contact hours, "HH:MM" to "HH:MM", both ends included."""

    start: str
    end: str
    kinds: tuple[str, ...]
    rule: Rule


class Daily(NamedTuple):
    """The most contacts in one day before the count rule is broken."""

    limit: int
    kinds: tuple[str, ...]
    rule: Rule


class CollectionRules(NamedTuple):
    window: Window
    daily: Daily
    rules: tuple[Rule, ...]  # the rules a contact breaks by its flags
    kinds: tuple[Named, ...]  # how a contact came (`--kind`): call, sms ...

    @property
    def all_rules(self) -> tuple[Rule, ...]:
        return (self.window.rule, self.daily.rule, *self.rules)

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(rule.flag for rule in self.rules if rule.flag)

    @property
    def flag_names(self) -> tuple[Named, ...]:
        """Each --flags word with its Chinese name."""
        return tuple(Named(rule.flag, rule.zh_name or "") for rule in self.rules if rule.flag)

    @property
    def kind_ids(self) -> tuple[str, ...]:
        return tuple(kind.id for kind in self.kinds)

    def problems(self) -> list[Problem]:
        found = name_problems("kinds", self.kinds)
        found += name_problems("rules", tuple(rule for rule in self.rules if rule.flag), id_field="flag")
        for name in ("start", "end"):
            if not _HHMM.match(getattr(self.window, name)):
                found.append(("window", name, "must be a time HH:MM from 00:00 to 23:59"))
        if not found and self.window.start >= self.window.end:
            found.append(("window", "end", "must be later than start"))
        if self.daily.limit < 1:
            found.append(("daily", "limit", "must be at least 1"))
        for where, kinds in (("window", self.window.kinds), ("daily", self.daily.kinds)):
            for kind in kinds:
                if kind not in self.kind_ids:
                    found.append((where, "kinds", f"unknown kind '{kind}' (use {', '.join(self.kind_ids)})"))
        seen: set[str] = set()
        for where, rule in (("window.rule", self.window.rule), ("daily.rule", self.daily.rule),
                            *((f"rules[{i}]", r) for i, r in enumerate(self.rules))):
            if rule.id in seen:
                found.append((where, "id", f"duplicate id '{rule.id}'"))
            seen.add(rule.id)
            if not rule.report_to:
                found.append((where, "report_to", "name at least one channel"))
            for channel in rule.report_to:
                if channel not in CHANNEL_IDS:
                    found.append((where, "report_to", f"unknown channel '{channel}'"))
        for index, rule in enumerate(self.rules):
            if not rule.flag:
                found.append((f"rules[{index}]", "flag", "required field is missing"))
        return found

    def rule(self, rule_id: str) -> Rule:
        for rule in self.all_rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

