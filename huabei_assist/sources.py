"""`huabei sources`: the registry of documents, filtered and searched, and what cites an entry.

Pure: reads the knowledge base it is given, returns results; the CLI renders them.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.sources_schema import Source
from huabei_assist.known_ids import pick_id
from huabei_assist.named_tuple import NamedTuple

if TYPE_CHECKING:
    from huabei_assist.knowledge.schema import Sourced


class Citation(NamedTuple):
    """A fact that cites a source: where it is in data/, and the fact itself."""

    file: str
    entry: str
    fact: Sourced


class SourceEntry(NamedTuple):
    source: Source
    cited_by: tuple[Citation, ...]


def find(word: str | None = None, kind: str | None = None, kb: Knowledge | None = None) -> tuple[Source, ...]:
    """The sources of `kind` (any when None) whose id, title or issuer contains `word` (any case)."""
    kb = knowledge(kb)
    if kind is not None:  # law, Law or 法律
        kind = pick_id(kb.sources.kinds, kind, "sources.bad_kind")
    wanted = (word or "").strip().lower()
    return tuple(s for s in kb.sources.sources
                 if (kind is None or s.kind == kind) and (not wanted or wanted in _haystack(s)))


def lookup(word: str, kind: str | None = None, kb: Knowledge | None = None) -> SourceEntry | tuple[Source, ...]:
    """An id gives its entry; another word the sources whose titles hold it. Neither: a usage
    error naming the closest ids."""
    kb = knowledge(kb)
    wanted = word.strip()
    if any(s.id == wanted for s in kb.sources.sources):
        return entry(wanted, kb)
    found = find(wanted, kind, kb)
    if found:
        return found
    ids = [s.id for s in kb.sources.sources]
    close = difflib.get_close_matches(wanted.lower(), ids, n=3, cutoff=0.4)
    if close:
        raise InputError("sources.unknown_close", value=word, close=", ".join(close))
    raise InputError("sources.unknown", value=word, known=", ".join(ids))


def entry(source_id: str, kb: Knowledge | None = None) -> SourceEntry:
    from huabei_assist.knowledge.books import BOOKS
    from huabei_assist.knowledge.citations import cited
    from huabei_assist.knowledge.figures import with_figures

    kb = knowledge(kb)
    source = kb.sources.get(source_id)
    citing = tuple(Citation(f"{name}.toml", where, with_figures(fact, kb)) for name in BOOKS
                   for where, fact in cited(getattr(kb, name)) if fact.source == source_id)
    return SourceEntry(source, citing)


def _haystack(source: Source) -> str:
    return " ".join((source.id, *source.title, *source.issuer)).lower()
