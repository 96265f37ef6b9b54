"""The rules and defaults the payoff engine computes with, taken from the knowledge base by the caller.

The engine never reads a file: a caller builds `Rules` once (`rules_from(books)`) and passes it in,
so a test or a script can hand it edited rules. `books` is anything with the attributes `stages`,
`product`, `plans` and `credit` holding those books: today `TodayBooks` (knowledge.load), and the
knowledge-base object of issue 10 once it lands, unchanged. This module is the one place that knows
where each rule lives in data/.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from huabei_assist.errors import DataFileError
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.stages import LITIGATION_ID, litigation_threshold


class Rules(NamedTuple):
    stage_starts: tuple[int, ...]  # the first overdue day of stages 1, 2, ...: (1, 31, 91, 181)
    lawsuit_day: int  # the overdue day from which the reported lawsuit practice applies: 181
    lawsuit_amount: Decimal  # ... to a debt over this amount: 5000.00
    huabei_daily_fee: Decimal  # 花呗's overdue fee a day: 0.0005
    huabei_minimum_share: Decimal  # 花呗's minimum repayment, a share of the bill: 0.10
    cap: Decimal  # the annual cost above which a court may cut interest and fees: 0.24
    credit_years: int  # an adverse credit record stays this many years after repayment: 5
    default_due_day: int  # 10
    max_plan_periods: int  # the longest negotiated plan asked for: 60
    facts: tuple[tuple[str, str], ...] = ()  # (rule, fact id in data/) for the caller to cite

    def fact(self, rule: str) -> str | None:
        return dict(self.facts).get(rule)


class TodayBooks:
    """The books as knowledge.load reads them today (cached): stand-in for issue 10's object."""

    def __getattr__(self, name: str) -> Any:
        from huabei_assist.knowledge.load import load

        book: tuple
        if name in ("stages", "product"):
            from huabei_assist.knowledge import schema

            book = load(name, schema.StageBook if name == "stages" else schema.ProductTerms)
        elif name == "plans":
            from huabei_assist.knowledge.plans_schema import PlanBook

            book = load(name, PlanBook)
        elif name == "credit":
            from huabei_assist.knowledge.credit_schema import CreditBook

            book = load(name, CreditBook)
        elif name == "rights":
            from huabei_assist.knowledge.schema import RightsBook

            book = load(name, RightsBook)
        elif name == "channels":
            from huabei_assist.knowledge.channels_schema import ChannelBook

            book = load(name, ChannelBook)
        else:
            raise AttributeError(name)
        setattr(self, name, book)
        return book


def rules_from(books: Any = None) -> Rules:
    """The payoff rules from `books` (default: the packaged data, read through knowledge.load)."""
    books = TodayBooks() if books is None else books
    stages, product, limits, retention = books.stages, books.product, books.plans.limits, books.credit.retention
    lawsuit = litigation_threshold(stages)
    if lawsuit is None or lawsuit.min_amount is None:
        raise DataFileError("stages.toml", "thresholds", "id", reason=f"no '{LITIGATION_ID}' threshold with min_amount")
    return Rules(
        stage_starts=tuple(stage.first_day for stage in stages.stages if stage.number >= 1),
        lawsuit_day=lawsuit.day,
        lawsuit_amount=lawsuit.min_amount,
        huabei_daily_fee=product.overdue_fee.rate,
        huabei_minimum_share=product.minimum_repayment.rate,
        cap=limits.annual_cost_cap,
        credit_years=retention.years,
        default_due_day=limits.default_due_day,
        max_plan_periods=limits.negotiated_max_periods,
        facts=(
            ("daily_fee", product.overdue_fee.id),
            ("minimum", product.minimum_repayment.id),
            ("cap", limits.cap_fact),
            ("lawsuit", lawsuit.id),
            ("credit", retention.right),
            ("plan_periods", limits.negotiated_fact),
        ),
    )


# -- for the commands: the facts behind the rules, and where to ask for a plan ---------------------
NEGOTIATION = "negotiation"  # the problem in data/channels.toml whose channels and letter ask for a plan
ALIPAY_KINDS = ("huabei", "jiebei")  # Alipay's own products: its channels apply as they are


class Source(NamedTuple):
    """A fact in data/ behind a rule: its id, text, basis and source, for the output to cite."""

    rule: str
    id: str
    zh: str
    en: str
    basis: str
    source: str  # an id of data/sources.toml
    pin: str | None = None  # the article or section

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Route(NamedTuple):
    """Where to ask for a negotiated plan for a kind of debt: the channels (ids and names, best first;
    for a debt not owed to Alipay its lender comes first, then the channels that are not Alipay's)
    and the letter (`huabei letter ID`)."""

    lender_first: bool
    channels: tuple[tuple[str, str, str], ...]  # (id, name zh, name en)
    letter: str


def sources_from(rules: Rules, books: Any = None) -> tuple[Source, ...]:
    """The facts named in `rules.facts`, looked up in the books (rights, product, stages)."""
    books = TodayBooks() if books is None else books
    found = {}
    product = books.product
    for fact in (product.overdue_fee, product.minimum_repayment):
        found[fact.id] = fact
    for th in books.stages.thresholds:
        found[th.id] = th
    out = []
    for rule, fact_id in rules.facts:
        fact = found.get(fact_id)
        if fact is None:
            try:
                fact = books.rights.get(fact_id)
            except KeyError:
                raise DataFileError("rights.toml", "facts", "id", reason=f"no fact '{fact_id}' (payoff rule {rule})") from None
        out.append(Source(rule, fact_id, fact.text.zh, fact.text.en, fact.basis, fact.source, fact.pin))
    return tuple(out)


def stages_from(books: Any = None) -> tuple:
    """The overdue stages (number 1 and up) of data/stages.toml, for their names, basis and source."""
    books = TodayBooks() if books is None else books
    return tuple(stage for stage in books.stages.stages if stage.number >= 1)


def routes_from(books: Any = None) -> dict[str, Route]:
    """For each debt kind, where to ask for a plan: the channels and letter of the negotiation problem."""
    from huabei_assist.payoff.debts import KINDS

    books = TodayBooks() if books is None else books
    book = books.channels
    problem = next((c for c in book.complaints if c.id == NEGOTIATION), None)
    if problem is None or not problem.letters:
        raise DataFileError("channels.toml", "complaints", "id", reason=f"no '{NEGOTIATION}' problem with a letter")
    channels = {c.id: c for c in book.channels}
    named = tuple((i, channels[i].name.zh, channels[i].name.en) for i in problem.channels if i in channels)
    # a channel whose name is Alipay's (支付宝) is for Alipay's products only
    others = tuple(c for c in named if "支付宝" not in c[1])
    return {kind: Route(kind not in ALIPAY_KINDS, named if kind in ALIPAY_KINDS else others, problem.letters[0])
            for kind in KINDS}
