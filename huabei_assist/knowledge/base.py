"""The knowledge base of one run: every book of data/, each read on first use (from the cache).

A command builds one `Knowledge` and hands it on; a script or a test may build one from edited
books (`Knowledge(rights=...)`) without copying data/. The rights book, read on many paths, comes
with the figures its texts name filled (knowledge/figures.py); other books' texts are filled where
they are read. A book not given is read from the installed
data (or HUABEI_DATA_DIR); load() keeps what it read, so a second Knowledge costs a stat per book.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from huabei_assist.knowledge.books import BOOKS, schema_of
from huabei_assist.knowledge.load import REGISTRY, load

if TYPE_CHECKING:
    from huabei_assist.knowledge.answers_schema import AnswerBook
    from huabei_assist.knowledge.calls_schema import CollectionRules
    from huabei_assist.knowledge.channels_schema import ChannelBook
    from huabei_assist.knowledge.credit_schema import CreditBook
    from huabei_assist.knowledge.letters_schema import LetterBook
    from huabei_assist.knowledge.payoff_schema import PayoffBook
    from huabei_assist.knowledge.plans_schema import PlanBook
    from huabei_assist.knowledge.playbooks_schema import PlaybookBook
    from huabei_assist.knowledge.schema import ProductTerms, RightsBook, StageBook
    from huabei_assist.knowledge.sources_schema import SourceBook
    from huabei_assist.knowledge.waivers_schema import WaiverBook

_NAMES = (*BOOKS, REGISTRY)


class Knowledge:
    """Books by file name: kb.stages, kb.rights, kb.sources ... loaded when first read."""

    stages: StageBook
    rights: RightsBook
    product: ProductTerms
    channels: ChannelBook
    collection_rules: CollectionRules
    credit: CreditBook
    letters: LetterBook
    plans: PlanBook
    playbooks: PlaybookBook
    waivers: WaiverBook
    payoff: PayoffBook
    answers: AnswerBook
    sources: SourceBook

    def __init__(self, **books: object) -> None:
        unknown = set(books) - set(_NAMES)
        if unknown:
            raise TypeError(f"no data file named {', '.join(sorted(unknown))}")
        self.__dict__.update(books)

    def __getattr__(self, name: str) -> object:  # only called for a book not read yet
        if name not in _NAMES:
            raise AttributeError(name)
        if name == REGISTRY:
            from huabei_assist.knowledge.sources_schema import SourceBook

            value: object = load(name, SourceBook)
        else:
            value = load(name, schema_of(name))
        if name == "rights":  # read on many paths (status, playbooks, channels, credit): filled here, once
            value = _rights_filled(value, self)
        self.__dict__[name] = value
        return value


def _rights_filled(book, kb: Knowledge):
    """The rights book with the figures its texts name filled ({objection_days}: data/credit.toml)."""
    if not any("{" in fact.text.zh + fact.text.en for fact in book.rights):
        return book
    from huabei_assist.knowledge.figures import with_figures

    return book._replace(rights=tuple(with_figures(fact, kb) for fact in book.rights))


def knowledge(kb: Knowledge | None) -> Knowledge:
    """The knowledge base given, else the packaged data: the default of every API function."""
    return kb if kb is not None else Knowledge()
