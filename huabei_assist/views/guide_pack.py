"""The guide as a file to keep or print: one self-contained HTML page (Jinja2, autoescaped) or
Markdown, each with the filled letters for the problems ticked as appendices.

The HTML loads nothing: its styles are in the page, its fonts the system's (Chinese ones named
first), and a print stylesheet lays it out on A4 with each letter on a page of its own.
"""

from __future__ import annotations

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.render.view import Footnotes, KeyValues, Picture, Table, View
from huabei_assist.views.guide_view import section_ids

TEMPLATE = "guide.html"


def pack(kind: str, view: View, guide, lang: str, kb: Knowledge | None = None) -> str:
    return html(view, guide, lang, kb=kb) if kind == "html" else markdown(view, guide, lang, kb=kb)


def _appendix_notes(letter, lang: str, kb: Knowledge) -> list[str]:
    from huabei_assist.views.cite import cite_text

    tpl = letter.template
    # each source under the text citing it: the letter's rule, then what the sending advice states
    sent = [] if tpl.send_cites is None else [cite_text(tpl.send_cites, lang, kb=kb)]
    return [tpl.purpose(lang), cite_text(tpl, lang, kb=kb), tpl.send(lang), *sent, t("guide.appendix_note", lang)]


def html(view: View, guide, lang: str, kb: Knowledge | None = None) -> str:
    from importlib.resources import files

    import jinja2

    from huabei_assist.letter_parts import parts

    kb = knowledge(kb)
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    source = files("huabei_assist").joinpath("templates", TEMPLATE).read_text(encoding="utf-8")
    letters = [{"heading": t("guide.appendix", lang, number=n, title=f.template.title.zh),
                "notes": _appendix_notes(f, lang, kb), "parts": parts(f.text)}
               for n, f in enumerate(guide.letters, 1)]
    today = guide.answers.today.isoformat()
    return env.from_string(source).render(
        html_lang="zh-CN" if lang == "zh" else "en", title=view.title, meta=t("guide.made_on", lang, today=today),
        blocks=[_block(block, section) for block, section in zip(view.blocks, section_ids(guide), strict=True)],
        letters=letters, footer=t("guide.pack_footer", lang, today=today))


def _block(block, section: str) -> dict:
    if isinstance(block, KeyValues):
        return {"id": section, "kind": "kv", "title": block.title, "rows": block.rows}
    if isinstance(block, Table):
        return {"id": section, "kind": "table", "title": block.title, "headers": block.headers, "rows": block.rows,
                "dated": section == "week", "noted": True}
    if isinstance(block, Picture):
        return {"id": section, "kind": "picture", "title": block.title, "lines": block.lines}
    assert isinstance(block, Footnotes)
    return {"id": section, "kind": "notes", "title": block.title, "entries": [f"{mark} {text}" for mark, text in block.items]}


def markdown(view: View, guide, lang: str, kb: Knowledge | None = None) -> str:
    from huabei_assist.letters import fill
    from huabei_assist.render.tabular import to_markdown

    kb = knowledge(kb)
    out = [to_markdown(view)]
    answers = guide.answers
    for number, filled in enumerate(guide.letters, 1):
        letter = fill(filled.template.id, today=answers.today, name=answers.name, amount=answers.amount)  # escaped
        out += ["---", "", f"# {t('guide.appendix', lang, number=number, title=filled.template.title.zh)}", ""]
        out += [f"- {note}" for note in _appendix_notes(filled, lang, kb)]
        out += ["", *(f"#{line}" if line.startswith("#") else line for line in letter.text.rstrip("\n").split("\n")), ""]
    out += ["---", "", t("guide.pack_footer", lang, today=answers.today.isoformat()), ""]
    return "\n".join(out)
