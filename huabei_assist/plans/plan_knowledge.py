"""The knowledge a plan command needs: limits, the due-day default, and which facts to print."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from huabei_assist.bounds import shown
from huabei_assist.errors import DataFileError, InputError
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.plans_schema import PlanBook
from huabei_assist.knowledge.schema import Calculation, Fact, ProductTerms, RightsBook
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.plans.due_calendar import check_due_day
from huabei_assist.plans.schedule import Plan


class PlanContext(NamedTuple):
    book: PlanBook
    product: ProductTerms
    rights: RightsBook
    kb: Knowledge | None = None  # for the figures a text names ({due_day})

    @classmethod
    def of(cls, kb: Knowledge | None = None) -> PlanContext:
        kb = knowledge(kb)
        return cls(kb.plans, kb.product, kb.rights, kb)

    @property
    def cap(self) -> Decimal:
        return self.book.limits.annual_cost_cap

    def due_day(self, given: int | None) -> int:
        return check_due_day(self.book.limits.default_due_day if given is None else given)

    def right(self, fact_id: str, field: str) -> Fact:
        try:
            return self.rights.get(fact_id)
        except KeyError:
            raise DataFileError("plans.toml", "limits", field, reason=f"no right '{fact_id}' in rights.toml") from None

    def facts_for(self, plans: Iterable[Plan], *, default_due_day: bool = True) -> list[Fact | Calculation]:
        """The sourced facts behind these plans, each once, in a fixed order, then what the tool
        worked out itself: the figures, and the due day it assumed (`default_due_day`: none given)."""
        from huabei_assist.knowledge.figures import with_figures

        plans = list(plans)
        kinds = {p.kind for p in plans}
        facts: list[Fact] = []
        if "installment" in kinds:
            facts.append(self.product.installment_note)
        if "negotiated" in kinds:
            facts.append(self.right(self.book.limits.negotiated_fact, "negotiated_fact"))
        if "minimum" in kinds:
            facts.append(self.product.minimum_repayment)
        facts.append(self.book.apr_method)
        if any(p.over_cap(self.cap) for p in plans):
            facts.append(self.right(self.book.limits.cap_fact, "cap_fact"))
        facts.append(self.book.due_day)
        calculations = [self.book.computed, *([self.book.due_day_default] if default_due_day else [])]
        return [*facts, *(with_figures(c, self.kb) for c in calculations)]


def parse_periods(text: str, kb: Knowledge | None = None) -> list[int]:
    """'3,6,9,12' -> [3, 6, 9, 12]; each must be a whole number within the plan's bounds (`kb`'s)."""
    from huabei_assist.plans.input_checks import periods_from

    out = []
    for part in filter(str.strip, text.replace("，", ",").split(",")):
        try:
            out.append(periods_from(part, "--periods", kb))  # a whole number past the cap: the cap's message
        except InputError as exc:
            if exc.key != "common.whole_out_of_range":
                raise
            out = []
            break
    if not out:
        raise InputError("plan.bad_periods_list", value=shown(text))
    return out
