"""`huabei credit` (the recovery timeline), `huabei credit monitor` and `huabei credit objection`."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import BriefOpt, FormatOpt, ForceOpt, JsonOpt, LangOpt, TodayOpt, check_format, check_lang, one_of
from huabei_assist.cli.ui import h

credit_app = typer.Typer(
    help=h("credit.help"),
    short_help=h("credit.short"),
    rich_markup_mode=None,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

CreditFormatOpt = Annotated[str, one_of("--format", "table|markdown|csv", "credit.opt_format")]


def register(app: typer.Typer) -> None:
    app.add_typer(credit_app, name="credit")


@credit_app.callback(invoke_without_command=True)
def credit(
    ctx: typer.Context,
    paid: Annotated[Optional[str], typer.Option("--paid", metavar="DATE", help=h("credit.opt_paid"))] = None,
    method: Annotated[str, one_of("--method", "settle|installment|court", "credit.opt_method")] = "settle",
    if_paid: Annotated[Optional[str], typer.Option("--if-paid", metavar="DATE", help=h("credit.opt_if_paid"))] = None,
    last_due: Annotated[Optional[str], typer.Option("--last-due", metavar="DATE", help=h("credit.opt_last_due"))] = None,
    periods: Annotated[Optional[str], typer.Option("--periods", metavar="N", help=h("credit.opt_periods"))] = None,
    start: Annotated[Optional[str], typer.Option("--start", metavar="DATE", help=h("credit.opt_start"))] = None,
    due_day: Annotated[Optional[str], typer.Option("--due-day", metavar="N", help=h("credit.opt_due_day"))] = None,
    overdue_since: Annotated[Optional[str], typer.Option("--overdue-since", metavar="DATE", help=h("credit.opt_overdue_since"))] = None,
    amount: Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("credit.opt_amount"))] = None,
    today: TodayOpt = None,
    brief: BriefOpt = False,
    fmt: CreditFormatOpt = "table",
    json_mode: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from huabei_assist.cli import inputs
    from huabei_assist.credit import assess
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.credit_view import credit_view

    lang = check_lang(lang)
    fmt = check_format(fmt)
    kb = Knowledge()
    report = assess(
        today=inputs.today(today),
        method=method.strip().lower(),
        paid=inputs.day(paid, "--paid"),
        if_paid=inputs.day(if_paid, "--if-paid"),
        last_due=inputs.day(last_due, "--last-due"),
        overdue_since=inputs.day(overdue_since, "--overdue-since"),
        amount=inputs.amount(amount),
        periods=inputs.periods(periods),
        start=inputs.day(start, "--start"),
        due_day=inputs.due_day(due_day),
        kb=kb,
    )
    emit(credit_view(report, lang, kb=kb), json_mode=json_mode, fmt=fmt, brief=brief)


@credit_app.command("monitor", help=h("credit.monitor_help"), short_help=h("credit.monitor_short"))
def monitor(
    start: Annotated[Optional[str], typer.Option("--from", metavar="DATE", help=h("credit.opt_from"))] = None,
    out: Annotated[Optional[str], typer.Option("--out", metavar="FILE.ics", help=h("credit.opt_out"))] = None,
    force: ForceOpt = False,
    today: TodayOpt = None,
    fmt: FormatOpt = "table",
    json_mode: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.credit import monitor as plan_checks
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.errors import InputError
    from huabei_assist.render import emit
    from huabei_assist.views.credit_view import monitor_events, monitor_view

    lang = check_lang(lang)
    fmt = check_format(fmt)
    if out is not None and not out.lower().endswith(".ics"):
        raise InputError("credit.out_not_ics", path=out)
    kb = Knowledge()
    plan = plan_checks(start=inputs.day(start, "--from") or inputs.today(today), kb=kb)
    if out is not None:
        from huabei_assist.calendar_export import ics_text
        from huabei_assist.user_files import write_out
        from huabei_assist.i18n import t

        write_out(out, ics_text(monitor_events(plan, lang), t("credit.ics_calendar", lang)), force=force)
    emit(monitor_view(plan, lang, out, kb=kb), json_mode=json_mode, fmt=fmt)


@credit_app.command("objection", help=h("credit.objection_help"), short_help=h("credit.objection_short"))
def objection(
    filed: Annotated[Optional[str], typer.Option("--filed", metavar="DATE", help=h("credit.opt_filed"))] = None,
    today: TodayOpt = None,
    fmt: FormatOpt = "table",
    json_mode: JsonOpt = False,
    lang: LangOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.credit import objection as deadlines
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.errors import InputError
    from huabei_assist.render import emit
    from huabei_assist.views.credit_view import objection_view

    lang = check_lang(lang)
    fmt = check_format(fmt)
    if filed is None:  # checked here, not by Click, so the message can say what the date is
        raise InputError("credit.need_filed")
    kb = Knowledge()
    report = deadlines(today=inputs.today(today), filed=inputs.day(filed, "--filed"), kb=kb)
    emit(objection_view(report, lang, kb=kb), json_mode=json_mode, fmt=fmt)
