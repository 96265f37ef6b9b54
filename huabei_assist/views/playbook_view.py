"""View of `huabei playbook`: the steps in order with their dates, channels and letters."""

from __future__ import annotations

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.playbooks_schema import Playbook
from huabei_assist.playbooks import PlannedStep, PlaybookPlan
from huabei_assist.render.view import KeyValues, Notes, Table, View
from huabei_assist.views.facts import fact_headers, fact_json, fact_row, fact_text
from huabei_assist.views.deadline_text import deadline_json, deadline_text
from huabei_assist.views.cite import Footnotes, cite_json
from huabei_assist.knowledge.schema import say


def playbook_view(plan: PlaybookPlan, lang: str, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    book = plan.playbook
    cited = Footnotes(lang, kb)
    steps = Table(t("playbook.steps", lang),
                  ["#", t("playbook.col_due", lang), t("playbook.col_step", lang), t("playbook.col_channels", lang),
                   t("playbook.col_letters", lang)],
                  [[str(s.number), _due_text(s, lang, kb), cited.cite(fact_text(s.step, lang), s.step),
                    ", ".join(c.id for c in s.channels) or "-", ", ".join(letter.id for letter in s.letters) or "-"]
                   for s in plan.steps], primary=True)
    blocks: list = [
        KeyValues(None, [(t("playbook.situation", lang), f"{book.id} · {book.title(lang)}"),
                         (t("playbook.today", lang), plan.today.isoformat())]),
        steps,
    ]
    if plan.rights:
        blocks.append(Table(t("playbook.rights", lang), fact_headers(t("playbook.col_rule", lang)),
                            [fact_row(f, cited) for f in plan.rights]))
    letters = {letter.id: letter for s in plan.steps for letter in s.letters}
    notes = [t("playbook.note_dates", lang), t("playbook.note_reported", lang)]
    notes += [t("playbook.note_letter", lang, title=letter.title(lang), letter=letter.id) for letter in letters.values()]
    notes.append(t("playbook.note_channels", lang))
    blocks += [Notes(t("playbook.notes", lang), notes), cited.block()]
    data = {
        "playbook": book.id, "title": book.title(lang), "today": plan.today,
        "steps": [{"number": s.number, "due": s.due, "deadline": deadline_json(s.deadline, lang, kb=kb), "text": s.step.text(lang), "basis": s.step.basis,
                   "source": cite_json(s.step, lang, kb=kb), "channels": [c.id for c in s.channels],
                   "letters": [letter.id for letter in s.letters],
                   **({"seed_claim": say(s.step.seed_claim, lang)} if say(s.step.seed_claim, lang) else {})}
                  for s in plan.steps],
        "rights": [fact_json(f, lang, kb=kb) for f in plan.rights],
    }
    return View(t("playbook.title", lang, title=book.title(lang)), blocks, data)


def playbooks_view(books: tuple[Playbook, ...], lang: str) -> View:
    table = Table(None, [t("playbook.col_id", lang), t("playbook.col_title", lang), t("playbook.col_steps", lang)],
                  [[b.id, b.title(lang), str(len(b.steps))] for b in books], primary=True)
    data = {"playbooks": [{"playbook": b.id, "title": b.title(lang), "steps": len(b.steps)} for b in books]}
    return View(t("playbook.list_title", lang), [table, Notes(None, [t("playbook.list_hint", lang)])], data)


def _due_text(step: PlannedStep, lang: str, kb: Knowledge) -> str:
    """A step resting on a statute may be a legal time limit: its date with the rest-day move; other
    steps' dates are suggestions, shown plain (docs/playbooks: "not legal deadlines")."""
    return deadline_text(step.deadline, lang, kb=kb) if step.step.basis == "statute" else step.due.isoformat()
