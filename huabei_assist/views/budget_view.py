"""The 50-30-20 budget screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.plans_schema import PlanBook
from huabei_assist.money import display, money_str
from huabei_assist.plans.budget_split import Budget
from huabei_assist.render.view import Block, KeyValues, Notes, Table, View
from huabei_assist.views.cite import Footnotes
from huabei_assist.views.facts import fact_headers, fact_json, fact_row
from huabei_assist.views.plan_view import percent

if TYPE_CHECKING:
    from huabei_assist.knowledge.schema import FactEntry
    from huabei_assist.plans.schedule import Plan


def budget_view(b: Budget, book: PlanBook, lang: str, kb: Knowledge | None = None, *,
                default_due_day: bool = False) -> View:
    """`default_due_day`: no --due-day was given, so the payoff's dates rest on the day the tool assumes."""
    kb = knowledge(kb)
    rule = book.budget
    split = [
        [t("budget.needs", lang), percent(rule.needs), display(b.needs)],
        [t("budget.debt", lang), percent(rule.debt), display(b.debt)],
        [t("budget.savings", lang), percent(rule.savings), display(b.savings)],
    ]
    rows = [(t("budget.income", lang), display(b.income))]
    if b.plan_payment is not None:
        rows.append((t("budget.plan_payment", lang), display(b.plan_payment)))
        key = "budget.fits_yes" if b.fits else "budget.fits_no"
        rows.append((t("budget.fits", lang), t(key, lang, left=display(b.debt - b.plan_payment),
                                               over=display(b.plan_payment - b.debt))))
    if b.bill is not None:
        assert b.payoff is not None and b.guard_line is not None  # computed with the bill
        rows.append((t("budget.bill", lang), display(b.bill)))
        rows.append((t("budget.payoff", lang, debt=display(b.debt)), _payoff(b.payoff, lang)))
        rows.append((t("budget.guard_line", lang), display(b.guard_line)))
    if b.balance is not None:
        rows.append((t("budget.balance", lang), display(b.balance)))
    if b.guard_alert is not None:
        rows.append((t("budget.guard", lang), t("budget.guard_alert" if b.guard_alert else "budget.guard_ok", lang)))
    facts: list[FactEntry] = [rule, book.balance_guard] if b.bill is not None else [rule]
    if b.bill is not None and default_due_day:
        from huabei_assist.knowledge.figures import with_figures

        facts.append(with_figures(book.due_day_default, kb))
    notes = [t("budget.note_no_contacts", lang)]
    if b.bill is not None:
        notes.insert(0, t("budget.note_model", lang))
    cited = Footnotes(lang, kb)
    blocks: list[Block] = [
        KeyValues(None, rows),
        Table(t("budget.split", lang), [t("budget.col_part", lang), t("budget.col_share", lang),
                                        t("budget.col_amount", lang)], split, primary=True),
        Table(t("budget.facts", lang), fact_headers(t("budget.col_fact", lang)), [fact_row(f, cited) for f in facts]),
        Notes(t("budget.notes", lang), notes),
        cited.block(),
    ]
    return View(t("budget.title", lang), blocks, budget_json(b, facts, lang, kb=kb))


def _payoff(plan: Plan, lang: str) -> str:
    if plan.never_ends:
        return t("budget.payoff_never", lang)
    return t("budget.payoff_months", lang, months=plan.periods, date=plan.last_due.isoformat(),
             interest=display(plan.total_fee))


def budget_json(b: Budget, facts, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    plan = b.payoff
    return {
        "income": money_str(b.income), "needs": money_str(b.needs), "debt": money_str(b.debt),
        "savings": money_str(b.savings),
        "plan_payment": None if b.plan_payment is None else money_str(b.plan_payment), "fits": b.fits,
        "bill": None if b.bill is None else money_str(b.bill),
        "months_to_debt_free": None if plan is None or plan.never_ends else plan.periods,
        "debt_free_on": None if plan is None or plan.never_ends else plan.last_due,
        "payoff_interest": None if plan is None or plan.never_ends else money_str(plan.total_fee),
        "never_ends": None if plan is None else plan.never_ends,
        "balance": None if b.balance is None else money_str(b.balance),
        "guard_line": None if b.guard_line is None else money_str(b.guard_line),
        "guard_alert": b.guard_alert,
        "facts": [fact_json(f, lang, kb=kb) for f in facts],
    }
