"""`huabei budget`: its options, read by Typer; cli/runners/budget.py does the rest."""

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
    from huabei_assist.cli.runners.budget import run

    run(chosen(), income=income, bill=bill, balance=balance, plan_payment=plan_payment, start=start, due_day=due_day)
