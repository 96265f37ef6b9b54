"""`huabei sources`: the registry as a table, one entry with what cites it, and their JSON."""

from __future__ import annotations

from huabei_assist.i18n import t
from huabei_assist.knowledge.base import Knowledge
from huabei_assist.knowledge.sources_schema import Source
from huabei_assist.render.view import KeyValues, Notes, Table, View
from huabei_assist.sources import SourceEntry
from huabei_assist.views.cite import pin_text, source_json, title_text
from huabei_assist.views.facts import basis_label
from huabei_assist.views.id_names import id_name


def sources_view(found: tuple[Source, ...], lang: str, word: str | None = None, kb: Knowledge | None = None) -> View:
    rows = [[s.id, title_text(s, lang), s.issuer(lang), _date(s, lang), kind_label(s.kind, lang, kb), s.url or "-"]
            for s in found]
    headers = [t(f"sources.col_{name}", lang) for name in ("id", "title", "issuer", "date", "kind", "url")]
    title = t("sources.found", lang, word=word) if word else t("sources.title", lang)
    return View(title, [Table(None, headers, rows, primary=True)], [source_json(s, lang) for s in found])


def source_view(found: SourceEntry, lang: str, kb: Knowledge | None = None) -> View:
    s = found.source
    rows = [(t("sources.col_id", lang), s.id), (t("sources.col_title", lang), title_text(s, lang)),
            *([(t("sources.title_zh", lang), s.title.zh)] if lang == "en" else []),
            (t("sources.col_kind", lang), kind_label(s.kind, lang, kb)), (t("sources.col_issuer", lang), s.issuer(lang)),
            (t("sources.number", lang), s.number or unknown(lang)), (t("sources.col_date", lang), _date(s, lang)),
            (t("sources.in_force", lang), s.in_force or unknown(lang)), (t("sources.col_url", lang), s.url or "-"),
            (t("sources.seen", lang), t(f"sources.seen_{s.seen}", lang))]
    if s.unverified:
        rows.append((t("sources.unverified", lang), t("sources.unverified_value", lang, fields=t("common.list_sep", lang).join(
            t(f"sources.field_{name}", lang) for name in s.unverified))))
    if s.note:
        rows.append((t("sources.note", lang), s.note(lang)))
    blocks: list = [KeyValues(None, rows)]
    if found.cited_by:
        blocks.append(Table(t("sources.cited_by", lang),
                            [t("sources.col_where", lang), t("sources.col_fact", lang),
                             t("common.col_basis", lang), t("sources.col_pin", lang)],
                            [[f"{c.file} {c.entry}", _fact_text(c.fact, lang), basis_label(c.fact.basis, lang),
                              pin_text(c.fact.pin, lang) or "-"] for c in found.cited_by], primary=True))
    else:
        blocks.append(Notes(None, [t("sources.none_cites", lang)]))
    data = {**source_json(s, lang), "issuer": s.issuer(lang), "note": s.note(lang) if s.note else None,
            "cited_by": [{"file": c.file, "entry": c.entry, "id": getattr(c.fact, "id", None),
                          "text": _fact_text(c.fact, lang), "basis": c.fact.basis, "pin": c.fact.pin}
                         for c in found.cited_by]}
    return View(title_text(s, lang), blocks, data)


def kind_label(kind: str, lang: str, kb: Knowledge | None = None) -> str:
    return id_name("source_kind", kind, lang, kb)


def unknown(lang: str) -> str:
    return t("sources.unknown_value", lang)


def _date(source: Source, lang: str) -> str:
    return source.issued or unknown(lang)


def _fact_text(fact: object, lang: str) -> str:
    """A fact's text, or a stage's or a letter's name where the entry is a whole stage or letter."""
    for name in ("text", "name"):
        method = getattr(fact, name, None)
        if callable(method):
            return method(lang)
    return getattr(fact, "id", "-")
