"""`huabei payoff`: its options, read by Typer; cli/runners/payoff.py does the rest."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import pick_option
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("payoff", help=h("payoff.help"), short_help=h("payoff.short"))(payoff)


@outputs(VIEW_FORMATS, out="payoff.opt_out")
def payoff(
    budget: Annotated[Optional[str], typer.Option("--budget", metavar="CNY", help=h("payoff.opt_budget"))] = None,
    order: Annotated[str, pick_option("--order", "payoff_order", "ORDER", "payoff.opt_order")] = "avalanche",
    months: Annotated[Optional[str], typer.Option("--months", metavar="N", help=h("payoff.opt_months"))] = None,
    compare: Annotated[bool, typer.Option("--compare", help=h("payoff.opt_compare"))] = False,
    debts: Annotated[Optional[str], typer.Option("--debts", metavar="FILE", help=h("payoff.opt_debts"))] = None,
    start: Annotated[Optional[str], typer.Option("--start", metavar="DATE", help=h("payoff.opt_start"))] = None,
    plan_rate: Annotated[Optional[str], typer.Option("--plan-rate", metavar="RATE", help=h("payoff.opt_plan_rate"))]
    = None,
) -> None:
    from huabei_assist.cli.runners.payoff import run

    run(chosen(), budget=budget, order=order, months=months, compare=compare, debts=debts, start=start,
        plan_rate=plan_rate)
