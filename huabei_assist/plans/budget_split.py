"""The 50-30-20 budget: whether a plan's payment fits, months to debt-free, the 20% balance guard."""

from datetime import date
from decimal import Decimal

from huabei_assist.knowledge.base import Knowledge
from huabei_assist.money import to_fen
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.input_checks import check_amount, check_money, knowledge
from huabei_assist.plans.minimum_payment import minimum
from huabei_assist.plans.schedule import Plan


class Budget(NamedTuple):
    income: Decimal
    needs: Decimal  # 50%
    debt: Decimal  # 30%: the share for repaying Huabei
    savings: Decimal  # 20%
    bill: Decimal | None
    balance: Decimal | None
    plan_payment: Decimal | None
    fits: bool | None  # plan_payment <= debt share
    payoff: Plan | None  # the bill repaid with the debt share each month (minimum-repayment model)
    guard_line: Decimal | None  # 20% of the bill
    guard_alert: bool | None  # balance below the guard line


def budget(*, income: Decimal, start: date, due_day: int | None = None, bill: Decimal | None = None,
           balance: Decimal | None = None, plan_payment: Decimal | None = None, kb: Knowledge | None = None) -> Budget:
    """The due day (of the payoff plan) defaults to data/plans.toml's."""
    kb = knowledge(kb)
    income = check_amount(income, "--income")
    book = kb.plans
    rule = book.budget
    needs, debt = to_fen(income * rule.needs), to_fen(income * rule.debt)
    savings = income - needs - debt  # the parts add up to the income exactly
    if plan_payment is not None:
        plan_payment = check_amount(plan_payment, "--plan-payment")
    if balance is not None:
        balance = check_money(balance, "--balance")
    payoff = guard = alert = None
    if bill is not None:
        bill = check_amount(bill, "--bill")
        payoff = minimum(bill, start=start, due_day=due_day, payment=debt, kb=kb)
        guard = to_fen(bill * book.balance_guard.known_rate)
        if balance is not None:
            alert = balance < guard
    fits = None if plan_payment is None else plan_payment <= debt
    return Budget(income, needs, debt, savings, bill, balance, plan_payment, fits, payoff, guard, alert)
