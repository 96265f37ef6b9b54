"""data/collection_rules.toml: the rules a collection contact can break, and where to report it.

NamedTuples, validated by Pydantic on a cache miss (knowledge/validate.py); see knowledge/schema.py.
"""

from typing import Literal

from huabei_assist.knowledge.schema import Named, Problem, Text, name_problems
from huabei_assist.named_tuple import NamedTuple

# The channel ids of data/channels.toml, checked here so a typo fails when this file loads
# (tests/test_calls_rules.py keeps the two lists equal).
CHANNEL_IDS: tuple[str, ...] = ("95188", "12378", "12363", "nifa", "12321", "110", "heimao", "court")
_HHMM = r"^([01]\d|2[0-3]):([0-5]\d)$"  # checked on a cache miss only: compiled then
# How firm a rule is: the bases of data facts, and "setting" for a limit only the user sets (no
# document behind it: no source, and never called a rule broken).
RuleBasis = Literal["statute", "regulator", "platform", "industry", "reported", "setting"]


class Rule(NamedTuple):
    """One rule a contact can break, how firm it is, and the channels to report it to."""

    id: str
    name: Text
    text: Text
    basis: RuleBasis
    report_to: tuple[str, ...]
    evidence: Text
    source: str | None = None  # an id in sources.toml; None only for a user's setting
    flag: str | None = None  # the --flags word that marks a contact as breaking it
    zh_name: str | None = None  # the flag's Chinese name (`--flags 威胁`): required with a flag
    seed_claim: Text | None = None
    pin: str | None = None  # the article or section of the source, e.g. 第25条
    setting_text: Text | None = None  # the text when the user set the threshold (the window)


class Window(NamedTuple):
    """A span of the day, "HH:MM" to "HH:MM": from start (included) to end (not included). The
    guideline's span runs over midnight (22:00-08:00); the usual window does not (08:00-21:00)."""

    start: str
    end: str
    kinds: tuple[str, ...]
    rule: Rule


class Unanswered(NamedTuple):
    """The most unanswered calls in one day that the guideline accepts."""

    limit: int
    kinds: tuple[str, ...]
    rule: Rule


class Daily(NamedTuple):
    """A daily number of contacts: only the user sets one (no default)."""

    kinds: tuple[str, ...]
    rule: Rule


class CollectionRules(NamedTuple):
    guideline_hours: Window
    window: Window
    unanswered: Unanswered
    daily: Daily
    rules: tuple[Rule, ...]  # the rules a contact breaks by its flags
    kinds: tuple[Named, ...]  # how a contact came (`--kind`): call, sms ...

    @property
    def all_rules(self) -> tuple[Rule, ...]:
        return (self.guideline_hours.rule, self.window.rule, self.unanswered.rule, self.daily.rule, *self.rules)

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
        import re

        found = name_problems("kinds", self.kinds, shown=True)
        found += name_problems("rules", tuple(rule for rule in self.rules if rule.flag), id_field="flag")
        for where, span in (("guideline_hours", self.guideline_hours), ("window", self.window)):
            for name in ("start", "end"):
                if not re.match(_HHMM, getattr(span, name)):
                    found.append((where, name, "must be a time HH:MM from 00:00 to 23:59"))
        if not found and self.window.start >= self.window.end:
            found.append(("window", "end", "must be later than start"))
        if not found and self.guideline_hours.start <= self.guideline_hours.end:
            found.append(("guideline_hours", "end", "the guideline's hours run over midnight: end before start"))
        if self.unanswered.limit < 1:
            found.append(("unanswered", "limit", "must be at least 1"))
        for where, kinds in (("guideline_hours", self.guideline_hours.kinds), ("window", self.window.kinds),
                             ("unanswered", self.unanswered.kinds), ("daily", self.daily.kinds)):
            for kind in kinds:
                if kind not in self.kind_ids:
                    found.append((where, "kinds", f"unknown kind '{kind}' (use {', '.join(self.kind_ids)})"))
        seen: set[str] = set()
        for where, rule in (("guideline_hours.rule", self.guideline_hours.rule), ("window.rule", self.window.rule),
                            ("unanswered.rule", self.unanswered.rule), ("daily.rule", self.daily.rule),
                            *((f"rules[{i}]", r) for i, r in enumerate(self.rules))):
            if rule.id in seen:
                found.append((where, "id", f"duplicate id '{rule.id}'"))
            seen.add(rule.id)
            if (rule.basis == "setting") != (where == "daily.rule"):
                found.append((where, "basis", "only the user's daily limit is a setting"))
            if (rule.source is None) != (rule.basis == "setting"):
                found.append((where, "source", "a rule cites a source in sources.toml; a setting has none"))
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

