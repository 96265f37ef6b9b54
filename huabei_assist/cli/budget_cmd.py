"""`huabei budget`: the 50-30-20 split, whether a payment fits, months to debt-free, the balance guard."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("budget", help=h("budget.help"), short_help=h("budget.short"))(budget)


@outputs(VIEW_FORMATS)
def budget(
    income: Annotated[str, typer.Option("--income", metavar="CNY", help=h("budget.opt_income"))],
    bill: Annotated[Optional[str], typer.Option("--bill", metavar="CNY", help=h("budget.opt_bill"))] = None,
    balance: Annotated[Optional[str], typer.Option("--balance", metavar="CNY", help=h("budget.opt_balance"))] = None,
    plan_payment: Annotated[Optional[str], typer.Option("--plan-payment", metavar="CNY",
                                                        help=h("budget.opt_plan_payment"))] = None,
    start: Annotated[Optional[str], typer.Option("--start", metavar="DATE", help=h("budget.opt_start"))] = None,
    due_day: Annotated[Optional[str], typer.Option("--due-day", metavar="N", help=h("plan.opt_due_day"))] = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.plans import budget as make_budget
    from huabei_assist.plans.plan_knowledge import PlanContext
    from huabei_assist.render import emit
    from huabei_assist.views.budget_view import budget_view

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    context = PlanContext.of(kb)
    result = make_budget(income=inputs.amount(income, "--income"), start=inputs.day(start, "--start") or inputs.today(None),
                         due_day=context.due_day(inputs.due_day(due_day)), bill=inputs.amount(bill, "--bill"),
                         balance=inputs.money(balance, "--balance"),
                         plan_payment=inputs.amount(plan_payment, "--plan-payment"), kb=kb)
    emit(budget_view(result, context.book, lang, kb=kb, default_due_day=due_day is None), shared.form)
