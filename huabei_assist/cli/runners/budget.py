"""`huabei budget`: the 50-30-20 split, whether a payment fits, months to debt-free, the balance guard."""

from __future__ import annotations

from huabei_assist.cli.output_choice import Chosen


def run(shared: Chosen, *, income: str, bill: str | None = None, balance: str | None = None,
        plan_payment: str | None = None, start: str | None = None, due_day: str | None = None) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.plans import budget as make_budget
    from huabei_assist.plans.plan_knowledge import PlanContext
    from huabei_assist.render import emit
    from huabei_assist.views.budget_view import budget_view

    lang = shared.lang
    kb = Knowledge()
    context = PlanContext.of(kb)
    result = make_budget(income=inputs.amount(income, "--income"), start=inputs.day(start, "--start") or inputs.today(None),
                         due_day=context.due_day(inputs.due_day(due_day)), bill=inputs.amount(bill, "--bill"),
                         balance=inputs.money(balance, "--balance"),
                         plan_payment=inputs.amount(plan_payment, "--plan-payment"), kb=kb)
    emit(budget_view(result, context.book, lang, kb=kb, default_due_day=due_day is None), shared.form)
