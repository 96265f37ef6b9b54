"""Shape of data/sources.toml: the registry of documents every fact cites by id.

One entry per document (a law, a regulation, a notice, the platform's terms, a press report, the
seed article ...), so a reader can look the document up: title, issuer, number, dates, address.
What could not be checked is said, field by field, in `unverified`; a guess is never written.
"""

from typing import Literal

from huabei_assist.knowledge.schema import Named, Problem, Text, name_problems
from huabei_assist.named_tuple import NamedTuple

# Kinds whose facts are pinned to an article when the fact is a statute or regulator one.
ARTICLED: frozenset[str] = frozenset({"law", "regulation", "court_rule", "regulator_notice"})
UNVERIFIABLE: tuple[str, ...] = ("number", "issued", "in_force", "url", "articles")


class Source(NamedTuple):
    id: str
    kind: str  # an id of `kinds` in the same file
    title: Text
    issuer: Text
    seen: Literal["full_text", "reports"]  # the document itself, or only reports of it
    number: str | None = None  # document number (文号), e.g. 国务院令第631号
    issued: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    in_force: str | None = None
    url: str | None = None  # an official address; the outlet's page for a press report
    unverified: tuple[str, ...] = ()  # fields (or "articles") not checked against the document
    note: Text | None = None
    short: Text | None = None  # the title as a citation gives it (《个人信息保护法》), where shorter

    def checked(self, field: str) -> bool:
        return field not in self.unverified


class SourceBook(NamedTuple):
    """data/sources.toml."""

    sources: tuple[Source, ...]
    kinds: tuple[Named, ...]  # kinds of document (`sources --kind`), with their Chinese names

    def problems(self) -> list[Problem]:
        import re

        date = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")  # a year, a month or a day: as much as is known
        found = name_problems("kinds", self.kinds, shown=True)
        kinds = {kind.id for kind in self.kinds}
        seen: set[str] = set()
        for index, source in enumerate(self.sources):
            entry = f"sources[{index}]"
            if source.id in seen:
                found.append((entry, "id", f"duplicate id '{source.id}'"))
            seen.add(source.id)
            if source.kind not in kinds:
                found.append((entry, "kind", f"no kind '{source.kind}' in kinds ({', '.join(sorted(kinds))})"))
            if not source.title.zh.strip() or not source.title.en.strip():
                found.append((entry, "title", "a title in zh and en is required"))
            for name in ("issued", "in_force"):
                value = getattr(source, name)
                if value is not None and not date.match(value):
                    found.append((entry, name, "write YYYY, YYYY-MM or YYYY-MM-DD"))
            for name in source.unverified:
                if name not in UNVERIFIABLE:
                    found.append((entry, "unverified", f"unknown field '{name}' (use {', '.join(UNVERIFIABLE)})"))
            if source.url is not None and not source.url.startswith(("https://", "http://")):
                found.append((entry, "url", "must start with https:// or http://"))
        return found

    def get(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)
