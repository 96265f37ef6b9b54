"""Where an overdue user stands today: stage, next step, fee so far, litigation risk, rights.

Pure: builds a StatusReport from numbers and the knowledge base; the CLI renders it.
"""

from datetime import date
from decimal import Decimal

from huabei_assist.dates import day_number
from huabei_assist.errors import InputError
from huabei_assist.knowledge.base import Knowledge, knowledge
from huabei_assist.knowledge.schema import Fact, Stage
from huabei_assist.money import simple_fee, to_fen
from huabei_assist.named_tuple import NamedTuple
from huabei_assist.stages import (LITIGATION_ID, StagePosition, ThresholdPoint, litigation_threshold, locate,
                                  practice_debt)


class StatusReport(NamedTuple):
    today: date
    position: StagePosition
    stages: tuple[Stage, ...]  # every stage, for drawing the whole line
    rights: tuple[Fact, ...]
    fee_fact: Fact
    fee_rate: Decimal
    amount: Decimal | None = None
    penalty_to_date: Decimal | None = None
    penalty_per_day: Decimal | None = None
    penalty_at_next_stage: Decimal | None = None
    debt_compared: Decimal | None = None  # principal + overdue fee, compared with the lawsuit practice's amount
    debt_compared_day: int | None = None  # the day it is counted on: today, or the practice's first day if later

    @property
    def litigation(self) -> ThresholdPoint | None:
        return next((p for p in self.position.thresholds if p.threshold.id == LITIGATION_ID), None)


def check_days(days: int | Decimal) -> None:
    """Days overdue, an int or a Decimal not yet made one (cli: bounds.whole)."""
    if days < 0:
        raise InputError("status.negative_days", days=days)


def days_or_since(days: object, since: object) -> None:
    """Exactly one of --days and --since: neither and both are two different mistakes, said apart."""
    if days is None and since is None:
        raise InputError("common.need_days_or_since")
    if days is not None and since is not None:
        raise InputError("common.days_and_since")


def assess(
    *,
    today: date,
    days: int | None = None,
    since: date | None = None,
    amount: Decimal | None = None,
    fee_rate: Decimal | None = None,
    kb: Knowledge | None = None,
) -> StatusReport:
    """Give exactly one of `days` (days overdue) or `since` (the first overdue day)."""
    days_or_since(days, since)
    if since is not None:
        if since > today:
            raise InputError("status.since_after_today", since=since.isoformat(), today=today.isoformat())
        days = day_number(since, today)
    assert days is not None
    check_days(days)
    if amount is not None and amount <= 0:
        raise InputError("common.amount_not_positive", option="--amount", value=amount)

    kb = knowledge(kb)
    book, product, rights_book = kb.stages, kb.product, kb.rights
    rate = product.overdue_fee.known_rate if fee_rate is None else fee_rate
    if not Decimal(0) <= rate < Decimal(1):
        raise InputError("common.rate_out_of_range", option="--fee-rate", value=rate)

    compared_day = debt = None
    if amount is not None:
        amount = to_fen(amount)
        # The reported practice speaks of the whole debt: principal plus the fees run up by the day it applies.
        litigation = litigation_threshold(book)
        debt, compared_day = practice_debt(amount, lambda day: simple_fee(amount, rate, day), days,
                                           litigation.day if litigation else days)
    position = locate(days, book, start=since, amount=debt)
    report = StatusReport(
        today=today,
        position=position,
        stages=book.stages,
        rights=rights_book.all_named_by("stages.toml", f"stages[{position.stage.number}]", position.stage.rights),
        fee_fact=product.overdue_fee,
        fee_rate=rate,
    )
    if amount is None:
        return report
    next_stage = position.next_stage
    return report._replace(
        amount=amount,
        debt_compared=debt,
        debt_compared_day=compared_day,
        penalty_to_date=simple_fee(amount, rate, days),
        penalty_per_day=simple_fee(amount, rate, 1),
        penalty_at_next_stage=simple_fee(amount, rate, next_stage.starts_on_day) if next_stage else None,
    )

