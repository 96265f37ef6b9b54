"""`huabei status`: assess the day, hand the result to the renderer."""

from __future__ import annotations

from huabei_assist.cli.output_choice import Chosen


def run(shared: Chosen, *, days: str | None = None, since: str | None = None, amount: str | None = None,
        fee_rate: str | None = None, today: str | None = None, brief: bool = False) -> None:
    from huabei_assist import bounds
    from huabei_assist.cli import inputs
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.status import assess, check_days
    from huabei_assist.views.status_view import status_view

    kb = Knowledge()
    report = assess(
        today=inputs.today(today),
        days=bounds.optional_whole(days, "--days", 0, bounds.MAX_DAYS, check_days),
        since=inputs.day(since, "--since"),
        amount=inputs.amount(amount),
        fee_rate=inputs.rate(fee_rate, "--fee-rate"),
        kb=kb,
    )
    emit(status_view(report, shared.lang, kb=kb), shared.form, brief=brief)
