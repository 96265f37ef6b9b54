"""How a sourced fact is shown: its text, its basis label, its source, and the seed's claim if it differs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.views.cite import Footnotes, cite_json
from huabei_assist.knowledge.schema import say

if TYPE_CHECKING:
    from huabei_assist.knowledge.schema import FactEntry, FactLike, Stated


def basis_label(basis: str, lang: str) -> str:
    return t(f"common.basis_{basis}", lang)


def fact_text(fact: Stated, lang: str) -> str:
    """The fact, followed by what the seed article claimed where that was wrong."""
    claim = say(fact.seed_claim, lang)
    if claim:
        return f"{fact.text(lang)} {t('common.seed_claimed', lang, claim=claim)}"
    return fact.text(lang)


def fact_row(fact: FactLike, notes: Footnotes) -> list[str]:
    """A fact's cell: its text and the footnote mark of its source and basis (views/cite.Footnotes)."""
    return [notes.cite(fact_text(fact, notes.lang), fact)]


def fact_headers(first: str) -> list[str]:
    return [first]


def fact_json(fact: FactEntry, lang: str, kb: Knowledge | None = None) -> dict:
    kb = knowledge(kb)
    data = {"id": fact.id, "text": fact.text(lang), "basis": fact.basis, "source": cite_json(fact, lang, kb=kb)}
    claim = say(fact.seed_claim, lang)
    if claim:
        data["seed_claim"] = claim
    return data
