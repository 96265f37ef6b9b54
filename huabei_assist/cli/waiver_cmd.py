"""`huabei waiver`: what penalty waiver, deferral or pause to ask for, and what settling now costs."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import BriefOpt, TodayOpt, one_of
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("waiver", help=h("waiver.help"), short_help=h("waiver.short"))(waiver)


@outputs(VIEW_FORMATS)
def waiver(
    amount: Annotated[str, typer.Option("--amount", metavar="CNY", help=h("waiver.opt_amount"))],
    days: Annotated[Optional[str], typer.Option("--days", metavar="N", help=h("waiver.opt_days"))] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help=h("waiver.opt_since"))] = None,
    penalty: Annotated[Optional[str], typer.Option("--penalty", metavar="CNY", help=h("waiver.opt_penalty"))] = None,
    proof: Annotated[Optional[str], one_of("--proof", "unemployment|medical", "waiver.opt_proof")] = None,
    group: Annotated[Optional[str], one_of("--group", "student|pregnant|illness", "waiver.opt_group")] = None,
    job_loss: Annotated[bool, typer.Option("--job-loss", help=h("waiver.opt_job_loss"))] = False,
    today: TodayOpt = None,
    brief: BriefOpt = False,
) -> None:
    from huabei_assist import bounds
    from huabei_assist.cli import inputs
    from huabei_assist.dates import date_of_day
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.plans import waiver_estimate
    from huabei_assist.render import emit
    from huabei_assist.status import days_or_since
    from huabei_assist.views.waiver_view import waiver_view

    shared = chosen()
    lang = shared.lang
    kb = Knowledge()
    now = inputs.today(today)
    days_or_since(days, since)
    count = bounds.optional_whole(days, "--days", 1, bounds.MAX_DAYS, _day_one_or_later)
    if count is not None:
        first = date_of_day(now, 2 - count)
    else:
        assert since is not None  # days_or_since: exactly one of --days and --since
        first = inputs.day(since, "--since")
    est = waiver_estimate(amount=inputs.amount(amount), today=now, since=first,
                          penalty=inputs.money(penalty, "--penalty"), proof=proof, group=group, job_loss=job_loss, kb=kb)
    emit(waiver_view(est, kb.product.overdue_fee.rate, lang, kb=kb), shared.form, brief=brief)


def _day_one_or_later(days) -> None:
    from huabei_assist.errors import InputError

    if days < 1:
        raise InputError("waiver.negative_days", days=days)
