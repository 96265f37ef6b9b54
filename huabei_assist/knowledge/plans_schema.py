"""Shape of data/plans.toml: the limits, the APR method, the due day and the budget rules."""

from decimal import Decimal

from huabei_assist.knowledge.schema import Basis, Calculation, Fact, Named, Problem, Text, name_problems
from huabei_assist.named_tuple import NamedTuple


class PlanLimits(NamedTuple):
    negotiated_max_periods: int
    negotiated_fact: str  # id in rights.toml
    annual_cost_cap: Decimal
    cap_fact: str  # id in rights.toml
    default_due_day: int


class BudgetRule(NamedTuple):
    id: str
    needs: Decimal
    debt: Decimal
    savings: Decimal
    text: Text
    basis: Basis
    source: str
    pin: str | None = None  # the article or section of the source, e.g. 第25条


    @property
    def seed_claim(self) -> None:  # read like a Fact (views/facts.py): no seed claim here
        return None


class PlanBook(NamedTuple):
    """data/plans.toml."""

    limits: PlanLimits
    apr_method: Fact
    due_day: Fact  # Huabei's repayment day (platform)
    due_day_default: Calculation  # the day this tool assumes when none is given (tool)
    computed: Calculation  # a plan's figures are the tool's calculation (tool)
    budget: BudgetRule
    balance_guard: Fact
    kinds: tuple[Named, ...]  # the kinds of plan (`plan --kind`), as plans/schedule.KINDS computes them

    def problems(self) -> list[Problem]:
        found = name_problems("kinds", self.kinds, shown=True)
        if not 1 <= self.limits.negotiated_max_periods <= 600:
            found.append(("limits", "negotiated_max_periods", "must be from 1 to 600"))
        if not Decimal(0) < self.limits.annual_cost_cap < Decimal(1):
            found.append(("limits", "annual_cost_cap", "must be between 0 and 1"))
        if not 1 <= self.limits.default_due_day <= 31:
            found.append(("limits", "default_due_day", "must be a day from 1 to 31"))
        b = self.budget
        if b.needs + b.debt + b.savings != Decimal(1) or min(b.needs, b.debt, b.savings) < 0:
            found.append(("budget", "needs", "needs + debt + savings must be exactly 1"))
        ratio = self.balance_guard.rate
        if ratio is None or not Decimal(0) < ratio < Decimal(1):
            found.append(("balance_guard", "rate", "must be between 0 and 1"))
        return found
