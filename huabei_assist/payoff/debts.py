"""What one debt is: its kind, what is owed, what it costs, its minimum, its due day, since when it is overdue.

`check_debts` validates a list against the engine's bounds and fills the defaults from `Rules`
(花呗's daily fee and 10% minimum); every bad value raises InputError with a `payoff.*` key naming
the debt and the field.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from huabei_assist.errors import InputError
from huabei_assist.money import ZERO, to_fen
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.payoff.rules import Rules

if TYPE_CHECKING:
    from huabei_assist.knowledge.base import Knowledge

# The kinds the engine computes with; data/payoff.toml names each (with its Chinese name).
KINDS: tuple[str, ...] = ("huabei", "jiebei", "card", "loan", "online-loan", "other")
COSTS: tuple[str, ...] = ("daily", "annual", "installment")

MAX_DEBTS = 100
MAX_AMOUNT = Decimal("100000000")  # 100 million CNY: more is a typo
MAX_NAME = 40  # characters


class Cost(NamedTuple):
    """daily: a fee a day on the principal (simple); annual: interest a year on the principal, charged
    monthly (rate / 12); installment: a fee a month on the amount owed at the start, while any is owed."""

    kind: str
    rate: Decimal


class Minimum(NamedTuple):
    """The least to pay each month: the larger of `fixed` and `share` of what is owed, at most all of it."""

    share: Decimal = ZERO
    fixed: Decimal = ZERO


class AgreedPlan(NamedTuple):
    """A negotiated plan: `payment` a month; `cost` None means still to be agreed (simulated at 0)."""

    payment: Decimal
    cost: Cost | None = None


class Debt(NamedTuple):
    name: str
    kind: str
    amount: Decimal  # principal owed now
    cost: Cost | None = None  # None: the kind's default (花呗: the daily overdue fee)
    minimum: Minimum | None = None  # None: the kind's default (花呗: 10% of what is owed)
    due_day: int | None = None  # None: the default due day
    since: date | None = None  # the first overdue day; None: not overdue
    plan: AgreedPlan | None = None
    fees: Decimal = ZERO  # fees or interest already charged and unpaid (they accrue no fee)


def kind_of(text: str, kb: Knowledge | None = None) -> str:
    """'card', 'Card' or '信用卡' -> 'card' (data/payoff.toml); anything else raises payoff.bad_kind."""
    from huabei_assist.knowledge.base import knowledge
    from huabei_assist.known_ids import pick_id

    return pick_id(knowledge(kb).payoff.debt_kinds, text, "payoff.bad_kind")


def check_debts(debts: list[Debt] | tuple[Debt, ...], rules: Rules, start: date) -> tuple[Debt, ...]:
    """The debts checked, with every default filled in; names must be unique."""
    if not debts:
        raise InputError("payoff.no_debts")
    if len(debts) > MAX_DEBTS:
        raise InputError("payoff.too_many_debts", count=len(debts), limit=MAX_DEBTS)
    seen: set[str] = set()
    out = []
    for debt in debts:
        debt = _check(debt, rules, start)
        if debt.name in seen:
            raise InputError("payoff.duplicate_name", name=debt.name)
        seen.add(debt.name)
        out.append(debt)
    return tuple(out)


def _check(debt: Debt, rules: Rules, start: date) -> Debt:
    name = debt.name.strip() if isinstance(debt.name, str) else ""
    if not name or len(name) > MAX_NAME or not name.isprintable():
        raise InputError("payoff.bad_name", value=debt.name, limit=MAX_NAME)
    if debt.kind not in KINDS:
        raise InputError("payoff.bad_kind", value=debt.kind, known=", ".join(KINDS), hint="")
    amount = check_money(debt.amount, name, "amount", positive=True)
    fees = check_money(debt.fees, name, "fees")
    cost = debt.cost
    if cost is None:
        if debt.kind != "huabei":
            raise InputError("payoff.need_cost", name=name, kind=debt.kind)
        cost = Cost("daily", rules.huabei_daily_fee)
    cost = _check_cost(cost, name, "cost")
    minimum = debt.minimum
    if minimum is None:
        if debt.kind != "huabei":
            raise InputError("payoff.need_minimum", name=name, kind=debt.kind)
        minimum = Minimum(share=rules.huabei_minimum_share)
    minimum = Minimum(check_rate(minimum.share, name, "minimum"), check_money(minimum.fixed, name, "minimum"))
    if minimum.share == 0 and minimum.fixed == 0 and debt.plan is None:
        raise InputError("payoff.zero_minimum", name=name)
    due_day = rules.default_due_day if debt.due_day is None else debt.due_day
    if not isinstance(due_day, int) or not 1 <= due_day <= 31:
        raise InputError("payoff.bad_due_day", name=name, value=due_day)
    since = debt.since
    if isinstance(since, datetime):
        since = since.date()
    if since is not None and (not isinstance(since, date) or since > start):
        raise InputError("payoff.since_after_start", name=name, since=since, start=start)
    plan = debt.plan
    if plan is not None:
        plan_cost = None if plan.cost is None else _check_cost(plan.cost, name, "plan")
        plan = AgreedPlan(check_money(plan.payment, name, "plan", positive=True), plan_cost)
    return Debt(name, debt.kind, amount, cost, minimum, due_day, since, plan, fees)


def check_money(value: Decimal, name: str, field: str, positive: bool = False) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or abs(value) > MAX_AMOUNT:
        raise InputError("payoff.bad_money", name=name, field=field, value=value, limit=f"{MAX_AMOUNT:,}")
    fen = to_fen(value)
    if fen < 0 or (positive and fen == 0):
        raise InputError("payoff.money_not_positive" if positive else "payoff.money_negative",
                         name=name, field=field, value=value)
    return fen


# The name of each cost's field in errors: the column and option names of the commands to come.
COST_FIELDS = {"daily": "daily_fee", "annual": "annual_rate", "installment": "installment_fee"}


def _check_cost(cost: Cost, name: str, field: str) -> Cost:
    if cost.kind not in COSTS:
        raise InputError("payoff.bad_cost_kind", name=name, value=cost.kind, choices=", ".join(COSTS))
    return Cost(cost.kind, check_rate(cost.rate, name, COST_FIELDS[cost.kind] if field == "cost" else field))


def check_rate(rate: Decimal, name: str, field: str) -> Decimal:
    if not isinstance(rate, Decimal) or not rate.is_finite() or not Decimal(0) <= rate < Decimal(1):
        raise InputError("payoff.bad_rate", name=name, field=field, value=rate)
    return rate


def annualised(cost: Cost | None) -> Decimal:
    """The cost as a rate a year: daily x 365, annual as is, installment x 24 (a flat monthly fee on
    the amount at the start costs about twice its nominal x 12 as the balance falls; exact for long
    plans, a little high for short ones). None (to be agreed) counts as 0."""
    if cost is None:
        return ZERO
    if cost.kind == "daily":
        return cost.rate * 365
    if cost.kind == "installment":
        return cost.rate * 24
    return cost.rate
