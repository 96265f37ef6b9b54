"""Numbers that are facts, by the name a message uses for them: `{fee_rate}` in a message or help
text is filled from data/ (i18n.t), so a rate, an hour or a share is written in data/ only.

Each figure reads only its own book, when first asked for. A data text may name figures too (the
complaint deadlines in channels.toml and letters.toml): `filled` puts them in where it is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from huabei_assist.knowledge.base import Knowledge
from huabei_assist.knowledge.schema import Text


def percent(rate: Decimal) -> str:
    """0.0005 -> '0.05%', 0.24 -> '24%'."""
    return f"{(rate * 100).normalize():f}%"


def decimal(rate: Decimal) -> str:
    return f"{rate.normalize():f}"


def compare_periods(kb: Knowledge) -> str:
    """The default of `plan compare --periods`: the list-price counts, 24, 36 and the longest plan."""
    counts = [p.periods for p in kb.product.installments]
    counts += [n for n in (24, 36) if n < kb.plans.limits.negotiated_max_periods]
    return ",".join(str(n) for n in (*counts, kb.plans.limits.negotiated_max_periods))


def _budget_rule(kb: Knowledge) -> str:
    b = kb.plans.budget
    return "-".join(f"{(share * 100).normalize():f}" for share in (b.needs, b.debt, b.savings))


FIGURES: dict[str, Callable[[Knowledge], str]] = {
    "fee_rate": lambda kb: percent(kb.product.overdue_fee.known_rate),
    "fee_rate_decimal": lambda kb: decimal(kb.product.overdue_fee.known_rate),
    "minimum_share": lambda kb: percent(kb.product.minimum_repayment.known_rate),
    "list_periods": lambda kb: "/".join(str(p.periods) for p in kb.product.installments),
    "example_fee_rate": lambda kb: percent(kb.product.installments[-1].total_fee_rate),
    "example_fee_decimal": lambda kb: decimal(kb.product.installments[-1].total_fee_rate),
    "cost_cap": lambda kb: percent(kb.plans.limits.annual_cost_cap),
    "max_periods": lambda kb: str(kb.plans.limits.negotiated_max_periods),
    "due_day": lambda kb: str(kb.plans.limits.default_due_day),
    "compare_periods": compare_periods,
    "budget_rule": _budget_rule,
    "debt_share": lambda kb: percent(kb.plans.budget.debt),
    "guard_share": lambda kb: percent(kb.plans.balance_guard.known_rate),
    "window": lambda kb: f"{kb.collection_rules.window.start}-{kb.collection_rules.window.end}",
    "guideline_hours": lambda kb: f"{kb.collection_rules.guideline_hours.start}-{kb.collection_rules.guideline_hours.end}",
    "unanswered_limit": lambda kb: str(kb.collection_rules.unanswered.limit),
    "flag_words": lambda kb: ", ".join(kb.collection_rules.flags),
    "objection_days": lambda kb: str(kb.credit.objection.days),
    "seed_working_days": lambda kb: str(kb.credit.objection.seed_working_days),
    "credit_complaint_days": lambda kb: str(kb.credit.objection.complaint_days),  # 征信业管理条例 第26条
    "retention_years": lambda kb: str(kb.credit.retention.years),
    "monitor_count": lambda kb: str(kb.credit.monitor.count),
    "max_years": lambda kb: f"{kb.plans.limits.negotiated_max_periods / 12:g}",
    "complaint_days": lambda kb: str(kb.channels.complaint_deadlines.decide),
    "complaint_complex_days": lambda kb: str(kb.channels.complaint_deadlines.complex),
    "complaint_longest_days": lambda kb: str(kb.channels.complaint_deadlines.longest),
}


class Figures(dict):
    """name -> the figure as a message shows it; a name that is not a figure stays as written."""

    def __init__(self, kb: Knowledge | None = None) -> None:
        super().__init__()
        self.kb = kb if kb is not None else Knowledge()

    def __missing__(self, name: str) -> str:
        make = FIGURES.get(name)
        if make is None:
            return "{" + name + "}"
        value = self[name] = make(self.kb)
        return value


_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_Entry = TypeVar("_Entry")  # a NamedTuple with a `text`, or anything else (returned as it is)


def filled(text: Text, kb: Knowledge | None = None) -> Text:
    """A data text with its figures filled in both languages; another {name} (a letter's {date}) stays."""
    if "{" not in text.zh + text.en:
        return text
    figures = Figures(kb)
    return Text(*(_PLACEHOLDER.sub(lambda found: figures[found.group(1)], side) for side in text))


def with_figures(entry: _Entry, kb: Knowledge | None = None) -> _Entry:
    """A data entry (a Fact, a Step ...) whose `text` names figures, with them filled; else as it is."""
    text = getattr(entry, "text", None)
    if not isinstance(text, Text) or "{" not in text.zh + text.en:
        return entry
    replace = getattr(entry, "_replace")  # a NamedTuple's
    return replace(text=filled(text, kb))
