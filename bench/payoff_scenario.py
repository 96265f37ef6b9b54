"""The benchmark's scenario: 20 debts over 120 months, and one timed run of the engine.

Kept apart from bench/payoff.py so the timed child process imports only what the engine needs.
"""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal

START = date(2026, 12, 1)
BUDGET = Decimal("1350")
MONTHS = 120
KINDS = ("huabei", "jiebei", "card", "loan", "online-loan", "other")


def scenario(count: int = 20) -> list:
    """`count` debts of every kind, some overdue, mixed costs and due days; with BUDGET the last is
    cleared near month 120 in every order, and the budget covers the minimums."""
    from huabei_assist.payoff import Cost, Debt, Minimum

    debts = []
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        amount = Decimal(1000 + 550 * i)
        name = f"{kind}-{i:02d}"
        if kind == "huabei":
            amount = Decimal(300 + 50 * i)
            debts.append(Debt(name, kind, amount, since=date(2026, 11, 1 + i)))
        elif i % 4 == 1:
            debts.append(Debt(name, kind, amount, Cost("daily", Decimal("0.0002")), Minimum(Decimal("0.01"), Decimal("30")),
                              due_day=1 + i, since=date(2026, 5, 1 + i)))
        elif i % 4 == 3:
            debts.append(Debt(name, kind, amount, Cost("installment", Decimal("0.005")), Minimum(fixed=Decimal(40 + 2 * i)),
                              due_day=28 + i % 4))
        else:
            debts.append(Debt(name, kind, amount, Cost("annual", Decimal("0.06") + Decimal(i) / 200),
                              Minimum(Decimal("0.01"), Decimal("30")), due_day=1 + i))
    return debts


def scenario_csv() -> str:
    """The scenario as a `payoff --debts` CSV file (docs/payoff.md, "Files")."""
    columns = {"annual": "annual_rate", "daily": "daily_fee", "installment": "installment_fee"}
    lines = ["name,kind,amount,annual_rate,daily_fee,installment_fee,minimum,due_day,since"]
    for d in scenario():
        cost = dict.fromkeys(columns.values(), "")
        if d.cost is not None:
            cost[columns[d.cost.kind]] = str(d.cost.rate)
        minimum = ""
        if d.minimum is not None:
            parts = [f"{d.minimum.share * 100:f}%"] if d.minimum.share else []
            parts += [str(d.minimum.fixed)] if d.minimum.fixed else []
            minimum = '"' + ",".join(parts) + '"'
        lines.append(",".join([d.name, d.kind, str(d.amount), cost["annual_rate"], cost["daily_fee"],
                               cost["installment_fee"], minimum, "" if d.due_day is None else str(d.due_day),
                               "" if d.since is None else d.since.isoformat()]))
    return "\n".join(lines) + "\n"


def cli_args(path: str) -> list[str]:
    """`huabei payoff --compare` on that file, with the scenario's start, budget and months."""
    return ["payoff", "--compare", "--debts", path, "--budget", str(BUDGET), "--start", START.isoformat(),
            "--months", str(MONTHS)]


def run_engine(materialise: bool) -> float:
    from huabei_assist.payoff import compare, rules_from

    t = time.perf_counter()
    result = compare(scenario(), BUDGET, START, MONTHS, rules=rules_from())
    if materialise:
        for p in result.orders:
            p.months[-1]
    return time.perf_counter() - t


if __name__ == "__main__":
    import sys

    run_engine(sys.argv[1:] == ["rows"])
