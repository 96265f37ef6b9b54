"""Shape of data/credit.toml: the credit-report rules and the numbers and dates they carry.

NamedTuples, like knowledge/schema.py (validated by Pydantic on a cache miss, then cached).
Texts already in rights.toml are referenced by id (`right`), resolved by the credit module.
"""

from datetime import date
from decimal import Decimal

from huabei_assist.knowledge.schema import Basis, Fact, Problem, Text, name_problems
from huabei_assist.named_tuple import NamedTuple

# The ways of settling the clear-date computation knows (credit/retention.py); data/ names each.
METHODS: tuple[str, ...] = ("settle", "installment", "court")


class Retention(NamedTuple):
    """《征信业管理条例》第16条: kept `years` years from the day the adverse event ends."""

    right: str  # rights.toml id with the text of the rule
    years: int
    period_end: Fact  # 民法典 第202条: how a period in years ends


class Method(NamedTuple):
    """A way of settling (`credit --method`), with when the adverse event ends; read like a Fact."""

    id: str
    zh_name: str  # `--method 结清` as well as `--method settle`
    name: Text  # in output: 一次结清, settled at once
    text: Text
    basis: Basis
    source: str
    seed_claim: Text | None = None
    pin: str | None = None  # the article or section of the source, e.g. 第16条


class Effect(NamedTuple):
    """A knock-on effect of the overdue, stated once (not per overdue month: the seed's monthly
    figures do not add up). Shaped like schema.Fact so views.facts shows it the same way.
    """

    id: str
    text: Text
    basis: Basis
    source: str
    pin: str | None = None  # the article or section of the source, e.g. 第25条



    @property
    def seed_claim(self) -> None:  # read like a Fact (views/facts.py): no seed claim here
        return None


class RepairRule(NamedTuple):
    """The PBOC one-time credit repair (2025-12-22)."""

    rule: Fact
    scam: Fact
    announced: date
    arose_from: date  # the overdue must have arisen in [arose_from, arose_to]
    arose_to: date
    max_amount: Decimal  # per record, inclusive
    repaid_by: date  # repaid in full on or before this day
    early_repaid_by: date  # repaid on or before this day ...
    early_hidden_from: date  # ... is not shown from this day


class MonitorRule(NamedTuple):
    right: str  # rights.toml id: free reports a year (第17条)
    free_per_year: int
    interval_months: int
    count: int  # type: ignore[assignment]  # a field named count hides tuple.count, never called here
    schedule: Fact
    channels: tuple[Fact, ...]
    checks: tuple[Fact, ...]


class ObjectionRule(NamedTuple):
    right: str  # rights.toml id: answer within `days` days (第25条)
    days: int
    seed_working_days: int
    complaint_days: int  # 第26条
    seed: Fact
    statement: Fact
    complaint: Fact
    hotline: Fact


class CreditBook(NamedTuple):
    """data/credit.toml."""

    retention: Retention
    methods: tuple[Method, ...]
    repair: RepairRule
    effects: tuple[Effect, ...]
    monitor: MonitorRule
    objection: ObjectionRule

    def method(self, method_id: str) -> Method:
        return next(m for m in self.methods if m.id == method_id)

    def problems(self) -> list[Problem]:
        found = name_problems("methods", self.methods)
        ids = [m.id for m in self.methods]
        if sorted(ids) != sorted(METHODS):
            found.append(("methods", "id", f"must be exactly {', '.join(METHODS)} once each, got {', '.join(ids)}"))
        if self.retention.years < 1:
            found.append(("retention", "years", "must be at least 1"))
        r = self.repair
        if not r.arose_from <= r.arose_to:
            found.append(("repair", "arose_to", "must not be before arose_from"))
        if not r.early_repaid_by < r.repaid_by:
            found.append(("repair", "early_repaid_by", "must be before repaid_by"))
        if not r.early_repaid_by < r.early_hidden_from:
            found.append(("repair", "early_hidden_from", "must be after early_repaid_by"))
        if r.max_amount <= 0:
            found.append(("repair", "max_amount", "must be more than 0"))
        m = self.monitor
        if m.interval_months < 1 or m.count < 1 or m.free_per_year < 0:
            found.append(("monitor", "interval_months", "interval_months and count must be at least 1"))
        o = self.objection
        for name in ("days", "seed_working_days", "complaint_days"):
            if getattr(o, name) < 1:
                found.append(("objection", name, "must be at least 1"))
        return found
