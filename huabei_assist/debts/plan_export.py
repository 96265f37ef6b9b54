"""`payoff --out FILE`: the month-by-month payments as CSV, or as a calendar (.ics) with a reminder the
day before each payment. Written by user_files.write_out: never half-written, never over a file without
--force, never over one of the tool's stores."""

from __future__ import annotations


def write_plan(result, path: str, suffix: str, rules, routes, lang: str, *, force: bool = False) -> str:
    from huabei_assist.user_files import write_out

    if suffix == ".ics":
        text = ics_for(result, lang)
    else:
        from huabei_assist.render import render
        from huabei_assist.views.payoff_view import payoff_view

        text = render(payoff_view(result, rules, routes, lang, machine=True), fmt="csv")
    write_out(path, text if text.endswith("\n") else text + "\n", force=force)
    return path


def ics_for(result, lang: str) -> str:
    """One all-day event per payment of more than 0.00, on its date (Payment.date), reminded a day before.
    Each UID names the order, the start, the debt's place in the list and the date, so importing a
    newer run of the same plan updates the events rather than doubling them."""
    from huabei_assist.calendar_export import CalendarEvent, ics_text
    from huabei_assist.i18n import t
    from huabei_assist.money import display

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
    return ics_text(events, t("payoff.ics_calendar", lang, order=t(f"payoff.order_{result.order}", lang)))
