"""`huabei waiver`: what penalty waiver, deferral or pause to ask for, and what settling now costs."""

from __future__ import annotations

from huabei_assist.cli.output_choice import Chosen


def run(shared: Chosen, *, amount: str, days: str | None = None, since: str | None = None, penalty: str | None = None,
        proof: str | None = None, group: str | None = None, job_loss: bool = False, today: str | None = None,
        brief: bool = False) -> None:
    from huabei_assist import bounds
    from huabei_assist.cli import inputs
    from huabei_assist.dates import date_of_day
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.plans import waiver_estimate
    from huabei_assist.render import emit
    from huabei_assist.status import days_or_since
    from huabei_assist.views.waiver_view import waiver_view

    lang = shared.lang
    kb = Knowledge()
    now = inputs.today(today)
    days_or_since(days, since)
    count = bounds.optional_whole(days, "--days", 1, bounds.MAX_DAYS, _day_one_or_later)
    if count is not None:
        first = date_of_day(now, 2 - count)
    else:
        assert since is not None  # days_or_since: exactly one of --days and --since
        first = inputs.day(since, "--since")
    est = waiver_estimate(amount=inputs.amount(amount), today=now, since=first,
                          penalty=inputs.money(penalty, "--penalty"), proof=proof, group=group, job_loss=job_loss, kb=kb)
    emit(waiver_view(est, kb.product.overdue_fee.rate, lang, kb=kb), shared.form, brief=brief)


def _day_one_or_later(days) -> None:
    from huabei_assist.errors import InputError

    if days < 1:
        raise InputError("waiver.negative_days", days=days)
