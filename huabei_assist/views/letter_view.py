"""View of `huabei letter`: the Chinese letter (or where it was written) and what is left to fill in."""

from __future__ import annotations

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.letters import FilledLetter
from huabei_assist.money import money_str
from huabei_assist.render.view import KeyValues, Notes, Picture, View
from huabei_assist.views.cite import Footnotes, cite_json, with_chinese


def letter_view(letter: FilledLetter, lang: str, out: str | None = None, kb: Knowledge | None = None) -> View:
    kb = knowledge(kb)
    tpl = letter.template
    cited = Footnotes(lang, kb)
    summary = [
        (t("letter.kind", lang), f"{tpl.id} · {with_chinese(tpl.title, lang)}"),
        (t("letter.purpose", lang), cited.cite(tpl.purpose(lang), tpl)),
        (t("letter.send", lang), tpl.send(lang) if tpl.send_cites is None else cited.cite(tpl.send(lang), tpl.send_cites)),
    ]
    if out is not None:
        summary.insert(0, (t("letter.written", lang), out))
    summary.append((t("letter.blanks_count", lang), t("letter.blanks_value", lang, count=len(letter.blanks))))
    blocks: list = [KeyValues(None, summary)]
    if out is None:
        blocks.append(Picture(t("letter.text", lang), letter.text.rstrip("\n").split("\n")))
    if letter.blanks:
        blocks.append(Notes(t("letter.blanks", lang), list(letter.blanks)))
    notes = [t("letter.note_fill", lang), t("letter.note_lang", lang)]
    if letter.name is None or letter.amount is None:
        notes.append(t("letter.note_name", lang))
    if out is None:
        notes.append(t("letter.note_out", lang))
    blocks += [Notes(t("letter.notes", lang), notes), cited.block()]
    data = {
        "letter": tpl.id, "title": tpl.title.zh, "language": "zh",
        "filled": {"name": letter.name, "amount": None if letter.amount is None else money_str(letter.amount),
                   "date": letter.today},
        "blanks": list(letter.blanks), "out": out, "text": letter.text,
        "send": tpl.send(lang), "channels": list(tpl.channels), "basis": tpl.basis, "source": cite_json(tpl, lang, kb=kb),
        # what the sending advice states, where that is another document's rule (else null)
        "send_source": None if tpl.send_cites is None else {"basis": tpl.send_cites.basis,
                                                             **(cite_json(tpl.send_cites, lang, kb=kb) or {})},
    }
    return View(t("letter.title", lang, title=tpl.title.zh), blocks, data, document=letter.text)
