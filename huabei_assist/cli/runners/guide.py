"""`huabei guide`: ask (at a terminal, with no answers given) or take the options, then one page."""

from __future__ import annotations

from huabei_assist.cli.output_choice import Chosen

PACK_KINDS = {".html": "html", ".htm": "html", ".md": "markdown"}


def run(shared: Chosen, *, since: str | None = None, days: str | None = None, amount: str | None = None,
        income: str | None = None, spending: str | None = None, problems: str | None = None,
        name: str | None = None, today: str | None = None) -> None:
    import sys

    from huabei_assist import bounds, guide as domain
    from huabei_assist.cli import inputs
    from huabei_assist.errors import InputError
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.render import emit
    from huabei_assist.views.guide_view import guide_view

    lang, out = shared.lang, shared.out
    kind = _pack_kind(out)
    kb = Knowledge()
    day = inputs.today(today)
    debts = domain.other_debts()
    if all(value is None for value in (since, days, amount, income, spending, problems, name)):
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise InputError("guide.need_answers")
        from huabei_assist.cli.guide_prompts import ask

        answers = ask(day, lang, debts, kb)
    else:
        from huabei_assist.letters import check_name
        from huabei_assist.status import check_days

        answers = domain.Answers(
            today=day, since=inputs.day(since, "--since"),
            days=bounds.optional_whole(days, "--days", 0, bounds.MAX_DAYS, check_days),
            amount=inputs.amount(amount), income=inputs.amount(income, "--income"),
            spending=inputs.money(spending, "--spending"), problems=domain.parse_problems(problems, kb),
            name=check_name(name))
    page = domain.build(answers, debts=debts, kb=kb)
    view = guide_view(page, lang, kb=kb)
    if out is not None:
        from huabei_assist.user_files import write_out
        from huabei_assist.views.guide_pack import pack

        assert kind is not None  # checked with out, before any question
        write_out(out, pack(kind, view, page, lang, kb=kb), force=shared.force)
        data = view.data if isinstance(view.data, dict) else {}
        view = view._replace(title=f"{view.title} · {_written(out, lang)}", data={"out": out, **data})
    emit(view, shared.form)


def _pack_kind(out: str | None) -> str | None:
    """The format --out asks for, by its suffix; checked before any question is asked."""
    if out is None:
        return None
    import os

    from huabei_assist.errors import InputError

    kind = PACK_KINDS.get(os.path.splitext(out)[1].lower())
    if kind is None:
        raise InputError("guide.out_kind", path=out)
    return kind


def _written(out: str, lang: str) -> str:
    from huabei_assist.i18n import t

    return t("guide.written", lang, path=out)
