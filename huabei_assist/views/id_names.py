"""How output names an id of a list from data/ (a kind of contact, of plan, of debt, of source, a way
of settling, a payoff order, a proof): the entry's `name` there, the one home of that name, in the
run's language. A `Whole`, so that no line break splits it (render/width)."""

from __future__ import annotations

from huabei_assist.knowledge.base import Knowledge
from huabei_assist.knowledge.choices import entries
from huabei_assist.render.view import Whole


def id_name(choices: str, entry_id: str, lang: str, kb: Knowledge | None = None) -> Whole:
    """The name of `entry_id` in the list `choices` (a key of knowledge/choices.CHOICES)."""
    entry = next(entry for entry in entries(choices, kb) if entry.id == entry_id)
    return Whole(entry.name(lang))
