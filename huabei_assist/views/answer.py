"""The answer block's shared lines: the one thing to do today and whom to call (answers.py)."""

from __future__ import annotations

from huabei_assist.answers import AnswerPointers
from huabei_assist.i18n import t
from huabei_assist.views.facts import fact_text


def today_line(step: str, lang: str) -> str:
    return t("common.answer_today", lang, step=step)


def pointer_lines(pointers: AnswerPointers, lang: str, step: str | None = None) -> list[str]:
    """'Today: …' (the pointed-at fact, or `step` from the command's own result) and 'Call: …'."""
    if step is None and pointers.today is not None:
        step = fact_text(pointers.today, lang)
    lines = [today_line(step, lang)] if step else []
    return [*lines, t("common.answer_call", lang, name=pointers.call.name(lang))]
