"""The overdue-stage model: every boundary, the next stage, thresholds, dates."""

from datetime import date

import pytest

from huabei_assist.dates import date_of_day, day_number
from huabei_assist.knowledge.load import load
from huabei_assist.knowledge.schema import StageBook
from huabei_assist.stages import locate, stage_for_day


@pytest.fixture
def book() -> StageBook:
    return load("stages", StageBook)


@pytest.mark.parametrize(
    ("days", "stage", "next_number", "next_day"),
    [
        (0, 0, 1, 1),
        (1, 1, 2, 31),
        (7, 1, 2, 31),
        (8, 1, 2, 31),
        (30, 1, 2, 31),
        (31, 2, 3, 91),
        (90, 2, 3, 91),
        (91, 3, 4, 181),
        (180, 3, 4, 181),
    ],
)
def test_every_boundary_and_the_next_stage(book, days, stage, next_number, next_day):
    position = locate(days, book)
    assert position.stage.number == stage
    assert position.next_stage.stage.number == next_number
    assert position.next_stage.starts_on_day == next_day
    assert position.next_stage.days_until == next_day - days
    assert position.next_stage.date is None  # no start date given


def test_stage_four_is_open_ended_with_no_next_stage(book):
    for days in (181, 365, 5000):
        position = locate(days, book)
        assert position.stage.number == 4
        assert position.stage.last_day is None
        assert position.next_stage is None


def test_negative_days_are_rejected(book):
    with pytest.raises(ValueError):
        stage_for_day(-1, book)


def test_third_party_threshold_is_reached_on_day_8_not_7(book):
    def third_party(days):
        return next(p for p in locate(days, book).thresholds if p.threshold.id == "third-party-calls")

    assert third_party(7).reached is False and third_party(7).days_until == 1
    assert third_party(8).reached is True and third_party(8).days_until == 0


def test_litigation_needs_both_days_over_180_and_amount_over_5000(book):
    from decimal import Decimal

    def litigation(days, amount):
        return next(p for p in locate(days, book, amount=amount).thresholds if p.threshold.id == "litigation")

    assert litigation(180, Decimal("6000")).reached is False
    assert litigation(181, Decimal("6000")).reached is True
    assert litigation(181, Decimal("6000")).applies is True
    assert litigation(181, Decimal("5000.00")).applies is False  # "over 5,000": 5,000 itself is not over
    assert litigation(181, Decimal("5000.01")).applies is True
    assert litigation(181, None).applies is None


def test_dates_of_milestones_count_the_first_overdue_day_as_day_1(book):
    start = date(2026, 10, 15)
    position = locate(day_number(start, date(2026, 11, 29)), book, start=start)
    assert position.days_overdue == 46
    assert position.next_stage.date == date(2027, 1, 13)  # day 91
    assert date_of_day(start, 1) == start
    litigation = next(p for p in position.thresholds if p.threshold.id == "litigation")
    assert litigation.date == date(2027, 4, 13)  # day 181


def test_stage_data_is_contiguous_and_sourced(book):
    assert [s.number for s in book.stages] == [0, 1, 2, 3, 4]
    assert [(s.first_day, s.last_day) for s in book.stages] == [(0, 0), (1, 30), (31, 90), (91, 180), (181, None)]
    for stage in book.stages:
        assert stage.actions, f"stage {stage.number} has no actions"
        for fact in (*stage.happens, *stage.contact, *stage.actions):
            assert fact.source.strip() and fact.text.zh.strip() and fact.text.en.strip()
