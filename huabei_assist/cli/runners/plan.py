"""`huabei plan` (one plan): build it, write --out if asked, hand the result to the renderer."""

from __future__ import annotations

from huabei_assist.cli.output_choice import Chosen
from huabei_assist.render.formats import OutputFormat

# plan --out FILE: the form each suffix asks for
PLAN_FILES = {".csv": OutputFormat.CSV, ".json": OutputFormat.JSON, ".ics": OutputFormat.ICS}


def run(shared: Chosen, *, amount: str | None = None, periods: str | None = None, kind: str | None = None,
        fee_rate: str | None = None, annual_rate: str | None = None, down_payment: str | None = None,
        waiver: str | None = None, payment: str | None = None, fee_per_period: str | None = None,
        start: str | None = None, due_day: str | None = None, income: str | None = None, brief: bool = False) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.cli.exporting import file_format
    from huabei_assist.errors import InputError
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.plans import build_plan
    from huabei_assist.plans.plan_knowledge import PlanContext
    from huabei_assist.render import emit
    from huabei_assist.views.plan_view import plan_view

    lang = shared.lang
    if amount is None:
        raise InputError("plan.need_amount")
    file_form = None if shared.out is None else file_format(shared.out, PLAN_FILES, "plan.bad_out")
    kb = Knowledge()
    context = PlanContext.of(kb)
    result = build_plan(
        inputs.amount(amount), inputs.periods(periods), kind=kind, start=inputs.start(start),
        due_day=context.due_day(inputs.due_day(due_day)), fee_rate=inputs.rate(fee_rate, "--fee-rate"),
        annual_rate=inputs.rate(annual_rate, "--annual-rate"),
        down_payment=inputs.money(down_payment, "--down-payment"), waiver=inputs.money(waiver, "--waiver"),
        payment=inputs.amount(payment, "--payment"), fee_per_period=inputs.money(fee_per_period, "--fee-per-period"),
        kb=kb)
    income_value = inputs.amount(income, "--income")
    facts = context.facts_for([result], default_due_day=due_day is None)
    written = None
    if file_form is not None and shared.out is not None:
        from huabei_assist.render import save
        from huabei_assist.views.plan_view import plan_file_view

        written = save(plan_file_view(result, facts, context.cap, lang, income=income_value, kb=kb), file_form,
                       shared.out, force=shared.force)
    view = plan_view(result, facts, context.cap, lang, income=income_value, written=written,
                     machine=shared.format is OutputFormat.CSV, kb=kb)
    emit(view, shared.form, brief=brief)
