"""`huabei status`: parse the options, assess, hand the result to the renderer."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import BriefOpt, TodayOpt
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


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
    from huabei_assist import bounds
    from huabei_assist.cli import inputs
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.status import assess, check_days
    from huabei_assist.views.status_view import status_view

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    report = assess(
        today=inputs.today(today),
        days=bounds.optional_whole(days, "--days", 0, bounds.MAX_DAYS, check_days),
        since=inputs.day(since, "--since"),
        amount=inputs.amount(amount),
        fee_rate=inputs.rate(fee_rate, "--fee-rate"),
        kb=kb,
    )
    emit(status_view(report, lang, kb=kb), shared.form, brief=brief)
