"""`huabei guide`: its options, read by Typer; cli/runners/guide.py asks or takes them and draws the page."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.options import TodayOpt, pick_option
from huabei_assist.cli.shared_options import chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("guide", help=h("guide.help"), short_help=h("guide.short"))(guide)


@outputs(out="guide.opt_out")
def guide(
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help=h("guide.opt_since"))] = None,
    days: Annotated[Optional[str], typer.Option("--days", metavar="N", help=h("guide.opt_days"))] = None,
    amount: Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("guide.opt_amount"))] = None,
    income: Annotated[Optional[str], typer.Option("--income", metavar="CNY", help=h("guide.opt_income"))] = None,
    spending: Annotated[Optional[str], typer.Option("--spending", metavar="CNY", help=h("guide.opt_spending"))] = None,
    problems: Annotated[Optional[str], pick_option("--problems", "guide_problem", "ID,ID,...", "guide.opt_problems")] = None,
    name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help=h("guide.opt_name"))] = None,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.cli.runners.guide import run

    run(chosen(), since=since, days=days, amount=amount, income=income, spending=spending, problems=problems,
        name=name, today=today)
