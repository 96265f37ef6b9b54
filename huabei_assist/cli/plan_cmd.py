"""`huabei plan` (one plan), `huabei plan compare` (side by side), `huabei plan batch FILE` (many)."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import BriefOpt, pick_option
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs

AmountOpt = Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("plan.opt_amount"))]
FeeRateOpt = Annotated[Optional[str], typer.Option("--fee-rate", metavar="RATE", help=h("plan.opt_fee_rate"))]
AnnualRateOpt = Annotated[Optional[str], typer.Option("--annual-rate", metavar="RATE", help=h("plan.opt_annual_rate"))]
StartOpt = Annotated[Optional[str], typer.Option("--start", metavar="DATE", help=h("plan.opt_start"))]
DueDayOpt = Annotated[Optional[str], typer.Option("--due-day", metavar="N", help=h("plan.opt_due_day"))]
IncomeOpt = Annotated[Optional[str], typer.Option("--income", metavar="CNY", help=h("plan.opt_income"))]

plan_app = typer.Typer(
    help=h("plan.help"),
    invoke_without_command=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def register(app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan", help=h("plan.help"), short_help=h("plan.short"))


@plan_app.callback()
@outputs(VIEW_FORMATS, out="plan.opt_out")
def plan(
    ctx: typer.Context,
    amount: AmountOpt = None,
    periods: Annotated[Optional[str], typer.Option("--periods", metavar="N", help=h("plan.opt_periods"))] = None,
    kind: Annotated[Optional[str], pick_option("--kind", "plan_kind", "KIND", "plan.opt_kind")] = None,
    fee_rate: FeeRateOpt = None,
    annual_rate: AnnualRateOpt = None,
    down_payment: Annotated[Optional[str], typer.Option("--down-payment", metavar="CNY",
                                                        help=h("plan.opt_down_payment"))] = None,
    waiver: Annotated[Optional[str], typer.Option("--waiver", metavar="CNY", help=h("plan.opt_waiver"))] = None,
    payment: Annotated[Optional[str], typer.Option("--payment", metavar="CNY", help=h("plan.opt_payment"))] = None,
    fee_per_period: Annotated[Optional[str], typer.Option("--fee-per-period", metavar="CNY",
                                                          help=h("plan.opt_fee_per_period"))] = None,
    start: StartOpt = None,
    due_day: DueDayOpt = None,
    income: IncomeOpt = None,
    brief: BriefOpt = False,
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from huabei_assist.cli.runners.plan import run

    run(chosen(), amount=amount, periods=periods, kind=kind, fee_rate=fee_rate, annual_rate=annual_rate,
        down_payment=down_payment, waiver=waiver, payment=payment, fee_per_period=fee_per_period, start=start,
        due_day=due_day, income=income, brief=brief)


@plan_app.command("compare", help=h("plan.compare_help"), short_help=h("plan.compare_short"))
@outputs(VIEW_FORMATS)
def compare(
    amount: AmountOpt = None,
    periods: Annotated[Optional[str], typer.Option("--periods", metavar="N,N,...", help=h("plan.opt_periods_list"))]
    = None,
    fee_rate: FeeRateOpt = None,
    annual_rate: AnnualRateOpt = None,
    start: StartOpt = None,
    due_day: DueDayOpt = None,
    income: IncomeOpt = None,
    brief: BriefOpt = False,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.errors import InputError
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.plans.build import compare as compare_plans
    from huabei_assist.plans.plan_knowledge import PlanContext, parse_periods
    from huabei_assist.render import emit
    from huabei_assist.views.plan_view import compare_view

    shared = chosen()
    lang = shared.lang
    if amount is None:
        raise InputError("plan.need_amount")
    kb = Knowledge()
    context = PlanContext.of(kb)
    if periods is None:
        from huabei_assist.knowledge.figures import compare_periods

        periods = compare_periods(kb)
    plans = compare_plans(inputs.amount(amount), parse_periods(periods, kb), start=inputs.start(start),
                          due_day=context.due_day(inputs.due_day(due_day)), fee_rate=inputs.rate(fee_rate, "--fee-rate"),
                          annual_rate=inputs.rate(annual_rate, "--annual-rate"), kb=kb)
    facts = context.facts_for(plans, default_due_day=due_day is None)
    emit(compare_view(plans, facts, context.cap, lang, income=inputs.amount(income, "--income"),
                      kb=kb),
         shared.form, brief=brief)


@plan_app.command("batch", help=h("plan.batch_help"), short_help=h("plan.batch_short"))
@outputs(VIEW_FORMATS)
def batch(
    file: Annotated[str, typer.Argument(metavar="FILE", help=h("plan.arg_file"))],
    start: StartOpt = None,
    due_day: DueDayOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.cli.batch_io import run_batch_file
    from huabei_assist.plans.plan_knowledge import PlanContext

    shared = chosen()
    lang = shared.lang
    context = PlanContext.of()
    failed = run_batch_file(file, start=inputs.start(start), due_day=context.due_day(inputs.due_day(due_day)),
                            cap=context.cap, form=shared.form, lang=lang)
    if failed:
        raise typer.Exit(code=1)
