"""`huabei debts`: the stored list of debts that `huabei payoff` plans with."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import TodayOpt, one_of, pick_option
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs
from huabei_assist.render.formats import OutputFormat

NameArg = Annotated[Optional[str], typer.Argument(metavar="NAME", help=h("debts.arg_name"), show_default=False)]
KindOpt = Annotated[Optional[str], pick_option("--kind", "debt_kind", "KIND", "debts.opt_kind")]
AmountOpt = Annotated[Optional[str], typer.Option("--amount", metavar="CNY", help=h("debts.opt_amount"))]
AnnualOpt = Annotated[Optional[str], typer.Option("--annual-rate", metavar="RATE", help=h("debts.opt_annual_rate"))]
DailyOpt = Annotated[Optional[str], typer.Option("--daily-fee", metavar="RATE", help=h("debts.opt_daily_fee"))]
InstallmentOpt = Annotated[Optional[str], typer.Option("--installment-fee", metavar="RATE",
                                                       help=h("debts.opt_installment_fee"))]
MinimumOpt = Annotated[Optional[str], typer.Option("--minimum", metavar="CNY|N%", help=h("debts.opt_minimum"))]
DueDayOpt = Annotated[Optional[str], typer.Option("--due-day", metavar="N", help=h("debts.opt_due_day"))]
SinceOpt = Annotated[Optional[str], typer.Option("--since", metavar="DATE", help=h("debts.opt_since"))]
PlanPaymentOpt = Annotated[Optional[str], typer.Option("--plan-payment", metavar="CNY", help=h("debts.opt_plan_payment"))]
PlanRateOpt = Annotated[Optional[str], typer.Option("--plan-rate", metavar="RATE", help=h("debts.opt_plan_rate"))]


def register(app: typer.Typer) -> None:
    from huabei_assist.cli.calls_cmd import _group_help

    debts_app = typer.Typer(help=h("debts.help"), short_help=h("debts.short"))
    debts_app.callback(invoke_without_command=True)(_group_help)
    debts_app.command("add", help=h("debts.add_help"))(add)
    debts_app.command("list", help=h("debts.list_help"))(list_debts)
    debts_app.command("show", help=h("debts.show_help"))(show)
    debts_app.command("edit", help=h("debts.edit_help"))(edit)
    debts_app.command("remove", help=h("debts.remove_help"))(remove)
    debts_app.command("export", help=h("debts.export_help"))(export)
    debts_app.command("import", help=h("debts.import_help"))(import_file)
    app.add_typer(debts_app, name="debts")


def _given(**options: Optional[str]) -> dict:
    """The options given, by field name (--annual-rate -> annual_rate)."""
    return {name: value for name, value in options.items() if value is not None}


def _checked(fields: dict, today_text: Optional[str], kb):
    """A Record from fields, checked by the engine as of today: (record, rules, checked debt, today)."""
    from huabei_assist.cli import inputs
    from huabei_assist.debts.record import check, from_fields
    from huabei_assist.errors import InputError
    from huabei_assist.payoff import rules_from

    record = from_fields(fields)
    rules = rules_from(kb)
    today = inputs.today(today_text)
    try:
        return record, rules, check([record], rules, today)[0], today
    except InputError as exc:
        if exc.key == "payoff.since_after_start":  # here the start is today
            raise InputError("debts.since_in_future", name=record.name, since=record.since, today=today) from None
        raise


@outputs()
def add(
    name: NameArg = None,
    kind: KindOpt = None,
    amount: AmountOpt = None,
    annual_rate: AnnualOpt = None,
    daily_fee: DailyOpt = None,
    installment_fee: InstallmentOpt = None,
    minimum: MinimumOpt = None,
    due_day: DueDayOpt = None,
    since: SinceOpt = None,
    plan_payment: PlanPaymentOpt = None,
    plan_rate: PlanRateOpt = None,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.debts.store import DebtStore
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.debts_view import debt_view

    shared = chosen()
    lang = shared.lang
    fields = _given(name=name, kind=kind, amount=amount, annual_rate=annual_rate, daily_fee=daily_fee,
                    installment_fee=installment_fee, minimum=minimum, due_day=due_day, since=since,
                    plan_payment=plan_payment, plan_rate=plan_rate)
    kb = Knowledge()  # one reading of data/ for the rules and the names
    record, rules, debt, day = _checked(fields, today, kb)  # every check before the list is opened
    with DebtStore(write=True) as store:
        record = store.add(record)
    emit(debt_view(record, rules, lang, "debts.added_title", debt, day, kb=kb), shared.form)


@outputs(VIEW_FORMATS)
def list_debts() -> None:
    from huabei_assist.debts.store import DebtStore
    from huabei_assist.payoff import rules_from
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.debts_view import list_view

    shared = chosen()
    lang = shared.lang
    with DebtStore() as store:
        records = store.records()
    kb = Knowledge()
    emit(list_view(records, rules_from(kb), lang, kb=kb), shared.form)


def _name(name: Optional[str]) -> str:
    from huabei_assist.errors import InputError

    if name is None or not name.strip():
        raise InputError("debts.need_name")
    return name.strip()


@outputs()
def show(name: NameArg = None, today: TodayOpt = None) -> None:
    from huabei_assist.debts.store import DebtStore
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.debts_view import debt_view

    shared = chosen()
    lang = shared.lang
    with DebtStore() as store:
        record = store.get(_name(name))
    kb = Knowledge()
    _, rules, debt, day = _checked(record.cells(), today, kb)
    emit(debt_view(record, rules, lang, "debts.list_title", debt, day, kb=kb), shared.form)


@outputs()
def edit(
    name: NameArg = None,
    new_name: Annotated[Optional[str], typer.Option("--name", metavar="NAME", help=h("debts.opt_name"))] = None,
    kind: KindOpt = None,
    amount: AmountOpt = None,
    annual_rate: AnnualOpt = None,
    daily_fee: DailyOpt = None,
    installment_fee: InstallmentOpt = None,
    minimum: MinimumOpt = None,
    due_day: DueDayOpt = None,
    since: SinceOpt = None,
    plan_payment: PlanPaymentOpt = None,
    plan_rate: PlanRateOpt = None,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.debts.record import COST_FIELDS
    from huabei_assist.debts.store import DebtStore
    from huabei_assist.errors import InputError
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.debts_view import debt_view

    shared = chosen()
    lang = shared.lang
    old_name = _name(name)
    changes = _given(name=new_name, kind=kind, amount=amount, annual_rate=annual_rate, daily_fee=daily_fee,
                     installment_fee=installment_fee, minimum=minimum, due_day=due_day, since=since,
                     plan_payment=plan_payment, plan_rate=plan_rate)
    if not changes:
        raise InputError("debts.edit_nothing")
    kb = Knowledge()
    with DebtStore(write=True) as store:
        fields = store.get(old_name).cells()
        if any(changes.get(f) for f in COST_FIELDS):  # a new cost replaces the old one, whichever it was
            fields.update(dict.fromkeys(COST_FIELDS, ""))
        fields.update(changes)
        record, rules, debt, day = _checked(fields, today, kb)
        record = store.replace(old_name, record)
    emit(debt_view(record, rules, lang, "debts.edited_title", debt, day, kb=kb), shared.form)


@outputs()
def remove(name: NameArg = None) -> None:
    from huabei_assist.debts.store import DebtStore
    from huabei_assist.payoff import rules_from
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.debts_view import debt_view

    shared = chosen()
    lang = shared.lang
    with DebtStore(write=True) as store:
        record = store.remove(_name(name))
    kb = Knowledge()
    emit(debt_view(record, rules_from(kb), lang, "debts.removed_title", kb=kb), shared.form)


@outputs((OutputFormat.CSV, OutputFormat.JSON), format_help="debts.opt_export_format", out="debts.opt_out")
def export() -> None:
    from huabei_assist.cli.exporting import deliver
    from huabei_assist.debts.store import DebtStore
    from huabei_assist.views.debts_view import export_view, written_view

    shared = chosen()
    with DebtStore() as store:
        records = store.records()
    deliver(export_view(records, shared.lang), shared,
            lambda path: written_view(path, len(records), shared.format.value, shared.lang))


@outputs()
def import_file(
    file: Annotated[Optional[str], typer.Argument(metavar="FILE", help=h("debts.arg_file"), show_default=False)] = None,
    replace: Annotated[bool, typer.Option("--replace", help=h("debts.opt_replace"))] = False,
    today: TodayOpt = None,
) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.debts.exchange import read_file
    from huabei_assist.debts.store import DebtStore
    from huabei_assist.errors import InputError
    from huabei_assist.payoff import rules_from
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.debts_view import import_view

    shared = chosen()
    lang = shared.lang
    if file is None:
        raise InputError("debts.need_file")
    records = read_file(file, rules_from(Knowledge()), inputs.today(today))  # the whole file checked before the list opens
    with DebtStore(write=True) as store:
        added, replaced, skipped = store.import_records(records, replace=replace)
        total = len(store.records())
    emit(import_view(file, added, replaced, skipped, total, lang), shared.form)
