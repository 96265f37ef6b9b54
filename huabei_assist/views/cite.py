"""How a fact's source is shown: the document's title and the article, or a JSON object a reader
can look the document up with. The registry (data/sources.toml) says what each id is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from huabei_assist.i18n import t
from huabei_assist.knowledge.schema import Text
from huabei_assist.knowledge.sources_schema import ARTICLED, Source, SourceBook
from huabei_assist.render.view import Footnotes as FootnotesBlock, Table
from huabei_assist.views.id_names import id_name

if TYPE_CHECKING:
    from huabei_assist.knowledge.base import Knowledge
    from huabei_assist.knowledge.schema import Cited, Sourced

_NUMERALS = "一二三四五六七八九十"
# Kinds a reader looks up by the Chinese title: in English it stays beside the English one.
_BY_CHINESE_TITLE = ARTICLED | {"industry_guideline", "platform_terms", "web_article"}


def pin_text(pin: str | None, lang: str) -> str:
    """'第25条' stays in Chinese; in English 'Art. 25', 'Arts. 44-47, 65', 'section 2.1'."""
    if not pin or lang == "zh":
        return pin or ""
    import re  # compiled only for English pins

    def articles(match: re.Match) -> str:
        numbers = match.group(1).replace("、", ", ")
        return f"Art{'s' if ',' in numbers or '-' in numbers else ''}. {numbers}"

    def section(match: re.Match) -> str:
        number = _NUMERALS.index(match.group(1)) + 1
        return f"section {number}.{match.group(2)}" if match.group(2) else f"section {number}"

    pin = re.sub(r"第([\d、\-]+)条", articles, pin)
    return re.sub(r"第([一二三四五六七八九十])节(\d*)", section, pin)


def with_chinese(text: Text, lang: str) -> str:
    """zh: the Chinese; en: the English with the Chinese beside it, for what is looked up in Chinese."""
    return text.zh if lang == "zh" else f"{text.en} ({text.zh})"


def title_text(source: Source, lang: str, *, short: bool = False) -> str:
    """The title in `lang` (see _BY_CHINESE_TITLE); `short`: the citation form, where there is one."""
    title = source.short if short and source.short else source.title
    return with_chinese(title, lang) if source.kind in _BY_CHINESE_TITLE else title(lang)


def registry(kb: Knowledge | None = None) -> SourceBook:
    from huabei_assist.knowledge.base import knowledge

    return knowledge(kb).sources


def cite_text(fact: Cited, lang: str, kb: Knowledge | None = None) -> str:
    """'《征信业管理条例》第25条' / 'Regulation on ... (《征信业管理条例》) Art. 25'; a user's own
    setting (a collection rule without a source) and the tool's own calculation cite no document."""
    if fact.source is None:  # no document: the tool's own calculation, or the user's setting
        return t("common.cite_tool" if getattr(fact, "basis", None) == "tool" else "common.cite_own_setting", lang)
    source = registry(kb).get(fact.source)
    pin = pin_text(fact.pin, lang)
    if not pin and source.kind in ARTICLED and not source.checked("articles"):
        pin = t("common.article_unverified", lang)
    title = title_text(source, lang, short=True)
    if source.kind == "web_article":  # never mistaken for a legal source, e.g. in the dossier
        title = t("common.cite_web_article", lang, title=title)
    return t("common.cite", lang, title=title, pin=pin).rstrip()


def documents_table(facts: list[Cited], lang: str, kb: Knowledge | None = None) -> Table:
    """The documents these facts cite, each once, in full: what a regulator reading a complaint
    needs to look them up (title, issuer, number, date, address)."""
    books = registry(kb)
    cited = [books.get(source_id) for source_id in dict.fromkeys(fact.source for fact in facts) if source_id]
    headers = [t(f"sources.col_{name}", lang) for name in ("title", "issuer", "number", "date", "kind", "url")]
    unknown = t("sources.unknown_value", lang)
    rows = [[title_text(s, lang), s.issuer(lang), s.number or unknown, s.issued or unknown,
             id_name("source_kind", s.kind, lang, kb), s.url or "-"] for s in cited]
    return Table(t("sources.cited_documents", lang), headers, rows)


def source_json(source: Source, lang: str, pin: str | None = None) -> dict:
    return {
        "id": source.id, "title": source.title(lang), "title_zh": source.title.zh,
        "short_title": (source.short or source.title)(lang), "kind": source.kind,
        "issuer": source.issuer(lang), "number": source.number, "date": source.issued,
        "in_force": source.in_force, "url": source.url, "pin": pin, "seen": source.seen,
        "unverified": list(source.unverified),
    }


def cite_json(fact: Cited, lang: str, kb: Knowledge | None = None) -> dict | None:
    if fact.source is None:
        return None  # a user's own setting or the tool's calculation: no document behind it
    return source_json(registry(kb).get(fact.source), lang, fact.pin)


class Footnotes:
    """The sources of one page as footnotes: a cell carries "[n]" (or "[1][3]" for several facts) and
    the page ends with one list of what each number stands for (title, article, basis), so a source
    is printed once however many rows cite it and the text columns get the width. Numbers follow the
    order of first citation; one collector per View, used by every command and the guide."""

    def __init__(self, lang: str, kb: Knowledge | None = None) -> None:
        self.lang, self.kb = lang, kb
        self._numbers: dict[tuple[str | None, str | None, str], int] = {}
        self._facts: list[Sourced] = []

    def number(self, fact: Sourced) -> int:
        """The fact's number: the same source, article and basis get the same one."""
        key = (fact.source, fact.pin, fact.basis)
        if key not in self._numbers:
            self._facts.append(fact)
            self._numbers[key] = len(self._facts)
        return self._numbers[key]

    def mark(self, *facts: Sourced) -> str:
        """"[n]" for one fact; for several, each number once, in order ("[2][4]")."""
        return "".join(f"[{n}]" for n in sorted({self.number(fact) for fact in facts}))

    def cite(self, text: str, fact: Sourced) -> str:
        """`text` followed by the fact's footnote mark."""
        return f"{text} {self.mark(fact)}"

    def _text(self, fact: Sourced) -> str:
        return t("common.footnote", self.lang, source=cite_text(fact, self.lang, kb=self.kb),
                 basis=t(f"common.basis_{fact.basis}", self.lang))

    def block(self) -> FootnotesBlock:
        """The list for the end of the page (the renderers skip it when nothing was cited)."""
        return FootnotesBlock(t("common.footnotes", self.lang),
                              [(f"[{n}]", self._text(fact)) for n, fact in enumerate(self._facts, 1)])

    def json(self) -> list[dict]:
        """The same list as JSON: each number with its text, basis and source document (null for a
        user's own setting)."""
        return [{"note": n, "text": self._text(fact), "basis": fact.basis,
                 "source": cite_json(fact, self.lang, kb=self.kb)} for n, fact in enumerate(self._facts, 1)]
