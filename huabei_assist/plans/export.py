"""--out FILE: the schedule as CSV, the plan as JSON, or the due dates as a calendar (.ics).

Files are written by user_files.write_out: never half-written, never over a file without --force. The .ics has one all-day
event per due date with a reminder the day before, built by the icalendar library.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from huabei_assist.errors import InputError
from huabei_assist.plans.schedule import Plan

OUT_SUFFIXES: tuple[str, ...] = (".csv", ".json", ".ics")


def write_schedule(plan: Plan, path: str, context, lang: str, *, income: Decimal | None = None,
                   force: bool = False) -> str:
    from huabei_assist.user_files import write_out
    from huabei_assist.render import render
    from huabei_assist.views.plan_view import plan_view

    suffix = Path(path).suffix.lower()
    if suffix not in OUT_SUFFIXES:
        raise InputError("plan.bad_out", path=path, suffixes=", ".join(OUT_SUFFIXES))
    if suffix == ".ics":
        text = ics_for(plan, lang)
    else:
        view = plan_view(plan, context.facts_for([plan]), context.cap, lang, income=income, machine=True)
        text = render(view, json_mode=suffix == ".json", fmt="csv")
    write_out(path, text if text.endswith("\n") else text + "\n", force=force)
    return path


def ics_for(plan: Plan, lang: str) -> str:
    from huabei_assist.calendar_export import CalendarEvent, ics_text
    from huabei_assist.i18n import t
    from huabei_assist.money import display

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
    return ics_text(events, t("plan.ics_calendar", lang))
