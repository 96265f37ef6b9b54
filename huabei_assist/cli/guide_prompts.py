"""The guide's questions, one at a time, at a terminal (questionary: imported only here).

Each answer is checked as its option would be (cli/inputs.py), and a wrong one is said under the
question, which stays open. Enter skips. Ctrl-C raises KeyboardInterrupt (`unsafe_ask`), which
main() turns into one line and exit 130; nothing is written before the last answer.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from huabei_assist.errors import HuabeiError
from huabei_assist.guide import Answers, checklist_ids
from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge


def ask(today: date, lang: str, debts: tuple | None, kb: Knowledge) -> Answers:
    import questionary

    from huabei_assist import bounds
    from huabei_assist.cli import inputs
    from huabei_assist.dates import parse_date
    from huabei_assist.letters import check_name
    from huabei_assist.status import check_days
    from huabei_assist.views.guide_view import problem_label

    def text(key: str, parse: Callable[[str], object]):
        """The answer parsed, or None when skipped."""
        def valid(answer: str) -> bool | str:
            if not answer.strip():
                return True
            try:
                parse(answer.strip())
            except HuabeiError as exc:
                return t(exc.key, lang, **exc.params)
            return True

        answer = questionary.text(t(key, lang), validate=valid).unsafe_ask().strip()
        return parse(answer) if answer else None

    questionary.print(t("guide.ask_intro", lang))
    since = text("guide.ask_since", lambda s: _not_after(parse_date(s, "--since"), today))
    days = None
    if since is None:
        days = text("guide.ask_days", lambda s: bounds.whole(s, "--days", 0, bounds.MAX_DAYS, check_days))
    amount = text("guide.ask_amount", lambda s: inputs.amount(s))
    income = text("guide.ask_income", lambda s: inputs.amount(s, "--income"))
    spending = text("guide.ask_spending", lambda s: inputs.money(s, "--spending")) if income is not None else None
    choices = [questionary.Choice(problem_label(answer, lang, kb), value=answer) for answer in checklist_ids(kb)]
    problems = tuple(questionary.checkbox(t("guide.ask_problems", lang), choices=choices,
                                          instruction=t("guide.ask_problems_how", lang)).unsafe_ask() or ())
    if debts:
        questionary.print(t("guide.ask_debts_listed", lang, count=len(debts)))
    else:
        other = questionary.select(t("guide.ask_debts", lang), choices=[
            questionary.Choice(t(f"guide.ask_debts_{word}", lang), value=word) for word in ("no", "yes", "skip")
        ], instruction=t("guide.ask_choose_how", lang)).unsafe_ask()
        if other == "yes":
            questionary.print(t("guide.ask_debts_hint", lang))
    name = text("guide.ask_name", check_name) if problems else None
    if since is None and days is None:
        days = 0  # skipped both: the page still says what the stages are and what to do
    return Answers(today=today, since=since, days=days, amount=amount, income=income, spending=spending,
                   problems=problems, name=name)


def _not_after(day: date, today: date) -> date:
    if day > today:
        from huabei_assist.errors import InputError

        raise InputError("status.since_after_today", since=day.isoformat(), today=today.isoformat())
    return day
