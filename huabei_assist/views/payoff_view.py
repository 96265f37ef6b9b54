"""Views of `huabei payoff`: the answer first, then each debt, month by month, the totals, the sources;
the three orders side by side; and, when the budget does not cover the minimums, what to ask for."""

from __future__ import annotations

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.money import display, money_str
from huabei_assist.render.view import Calendar, CalendarEvent, KeyValues, Notes, Table, Typed, View
from huabei_assist.views.debts_view import kind_name, percent
from huabei_assist.views.id_names import id_name


def _day(value) -> str | None:
    return None if value is None else value.isoformat()


def _stage(stage: int | None, stages: dict, lang: str) -> str:
    if stage is None:
        return t("debts.not_overdue", lang)
    return t("payoff.stage_named", lang, n=stage, name=stages[stage].name(lang)) if stage in stages \
        else t("payoff.stage", lang, n=stage)


# -- JSON ------------------------------------------------------------------------------------------
def payoff_json(result, rules, routes, *, months: bool = True) -> dict:
    """The document of one order: what the issue's "Must hold" lists, and what the tables show."""
    shortfall = result.shortfall
    data = {
        "order": result.order, "start": result.start.isoformat(), "budget": money_str(result.budget),
        "debt_free_on": _day(result.debt_free_on), "finished": result.finished,
        "total_paid": money_str(result.total_paid), "total_cost": money_str(result.total_cost),
        "days_higher_stage": result.days_higher_stage, "records_clear_on": _day(result.records_clear_on),
        "shortfall": None if shortfall is None else money_str(shortfall.amount),
        "negotiation": None if shortfall is None else _negotiation_json(shortfall, result.debts, rules, routes),
        "debts": [_outcome_json(d) for d in result.debts],
    }
    if months:
        data["months"] = [{"month": m.month, "paid": money_str(m.paid), "cost": money_str(m.cost),
                           "short": money_str(m.short),
                           "payments": [{"debt": p.debt, "date": p.date.isoformat(), "minimum": money_str(p.minimum),
                                         "amount": money_str(p.amount), "cost": money_str(p.cost),
                                         "balance_after": money_str(p.balance_after)} for p in m.payments]}
                          for m in result.months]
    return data


def _outcome_json(d) -> dict:
    return {"name": d.name, "kind": d.kind, "owed_at_start": money_str(d.owed_at_start), "paid": money_str(d.paid),
            "cost": money_str(d.cost), "cleared_on": _day(d.cleared_on), "annual_rate": str(d.annual_rate),
            "over_cap": d.over_cap, "stage": d.stage, "days_higher_stage": d.days_higher_stage,
            "record_until": _day(d.record_until), "cost_to_agree": d.cost_to_agree}


def _negotiation_json(shortfall, outcomes, rules, routes) -> dict:
    plan = shortfall.plan
    return {
        "minimums": money_str(shortfall.minimums), "periods": shortfall.periods,
        "still_short": money_str(shortfall.still_short),
        "ask": [{"debt": name, "payment": money_str(payment), **_route_json(routes, kind)}
                for name, payment, kind in _asks(shortfall, outcomes)],
        "plan": None if plan is None else payoff_json(plan, rules, None),
    }


def _asks(shortfall, outcomes):
    kinds = {d.name: d.kind for d in outcomes}
    return [(name, payment, kinds[name]) for name, payment in shortfall.ask]


def _route_json(routes, kind: str) -> dict:
    route = routes[kind]
    return {"lender_first": route.lender_first, "channels": [c[0] for c in route.channels], "letter": route.letter}


# -- one order ---------------------------------------------------------------------------------------
def payoff_view(result, rules, routes, lang: str, *, machine: bool = False, written: str | None = None,
                kb: Knowledge | None = None) -> View:
    """machine=True (--format csv): money as '1347.00' in the month table, for scripts. `kb`: the run's
    knowledge base, for the names of orders, kinds and stages and the sources."""
    kb = knowledge(kb)
    cash = money_str if machine else display
    blocks: list = []
    if result.shortfall is not None:
        blocks += _shortfall_blocks(result, rules, routes, lang)
    title = "payoff.as_is_title" if result.shortfall is not None else "payoff.answer_title"
    blocks.append(KeyValues(t(title, lang), _answer_rows(result, lang)))
    from huabei_assist.payoff.rules import stages_from

    stages = {stage.number: stage for stage in stages_from(kb)}
    blocks.append(_debts_table(result, stages, lang, kb))
    rows = [[m.month, p.date.isoformat(), Typed(p.debt), cash(p.amount), cash(p.cost), cash(p.balance_after)]
            for m in result.months for p in m.payments]
    headers = [t(f"payoff.col_{c}", lang) for c in ("month", "date", "debt", "paid", "cost", "balance_after")]
    blocks.append(Table(t("payoff.months_title", lang), headers, rows, primary=True))
    blocks.append(KeyValues(t("payoff.totals_title", lang), [
        (t("payoff.total_paid", lang), display(result.total_paid)),
        (t("payoff.total_cost", lang), display(result.total_cost)),
        (t("payoff.months_count", lang), str(len(result.months)))]))
    sources, sources_json = _sources(rules, stages, lang, kb)
    blocks.append(sources)
    if written is not None:
        blocks.append(Notes(None, [t("payoff.written", lang, path=written)]))
    data = payoff_json(result, rules, routes)
    data["sources"] = sources_json
    if written is not None:
        data["out"] = written
    return View(t("payoff.title", lang, order=id_name("payoff_order", result.order, lang, kb)), blocks, data)


def payoff_file_view(result, rules, routes, lang: str, kb: Knowledge | None = None) -> View:
    """What `payoff --out FILE` writes: the payments as CSV, or as a calendar."""
    kb = knowledge(kb)
    return payoff_view(result, rules, routes, lang, machine=True, kb=kb)._replace(
        calendar=payoff_calendar(result, lang, kb))


def payoff_calendar(result, lang: str, kb: Knowledge | None = None) -> Calendar:
    """One all-day event per payment of more than 0.00, on its date (Payment.date), reminded a day before.
    Each UID names the order, the start, the debt's place in the list and the date, so importing a
    newer run of the same plan updates the events rather than doubling them."""
    place = {d.name: n for n, d in enumerate(result.debts, 1)}
    events = [
        CalendarEvent(
            uid=f"payoff-{result.order}-{result.start.isoformat()}-d{place[p.debt]}-{p.date.isoformat()}@huabei",
            day=p.date,
            summary=t("payoff.ics_summary", lang, debt=p.debt, amount=display(p.amount)),
            description=t("payoff.ics_description", lang, cost=display(p.cost), balance=display(p.balance_after),
                          minimum=display(p.minimum)),
        )
        for m in result.months for p in m.payments if p.amount
    ]
    return Calendar(t("payoff.ics_calendar", lang, order=id_name("payoff_order", result.order, lang, kb)), events)


def _answer_rows(result, lang: str) -> list[tuple[str, str]]:
    if result.finished:
        rows = [(t("payoff.debt_free_on", lang), result.debt_free_on.isoformat())]
    else:
        rows = [(t("payoff.debt_free_on", lang), t("payoff.not_finished", lang, n=len(result.months)))]
    rows.append((t("payoff.total_cost", lang), display(result.total_cost)))
    first = result.months.first() if len(result.months) else None
    if first is not None:
        paying = [p for p in first.payments if p.amount]
        text = ("；" if lang == "zh" else "; ").join(
            t("payoff.pay_line", lang, debt=p.debt, amount=display(p.amount), date=p.date.isoformat()) for p in paying)
        rows.append((t("payoff.first_payments", lang, month=first.month), text or "-"))
    return rows


def _debts_table(result, stages: dict, lang: str, kb: Knowledge) -> Table:
    headers = [t(f"payoff.col_{c}", lang) for c in ("debt", "kind", "owed", "annual_rate", "stage", "paid", "cost",
                                                     "cleared_on", "days_higher")]
    rows = []
    for d in result.debts:
        rate = t("debts.over_cap", lang, rate=percent(d.annual_rate)) if d.over_cap else percent(d.annual_rate)
        if d.cost_to_agree:
            rate = t("payoff.to_agree", lang)
        rows.append([Typed(d.name), kind_name(d.kind, lang, kb), display(d.owed_at_start), rate, _stage(d.stage, stages, lang),
                     display(d.paid), display(d.cost), _day(d.cleared_on) or t("payoff.not_cleared", lang),
                     str(d.days_higher_stage)])
    return Table(t("payoff.debts_title", lang), headers, rows)


def _sources(rules, stages: dict, lang: str, kb: Knowledge) -> tuple[Notes, list[dict]]:
    """The facts behind the rules, and the stages, from data/: as notes, and as JSON."""
    from huabei_assist.payoff.rules import sources_from

    found = sources_from(rules, kb)
    from huabei_assist.views.cite import cite_json, cite_text

    items = [t("payoff.source_line", lang, text=s.text(lang), basis=t(f"common.basis_{s.basis}", lang),
               source=cite_text(s, lang, kb=kb)) for s in found]
    data = [{"rule": s.rule, "id": s.id, "text": s.text(lang), "basis": s.basis, "source": cite_json(s, lang, kb=kb)}
            for s in found]
    data += [{"rule": "stages", "id": f"stage-{n}", "text": stage.name(lang), "first_day": stage.first_day,
              "basis": stage.basis, "source": cite_json(stage, lang, kb=kb)} for n, stage in stages.items()]
    listed = ("；" if lang == "zh" else "; ").join(
        t("payoff.stage_days", lang, n=n, name=stage.name(lang), first=stage.first_day) for n, stage in stages.items())
    for basis in dict.fromkeys(stage.basis for stage in stages.values()):
        cited = "; ".join(dict.fromkeys(cite_text(stage, lang, kb=kb) for stage in stages.values() if stage.basis == basis))
        items.append(t("payoff.source_line", lang, text=t("payoff.stages_text", lang, stages=listed),
                       basis=t(f"common.basis_{basis}", lang), source=cited))
    return Notes(t("payoff.sources_title", lang), items), data


def _shortfall_blocks(result, rules, routes, lang: str) -> list:
    shortfall = result.shortfall
    lines = [t("payoff.short_line", lang, budget=display(result.budget), minimums=display(shortfall.minimums),
               amount=display(shortfall.amount))]
    if shortfall.plan is None:
        lines.append(t("payoff.still_short", lang, amount=display(shortfall.still_short)))
    blocks: list = [Notes(t("payoff.short_title", lang), lines)]
    rows = []
    for name, payment, kind in _asks(shortfall, result.debts):
        route = routes[kind]
        names = [c[1] if lang == "zh" else c[2] for c in route.channels]
        if route.lender_first:
            names.insert(0, t("payoff.lender", lang))
        debt = next(d for d in result.debts if d.name == name)
        rows.append([Typed(name), display(payment), str(shortfall.periods),
                     ("、" if lang == "zh" else "; ").join(names),
                     f"huabei letter {route.letter} --amount {money_str(debt.owed_at_start)}"])
    headers = [t(f"payoff.col_{c}", lang) for c in ("debt", "ask", "periods", "channel", "letter")]
    if rows:
        blocks.append(Table(t("payoff.ask_title", lang), headers, rows))
    plan = shortfall.plan
    if plan is None:
        return blocks
    agreed = any(d.cost_to_agree for d in plan.debts)
    cost = display(plan.total_cost) + (t("payoff.plus_to_agree", lang) if agreed else "")
    free = plan.debt_free_on.isoformat() if plan.finished else t("payoff.not_finished", lang, n=len(plan.months))
    blocks.append(KeyValues(t("payoff.if_agreed_title", lang), [
        (t("payoff.debt_free_on", lang), free), (t("payoff.total_cost", lang), cost),
        (t("payoff.total_paid", lang), display(plan.total_paid))]))
    return blocks


# -- the three orders side by side --------------------------------------------------------------------
def compare_view(comparison, rules, lang: str, *, full: bool, kb: Knowledge | None = None) -> View:
    """`full` (--json, --format): each order's whole document; otherwise only the totals are read
    (an order's months are built only when read: a comparison of 120 months stays fast)."""
    kb = knowledge(kb)
    headers = [t(f"payoff.col_{c}", lang) for c in ("order", "debt_free_on", "total_cost", "total_paid",
                                                     "days_higher", "records_clear_on")]
    rows = []
    for p in comparison.orders:
        free = p.debt_free_on.isoformat() if p.finished else t("payoff.not_finished", lang, n=len(p.months))
        rows.append([id_name("payoff_order", p.order, lang, kb), free, display(p.total_cost), display(p.total_paid),
                     str(p.days_higher_stage), _day(p.records_clear_on) or "-"])
    blocks: list = []
    first = comparison.orders[0]
    if first.shortfall is not None:
        blocks.append(Notes(t("payoff.short_title", lang), [
            t("payoff.short_line", lang, budget=display(first.budget), minimums=display(first.shortfall.minimums),
              amount=display(first.shortfall.amount)), t("payoff.short_see", lang)]))
    blocks.append(Table(t("payoff.compare_title", lang), headers, rows, primary=True))
    blocks.append(Notes(None, [t("payoff.compare_note", lang)]))
    data = None
    if full:
        from huabei_assist.payoff.rules import routes_from

        routes = routes_from(kb) if first.shortfall is not None else None
        data = {"orders": [payoff_json(p, rules, routes) for p in comparison.orders]}
    return View(t("payoff.compare_heading", lang), blocks, data)
