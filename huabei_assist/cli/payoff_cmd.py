"""`huabei payoff`: several debts, one monthly budget: what to pay first, month by month."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import one_of
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs
from huabei_assist.render.formats import OutputFormat


def register(app: typer.Typer) -> None:
    app.command("payoff", help=h("payoff.help"), short_help=h("payoff.short"))(payoff)


@outputs(VIEW_FORMATS, out="payoff.opt_out")
def payoff(
    budget: Annotated[Optional[str], typer.Option("--budget", metavar="CNY", help=h("payoff.opt_budget"))] = None,
    order: Annotated[str, one_of("--order", "avalanche|snowball|risk", "payoff.opt_order")] = "avalanche",
    months: Annotated[Optional[str], typer.Option("--months", metavar="N", help=h("payoff.opt_months"))] = None,
    compare: Annotated[bool, typer.Option("--compare", help=h("payoff.opt_compare"))] = False,
    debts: Annotated[Optional[str], typer.Option("--debts", metavar="FILE", help=h("payoff.opt_debts"))] = None,
    start: Annotated[Optional[str], typer.Option("--start", metavar="DATE", help=h("payoff.opt_start"))] = None,
    plan_rate: Annotated[Optional[str], typer.Option("--plan-rate", metavar="RATE", help=h("payoff.opt_plan_rate"))]
    = None,
) -> None:
    from huabei_assist import payoff as po
    from huabei_assist.cli import inputs
    from huabei_assist.debts.record import parse_rate
    from huabei_assist.errors import InputError
    from huabei_assist.render import emit

    shared = chosen()
    lang = shared.lang
    if budget is None:
        raise InputError("payoff.need_budget")
    if order not in po.ORDERS:
        raise InputError("payoff.bad_order", value=order, choices=", ".join(po.ORDERS))
    money = inputs.amount(budget, "--budget")
    count = po.MAX_MONTHS if months is None else _whole(months)
    day = _start(start)
    rate = parse_rate("plan_rate", plan_rate)
    out = shared.out
    file_form = _out_form(out, compare)
    rules = po.rules_from()
    checked = _debts(debts, rules, day)
    if compare:
        from huabei_assist.views.payoff_view import compare_view

        comparison = po.compare(checked, money, day, count, rules=rules, plan_rate=rate)
        emit(compare_view(comparison, rules, lang, full=shared.json), shared.form)
        return
    from huabei_assist.payoff.rules import routes_from
    from huabei_assist.views.payoff_view import payoff_view

    result = po.payoff(checked, money, order, day, count, rules=rules, plan_rate=rate)
    routes = routes_from() if result.shortfall is not None else None
    written = None
    if file_form is not None and out is not None:  # the form is known whenever --out is given
        from huabei_assist.render import save
        from huabei_assist.views.payoff_view import payoff_file_view

        written = save(payoff_file_view(result, rules, routes, lang), file_form, out, force=shared.force)
    emit(payoff_view(result, rules, routes, lang, machine=shared.format is OutputFormat.CSV, written=written),
         shared.form)


def _start(text: Optional[str]):
    """--start, default today. An ISO date is read without dateutil (its parser costs ~20 ms to import,
    and --compare's speed target has little margin); any other form goes through inputs.day."""
    from datetime import date

    from huabei_assist.cli import inputs

    if text is None:
        return inputs.today(None)
    value = text.strip()
    if len(value) == 10 and value[4] == value[7] == "-" and value.replace("-", "").isdigit():
        try:
            from huabei_assist.dates import in_range

            return in_range(date.fromisoformat(value), "--start", text)
        except ValueError:
            pass  # 2027-02-30: inputs.day says why
    return inputs.day(text, "--start")


def _whole(text: str) -> int:
    from huabei_assist import payoff as po
    from huabei_assist.errors import InputError

    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= po.MAX_MONTHS:
        raise InputError("payoff.bad_months", value=text, limit=po.MAX_MONTHS)
    return int(value)


def _out_form(out: Optional[str], compare: bool):
    """The --out file's form (.csv or .ics), checked before anything is computed."""
    from huabei_assist.cli.exporting import file_format
    from huabei_assist.errors import InputError

    if out is None:
        return None
    if compare:
        raise InputError("payoff.out_with_compare")
    return file_format(out, {".csv": OutputFormat.CSV, ".ics": OutputFormat.ICS}, "payoff.bad_out")


def _debts(path: Optional[str], rules, start):
    """The debts to plan with, checked as of `start`: from --debts FILE, else the stored list."""
    from huabei_assist.debts.record import check
    from huabei_assist.errors import InputError

    if path is not None:
        from huabei_assist.debts.exchange import read_file

        records = read_file(path, rules, start)
    else:
        from huabei_assist.debts.store import DebtStore

        with DebtStore() as store:
            records = store.records()
        if not records:
            raise InputError("payoff.no_stored_debts")
    return check(records, rules, start)
