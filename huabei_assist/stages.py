"""The overdue-stage model: which stage a day falls in, what comes next, and when.

Pure: no Typer, no Rich. Stages come from data/stages.toml (basis reported): 0 not overdue,
1 (days 1-30), 2 (31-90), 3 (91-180), 4 (181+). Day 1 is the first overdue day.
"""

from datetime import date
from decimal import Decimal
from typing import Callable, TypeVar

from huabei_assist.dates import date_of_day
from huabei_assist.knowledge.schema import Stage, StageBook, Threshold
from huabei_assist.named_tuple import NamedTuple

LITIGATION_ID = "litigation"  # the amount threshold of data/stages.toml: the reported lawsuit practice
Money = TypeVar("Money", Decimal, int)  # yuan, or whole fen (the payoff engine's loop)


class NextStage(NamedTuple):
    stage: Stage
    starts_on_day: int
    days_until: int
    date: date | None  # known only when the first overdue day is known


class ThresholdPoint(NamedTuple):
    threshold: Threshold
    reached: bool
    days_until: int  # 0 once reached
    date: date | None
    applies: bool | None  # False when the amount is below the threshold; None when no amount was given


class StagePosition(NamedTuple):
    days_overdue: int
    start: date | None
    stage: Stage
    next_stage: NextStage | None
    thresholds: tuple[ThresholdPoint, ...]


def stage_for_day(days: int, book: StageBook) -> Stage:
    if days < 0:
        raise ValueError("days overdue cannot be negative")
    for stage in book.stages:
        if stage.contains(days):
            return stage
    raise ValueError(f"no stage holds day {days}")  # unreachable: StageBook checks the stages are contiguous


def locate(days: int, book: StageBook, start: date | None = None, amount: Decimal | None = None) -> StagePosition:
    """Where `days` overdue stands; `start` (day 1) dates the milestones, `amount` decides amount thresholds."""
    stage = stage_for_day(days, book)
    following = next((s for s in book.stages if s.number == stage.number + 1), None)
    next_stage = None
    if following is not None:
        next_stage = NextStage(
            stage=following,
            starts_on_day=following.first_day,
            days_until=following.first_day - days,
            date=date_of_day(start, following.first_day) if start else None,
        )
    points = tuple(
        ThresholdPoint(
            threshold=th,
            reached=days >= th.day,
            days_until=max(th.day - days, 0),
            date=date_of_day(start, th.day) if start else None,
            applies=None if th.min_amount is None or amount is None else amount > th.min_amount,
        )
        for th in book.thresholds
    )
    return StagePosition(days_overdue=days, start=start, stage=stage, next_stage=next_stage, thresholds=points)


def litigation_threshold(book: StageBook) -> Threshold | None:
    """The reported lawsuit practice among the book's thresholds (id LITIGATION_ID), if it is there."""
    return next((th for th in book.thresholds if th.id == LITIGATION_ID), None)


def practice_debt(owed: Money, fees_to: Callable[[int], Money], day: int, practice_day: int) -> tuple[Money, int]:
    """The whole debt (principal, fees and interest) that the lawsuit practice weighs against its
    amount, and the overdue day it is counted on: the practice's first day, or `day` once that is
    past. `owed` is what is owed leaving out the fees that `fees_to(n)` counts up to overdue day n:
    `status` counts every overdue fee from day 1 on the principal; the payoff engine keeps what it has
    charged by a payment date in `owed` and counts the charges after it. Over the amount (strictly),
    the practice applies, in both: a debt under 5,000 today that its fees take over by day 181 is at
    risk in both (the engine compared what was owed on the payment date: issue 13)."""
    on = max(day, practice_day)
    return owed + fees_to(on), on
