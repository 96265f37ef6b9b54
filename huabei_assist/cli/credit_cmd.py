"""`huabei credit` (the recovery timeline), `huabei credit monitor` and `huabei credit objection`."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import BriefOpt, TodayOpt, one_of, pick_option
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs

credit_app = typer.Typer(
    help=h("credit.help"),
    short_help=h("credit.short"),
    rich_markup_mode=None,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def register(app: typer.Typer) -> None:
    app.add_typer(credit_app, name="credit")


@credit_app.callback(invoke_without_command=True)
@outputs(VIEW_FORMATS, format_help="credit.opt_format")
def credit(
    ctx: typer.Context,
    paid: Annotated[Optional[str], typer.Option("--paid", metavar="DATE", help=h("credit.opt_paid"))] = None,
    method: Annotated[str, pick_option("--method", "credit_method", "METHOD", "credit.opt_method")] = "settle",
    if_paid: Annotated[Optional[str], typer.Option("--if-paid", metavar="DATE", help=h("credit.opt_if_paid"))] = None,
    last_due: Annotated[Optional[str], typer.Option("--last-due", metavar="DATE", help=h("credit.opt_last_due"))] = None,
    periods: Annotated[Optional[str], typer.Option("--periods", metavar="N", help=h("credit.opt_periods"))] = None,
    start: Annotated[Optional[str], typer.Option("--start", metavar="DATE", help=h("credit.opt_start"))] = None,
    due_day: Annotated[Optional[str], typer.Option("--due-day", metavar="N", help=h("credit.opt_due_day"))] = None,
    overdue_since: Annotated[Optional[str], typer.Option("--overdue-since", metavar="DATE", help=h("credit.opt_overdue_since"))] = None,
    amount: Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("credit.opt_amount"))] = None,
    today: TodayOpt = None,
    brief: BriefOpt = False,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from huabei_assist.cli.runners.credit import run

    run(chosen(), paid=paid, method=method, if_paid=if_paid, last_due=last_due, periods=periods, start=start,
        due_day=due_day, overdue_since=overdue_since, amount=amount, today=today, brief=brief)


@credit_app.command("monitor", help=h("credit.monitor_help"), short_help=h("credit.monitor_short"))
@outputs(VIEW_FORMATS, out="credit.opt_out", out_metavar="FILE.ics")
def monitor(
    start: Annotated[Optional[str], typer.Option("--from", metavar="DATE", help=h("credit.opt_from"))] = None,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.credit import monitor as plan_checks
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.errors import InputError
    from huabei_assist.render import emit
    from huabei_assist.views.credit_view import monitor_view

    shared = chosen()
    lang = shared.lang
    out = shared.out
    if out is not None and not out.lower().endswith(".ics"):
        raise InputError("credit.out_not_ics", path=out)
    kb = Knowledge()
    plan = plan_checks(start=inputs.day(start, "--from") or inputs.today(today), kb=kb)
    view = monitor_view(plan, lang, out, kb=kb)
    if out is not None:
        from huabei_assist.render import save
        from huabei_assist.render.formats import OutputFormat

        save(view, OutputFormat.ICS, out, force=shared.force)
    emit(view, shared.form)


@credit_app.command("objection", help=h("credit.objection_help"), short_help=h("credit.objection_short"))
@outputs(VIEW_FORMATS)
def objection(
    filed: Annotated[Optional[str], typer.Option("--filed", metavar="DATE", help=h("credit.opt_filed"))] = None,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.credit import objection as deadlines
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.errors import InputError
    from huabei_assist.render import emit
    from huabei_assist.views.credit_view import objection_view

    shared = chosen()
    lang = shared.lang
    if filed is None:  # checked here, not by Click, so the message can say what the date is
        raise InputError("credit.need_filed")
    kb = Knowledge()
    report = deadlines(today=inputs.today(today), filed=inputs.day(filed, "--filed"), kb=kb)
    emit(objection_view(report, lang, kb=kb), shared.form)
