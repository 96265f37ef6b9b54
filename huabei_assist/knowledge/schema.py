"""Shapes of the data files, as typing.NamedTuple classes.

Why NamedTuple: immutable, validated by Pydantic (knowledge/validate.py) with unknown keys
rejected, and about five times cheaper to define than a frozen dataclass, which matters at
start-up. Pydantic is not imported here: validated objects are cached as plain data
(knowledge/cache.py: fields are str, int, Decimal, date, None, tuples and these classes), and
reading the cache must not pull Pydantic in. Checks across entries are `problems()` methods, run
after validation.
"""

from decimal import Decimal
from typing import TYPE_CHECKING, Literal, TypeVar

from huabei_assist.errors import DataFileError
from huabei_assist.named_tuple import NamedTuple

# How firm a fact is. `tool`: what this tool computes or assumes itself (a default, a comparison it
# works out), with no document behind it: never shown as a platform term (see Calculation).
Basis = Literal["statute", "regulator", "platform", "industry", "reported", "tool"]
_T = TypeVar("_T")


def _in(lang: str, zh: _T, en: _T) -> _T:
    return zh if lang == "zh" else en  # the one place a data text picks its language


class Text(NamedTuple):
    """A text in both languages; in TOML an inline table { zh = "…", en = "…" }. Read with text(lang)."""

    zh: str
    en: str

    def __call__(self, lang: str) -> str:
        return _in(lang, self.zh, self.en)


class Texts(NamedTuple):
    """A list in both languages, item for item: { zh = ["…"], en = ["…"] }."""

    zh: tuple[str, ...]
    en: tuple[str, ...]

    def __call__(self, lang: str) -> tuple[str, ...]:
        return _in(lang, self.zh, self.en)


def say(text: Text | None, lang: str) -> str | None:
    """An optional text (a seed claim, a reply time) in `lang`, or None."""
    return None if text is None else text(lang)


# (entry, field, reason): what a problems() method reports, as DataFileError shows it.
Problem = tuple[str, str, str]


class Named(NamedTuple):
    """A value the user picks from a list that carries nothing else: its id, its Chinese name (what a
    user may type) and, for a list that output shows, its name there in both languages (the one home
    of that name: views/id_names.py reads it)."""

    id: str
    zh_name: str
    name: Text | None = None


def name_problems(where: str, entries: tuple, id_field: str = "id", shown: bool = False) -> list[Problem]:
    """The ids and Chinese names (`zh_name`) of one list a user picks from (issue 11 item 6).

    An id is lowercase (ids are looked up in any case); a Chinese name holds a Chinese character
    and no space or comma (lists are split on commas); all ids and names of the list are distinct,
    so each word the user types means one entry. A list that output names (`shown`) gives each
    entry its `name` there, in both languages."""
    found: list[Problem] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        at = f"{where}[{index}]"
        key, name = getattr(entry, id_field), entry.zh_name
        if key != key.lower() or not key.strip():
            found.append((at, id_field, f"'{key}' must be lowercase"))
        if name is None:
            found.append((at, "zh_name", "required field is missing"))
        elif not any("\u4e00" <= char <= "\u9fff" for char in name) or any(
                char.isspace() or char in ",，、" for char in name):
            found.append((at, "zh_name", f"'{name}' must be a Chinese name with no space or comma"))
        if shown and getattr(entry, "name", None) is None:
            found.append((at, "name", "required field is missing: how output names the entry"))
        for word, field in ((key, id_field), (name, "zh_name")):
            if word in seen:
                found.append((at, field, f"'{word}' names two entries"))
            seen.add(word)
    return found


class Fact(NamedTuple):
    """One printable fact: zh and en text, where it comes from, and how firm it is.

    `rate` and `number` are set on facts that carry one (the daily fee rate, the 95188 hotline).
    """

    id: str
    text: Text
    basis: Basis
    source: str
    seed_claim: Text | None = None
    rate: Decimal | None = None
    number: str | None = None
    pin: str | None = None  # the article or section of the source, e.g. 第25条

    @property
    def known_rate(self) -> Decimal:
        """`rate`, on a fact whose data check demands one (ProductTerms and PlanBook problems())."""
        if self.rate is None:  # unreachable once the data is validated
            raise TypeError(f"the fact {self.id} has no rate")
        return self.rate


class Calculation(NamedTuple):
    """What this tool computes or assumes itself: a default it takes (the repayment day), figures
    and comparisons it works out (a plan's totals and rates, a waiver's sums). Basis `tool`, and no
    document (source None): shown as the tool's calculation, never as Huabei's terms."""

    id: str
    text: Text
    basis: Literal["tool"]
    source: None = None
    pin: None = None
    seed_claim: None = None


if TYPE_CHECKING:  # what the views read of a fact, so a Rule, a Step or an Effect is shown as one
    from typing import Protocol

    class Cited(Protocol):
        """Names its document (an id in sources.toml) and the article: views/cite.py."""

        @property
        def source(self) -> str | None: ...  # None: a user's own setting (a collection rule)

        @property
        def pin(self) -> str | None: ...

    class Stated(Protocol):
        """A text, with the seed article's claim where that was wrong: views/facts.fact_text."""

        @property
        def text(self) -> Text: ...

        @property
        def seed_claim(self) -> Text | None: ...

    class Sourced(Cited, Protocol):
        """Cited, with how firm it is: what knowledge/citations.cited finds in a book (a Basis, or a
        collection rule's "setting": the user's own; every value has its common.basis_* label)."""

        @property
        def basis(self) -> str: ...

    class FactLike(Sourced, Stated, Protocol):
        """Reads like a Fact: views/facts.fact_row."""

    class FactEntry(FactLike, Protocol):
        """A FactLike with an id: views/facts.fact_json."""

        @property
        def id(self) -> str: ...


class InstallmentPrice(NamedTuple):
    periods: int
    total_fee_rate: Decimal


class ProductTerms(NamedTuple):
    """data/product.toml: Huabei's own terms (basis platform), and what the tool works out from them."""

    overdue_fee: Fact
    minimum_repayment: Fact
    installment_note: Fact
    installments: tuple[InstallmentPrice, ...]
    operator: Fact
    hotline: Fact
    fee_computed: Calculation  # the fee sums are the tool's calculation from the rate (basis tool)

    def problems(self) -> list[Problem]:
        found = []
        for name in ("overdue_fee", "minimum_repayment"):
            rate = getattr(self, name).rate
            if rate is None or not Decimal(0) <= rate < Decimal(1):
                found.append((name, "rate", "must be a rate from 0 up to (not including) 1"))
        for index, price in enumerate(self.installments):
            if price.periods < 1 or not Decimal(0) <= price.total_fee_rate < Decimal(1):
                found.append((f"installments[{index}]", "total_fee_rate", "periods >= 1 and a rate below 1"))
        if not self.hotline.number:
            found.append(("hotline", "number", "required field is missing"))
        return found


class Stage(NamedTuple):
    number: int
    first_day: int
    name: Text
    basis: Basis
    source: str
    happens: tuple[Fact, ...]
    contact: tuple[Fact, ...]
    actions: tuple[Fact, ...]
    rights: tuple[str, ...]
    last_day: int | None = None  # None: open-ended
    pin: str | None = None  # the article or section of the source, e.g. 第25条


    def contains(self, day: int) -> bool:
        return self.first_day <= day and (self.last_day is None or day <= self.last_day)


class Threshold(NamedTuple):
    """A day where something changes inside a stage, optionally only above an amount."""

    id: str
    day: int
    text: Text
    basis: Basis
    source: str
    min_amount: Decimal | None = None
    pin: str | None = None  # the article or section of the source, e.g. 第25条


    @property
    def seed_claim(self) -> None:  # read like a Fact (views/facts.py): no seed claim here
        return None


class StageBook(NamedTuple):
    """data/stages.toml: the stages in order, from day 0, with no gap and no overlap."""

    stages: tuple[Stage, ...]
    thresholds: tuple[Threshold, ...]

    def problems(self) -> list[Problem]:
        if not self.stages or self.stages[0].first_day != 0 or self.stages[0].number != 0:
            return [("stages[0]", "first_day", "the first stage must be stage 0 starting on day 0")]
        found = []
        for index in range(1, len(self.stages)):
            previous, stage = self.stages[index - 1], self.stages[index]
            if previous.last_day is None or stage.first_day != previous.last_day + 1:
                found.append((f"stages[{index}]", "first_day", "must be the day after the previous stage's last_day"))
            if stage.number != previous.number + 1:
                found.append((f"stages[{index}]", "number", f"must be {previous.number + 1}"))
        if self.stages[-1].last_day is not None:
            found.append((f"stages[{len(self.stages) - 1}]", "last_day", "the last stage must be open-ended"))
        return found


class RightsBook(NamedTuple):
    """data/rights.toml: rights and rules, looked up by id."""

    rights: tuple[Fact, ...]

    def problems(self) -> list[Problem]:
        seen: set[str] = set()
        found = []
        for index, fact in enumerate(self.rights):
            if fact.id in seen:
                found.append((f"rights[{index}]", "id", f"duplicate id '{fact.id}'"))
            seen.add(fact.id)
        return found

    def get(self, fact_id: str) -> Fact:
        for fact in self.rights:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)

    def named_by(self, file_name: str, entry: str, field: str, fact_id: str) -> Fact:
        """The right another data file names; an unknown id is that file's error, at that field."""
        try:
            return self.get(fact_id)
        except KeyError:
            raise DataFileError(file_name, entry, field, reason=f"no right '{fact_id}' in rights.toml") from None

    def all_named_by(self, file_name: str, entry: str, ids: tuple[str, ...]) -> tuple[Fact, ...]:
        return tuple(self.named_by(file_name, entry, f"rights[{i}]", fact_id) for i, fact_id in enumerate(ids))
