"""Views of the plan engine: one plan, plans side by side, and the rows of a batch run."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.schema import Calculation, Fact
from huabei_assist.money import ZERO, display, money_str
from huabei_assist.plans.schedule import FIRST_PERIOD_DAYS, Plan
from huabei_assist.render.view import Answer, Block, Calendar, CalendarEvent, KeyValues, Notes, Table, View
from huabei_assist.views.cite import Footnotes
from huabei_assist.views.facts import fact_headers, fact_json, fact_row
from huabei_assist.views.id_names import id_name

if TYPE_CHECKING:  # plan batch's rows: the batch reader (csv, json) is not loaded for a plan's page
    from huabei_assist.plans.batch import RowError, RowResult

_HUNDRED = Decimal(100)


def percent(rate: Decimal | None) -> str:
    """0.1586 -> '15.86%'."""
    if rate is None:
        return "-"
    return f"{(rate * _HUNDRED).quantize(Decimal('0.01'))}%"


def income_share(plan: Plan, income: Decimal | None) -> Decimal | None:
    """The payment's share of income; None while the payment is not known (cost to be agreed)."""
    return None if plan.to_be_agreed else share_of(plan.payment_per_period, income)


def share_of(payment: Decimal, income: Decimal | None) -> Decimal | None:
    """The payment as a share of income, to 4 places (0.1250)."""
    if income is None:
        return None
    return (payment / income).quantize(Decimal("0.0001"))


def plan_view(plan: Plan, facts: list[Fact | Calculation], cap: Decimal, lang: str, *, income: Decimal | None = None,
              written: str | None = None, machine: bool = False, kb: Knowledge | None = None) -> View:
    """machine=True: money in the schedule as '1813.34' (for CSV), not '1,813.34'."""
    kb = knowledge(kb)
    cash = money_str if machine else display
    cited = Footnotes(lang, kb)
    summary = [(t("plan.kind", lang), id_name("plan_kind", plan.kind, lang, kb)),
               (t("plan.amount", lang), display(plan.amount))]
    if plan.waiver:
        summary.append((t("plan.waiver", lang), display(plan.waiver)))
    if plan.down_payment:
        summary.append((t("plan.down_payment", lang), display(plan.down_payment)))
    summary.append((t("plan.principal", lang), display(plan.principal)))
    if plan.fee_rate is not None:
        key = "plan.fee_rate_list" if plan.list_price else "plan.fee_rate_given"
        summary.append((t("plan.fee_rate", lang), t(key, lang, rate=percent(plan.fee_rate))))
    if plan.annual_rate is not None:
        summary.append((t("plan.annual_rate", lang), percent(plan.annual_rate)))
    if plan.never_ends:
        summary.append((t("plan.periods", lang), t("plan.never", lang)))
    else:
        summary.append((t("plan.periods", lang), str(plan.periods)))
    if plan.priced_from is not None:
        given = plan.payment_per_period if plan.priced_from == "payment" else plan.schedule[0].fee
        summary.append((t("plan.priced_from", lang), t(f"plan.priced_from_{plan.priced_from}", lang,
                                                          amount=display(given))))
    summary.append((t("plan.payment_per_period", lang), payment_text(plan, lang)))
    if plan.to_be_agreed:
        agreed = t("plan.cost_to_be_agreed", lang)
        summary += [(t(key, lang), agreed) for key in ("plan.total_fee", "plan.total_paid", "plan.apr",
                                                       "plan.effective", "plan.xirr")]
    elif not plan.never_ends:
        summary += [(t("plan.total_fee", lang), display(plan.total_fee)),
                    (t("plan.total_paid", lang), display(plan.total_paid)),
                    (t("plan.apr", lang), percent(plan.known_rate.apr)),
                    (t("plan.effective", lang), percent(plan.known_rate.effective)),
                    (t("plan.xirr", lang), percent(plan.known_rate.xirr))]
    summary.append((t("plan.first_due", lang), plan.first_due.isoformat()))
    if plan.first_period_days is not None:
        summary.append((t("plan.first_period_days", lang), str(plan.first_period_days)))
    if not plan.never_ends:
        summary.append((t("plan.last_due", lang), plan.last_due.isoformat()))
    if income is not None:
        share = income_share(plan, income)
        summary.append((t("plan.income_share", lang),
                        t("plan.cost_to_be_agreed", lang) if share is None else percent(share)))

    blocks: list[Block] = [
        Answer(plan_answer(plan, lang, kb=kb)),
        KeyValues(None, summary),
        Table(t("plan.schedule", lang), schedule_headers(lang), schedule_rows(plan, cash, lang), primary=True),
        fact_table(facts, lang, cited),
        Notes(t("plan.notes", lang), plan_notes(plan, cap, lang, written=written)),
        cited.block(),
    ]
    data = plan_json(plan, cap, income=income)
    data["facts"] = [fact_json(f, lang, kb=kb) for f in facts]
    if written:
        data["written_to"] = written
    return View(t("plan.title", lang), blocks, data)


def plan_file_view(plan: Plan, facts: list[Fact | Calculation], cap: Decimal, lang: str, *, income: Decimal | None = None,
                   kb: Knowledge | None = None) -> View:
    """What `plan --out FILE` writes: the schedule as CSV, the plan as JSON, the due dates as a calendar."""
    view = plan_view(plan, facts, cap, lang, income=income, machine=True, kb=kb)
    return view._replace(calendar=plan_calendar(plan, lang))


def plan_calendar(plan: Plan, lang: str) -> Calendar:
    """--out FILE.ics: one all-day event per due date, reminded the day before."""
    stem = f"plan-{plan.principal}-{plan.kind}-{plan.periods}-{plan.first_due.isoformat()}"
    agreed = plan.to_be_agreed  # no price yet: the principal share plus a cost still to be agreed
    events = [
        CalendarEvent(
            uid=f"{stem}-p{p.period}@huabei",
            day=p.due_date,
            summary=t("plan.ics_summary_agreed", lang, period=p.period, periods=plan.periods,
                      principal=display(p.principal)) if agreed
            else t("plan.ics_summary", lang, period=p.period, periods=plan.periods, payment=display(p.payment)),
            description=t("plan.ics_description", lang, principal=display(p.principal),
                          fee=t("plan.to_be_agreed", lang) if agreed else display(p.fee),
                          remaining=display(p.remaining)),
        )
        for p in plan.schedule
    ]
    return Calendar(t("plan.ics_calendar", lang), events)
def fact_table(facts: list[Fact | Calculation], lang: str, cited: Footnotes) -> Table:
    """The facts a plan rests on, each with its footnote mark."""
    return Table(t("plan.facts", lang), fact_headers(t("plan.col_fact", lang)), [fact_row(f, cited) for f in facts])


def plan_answer(plan: Plan, lang: str, kb: Knowledge | None = None) -> list[str]:
    """The plan in one line, what it costs, what to do today, whom to call."""
    from huabei_assist.answers import pointers
    from huabei_assist.views.answer import pointer_lines

    kind = id_name("plan_kind", plan.kind, lang, kb)
    if plan.never_ends:
        lines = [t("plan.answer_never", lang, kind=kind, payment=display(plan.payment_per_period))]
    else:
        lines = [t("plan.answer_plan", lang, kind=kind, periods=plan.periods, payment=payment_text(plan, lang),
                   first=plan.first_due.isoformat(), last=plan.last_due.isoformat())]
    if plan.to_be_agreed:
        lines.append(t("plan.answer_cost_agreed", lang))
    elif plan.priced:
        assert plan.rate is not None  # a priced plan has its rates
        lines.append(t("plan.answer_cost", lang, total=display(plan.total_paid), fee=display(plan.total_fee),
                       apr=percent(plan.rate.apr)))
    return lines + pointer_lines(pointers("plan", kb), lang)


def compare_answer(plans: list[Plan], lang: str, kb: Knowledge | None = None) -> list[str]:
    """What is owed, the cheapest plan and the smallest payment, what to do today, whom to call."""
    from huabei_assist.answers import pointers
    from huabei_assist.views.answer import pointer_lines

    lines = [t("plan.answer_owed", lang, amount=display(plans[0].amount), count=len(plans))]
    priced = [p for p in plans if p.priced]
    if priced:
        cheapest = min(priced, key=lambda p: (p.total_fee, p.periods))
        smallest = min(plans, key=lambda p: (p.schedule[0].principal if p.to_be_agreed else p.payment_per_period,
                                             p.periods))
        lines.append(t("plan.answer_cheapest", lang, periods=cheapest.periods, fee=display(cheapest.total_fee),
                       low_periods=smallest.periods, payment=payment_text(smallest, lang)))
    return lines + pointer_lines(pointers("compare", kb), lang)


def payment_text(plan: Plan, lang: str) -> str:
    """The payment per period, or for a plan still to be agreed its principal share plus the agreed cost."""
    if plan.to_be_agreed:
        return t("plan.principal_plus_cost", lang, amount=display(plan.schedule[0].principal))
    return display(plan.payment_per_period)


def schedule_rows(plan: Plan, cash, lang: str) -> list[list[str]]:
    agreed = t("plan.to_be_agreed", lang)
    return [[str(p.period), p.due_date.isoformat(), cash(p.principal),
             agreed if plan.to_be_agreed else cash(p.fee), agreed if plan.to_be_agreed else cash(p.payment),
             cash(p.remaining)] for p in plan.schedule]


def schedule_headers(lang: str) -> list[str]:
    return [t("plan.col_period", lang), t("plan.col_due", lang), t("plan.col_principal", lang),
            t("plan.col_fee", lang), t("plan.col_payment", lang), t("plan.col_remaining", lang)]


def plan_notes(plan: Plan, cap: Decimal, lang: str, *, written: str | None = None) -> list[str]:
    notes = []
    if plan.kind == "negotiated":
        notes.append(t("plan.note_may_not_must", lang))
    if plan.to_be_agreed:
        notes.append(t("plan.note_to_be_agreed", lang))
    if plan.priced and plan.odd_first_period() and plan.known_rate.xirr is not None:
        notes.append(t("plan.note_odd_first_period", lang, days=plan.first_period_days, low=FIRST_PERIOD_DAYS[0],
                       high=FIRST_PERIOD_DAYS[1], xirr=percent(plan.known_rate.xirr),
                       effective=percent(plan.known_rate.effective), apr=percent(plan.known_rate.apr)))
    if plan.kind == "installment" and plan.list_price:
        notes.append(t("plan.note_list_price", lang))
    if plan.never_ends:
        notes.append(t("plan.note_never_ends", lang, payment=display(plan.payment_per_period),
                       months=plan.periods))
    if plan.below_minimum:
        notes.append(t("plan.note_below_minimum", lang))
    if plan.over_cap(cap):
        notes.append(t("plan.note_over_cap", lang, apr=percent(plan.known_rate.apr), cap=percent(cap)))
    if plan.kind != "minimum":
        notes.append(t("plan.note_rounding", lang))
    if written:
        notes.append(t("plan.note_written", lang, path=written))
    return notes


def plan_json(plan: Plan, cap: Decimal, *, income: Decimal | None = None, schedule: bool = True) -> dict:
    """What is not known is null: the cost of a plan still to be agreed, the end of one that never ends."""
    ends = not plan.never_ends
    priced = plan.priced
    data: dict = {
        "kind": plan.kind,
        "amount": money_str(plan.amount),
        "waiver": money_str(plan.waiver),
        "down_payment": money_str(plan.down_payment),
        "principal": money_str(plan.principal),
        "periods": plan.periods if ends else None,
        "payment_per_period": None if plan.to_be_agreed else money_str(plan.payment_per_period),
        "principal_per_period": money_str(plan.schedule[0].principal),
        "cost_to_be_agreed": plan.to_be_agreed,
        "priced_from": plan.priced_from,
        "total_fee": money_str(plan.total_fee) if priced else None,
        "total_paid": money_str(plan.total_paid) if priced else None,
        "fee_rate": None if plan.fee_rate is None else str(plan.fee_rate),
        "annual_rate": None if plan.annual_rate is None else str(plan.annual_rate),
        "list_price": plan.list_price,
        "apr": str(plan.known_rate.apr) if priced else None,
        "effective_annual_rate": str(plan.known_rate.effective) if priced else None,
        "xirr": None if not priced or plan.known_rate.xirr is None else str(plan.known_rate.xirr),
        "over_24_percent": plan.over_cap(cap),
        "first_due": plan.first_due,
        "first_period_days": plan.first_period_days,
        "first_period_warning": plan.priced and plan.odd_first_period(),
        "last_due": plan.last_due if ends else None,
        "never_ends": plan.never_ends,
        "below_minimum": plan.below_minimum,
        "income_share": None if income is None or plan.to_be_agreed else str(income_share(plan, income)),
    }
    if schedule:
        agreed = plan.to_be_agreed
        data["schedule"] = [
            {"period": p.period, "due_date": p.due_date, "principal": money_str(p.principal),
             "fee": None if agreed else money_str(p.fee), "payment": None if agreed else money_str(p.payment),
             "remaining": money_str(p.remaining)} for p in plan.schedule]
    return data


def compare_view(plans: list[Plan], facts: list[Fact | Calculation], cap: Decimal, lang: str, *,
                 income: Decimal | None = None, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    headers = [t("plan.col_periods", lang), t("plan.kind", lang), t("plan.payment_per_period", lang),
               t("plan.total_fee", lang), t("plan.total_paid", lang), t("plan.apr", lang),
               t("plan.effective", lang), t("plan.col_xirr", lang), t("plan.last_due", lang)]
    if income is not None:
        headers.append(t("plan.income_share", lang))
    rows = []
    for plan in plans:
        kind: str = id_name("plan_kind", plan.kind, lang, kb)  # a Whole; the negotiated row's longer label may wrap
        if plan.kind == "negotiated":
            kind = t("plan.kind_negotiated_row", lang, kind=kind)
        if plan.to_be_agreed:
            agreed = t("plan.to_be_agreed", lang)
            cost = [agreed, agreed, t("plan.cost_to_be_agreed", lang), agreed, agreed]
        else:
            cost = [display(plan.total_fee), display(plan.total_paid),
                    percent(plan.known_rate.apr) + (" ⚠" if plan.over_cap(cap) else ""),
                    percent(plan.known_rate.effective),
                    percent(plan.known_rate.xirr) + (" ≠" if plan.odd_first_period() else "")]
        row = [str(plan.periods), kind, payment_text(plan, lang), *cost, plan.last_due.isoformat()]
        if income is not None:
            share = income_share(plan, income)
            row.append(t("plan.to_be_agreed", lang) if share is None else percent(share))
        rows.append(row)
    notes = [t("plan.note_compare_kinds", lang)]
    if any(p.kind == "negotiated" for p in plans):
        notes.append(t("plan.note_may_not_must", lang))
    if any(p.to_be_agreed for p in plans):
        notes.append(t("plan.note_to_be_agreed", lang))
    if any(p.over_cap(cap) for p in plans):
        notes.append(t("plan.note_over_cap_rows", lang, cap=percent(cap)))
    if any(p.priced and p.odd_first_period() for p in plans):
        notes.append(t("plan.note_odd_first_rows", lang, low=FIRST_PERIOD_DAYS[0], high=FIRST_PERIOD_DAYS[1]))
    cited = Footnotes(lang, kb)
    blocks: list[Block] = [
        Answer(compare_answer(plans, lang, kb=kb)),
        KeyValues(None, [(t("plan.amount", lang), display(plans[0].amount))]),
        Table(t("plan.compare_table", lang), headers, rows, primary=True),
        fact_table(facts, lang, cited),
        Notes(t("plan.notes", lang), notes),
        cited.block(),
    ]
    data = {
        "amount": money_str(plans[0].amount),
        "plans": [plan_json(p, cap, income=income, schedule=False) for p in plans],
        "facts": [fact_json(f, lang, kb=kb) for f in facts],
    }
    return View(t("plan.compare_title", lang), blocks, data)


# --- batch: one row at a time, never the whole run in memory ------------------------------------

BATCH_COLUMNS: tuple[str, ...] = (
    "row", "amount", "periods", "kind", "fee_rate", "annual_rate", "payment_per_period", "total_fee", "total_paid",
    "apr", "effective_annual_rate", "xirr", "first_due", "last_due", "over_24_percent")
BATCH_TEXT_COLUMNS: tuple[int, ...] = (BATCH_COLUMNS.index("kind"),)  # the others are numbers, dates, booleans


def batch_record(result: RowResult, cap: Decimal) -> dict:
    """One scenario's result as flat JSON fields (the same names as the CSV columns). The plan is a
    Plan or a PlanTotals (plans/row_totals.py): only the names they share are read.

    Every amount in a plan is already a whole number of fen (and sums of fen keep two places), so
    str() gives "500.00" without quantizing again: this runs once per batch row.
    """
    plan = result.plan
    assert plan is not None
    rate = plan.rate
    fee_rate, annual = plan.fee_rate, plan.annual_rate
    record = {
        "row": result.row, "amount": str(plan.amount), "periods": plan.periods, "kind": plan.kind,
        "fee_rate": None if fee_rate is None else str(fee_rate),
        "annual_rate": None if annual is None else str(annual),
        "payment_per_period": None, "total_fee": None, "total_paid": None, "apr": None,
        "effective_annual_rate": None, "xirr": None, "first_due": plan.first_due.isoformat(),
        "last_due": plan.last_due.isoformat(), "over_24_percent": False,
    }
    if rate is not None:  # None: a negotiated plan whose cost is to be agreed; what it costs is unknown
        paid = plan.total_paid
        assert paid is not None  # a plan with a rate has its totals
        record["payment_per_period"] = str(plan.payment_per_period)
        # the principal column adds up to the principal exactly: the fee is what is paid beyond it
        record["total_fee"] = str(paid - plan.down_payment - plan.principal)
        record["total_paid"] = str(paid)
        record["apr"], record["effective_annual_rate"] = str(rate.apr), str(rate.effective)
        record["xirr"] = None if rate.xirr is None else str(rate.xirr)
        record["over_24_percent"] = rate.apr > cap
    return record


def batch_cells(record: dict) -> list[str]:
    """The record's cells in column order: None as "", booleans as true/false, the rest as text."""
    return [_CELL[value] if value is None or value is True or value is False else str(value)
            for value in map(record.__getitem__, BATCH_COLUMNS)]


_CELL = {None: "", True: "true", False: "false"}


def row_error_line(error: RowError, lang: str) -> str:
    reason = t(error.key, lang, **error.params)
    return t("plan.batch_row_error", lang, row=error.row, field=error.field, reason=reason)


