"""The guide's page: where you stand, what you can afford, when the record clears, this week, whom
to turn to; every source once, as a numbered footnote. One View for the terminal, Markdown and
HTML, and its JSON document."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from huabei_assist.guide import Guide, ProblemHelp, WeekItem, largest_payment
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.channels_schema import Channel, Complaint
from huabei_assist.knowledge.figures import filled
from huabei_assist.money import display, money_str
from huabei_assist.render.view import Block, KeyValues, Notes, Table, Typed, View
from huabei_assist.views.cite import cite_json, cite_text, with_chinese
from huabei_assist.views.id_names import id_name

SECTIONS = ("stand", "afford", "credit", "week", "problems", "debts", "sources")


def section_ids(guide: Guide) -> list[str]:
    """The page's blocks in order, by name (the HTML's section ids): problems only when some are ticked."""
    return [name for name in SECTIONS if name != "problems" or guide.problems]


class Footnotes:
    """Numbers the sources in the order they are first cited; one number per source and article."""

    def __init__(self, lang: str, kb: Knowledge) -> None:
        self.lang, self.kb = lang, kb
        self.facts: list[Any] = []
        self._numbers: dict[tuple[str, str | None], int] = {}

    def number(self, fact: Any) -> int:
        """`fact`: anything that cites (a Fact, a Stage, a Complaint, a Step, a letter): source and pin."""
        key = (fact.source, fact.pin)
        if key not in self._numbers:
            self.facts.append(fact)
            self._numbers[key] = len(self.facts)
        return self._numbers[key]

    def mark(self, *facts: Any) -> str:
        return "".join(f"[{n}]" for n in sorted({self.number(f) for f in facts}))

    def items(self) -> list[str]:
        return [f"[{n}] {cite_text(f, self.lang, kb=self.kb)}" for n, f in enumerate(self.facts, 1)]

    def json(self) -> list[dict]:
        return [{"note": n, "text": cite_text(f, self.lang, kb=self.kb), "source": cite_json(f, self.lang, kb=self.kb)}
                for n, f in enumerate(self.facts, 1)]


def guide_view(guide: Guide, lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    notes = Footnotes(lang, kb)
    blocks: list[Block] = [_stand(guide, lang, notes), _afford(guide, lang, notes, kb), _credit(guide, lang, notes)]
    blocks.append(Table(t("guide.week", lang), [t("guide.col_date", lang), t("guide.col_do", lang),
                                                t("guide.col_source", lang)],
                        [[item.due.isoformat(), _week_text(item, lang), notes.mark(item.fact)] for item in guide.week],
                        primary=True))
    if guide.problems:
        blocks.append(Table(t("guide.problems", lang),
                            [t("guide.col_problem", lang), t("guide.col_channels", lang),
                             t("guide.col_letters", lang), t("guide.col_source", lang)],
                            [_problem_row(help_, lang, notes) for help_ in guide.problems]))
    blocks.append(_debts(guide, lang))
    blocks.append(Notes(t("guide.sources", lang), notes.items()))
    name = guide.answers.name  # typed by the user: Markdown escapes the whole title
    title = t("guide.title", lang) if not name else Typed(t("guide.title_for", lang, name=name))
    return View(title, blocks, guide_json(guide, lang, notes, kb))


def _stand(guide: Guide, lang: str, notes: Footnotes) -> KeyValues:
    report = guide.status
    pos = report.position
    rows = [(t("guide.days_overdue", lang), str(pos.days_overdue))]
    if guide.since:
        rows.append((t("guide.since", lang), guide.since.isoformat()))
    rows.append((t("guide.stage", lang), f"{pos.stage.number} · {pos.stage.name(lang)} {notes.mark(pos.stage)}"))
    fee, per_day = report.penalty_to_date, report.penalty_per_day
    if report.amount is not None and fee is not None and per_day is not None:  # all three with an amount
        rows += [(t("guide.amount", lang), display(report.amount)),
                 (t("guide.fee_so_far", lang), f"{display(fee)} {notes.mark(report.fee_fact)}"),
                 (t("guide.fee_per_day", lang), display(per_day))]
    nxt = pos.next_stage
    if nxt is None:
        rows.append((t("guide.next_stage", lang), t("guide.next_none", lang)))
    else:
        text = t("guide.next_value" if nxt.date else "guide.next_value_undated", lang, number=nxt.stage.number,
                 name=nxt.stage.name(lang), date=nxt.date.isoformat() if nxt.date else "", days=nxt.days_until)
        if report.penalty_at_next_stage is not None:
            text += t("guide.next_fee", lang, fee=display(report.penalty_at_next_stage))
        rows.append((t("guide.next_stage", lang), text))
    return KeyValues(t("guide.stand", lang), rows)


def _afford(guide: Guide, lang: str, notes: Footnotes, kb: Knowledge) -> KeyValues:
    from huabei_assist.views.plan_view import payment_text, percent

    afford = guide.afford
    if afford is None:
        return KeyValues(t("guide.afford", lang), [(t("guide.income", lang), t("guide.no_income", lang))])
    b, rule = afford.budget, kb.plans.budget
    rows = [(t("guide.income", lang), display(b.income)),
            (t("guide.split", lang), t("guide.split_value", lang, needs=display(b.needs), debt=display(b.debt),
                                        savings=display(b.savings), needs_share=percent(rule.needs),
                                        debt_share=percent(rule.debt), savings_share=percent(rule.savings))
             + " " + notes.mark(rule))]
    if afford.spending is not None and afford.room is not None:
        rows += [(t("guide.spending", lang), display(afford.spending)),
                 (t("guide.room", lang), display(afford.room))]
    rows.append((t("guide.monthly", lang), display(afford.monthly)))
    plan = afford.plan
    if plan is None:
        rows.append((t("guide.plan", lang), t("guide.no_amount", lang)))
        return KeyValues(t("guide.afford", lang), rows)
    from huabei_assist.plans.plan_knowledge import PlanContext

    facts = PlanContext.of(kb).facts_for([plan])
    rows.append((t("guide.plan", lang), t("guide.plan_value", lang, kind=id_name("plan_kind", plan.kind, lang, kb),
                                         periods=plan.periods, payment=payment_text(plan, lang),
                                         first=plan.first_due.isoformat(), last=plan.last_due.isoformat())
                 + " " + notes.mark(*facts)))
    rows.append((t("guide.apr", lang), t("plan.cost_to_be_agreed", lang) if plan.rate is None or plan.to_be_agreed
                 else t("guide.apr_value", lang, apr=percent(plan.rate.apr), fee=display(plan.total_fee))))
    fits = "guide.fits_no" if not afford.fits else "guide.fits_yes_unpriced" if plan.to_be_agreed else "guide.fits_yes"
    rows.append((t("guide.fits", lang), t(fits, lang,
                                          monthly=display(afford.monthly),
                                          payment=display(largest_payment(plan)))))
    return KeyValues(t("guide.afford", lang), rows)


def _credit(guide: Guide, lang: str, notes: Footnotes) -> KeyValues:
    report = guide.credit
    clear = report.clear
    key = "guide.clear_plan" if clear.method == "installment" else "guide.clear_today"
    cleared = t(key, lang, paid=clear.event_end.isoformat(), date=clear.clears_on.isoformat(), years=report.years)
    if guide.since is None:
        cleared = t("guide.repair_not_overdue", lang)
    rows = [(t("guide.clears_on", lang), cleared + " " + notes.mark(report.retention_fact)),
            (t("guide.repair", lang), _repair(guide, lang) + " " + notes.mark(report.repair_rule.rule))]
    return KeyValues(t("guide.credit", lang), rows)


def _repair(guide: Guide, lang: str) -> str:
    """credit's verdict, or why there is none here (the guide's options, not credit's)."""
    from huabei_assist.views.credit_view import repair_summary

    if guide.credit.repair is not None:
        return repair_summary(guide.credit, lang)
    return t("guide.repair_not_overdue" if guide.since is None else "guide.repair_needs_amount", lang)


def _week_text(item: WeekItem, lang: str) -> str:
    problem = problem_label(item.problem or "", lang)
    if item.channel is not None and isinstance(item.fact, Complaint):  # contact, contact_if
        key = "guide.contact" if item.kind == "contact" else f"guide.contact_if_{item.fact.id}"
        return t(key, lang, problem=problem, channel=channel_text(item.channel, lang))
    if item.kind == "first":
        return t("guide.first", lang, problem=problem, text=item.fact.text(lang))
    return item.fact.text(lang)


def channel_text(channel: Channel, lang: str) -> str:
    """The channel's name, and how to reach it unless the name already says (95188, 12378)."""
    name, contact = with_chinese(channel.name, lang), channel.contact(lang)
    return name if contact in name else t("guide.channel_contact", lang, name=name, contact=contact)


def problem_label(answer: str, lang: str, kb: Knowledge | None = None) -> str:
    """How the guide names a problem: a checklist item's `name` (data/channels.toml); another problem
    or playbook that `--problems` named by its Chinese name in zh, by its id in en."""
    from huabei_assist.knowledge.choices import guide_problems

    for item in guide_problems(knowledge(kb)):
        if item.id == answer:
            name = getattr(item, "name", None)
            return filled(name, kb)(lang) if name is not None else item.zh_name if lang == "zh" else answer
    return answer


def _problem_row(help_: ProblemHelp, lang: str, notes: Footnotes) -> list[str]:
    channels = t("guide.sep", lang).join(channel_text(c, lang) for c in help_.channels)
    letters = t("guide.sep", lang).join(f"{letter.id} · {letter.title.zh}" for letter in help_.letters) or "-"
    cited: list[Any] = [help_.advice.complaint] if help_.advice else []
    if help_.playbook:
        cited += [s.step for s in help_.playbook.steps]
    cited += list(help_.letters)
    return [problem_label(help_.answer, lang), channels, letters, notes.mark(*cited)]


def _debts(guide: Guide, lang: str) -> KeyValues:
    if not guide.debts:
        return KeyValues(t("guide.debts", lang), [(t("guide.debts_list", lang), t("guide.debts_none", lang))])
    from huabei_assist.money import ZERO

    total = sum((d.amount for d in guide.debts), ZERO)
    rows: list[tuple[str, str]] = [(Typed(d.name), f"{d.kind} · {display(d.amount)}") for d in guide.debts]
    rows.append((t("guide.debts_total", lang), t("guide.debts_total_value", lang, count=len(guide.debts),
                                                 total=display(total))))
    return KeyValues(t("guide.debts", lang), rows)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else money_str(value)


def guide_json(guide: Guide, lang: str, notes: Footnotes, kb: Knowledge) -> dict:
    from huabei_assist.views.plan_view import plan_json

    report, pos = guide.status, guide.status.position
    nxt = pos.next_stage
    data: dict = {
        "today": guide.answers.today,
        "name": guide.answers.name,
        "stand": {
            "days_overdue": pos.days_overdue, "since": guide.since,
            "stage": {"number": pos.stage.number, "name": pos.stage.name(lang), "note": notes.number(pos.stage)},
            "amount": _money(report.amount), "fee_so_far": _money(report.penalty_to_date),
            "fee_per_day": _money(report.penalty_per_day),
            "next_stage": None if nxt is None else {
                "number": nxt.stage.number, "name": nxt.stage.name(lang), "date": nxt.date,
                "days_until": nxt.days_until,
                "fee_by_then": _money(report.penalty_at_next_stage)},
        },
        "afford": None,
    }
    afford = guide.afford
    if afford is not None:
        b = afford.budget
        data["afford"] = {
            "income": money_str(b.income), "needs": money_str(b.needs), "debt": money_str(b.debt),
            "savings": money_str(b.savings),
            "spending": _money(afford.spending), "room": _money(afford.room),
            "monthly": money_str(afford.monthly),
            "plan": None if afford.plan is None else plan_json(afford.plan, kb.plans.limits.annual_cost_cap,
                                                              income=b.income, schedule=False),
            "largest_payment": _money(afford.largest_payment),
            "fits": afford.fits if afford.plan is not None else None,
        }
    clear, repair = guide.credit.clear, guide.credit.repair
    data["credit"] = {
        "method": clear.method, "event_end": clear.event_end, "event_end_source": clear.end_source,
        "clears_on": clear.clears_on, "days_left": clear.days_left,
        "one_time_repair": None if repair is None else {"eligible": repair.eligible, "hidden_by": repair.hidden_by,
                                                        "reasons": list(repair.reasons)},
        "repair_text": _repair(guide, lang),
    }
    data["week"] = [{"date": item.due, "kind": item.kind, "text": _week_text(item, lang),
                     "channel": None if item.channel is None else item.channel.id, "problem": item.problem,
                     "note": notes.number(item.fact)} for item in guide.week]
    data["problems"] = [{"id": h.answer, "label": problem_label(h.answer, lang),
                         "complaint": h.advice.complaint.id if h.advice else None,
                         "playbook": h.playbook.playbook.id if h.playbook else None,
                         "channels": [{"id": c.id, "name": c.name(lang), "contact": c.contact(lang)} for c in h.channels],
                         "letters": [{"id": letter.id, "title": letter.title.zh} for letter in h.letters]}
                        for h in guide.problems]
    data["letters"] = [{"id": f.template.id, "title": f.template.title.zh, "blanks": list(f.blanks)}
                       for f in guide.letters]
    data["debts"] = None if guide.debts is None else [
        {"name": d.name, "kind": d.kind, "amount": money_str(d.amount)} for d in guide.debts]
    data["sources"] = notes.json()
    return data
