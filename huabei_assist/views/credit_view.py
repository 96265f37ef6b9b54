"""The credit screens: the recovery timeline, the check plan, the objection deadlines."""

from __future__ import annotations

from datetime import date

from huabei_assist.credit import CreditReport, MonitorPlan, ObjectionReport, RepairVerdict, period_end
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.credit_schema import Method
from huabei_assist.knowledge.schema import Fact
from huabei_assist.money import display, money_str
from huabei_assist.render.view import Answer, Block, Calendar, CalendarEvent, KeyValues, Notes, Picture, Table, View
from huabei_assist.deadlines import calendar_last_year
from huabei_assist.views.deadline_text import deadline_json, deadline_text
from huabei_assist.views.facts import basis_label, fact_headers, fact_json, fact_row, fact_text
from huabei_assist.views.timeline import Segment, draw
from huabei_assist.views.cite import Footnotes, cite_json
from huabei_assist.knowledge.schema import say
from huabei_assist.views.id_names import id_name

YEAR_CELLS = 11  # a date label (10 characters) and a space fit in one year of the picture


# ---------------------------------------------------------------- huabei credit

def credit_view(report: CreditReport, lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    clear = report.clear
    years = report.years
    cited = Footnotes(lang, kb)
    summary = [
        (t("credit.method", lang), id_name("credit_method", clear.method, lang, kb)),
        (t("credit.event_end", lang), t(f"credit.end_{clear.end_source}", lang, date=clear.event_end.isoformat())),
        (t("credit.clock", lang, years=years),
         t("credit.clock_started", lang, date=clear.event_end.isoformat()) if clear.started
         else t("credit.clock_not_started", lang)),
        (t("credit.clears_on", lang), cited.cite(t("credit.clears_value", lang, date=clear.clears_on.isoformat()),
                                                 report.retention_fact)),
        (t("credit.days_left", lang),
         t("credit.cleared", lang) if clear.cleared else t("credit.days_left_value", lang, days=clear.days_left)),
        (t("credit.repair", lang), _repair_text(report, lang) if report.repair is None
         else cited.cite(_repair_text(report, lang), report.repair_rule.rule)),
    ]
    blocks: list[Block] = [
        Answer(credit_answer(report, lang, kb=kb)),
        KeyValues(None, summary),
        Picture(t("credit.picture", lang), _picture(report, lang)),
        Table(t("credit.milestones", lang), [t("credit.col_date", lang), t("credit.col_when", lang),
                                             *fact_headers(t("credit.col_what", lang))],
              _milestones(report, lang, cited), primary=True),
    ]
    if report.repair is not None:
        blocks.append(_repair_table(report, lang))
    notes = []
    if report.months:
        blocks.append(Table(
            t("credit.months", lang),
            [t("credit.col_month", lang), t("credit.col_from", lang), t("credit.col_to", lang), t("credit.col_days", lang)],
            [[str(m.number), m.first.isoformat(), m.last.isoformat(), str(m.days)] for m in report.months]))
        if clear.method == "installment":
            notes.append(t("credit.note_effects_installment", lang))
    else:
        notes.append(t("credit.note_effects_missing", lang))
    blocks.append(Table(t("credit.effects", lang), fact_headers(t("credit.col_effect", lang)),
                        [fact_row(f, cited) for f in report.effects]))
    blocks.append(Table(t("credit.rules", lang), fact_headers(t("credit.col_rule", lang)),
                        [fact_row(f, cited) for f in _rules(report)]))
    if not clear.started:
        notes.insert(0, t("credit.note_not_started", lang, date=clear.event_end.isoformat()))
    if clear.method == "installment":
        notes.append(t("credit.note_installment", lang))
    if say(report.method_fact.seed_claim, lang):
        notes.append(fact_text(report.method_fact, lang))
    notes += [t("credit.note_days", lang), fact_text(report.repair_rule.scam, lang)]
    blocks += [Notes(t("credit.notes", lang), notes), cited.block()]
    return View(t("credit.title", lang), blocks, credit_json(report, lang, kb=kb))


def credit_answer(report: CreditReport, lang: str, kb: Knowledge | None = None) -> list[str]:
    """When the record goes, what waiting costs, what to do today, whom to call."""
    from huabei_assist.answers import pointers
    from huabei_assist.views.answer import pointer_lines

    clear = report.clear
    dates = dict(date=clear.clears_on.isoformat(), start=clear.event_end.isoformat(), years=report.years)
    if clear.cleared:
        lines = [t("credit.answer_cleared", lang, date=clear.clears_on.isoformat())]
    elif clear.started:
        lines = [t("credit.answer_running", lang, days=clear.days_left, **dates)]
    else:
        lines = [t("credit.answer_waiting", lang, **dates), t("credit.answer_cost", lang)]
    if report.repair is not None and report.repair.eligible:  # the record is hidden long before it is deleted
        lines.insert(1, t("credit.answer_repair", lang, verdict=_verdict_text(report.repair, report, lang)))
    return lines + pointer_lines(pointers("credit", kb, usual=not clear.started), lang)


def credit_json(report: CreditReport, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    clear = report.clear
    return {
        "today": report.today,
        "method": clear.method,
        "paid": clear.event_end if clear.started else None,
        "clock_started": clear.started,
        "event_end": clear.event_end,
        "event_end_source": clear.end_source,
        "clears_on": clear.clears_on,
        "days_left": clear.days_left,
        "cleared": clear.cleared,
        "retention_years": report.years,
        "basis": report.retention_fact.basis,
        "source": cite_json(report.retention_fact, lang, kb=kb), "period_source": cite_json(report.period_fact, lang, kb=kb),
        "one_time_repair": None if report.repair is None else _repair_json(report.repair, report, lang, kb=kb),
        "overdue_since": report.overdue_since,
        "overdue_months": [{"month": m.number, "from": m.first, "to": m.last, "days": m.days} for m in report.months],
        "effects": [fact_json(f, lang, kb=kb) for f in report.effects],
        "rules": [fact_json(f, lang, kb=kb) for f in _rules(report)],
        "seed_claim": say(report.method_fact.seed_claim, lang),
        "scam_warning": fact_json(report.repair_rule.scam, lang, kb=kb),
    }


def _rules(report: CreditReport) -> list[Fact | Method]:
    return [report.method_fact, report.retention_fact, report.period_fact, report.notice_fact, report.repair_rule.rule]


def _repair_json(verdict: RepairVerdict, report: CreditReport, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    rule = report.repair_rule
    return {
        "eligible": verdict.eligible,
        "hidden_by": verdict.hidden_by,
        "reason": verdict.reason,
        "reasons": list(verdict.reasons),
        "text": _verdict_text(verdict, report, lang),
        "assumed_payment": verdict.assumed,
        "overdue_since": verdict.overdue_since,
        "amount": money_str(verdict.amount),
        "repaid": verdict.repaid,
        "conditions": {"arose": verdict.arose_ok, "amount": verdict.amount_ok, "repaid": verdict.repaid_ok},
        "basis": rule.rule.basis,
        "source": cite_json(rule.rule, lang, kb=kb),
    }


def _verdict_text(verdict: RepairVerdict, report: CreditReport, lang: str) -> str:
    rule = report.repair_rule
    if verdict.hidden_by is not None:  # eligible
        text = t(f"credit.repair_yes_{'early' if verdict.reason == 'repaid_early' else 'window'}", lang,
                 hidden=verdict.hidden_by.isoformat())
    else:
        params = dict(since=verdict.overdue_since.isoformat(), start=rule.arose_from.isoformat(),
                      end=rule.arose_to.isoformat(), amount=display(verdict.amount), max=display(rule.max_amount),
                      paid=verdict.repaid.isoformat(), by=rule.repaid_by.isoformat())
        reasons = t("credit.sep", lang).join(t(f"credit.reason_{code}", lang, **params) for code in verdict.reasons)
        text = t("credit.repair_no", lang, reasons=reasons)
    if verdict.assumed:
        text += t("credit.repair_assumed", lang, paid=verdict.repaid.isoformat())
        if not verdict.eligible and verdict.arose_ok and verdict.amount_ok and report.today <= rule.repaid_by:
            text += " " + t("credit.repair_hint", lang, by=rule.repaid_by.isoformat())
    return text


def _repair_text(report: CreditReport, lang: str) -> str:
    """The one-time repair verdict; its source and basis are the row's footnote (credit, guide)."""
    if report.repair is None:
        return t("credit.repair_not_checked", lang)
    return _verdict_text(report.repair, report, lang)


repair_summary = _repair_text  # the guide's page says the verdict in the same words


def _repair_table(report: CreditReport, lang: str) -> Table:
    verdict, rule = report.repair, report.repair_rule
    assert verdict is not None
    yes_no = {True: t("credit.yes", lang), False: t("credit.no", lang)}
    rows = [
        [t("credit.cond_arose", lang, start=rule.arose_from.isoformat(), end=rule.arose_to.isoformat()),
         verdict.overdue_since.isoformat(), yes_no[verdict.arose_ok]],
        [t("credit.cond_amount", lang, max=display(rule.max_amount)), display(verdict.amount), yes_no[verdict.amount_ok]],
        [t("credit.cond_repaid", lang, by=rule.repaid_by.isoformat()), verdict.repaid.isoformat(), yes_no[verdict.repaid_ok]],
    ]
    return Table(t("credit.repair_table", lang),
                 [t("credit.col_condition", lang), t("credit.col_yours", lang), t("credit.col_met", lang)], rows)


def _when(day: date, today: date, lang: str) -> str:
    days = (day - today).days
    if days == 0:
        return t("credit.when_today", lang)
    return t("credit.when_future" if days > 0 else "credit.when_past", lang, days=abs(days))


def _milestones(report: CreditReport, lang: str, cited: Footnotes) -> list[list[str]]:
    clear, years = report.clear, report.years
    rows: list[tuple[date, str, Fact | Method | None]] = []
    if report.overdue_since is not None:
        rows.append((report.overdue_since, t("credit.ms_overdue", lang), None))
    key = "credit.ms_paid" if clear.started else "credit.ms_assumed"
    rows.append((clear.event_end, t(key, lang, years=years), report.method_fact))
    if report.repair is not None and report.repair.hidden_by is not None:  # eligible
        rows.append((report.repair.hidden_by, t("credit.ms_repair", lang), report.repair_rule.rule))
    rows.append((clear.clears_on, t("credit.ms_clears", lang, years=years), report.retention_fact))
    rows.sort(key=lambda row: row[0])
    yours = t("credit.your_input", lang)
    return [[day.isoformat(), _when(day, report.today, lang), cited.cite(what, fact) if fact else t("credit.ms_yours", lang, what=what, yours=yours)]
            for day, what, fact in rows]


def _picture(report: CreditReport, lang: str) -> list[str]:
    """One segment a year from the (assumed) payment day, then the end of the period."""
    clear = report.clear
    starts = [period_end(clear.event_end, k) for k in range(report.years)]
    segments = [Segment(s.toordinal(), e.toordinal() - 1, YEAR_CELLS)
                for s, e in zip(starts, [*starts[1:], clear.clears_on])]
    segments.append(Segment(clear.clears_on.toordinal(), None, 2))
    names = [d.isoformat() for d in (*starts, clear.clears_on)]
    key = "credit.marker" if clear.started else "credit.marker_waiting"
    lines = draw(segments, report.today.toordinal(), t(key, lang, date=report.today.isoformat()), names)
    if report.repair is not None and report.repair.hidden_by is not None:  # eligible
        lines.append(t("credit.picture_repair", lang, date=report.repair.hidden_by.isoformat()))
    return lines


# ---------------------------------------------------------------- huabei credit monitor

def monitor_view(plan: MonitorPlan, lang: str, ics_path: str | None = None, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    rule = plan.rule
    summary = [
        (t("credit.monitor_from", lang), plan.start.isoformat()),
        (t("credit.monitor_free", lang), t("credit.monitor_free_value", lang, count=rule.free_per_year,
                                           basis=basis_label(plan.free_fact.basis, lang))),
    ]
    rows = [[str(n), day.isoformat(), _cost_text(n_in_year, rule.free_per_year, lang)]
            for n, (day, n_in_year) in enumerate(zip(plan.checks, _numbers_in_year(plan.checks)), 1)]
    cited = Footnotes(lang, kb)
    notes = [cited.cite(fact_text(rule.schedule, lang), rule.schedule)]
    if ics_path:
        notes.append(t("credit.ics_written", lang, path=ics_path, count=len(plan.checks)))
    blocks: list[Block] = [
        KeyValues(None, summary),
        Table(t("credit.monitor_checks", lang),
              [t("credit.col_number", lang), t("credit.col_date", lang), t("credit.col_free", lang)], rows, primary=True),
        Table(t("credit.checks", lang), fact_headers(t("credit.col_check", lang)),
              [fact_row(f, cited) for f in rule.checks]),
        Table(t("credit.channels", lang), fact_headers(t("credit.col_channel", lang)),
              [fact_row(f, cited) for f in (plan.free_fact, *rule.channels)]),
        Notes(t("credit.notes", lang), notes),
        cited.block(),
    ]
    data = {
        "from": plan.start,
        "checks": [{"number": n, "date": day, "number_in_year": k, "within_free": k <= rule.free_per_year}
                   for n, (day, k) in enumerate(zip(plan.checks, _numbers_in_year(plan.checks)), 1)],
        "free_reports_per_year": rule.free_per_year,
        "free_reports": fact_json(plan.free_fact, lang, kb=kb),
        "what_to_check": [fact_json(f, lang, kb=kb) for f in rule.checks],
        "channels": [fact_json(f, lang, kb=kb) for f in rule.channels],
        "schedule": fact_json(rule.schedule, lang, kb=kb),
        "ics": ics_path,
    }
    return View(t("credit.monitor_title", lang), blocks, data, calendar=monitor_calendar(plan, lang))


def _numbers_in_year(days: tuple[date, ...]) -> list[int]:
    """For each check, its count within its calendar year (1, 2, ...)."""
    seen: dict[int, int] = {}
    out = []
    for day in days:
        seen[day.year] = seen.get(day.year, 0) + 1
        out.append(seen[day.year])
    return out


def _cost_text(n_in_year: int, free: int, lang: str) -> str:
    key = "credit.free_yes" if n_in_year <= free else "credit.free_maybe"
    return t(key, lang, n=n_in_year, count=free)


def monitor_calendar(plan: MonitorPlan, lang: str) -> Calendar:
    """The checks as calendar events (--out FILE.ics): what to look for and where, in the description."""
    return Calendar(t("credit.ics_calendar", lang), monitor_events(plan, lang))


def monitor_events(plan: MonitorPlan, lang: str) -> list[CalendarEvent]:

    description = "\n".join([*(f"- {f.text(lang)}" for f in plan.rule.checks),
                             *(f"* {f.text(lang)}" for f in plan.rule.channels)])
    count = len(plan.checks)
    return [CalendarEvent(uid=f"credit-check-{day.isoformat()}@huabei", day=day,
                          summary=t("credit.ics_summary", lang, n=n, count=count), description=description)
            for n, day in enumerate(plan.checks, 1)]


# ---------------------------------------------------------------- huabei credit objection

def objection_view(report: ObjectionReport, lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    rule = report.rule
    status = (t("credit.objection_passed", lang) if report.passed
              else t("credit.objection_waiting", lang, days=report.days_left))
    cited = Footnotes(lang, kb)
    summary = [
        (t("credit.filed", lang), report.filed.isoformat()),
        (t("credit.deadline", lang), cited.cite(t("credit.deadline_value", lang, days=rule.days,
                                                  date=deadline_text(report.answer, lang, kb=kb)), report.right)),
        (t("credit.objection_status", lang), status),
        (t("credit.seed_date", lang), t("credit.seed_date_value", lang, date=report.seed_date.isoformat())
         + ("" if report.calendar_known else t("common.calendar_unknown", lang, last=calendar_last_year()))),
    ]
    steps: list[tuple[str, str, Fact]] = [
        (report.filed.isoformat(), t("credit.step_filed", lang), report.right),
        (deadline_text(report.answer, lang, kb=kb), fact_text(report.right, lang), report.right),
        (report.complain_on.isoformat(), f"{t('credit.step_complain', lang)} {rule.complaint.text(lang)}", rule.complaint),
        (deadline_text(report.complaint_answer, lang, kb=kb),
         t("credit.step_answer_by", lang, date=report.complain_on.isoformat(), days=rule.complaint_days), rule.complaint),
        (t("credit.step_any_time", lang), rule.statement.text(lang), rule.statement),
        (t("credit.step_any_time", lang), rule.hotline.text(lang), rule.hotline),
    ]
    rows = [[when, cited.cite(what, f)] for when, what, f in steps]
    blocks: list[Block] = [
        KeyValues(None, summary),
        Table(t("credit.steps", lang), [t("credit.col_date", lang), *fact_headers(t("credit.col_step", lang))],
              rows, primary=True),
        Notes(t("credit.notes", lang), [t("credit.note_receipt", lang), fact_text(rule.seed, lang)]),
        cited.block(),
    ]
    data = {
        "today": report.today,
        "filed": report.filed,
        "deadline": report.deadline,
        "answer": deadline_json(report.answer, lang, kb=kb),
        "days": rule.days,
        "days_left": report.days_left,
        "passed": report.passed,
        "basis": report.right.basis,
        "source": cite_json(report.right, lang, kb=kb),
        "seed_claim": {"working_days": rule.seed_working_days, "date": report.seed_date,
                       "weekends_skipped": True, "holidays_skipped": report.calendar_known,
                       **fact_json(rule.seed, lang, kb=kb)},
        "complaint": {"from": report.complain_on, "days": rule.complaint_days,
                      "answer_by_if_filed_then": report.complaint_answer_by,
                      "answer": deadline_json(report.complaint_answer, lang, kb=kb), **fact_json(rule.complaint, lang, kb=kb)},
        "statement": fact_json(rule.statement, lang, kb=kb),
        "hotline": fact_json(rule.hotline, lang, kb=kb),
        "right": fact_json(report.right, lang, kb=kb),
    }
    return View(t("credit.objection_title", lang), blocks, data)
