"""Views of `huabei debts`: the list, one debt, what a change did, import and export results."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from huabei_assist.debts.record import Record, minimum_text
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.money import display
from huabei_assist.render.view import KeyValues, Notes, Table, Typed, View
from huabei_assist.views.id_names import id_name

_HUNDRED = Decimal(100)


def percent(rate: Decimal) -> str:
    """0.0005 -> '0.05%', 0.18 -> '18%'."""
    return f"{(rate * _HUNDRED).normalize():f}%"


def kind_name(kind: str, lang: str, kb: Knowledge | None = None) -> str:
    """The kind's name in data/payoff.toml, from the run's knowledge base."""
    return id_name("debt_kind", kind, lang, kb)


def cost_text(record: Record, rules, lang: str) -> str:
    for field, kind in (("annual_rate", "annual"), ("daily_fee", "daily"), ("installment_fee", "installment")):
        rate = getattr(record, field)
        if rate is not None:
            return t(f"debts.cost_{kind}", lang, rate=percent(rate))
    if record.kind == "huabei":
        return t("debts.default", lang, value=t("debts.cost_daily", lang, rate=percent(rules.huabei_daily_fee)))
    return "-"


def minimum_cell(record: Record, rules, lang: str) -> str:
    if record.minimum_share is not None or record.minimum_fixed is not None:
        return minimum_text(record) if record.minimum_fixed is None else \
            minimum_text(record).replace(str(record.minimum_fixed), display(record.minimum_fixed))
    if record.kind == "huabei":
        return t("debts.default", lang, value=percent(rules.huabei_minimum_share))
    return "-"


def plan_cell(record: Record, lang: str) -> str:
    if record.plan_payment is None:
        return "-"
    if record.plan_rate is None:
        return t("debts.plan_to_agree", lang, payment=display(record.plan_payment))
    return t("debts.plan_value", lang, payment=display(record.plan_payment), rate=percent(record.plan_rate))


def _row(record: Record, rules, lang: str, kb: Knowledge | None) -> list[str]:
    return [Typed(record.name), kind_name(record.kind, lang, kb), display(record.amount), cost_text(record, rules, lang),
            minimum_cell(record, rules, lang),
            t("debts.default", lang, value=str(rules.default_due_day)) if record.due_day is None else str(record.due_day),
            "-" if record.since is None else record.since.isoformat(), plan_cell(record, lang)]


def _headers(lang: str) -> list[str]:
    return [t(f"debts.col_{c}", lang) for c in ("name", "kind", "amount", "cost", "minimum", "due_day", "since", "plan")]


def list_view(records: list[Record], rules, lang: str, kb: Knowledge | None = None) -> View:
    if not records:
        return View(t("debts.list_title", lang), [Notes(None, [t("debts.empty", lang)])], [])
    table = Table(None, _headers(lang), [_row(r, rules, lang, kb) for r in records], primary=True)
    return View(t("debts.list_title", lang), [table], [r.json() for r in records])


def debt_view(record: Record, rules, lang: str, title_key: str, debt=None, today: date | None = None,
              kb: Knowledge | None = None) -> View:
    """One debt: its fields, then, given the engine's checked `debt` (defaults filled in), what they
    mean: its cost a year, the 24% line, its overdue stage `today`."""
    rows = list(zip(_headers(lang), _row(record, rules, lang, kb)))
    data = record.json()
    if debt is not None:
        from bisect import bisect_right

        from huabei_assist.payoff import annualised

        yearly = annualised(debt.cost if debt.plan is None else debt.plan.cost)
        over = yearly > rules.cap
        stage = day = None
        if debt.since is not None:
            day = (today - debt.since).days + 1
            stage = bisect_right(rules.stage_starts, day)
        rows.append((t("debts.col_annualised", lang),
                     t("debts.over_cap", lang, rate=percent(yearly)) if over else percent(yearly)))
        rows.append((t("debts.col_stage", lang), t("debts.not_overdue", lang) if stage is None
                     else t("debts.stage_n", lang, n=stage, day=day)))
        data.update(annual_cost=str(yearly), over_cap=over, stage=stage, day_overdue=day)
    return View(t(title_key, lang), [KeyValues(None, rows)], data)


def import_view(path: str, added: int, replaced: int, skipped: int, total: int, lang: str) -> View:
    rows = [(t("debts.import_file", lang), Typed(path)), (t("debts.import_added", lang), str(added)),
            (t("debts.import_replaced", lang), str(replaced)), (t("debts.import_skipped", lang), str(skipped)),
            (t("debts.total", lang), str(total))]
    data = {"file": path, "added": added, "replaced": replaced, "skipped": skipped, "total": total}
    return View(t("debts.import_title", lang), [KeyValues(None, rows)], data)


def export_view(records: list[Record], lang: str) -> View:
    """`debts export`: the list as its interchange file; JSON is the document, CSV the table (names as typed)."""
    from huabei_assist.debts.exchange import export_document
    from huabei_assist.debts.record import FIELDS

    rows = [[Typed(cells[f]) if f == "name" else cells[f] for f in FIELDS] for cells in (r.cells() for r in records)]
    return View(t("debts.export_title", lang), [Table(None, list(FIELDS), rows, primary=True)], export_document(records))


def written_view(path: str, count: int, fmt: str, lang: str) -> View:
    return View(t("debts.export_title", lang), [Notes(None, [t("debts.written", lang, path=path, n=count)])],
                {"out": path, "format": fmt, "debts": count})
