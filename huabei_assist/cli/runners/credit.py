"""`huabei credit` (the recovery timeline): assess, hand the result to the renderer."""

from __future__ import annotations

from huabei_assist.cli.output_choice import Chosen


def run(shared: Chosen, *, paid: str | None = None, method: str = "settle", if_paid: str | None = None,
        last_due: str | None = None, periods: str | None = None, start: str | None = None,
        due_day: str | None = None, overdue_since: str | None = None, amount: str | None = None,
        today: str | None = None, brief: bool = False) -> None:
    from huabei_assist.cli import inputs
    from huabei_assist.credit import assess
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.credit_view import credit_view

    lang = shared.lang
    kb = Knowledge()
    report = assess(
        today=inputs.today(today),
        method=method,
        paid=inputs.day(paid, "--paid"),
        if_paid=inputs.day(if_paid, "--if-paid"),
        last_due=inputs.day(last_due, "--last-due"),
        overdue_since=inputs.day(overdue_since, "--overdue-since"),
        amount=inputs.amount(amount),
        periods=inputs.periods(periods),
        start=inputs.day(start, "--start"),
        due_day=inputs.due_day(due_day),
        kb=kb,
    )
    emit(credit_view(report, lang, kb=kb), shared.form, brief=brief)
