"""Checks across data/: every fact cites a source in sources.toml (but a user's setting and the
tool's own calculation, which have none), a statute or regulator fact names its article, and every
source is cited by some fact. Run when the registry is validated, which
happens whenever any data file changes (the registry's cache key covers them all)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

from huabei_assist.errors import DataFileError
from huabei_assist.knowledge.sources_schema import ARTICLED, SourceBook

if TYPE_CHECKING:
    from huabei_assist.knowledge.schema import Sourced

PINNED_BASES = ("statute", "regulator")


def cited(value: object, entry: str = "") -> Iterator[tuple[str, Sourced]]:
    """(entry, fact) for every object with a `source` and a `basis` inside a loaded book."""
    fields = getattr(value, "_fields", None)
    if fields is not None:
        if "source" in fields and "basis" in fields:
            yield entry, cast("Sourced", value)  # it has the fields
        for name in fields:
            child = getattr(value, name)
            if isinstance(child, tuple):
                yield from cited(child, f"{entry}.{name}" if entry else name)
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from cited(item, f"{entry}[{index}]")


def check(registry: SourceBook, books: dict[str, object]) -> None:
    """Raise DataFileError (file, entry, field) for the first problem found."""
    by_id = {source.id: source for source in registry.sources}
    used: set[str] = set()
    for name, book in books.items():
        file_name = f"{name}.toml"
        for entry, fact in cited(book):
            if fact.basis == "setting":
                continue  # the user's own limit (collection_rules.toml): no document behind it
            if fact.basis == "tool":  # the tool's own calculation or default: no document behind it
                if fact.source is not None:
                    raise DataFileError(file_name, entry, "source",
                                        "a fact with basis 'tool' is the tool's own calculation and cites no document")
                continue
            source = by_id.get(fact.source) if fact.source is not None else None
            if source is None:
                raise DataFileError(file_name, entry, "source", f"no source '{fact.source}' in sources.toml")
            used.add(source.id)
            if (fact.basis in PINNED_BASES and not fact.pin and source.kind in ARTICLED
                    and source.checked("articles")):
                raise DataFileError(file_name, entry, "pin",
                                    f"a {fact.basis} fact names the article it rests on, e.g. pin = \"第25条\"")
    for index, source in enumerate(registry.sources):
        if source.id not in used:
            raise DataFileError("sources.toml", f"sources[{index}]", "id", f"'{source.id}' is cited by no fact")
