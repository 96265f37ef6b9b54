"""How every deadline is shown: the plain date, the date moved past rest days (民法典 第203条, labelled
as not settled for administrative deadlines), and a word when the holiday calendar ran out."""

from __future__ import annotations

from huabei_assist.deadlines import Deadline, calendar_last_year
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.views.cite import cite_json, cite_text

REST_DAY_RULE = "rest-day-period"  # the rights.toml fact behind the moved date


def deadline_text(deadline: Deadline, lang: str, kb: Knowledge | None = None) -> str:
    kb = knowledge(kb)
    text = deadline.last_day.isoformat()
    if deadline.moved_to:
        text += t("common.deadline_moved", lang, moved=deadline.moved_to.isoformat(),
                  rule=cite_text(kb.rights.get(REST_DAY_RULE), lang, kb=kb))
    if not deadline.calendar_known:
        text += t("common.calendar_unknown", lang, last=calendar_last_year())
    return text


def deadline_json(deadline: Deadline, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    data: dict = {"date": deadline.last_day, "moved_to": deadline.moved_to, "calendar_known": deadline.calendar_known}
    if deadline.moved_to:
        data["moved_by"] = cite_json(kb.rights.get(REST_DAY_RULE), lang, kb=kb)
    if not deadline.calendar_known:
        data["calendar_last_year"] = calendar_last_year()
    return data
