"""The waiver estimate: conditions, the range to ask for, settling now, and where to ask."""

from __future__ import annotations

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.money import display, money_str, simple_fee
from huabei_assist.plans.waiver import WaiverEstimate
from huabei_assist.render.view import Answer, Block, KeyValues, Notes, Table, View
from huabei_assist.views.facts import fact_json
from huabei_assist.views.plan_view import percent
from huabei_assist.views.cite import Footnotes
from huabei_assist.views.id_names import id_name


def waiver_view(est: WaiverEstimate, daily_rate, lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    rule = est.rule
    months = rule.min_months_overdue
    cited = Footnotes(lang, kb)
    ask = [[t("waiver.item_penalty", lang), cited.cite(rule.text(lang), rule), rule.channel(lang)]]
    # the sums are the tool's calculation (waivers.toml [computed]), a computed penalty also rests on
    # the daily overdue fee (platform): marked as such, never as Huabei's terms or a reported figure
    computed = kb.waivers.computed
    penalty = (t("waiver.penalty_given", lang, value=display(est.penalty)) if est.penalty_given else cited.cite(
        cited.cite(t("waiver.penalty_computed", lang, value=display(est.penalty)), kb.product.overdue_fee), computed))
    since_key = "waiver.months_yes" if est.months_ok else "waiver.months_no"
    rows = [
        (t("waiver.amount", lang), display(est.amount)),
        (t("waiver.since", lang), est.since.isoformat()),
        (t("waiver.days", lang), str(est.days_overdue)),
        (t("waiver.penalty", lang), penalty),
        (t("waiver.months", lang, months=months), t(since_key, lang, date=est.eligible_from.isoformat())),
        (t("waiver.proof", lang), id_name("waiver_proof", est.proof, lang, kb) if est.proof else t("waiver.proof_none", lang)),
        (t("waiver.eligible", lang), t("waiver.yes" if est.eligible else "waiver.no", lang)),
        (t("waiver.settle_plain", lang), cited.cite(display(est.amount + est.penalty), computed)),
    ]
    if est.eligible:
        rows += [
            (t("waiver.range", lang), cited.cite(t("waiver.range_value", lang, low=display(est.low), high=display(est.high),
                                                   lowpct=percent(rule.low), highpct=percent(rule.high)), computed)),
            (t("waiver.settle_range", lang), cited.cite(t("waiver.settle_range_value", lang,
                                                          low=display(est.settle_low.total),
                                                          high=display(est.settle_high.total)), computed)),
        ]
    if est.group:
        g = est.group.group
        detail = t("waiver.group_detail", lang, min_date=est.group.deferral_until_min.isoformat(),
                   max_date=est.group.deferral_until_max.isoformat(), min_years=g.deferral_min_years,
                   max_years=g.deferral_max_years, cap=display(est.group.interest_cap), cap_pct=percent(g.interest_cap))
        ask.append([t("waiver.item_group", lang, name=g.name(lang)),
                    f"{cited.cite(g.text(lang), g)} {cited.cite(detail, computed)}", g.channel(lang)])
    if est.job_loss:
        j = est.job_loss
        detail = t("waiver.job_loss_detail", lang, pause_until=j.pause_until.isoformat(), months=j.relief.pause_months,
                   pct=percent(j.relief.interest_reduction), cut=display(j.reduction), after=display(j.penalty_after))
        ask.append([t("waiver.item_job_loss", lang),
                    f"{cited.cite(j.relief.text(lang), j.relief)} {cited.cite(detail, computed)}", j.relief.channel(lang)])
    notes = [t("waiver.note_reported", lang)]
    if not est.eligible:
        notes.append(t("waiver.note_not_eligible", lang, months=months))
    notes.append(t("waiver.note_fee_grows", lang, per_day=display(simple_fee(est.amount, daily_rate, 1))))
    blocks: list[Block] = [
        Answer(waiver_answer(est, daily_rate, lang, kb=kb)),
        KeyValues(None, rows),
        Table(t("waiver.ask_table", lang), [t("waiver.col_item", lang), t("waiver.col_ask", lang),
                                             t("waiver.col_channel", lang)], ask, primary=True),
        Notes(t("waiver.notes", lang), notes),
        cited.block(),
    ]
    return View(t("waiver.title", lang), blocks, waiver_json(est, lang, kb=kb))


def waiver_answer(est: WaiverEstimate, daily_rate, lang: str, kb: Knowledge | None = None) -> list[str]:
    """What settling costs now, what a day adds and what may be waived, where to ask, whom to call."""
    from huabei_assist.answers import pointers
    from huabei_assist.views.answer import pointer_lines

    per_day = display(simple_fee(est.amount, daily_rate, 1))
    lines = [t("waiver.answer_where", lang, days=est.days_overdue, amount=display(est.amount),
               penalty=display(est.penalty), settle=display(est.amount + est.penalty))]
    if est.eligible:
        lines.append(t("waiver.answer_eligible", lang, per_day=per_day, low=display(est.low), high=display(est.high)))
    elif est.months_ok:
        lines.append(t("waiver.answer_need_proof", lang, per_day=per_day, months=est.rule.min_months_overdue))
    else:
        lines.append(t("waiver.answer_not_yet", lang, per_day=per_day, date=est.eligible_from.isoformat(),
                       months=est.rule.min_months_overdue))
    return lines + pointer_lines(pointers("waiver", kb), lang, est.rule.channel(lang))


def waiver_json(est: WaiverEstimate, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    data: dict = {
        "today": est.today, "since": est.since, "days_overdue": est.days_overdue,
        "amount": money_str(est.amount), "penalty": money_str(est.penalty), "penalty_given": est.penalty_given,
        "months_required": est.rule.min_months_overdue, "months_ok": est.months_ok,
        "eligible_from": est.eligible_from, "proof": est.proof, "eligible": est.eligible,
        "waiver_low": money_str(est.low) if est.eligible else None,
        "waiver_high": money_str(est.high) if est.eligible else None,
        "settle_now": money_str(est.amount + est.penalty),
        "settle_now_if_waived": None if not est.eligible else {
            "low": money_str(est.settle_low.total), "high": money_str(est.settle_high.total)},
        "penalty_waiver": {**fact_json(est.rule, lang, kb=kb), "channel": est.rule.channel(lang)},
        "calculation": fact_json(kb.waivers.computed, lang, kb=kb),  # the sums: the tool's (basis tool)
        "group": None, "job_loss": None,
    }
    if est.group:
        g = est.group
        data["group"] = {**fact_json(g.group, lang, kb=kb), "channel": g.group.channel(lang),
                         "interest_cap": money_str(g.interest_cap), "deferral_until_min": g.deferral_until_min,
                         "deferral_until_max": g.deferral_until_max}
    if est.job_loss:
        j = est.job_loss
        data["job_loss"] = {**fact_json(j.relief, lang, kb=kb), "channel": j.relief.channel(lang),
                            "pause_until": j.pause_until, "interest_reduction": money_str(j.reduction),
                            "penalty_after": money_str(j.penalty_after)}
    return data
