"""The credit module with exact dates: the 5-year rule, the one-time repair edges, months, checks, objections."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huabei_assist import credit
from huabei_assist.credit import (
    add_working_days, check_dates, clear_date, end_of_next_month, one_time_repair, overdue_months, period_end,
)
from huabei_assist.errors import InputError

TODAY = date(2026, 5, 1)


@pytest.fixture
def rule():
    return credit.load_book().repair


# ------------------------------------------------------------------ 5 years (第16条, 民法典 第202条)

@pytest.mark.parametrize("paid, clears", [
    (date(2026, 3, 15), date(2031, 3, 15)),
    (date(2024, 2, 29), date(2029, 2, 28)),  # no 29 February in 2029: the last day of February
    (date(2028, 2, 29), date(2033, 2, 28)),
    (date(2024, 2, 28), date(2029, 2, 28)),
    (date(2023, 3, 1), date(2028, 3, 1)),  # 2028 is a leap year: still the corresponding day
    (date(2025, 12, 31), date(2030, 12, 31)),
])
def test_period_end_is_the_corresponding_day(paid, clears):
    assert period_end(paid, 5) == clears


@pytest.mark.parametrize("method", ["settle", "installment", "court"])
def test_every_method_counts_five_years_from_the_payment(method):
    result = clear_date(today=TODAY, years=5, method=method, paid=date(2026, 3, 15))
    assert result.method == method
    assert result.event_end == date(2026, 3, 15)
    assert result.clears_on == date(2031, 3, 15)  # court too: the seed's 3 years does not apply
    assert result.days_left == 1779
    assert result.started and not result.cleared


def test_paid_on_leap_day_clears_on_28_february():
    result = clear_date(today=date(2026, 2, 1), years=5, method="court", paid=date(2024, 2, 29))
    assert result.clears_on == date(2029, 2, 28)
    assert result.days_left == (date(2029, 2, 28) - date(2026, 2, 1)).days == 1123


def test_cleared_once_the_last_day_has_passed():
    on_last_day = clear_date(today=date(2026, 3, 15), years=5, paid=date(2021, 3, 15))
    assert on_last_day.clears_on == date(2026, 3, 15)
    assert (on_last_day.days_left, on_last_day.cleared) == (0, False)
    after = clear_date(today=date(2026, 3, 16), years=5, paid=date(2021, 3, 15))
    assert (after.days_left, after.cleared) == (0, True)


def test_unpaid_debt_clock_has_not_started_and_assumes_payment_today():
    result = clear_date(today=TODAY, years=5)
    assert not result.started
    assert (result.end_source, result.event_end, result.clears_on) == ("today", TODAY, date(2031, 5, 1))
    assert result.days_left == (date(2031, 5, 1) - TODAY).days == 1826


def test_unpaid_debt_with_a_planned_payment_day():
    result = clear_date(today=TODAY, years=5, if_paid=date(2026, 8, 31))
    assert (result.end_source, result.clears_on, result.started) == ("if_paid", date(2031, 8, 31), False)


def test_installment_with_the_last_due_date():
    result = clear_date(today=TODAY, years=5, method="installment", last_due=date(2027, 10, 15))
    assert (result.end_source, result.event_end, result.clears_on) == ("last_due", date(2027, 10, 15), date(2032, 10, 15))
    assert not result.started


@pytest.mark.parametrize("kwargs, key", [
    (dict(paid=date(2026, 5, 2)), "credit.paid_in_future"),
    (dict(if_paid=date(2026, 4, 30)), "credit.if_paid_in_past"),
    (dict(method="installment", last_due=date(2026, 4, 30)), "credit.last_due_in_past"),
    (dict(last_due=date(2027, 1, 1)), "credit.last_due_needs_installment"),
    (dict(paid=date(2026, 1, 1), if_paid=date(2026, 6, 1)), "credit.one_end_date"),
    (dict(method="mediation"), "credit.bad_method"),
])
def test_clear_date_rejects_bad_combinations(kwargs, key):
    with pytest.raises(InputError) as err:
        clear_date(today=TODAY, years=5, **kwargs)
    assert err.value.key == key


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_period_end_property(start):
    end = period_end(start, 5)
    assert (end.year, end.month) == (start.year + 5, start.month)
    assert end.day == (28 if (start.month, start.day) == (2, 29) else start.day)
    assert 1825 <= (end - start).days <= 1827


# ------------------------------------------------------------------ one-time repair (PBOC 2025-12-22)

def repair(rule, since, amount="3000", repaid=date(2025, 11, 1)):
    return one_time_repair(since, Decimal(amount), repaid, rule)


@pytest.mark.parametrize("since, ok", [
    (date(2019, 12, 31), False), (date(2020, 1, 1), True), (date(2025, 10, 31), True),
])
def test_repair_start_edges_2020(rule, since, ok):
    verdict = repair(rule, since)
    assert verdict.eligible is ok
    assert verdict.reasons == (("repaid_early",) if ok else ("arose_before",))
    assert verdict.hidden_by == (date(2026, 1, 1) if ok else None)


@pytest.mark.parametrize("since, ok", [(date(2025, 12, 31), True), (date(2026, 1, 1), False)])
def test_repair_start_edges_2025(rule, since, ok):
    verdict = repair(rule, since, repaid=date(2026, 1, 15))
    assert verdict.eligible is ok
    assert verdict.hidden_by == (date(2026, 2, 28) if ok else None)
    assert verdict.reason == ("repaid_in_window" if ok else "arose_after")


@pytest.mark.parametrize("amount, ok", [("10000.00", True), ("10000", True), ("10000.01", False), ("9999.99", True)])
def test_repair_amount_edge(rule, amount, ok):
    verdict = repair(rule, date(2024, 6, 10), amount=amount)
    assert verdict.eligible is ok
    assert verdict.amount_ok is ok
    assert verdict.reason == ("repaid_early" if ok else "amount_over")


@pytest.mark.parametrize("repaid, hidden_by, reason", [
    (date(2025, 11, 30), date(2026, 1, 1), "repaid_early"),
    (date(2025, 12, 1), date(2026, 1, 31), "repaid_in_window"),
    (date(2026, 1, 31), date(2026, 2, 28), "repaid_in_window"),
    (date(2026, 3, 31), date(2026, 4, 30), "repaid_in_window"),
    (date(2026, 4, 1), None, "repaid_too_late"),
])
def test_repair_repayment_edges(rule, repaid, hidden_by, reason):
    verdict = repair(rule, date(2024, 6, 10), repaid=repaid)
    assert verdict.eligible is (hidden_by is not None)
    assert verdict.hidden_by == hidden_by
    assert verdict.reason == reason


def test_repair_lists_every_failed_condition(rule):
    verdict = repair(rule, date(2019, 5, 1), amount="12000", repaid=date(2026, 6, 1))
    assert verdict.reasons == ("arose_before", "amount_over", "repaid_too_late")
    assert not (verdict.arose_ok or verdict.amount_ok or verdict.repaid_ok)


def test_repair_rejects_payment_before_the_overdue_start(rule):
    with pytest.raises(InputError) as err:
        repair(rule, date(2025, 6, 1), repaid=date(2025, 5, 31))
    assert err.value.key == "credit.paid_before_overdue"


def test_repair_amount_is_rounded_to_the_fen(rule):
    assert repair(rule, date(2024, 6, 10), amount="10000.004").eligible
    assert not repair(rule, date(2024, 6, 10), amount="10000.005").eligible  # half-up: 10,000.01


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 3, 31)))
def test_end_of_next_month_property(day):
    end = end_of_next_month(day)
    assert end > day
    assert (end + timedelta(days=1)).day == 1
    assert (end.year * 12 + end.month) - (day.year * 12 + day.month) == 1


# ------------------------------------------------------------------ assess: the whole report

def test_assess_with_repair_and_months():
    report = credit.assess(today=TODAY, paid=date(2026, 3, 15), overdue_since=date(2025, 11, 3), amount=Decimal("3000"))
    assert report.clear.clears_on == date(2031, 3, 15)
    assert report.repair.eligible and report.repair.hidden_by == date(2026, 4, 30) and not report.repair.assumed
    assert [(m.first, m.last, m.days) for m in report.months] == [
        (date(2025, 11, 3), date(2025, 12, 2), 30), (date(2025, 12, 3), date(2026, 1, 2), 31),
        (date(2026, 1, 3), date(2026, 2, 2), 31), (date(2026, 2, 3), date(2026, 3, 2), 28),
        (date(2026, 3, 3), date(2026, 3, 15), 13),
    ]
    assert {f.basis for f in report.effects} == {"reported"}


def test_assess_unpaid_repair_is_assumed_on_today():
    report = credit.assess(today=date(2026, 2, 1), overdue_since=date(2025, 11, 3), amount=Decimal("3000"))
    assert report.repair.assumed and report.repair.hidden_by == date(2026, 3, 31)


@pytest.mark.parametrize("kwargs, key", [
    (dict(paid=date(2025, 10, 1), overdue_since=date(2025, 11, 3)), "credit.paid_before_overdue"),
    (dict(overdue_since=date(2026, 5, 2)), "credit.since_in_future"),
    (dict(amount=Decimal("3000")), "credit.amount_needs_since"),
])
def test_assess_rejects(kwargs, key):
    with pytest.raises(InputError) as err:
        credit.assess(today=TODAY, **kwargs)
    assert err.value.key == key


@given(st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 2000))
def test_overdue_months_partition_the_overdue_days(start, length):
    end = start + timedelta(days=length)
    months = overdue_months(start, end)
    assert months[0].first == start and months[-1].last == end
    assert sum(m.days for m in months) == length + 1
    for previous, month in zip(months, months[1:]):
        assert month.first == previous.last + timedelta(days=1)
        assert month.number == previous.number + 1
    assert all(1 <= m.days <= 31 for m in months)


# ------------------------------------------------------------------ checks and objections

def test_quarterly_checks_from_a_month_end():
    assert check_dates(date(2026, 1, 31), 3, 4) == (date(2026, 1, 31), date(2026, 4, 30), date(2026, 7, 31), date(2026, 10, 31))
    assert credit.monitor(start=date(2026, 11, 30)).checks == (
        date(2026, 11, 30), date(2027, 2, 28), date(2027, 5, 30), date(2027, 8, 30))


@pytest.mark.parametrize("filed, deadline, moved, seed", [
    (date(2026, 1, 12), date(2026, 2, 1), date(2026, 2, 2), date(2026, 2, 2)),  # deadline on a Sunday
    # Spring Festival 15-23 Feb; Saturday 14 Feb is a swapped working day, counted among the 15
    (date(2026, 1, 30), date(2026, 2, 19), date(2026, 2, 24), date(2026, 2, 27)),
    (date(2026, 1, 31), date(2026, 2, 20), date(2026, 2, 24), date(2026, 2, 27)),
    (date(2026, 2, 10), date(2026, 3, 2), None, date(2026, 3, 9)),  # 14 and 28 Feb (Saturdays) are working days
    (date(2026, 9, 11), date(2026, 10, 1), date(2026, 10, 8), date(2026, 10, 9)),  # National Day
    (date(2026, 9, 20), date(2026, 10, 10), None, date(2026, 10, 16)),  # Saturday 10 Oct is a swapped working day
    (date(2026, 11, 8), date(2026, 11, 28), date(2026, 11, 30), date(2026, 11, 27)),  # a Saturday
])
def test_objection_deadlines(filed, deadline, moved, seed):
    report = credit.objection(today=filed, filed=filed)
    assert (report.deadline, report.answer.moved_to, report.seed_date) == (deadline, moved, seed)
    assert report.complain_on == deadline + timedelta(days=1)
    assert report.complaint_answer_by == deadline + timedelta(days=31)
    assert (report.days_left, report.passed, report.calendar_known) == (20, False, True)


def test_objection_past_the_holiday_data_counts_weekends_only():
    """The calendar knows 2026 at most: 1 January 2027 (a public holiday) counts as a working day, and it says so."""
    report = credit.objection(today=date(2026, 12, 11), filed=date(2026, 12, 11))
    assert (report.deadline, report.answer.moved_to, report.seed_date) == (date(2026, 12, 31), None, date(2027, 1, 1))
    assert report.calendar_known is False
    later = credit.objection(today=date(2027, 3, 1), filed=date(2027, 3, 1))
    assert (later.deadline, later.answer.moved_to, later.answer.calendar_known) == (date(2027, 3, 21), date(2027, 3, 22), False)


def test_objection_passed_and_future_filing():
    assert credit.objection(today=date(2026, 2, 2), filed=date(2026, 1, 12))[3:5] == (0, True)
    assert credit.objection(today=date(2026, 2, 1), filed=date(2026, 1, 12))[3:5] == (0, False)
    with pytest.raises(InputError) as err:
        credit.objection(today=date(2026, 1, 11), filed=date(2026, 1, 12))
    assert err.value.key == "credit.filed_in_future"


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 11, 1)), st.integers(1, 40))
def test_working_days_property(start, n):
    """Against chinese-calendar itself: the n-th working day is one, and n working days lie in between."""
    import chinese_calendar

    end, known = add_working_days(start, n)
    assert known and chinese_calendar.is_workday(end)
    assert sum(chinese_calendar.is_workday(start + timedelta(days=k)) for k in range(1, (end - start).days + 1)) == n
