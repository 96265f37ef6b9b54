"""`huabei payoff`: several debts, one monthly budget: what to pay first, month by month."""

from __future__ import annotations

from huabei_assist.cli.output_choice import Chosen
from huabei_assist.render.formats import OutputFormat


def run(shared: Chosen, *, budget: str | None = None, order: str = "avalanche", months: str | None = None,
        compare: bool = False, debts: str | None = None, start: str | None = None,
        plan_rate: str | None = None) -> None:
    from huabei_assist import payoff as po
    from huabei_assist.cli import inputs
    from huabei_assist.debts.record import parse_rate
    from huabei_assist.errors import InputError
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.known_ids import pick_id
    from huabei_assist.render import emit

    lang = shared.lang
    if budget is None:
        raise InputError("payoff.need_budget")
    kb = Knowledge()  # one reading of data/ for the order, the rules and the routes
    order = pick_id(kb.payoff.orders, order, "payoff.bad_order")  # avalanche or 雪崩
    money = inputs.amount(budget, "--budget")
    count = po.MAX_MONTHS if months is None else _whole(months)
    day = inputs.start(start)
    rate = parse_rate("plan_rate", plan_rate)
    out = shared.out
    file_form = _out_form(out, compare)
    rules = po.rules_from(kb)
    checked = _debts(debts, rules, day)
    if compare:
        from huabei_assist.views.payoff_view import compare_view

        comparison = po.compare(checked, money, day, count, rules=rules, plan_rate=rate)
        emit(compare_view(comparison, rules, lang, full=shared.json, kb=kb), shared.form)
        return
    from huabei_assist.payoff.rules import routes_from
    from huabei_assist.views.payoff_view import payoff_view

    result = po.payoff(checked, money, order, day, count, rules=rules, plan_rate=rate)
    routes = routes_from(kb) if result.shortfall is not None else None
    written = None
    if file_form is not None and out is not None:  # the form is known whenever --out is given
        from huabei_assist.render import save
        from huabei_assist.views.payoff_view import payoff_file_view

        written = save(payoff_file_view(result, rules, routes, lang, kb=kb), file_form, out, force=shared.force)
    emit(payoff_view(result, rules, routes, lang, machine=shared.format is OutputFormat.CSV, written=written, kb=kb),
         shared.form)


def _whole(text: str) -> int:
    from huabei_assist import payoff as po
    from huabei_assist.errors import InputError

    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= po.MAX_MONTHS:
        raise InputError("payoff.bad_months", value=text, limit=po.MAX_MONTHS)
    return int(value)


def _out_form(out: str | None, compare: bool):
    """The --out file's form (.csv or .ics), checked before anything is computed."""
    from huabei_assist.cli.exporting import file_format
    from huabei_assist.errors import InputError

    if out is None:
        return None
    if compare:
        raise InputError("payoff.out_with_compare")
    return file_format(out, {".csv": OutputFormat.CSV, ".ics": OutputFormat.ICS}, "payoff.bad_out")


def _debts(path: str | None, rules, start):
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
