"""The status screen: stage, the picture, what happens, what next, what to do, rights, costs."""

from __future__ import annotations

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.money import display, money_str
from huabei_assist.render.view import Answer, Block, KeyValues, Notes, Picture, Table, View
from huabei_assist.stages import ThresholdPoint
from huabei_assist.status import StatusReport
from huabei_assist.views.facts import fact_headers, fact_json, fact_row, fact_text
from huabei_assist.views.timeline import Segment, draw
from huabei_assist.views.cite import Footnotes, cite_json

# Cells per stage in the picture: roughly proportional, wide enough to see the marker move.
_CELLS = {1: 10, 2: 14, 3: 14, 4: 8}
_NARROW_CELLS = {1: 5, 2: 7, 3: 7, 4: 4}  # ~30 cells wide: a window of 40 columns


def status_view(report: StatusReport, lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    pos = report.position
    stage = pos.stage
    summary = [
        (t("status.days_overdue", lang), str(pos.days_overdue)),
        (t("status.stage", lang), f"{stage.number} · {stage.name(lang)}"),
        (t("status.range", lang), _range(stage.first_day, stage.last_day, lang)),
    ]
    if pos.start:
        summary.append((t("status.first_overdue_day", lang), pos.start.isoformat()))
    summary.append((t("status.next", lang), _next_text(report, lang)))
    if report.amount is not None:
        assert report.penalty_to_date is not None and report.penalty_per_day is not None  # set with the amount
        summary += [
            (t("status.amount", lang), display(report.amount)),
            (t("status.fee_rate", lang), t("status.fee_rate_value", lang, rate=f"{(report.fee_rate * 100).normalize():f}")),
            (t("status.penalty_to_date", lang), display(report.penalty_to_date)),
            (t("status.penalty_per_day", lang), display(report.penalty_per_day)),
        ]
        if report.penalty_at_next_stage is not None:
            summary.append((t("status.penalty_at_next", lang), display(report.penalty_at_next_stage)))
    cited = Footnotes(lang, kb)  # numbered in the page's order: the litigation row comes first
    summary.append((t("status.litigation", lang), _litigation_text(report, lang, cited)))
    blocks: list[Block] = [
        Answer(status_answer(report, lang, kb=kb)),
        KeyValues(None, summary),
        Picture(t("status.picture", lang), _picture(report, lang, _CELLS), _picture(report, lang, _NARROW_CELLS)),
        Table(t("status.happens", lang), fact_headers(t("status.col_what", lang)),
              [fact_row(f, cited) for f in (*stage.happens, *stage.contact)]),
        Table(t("status.actions", lang), ["#", *fact_headers(t("status.col_action", lang))],
              [[str(i), *fact_row(f, cited)] for i, f in enumerate(stage.actions, 1)], primary=True),
    ]
    if report.rights:
        blocks.append(Table(t("status.rights", lang), fact_headers(t("status.col_right", lang)),
                            [fact_row(f, cited) for f in report.rights]))
    notes = [t("status.note_model", lang, source=cited.mark(stage))]  # the stage's own section of the article
    if report.amount is not None:
        notes.append(t("status.note_fee", lang, source=cited.mark(report.fee_fact),
                       computed=cited.mark(kb.product.fee_computed)))
    blocks += [Notes(t("status.notes", lang), notes), cited.block()]
    return View(t("status.title", lang), blocks, status_json(report, lang, kb=kb))


def status_answer(report: StatusReport, lang: str, kb: Knowledge | None = None) -> list[str]:
    """Where you stand, what waiting costs, the first action of your stage, whom to call."""
    from huabei_assist.answers import pointers
    from huabei_assist.views.answer import pointer_lines

    pos = report.position
    stage = pos.stage
    if pos.days_overdue == 0:
        lines = [t("status.answer_where_none", lang, next=_next_text(report, lang))]
    else:
        lines = [t("status.answer_where", lang, days=pos.days_overdue, number=stage.number, name=stage.name(lang),
                   next=_next_text(report, lang))]
    if report.amount is not None:
        assert report.penalty_to_date is not None and report.penalty_per_day is not None  # set with the amount
        lines.append(t("status.answer_cost", lang, so_far=display(report.penalty_to_date),
                       per_day=display(report.penalty_per_day)))
    elif pos.days_overdue > 0:
        lines.append(t("status.answer_cost_rate", lang, rate=f"{(report.fee_rate * 100).normalize():f}"))
    step = fact_text(stage.actions[0], lang) if stage.actions else None
    return lines + pointer_lines(pointers("status", kb), lang, step)


def status_json(report: StatusReport, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    pos = report.position
    stage, nxt = pos.stage, pos.next_stage
    data: dict = {
        "days_overdue": pos.days_overdue,
        "today": report.today,
        "since": pos.start,
        "stage": {"number": stage.number, "name": stage.name(lang), "first_day": stage.first_day,
                  "last_day": stage.last_day, "basis": stage.basis, "source": cite_json(stage, lang, kb=kb)},
        "next_stage": None if nxt is None else {
            "number": nxt.stage.number, "name": nxt.stage.name(lang), "starts_on_day": nxt.starts_on_day,
            "days_until": nxt.days_until, "date": nxt.date},
        "happens": [fact_json(f, lang, kb=kb) for f in (*stage.happens, *stage.contact)],
        "actions": [fact_json(f, lang, kb=kb) for f in stage.actions],
        "rights": [fact_json(f, lang, kb=kb) for f in report.rights],
        "thresholds": [
            {**fact_json(p.threshold, lang, kb=kb), "day": p.threshold.day, "min_amount": p.threshold.min_amount,
             "reached": p.reached, "days_until": p.days_until, "date": p.date, "applies": p.applies}
            for p in pos.thresholds],
        "fee_rate": str(report.fee_rate),
    }
    if report.amount is not None:
        assert report.penalty_to_date is not None and report.penalty_per_day is not None  # set with the amount
        assert report.debt_compared is not None
        data.update(
            amount=money_str(report.amount),
            penalty_to_date=money_str(report.penalty_to_date),
            penalty_per_day=money_str(report.penalty_per_day),
            penalty_at_next_stage=None if report.penalty_at_next_stage is None
            else money_str(report.penalty_at_next_stage),
            debt_compared=money_str(report.debt_compared),
            debt_compared_day=report.debt_compared_day,
        )
    lit = report.litigation
    data["litigation_risk"] = None if lit is None else _litigation_level(lit)
    return data


def _range(first: int, last: int | None, lang: str) -> str:
    if first == 0:
        return t("status.range_none", lang)
    if last is None:
        return t("status.range_open", lang, first=first)
    return t("status.range_closed", lang, first=first, last=last)


def _next_text(report: StatusReport, lang: str) -> str:
    nxt = report.position.next_stage
    if nxt is None:
        return t("status.next_none", lang)
    text = t("status.next_value", lang, number=nxt.stage.number, name=nxt.stage.name(lang),
             day=nxt.starts_on_day, days=nxt.days_until)
    return f"{text} ({nxt.date.isoformat()})" if nxt.date else text


def _litigation_level(lit: ThresholdPoint) -> str:
    """unknown (no amount), below_amount, not_yet (amount over the line, days not yet), possible."""
    if lit.applies is None:
        return "unknown"
    if not lit.applies:
        return "below_amount"
    return "possible" if lit.reached else "not_yet"


def _litigation_text(report: StatusReport, lang: str, cited: Footnotes) -> str:
    lit = report.litigation
    if lit is None:
        return "-"
    level = _litigation_level(lit)
    when = f" ({lit.date.isoformat()})" if lit.date and not lit.reached else ""
    debt = {} if report.debt_compared is None else {"debt": display(report.debt_compared),
                                                      "compared": report.debt_compared_day}
    text = t(f"status.litigation_{level}", lang, day=lit.threshold.day, after=lit.threshold.day - 1, days=lit.days_until,
             amount=display(lit.threshold.min_amount or 0), **debt) + when
    return cited.cite(text, lit.threshold)


def _picture(report: StatusReport, lang: str, cells: dict[int, int]) -> list[str]:
    pos = report.position
    segments = [Segment(s.first_day, s.last_day, cells.get(s.number, 8)) for s in report.stages if s.number > 0]
    return draw(segments, pos.days_overdue, t("status.picture_marker", lang, days=pos.days_overdue))
