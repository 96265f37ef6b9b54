"""`huabei status`: its options, read by Typer; cli/runners/status.py does the rest."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import BriefOpt, TodayOpt
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("status", help=h("status.help"), short_help=h("status.short"))(status)


@outputs()
def status(
    days: Annotated[Optional[str], typer.Option("--days", metavar="N", help=h("status.opt_days"))] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help=h("status.opt_since"))] = None,
    amount: Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("status.opt_amount"))] = None,
    fee_rate: Annotated[Optional[str], typer.Option("--fee-rate", metavar="RATE", help=h("status.opt_fee_rate"))] = None,
    today: TodayOpt = None,
    brief: BriefOpt = False,
) -> None:
    from huabei_assist.cli.runners.status import run

    run(chosen(), days=days, since=since, amount=amount, fee_rate=fee_rate, today=today, brief=brief)
