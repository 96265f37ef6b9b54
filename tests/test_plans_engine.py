"""The plan engine with exact, hand-checked figures and dates, and its invariants (hypothesis)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huabei_assist import plans
from huabei_assist.errors import InputError

START = date(2026, 1, 15)


def test_seed_example_20000_over_40_is_500_of_principal_and_a_cost_to_be_agreed():
    p = plans.build_plan(D("20000"), 40, start=START)
    assert p.kind == "negotiated" and p.to_be_agreed and not p.priced
    assert {r.principal for r in p.schedule} == {D("500.00")}
    assert p.rate is None and not p.over_cap(D("0.24"))  # no price: not 0%
    assert (p.first_due, p.last_due) == (date(2026, 2, 10), date(2029, 5, 10))


def test_an_explicit_zero_rate_is_a_price_of_zero():
    p = plans.build_plan(D("20000"), 40, start=START, fee_rate=D("0"))
    assert not p.to_be_agreed and p.payment_per_period == D("500.00")
    assert p.total_fee == D("0.00") and p.total_paid == D("20000.00")
    assert (p.rate.apr, p.rate.effective, p.rate.xirr, p.rate.monthly) == (0, 0, 0, 0.0)


@pytest.mark.parametrize("periods, fee, first, last, apr, eff", [
    # 20000 x 2.5% = 500; 20000/3 = 6666.67 (last 6666.66), 500/3 = 166.67 (last 166.66)
    (3, "500.00", "6833.34", "6833.32", "0.1494", "0.1600"),
    (6, "900.00", "3483.33", "3483.35", "0.1527", "0.1638"),
    (9, "1300.00", "2366.66", "2366.72", "0.1534", "0.1647"),
    (12, "1760.00", "1813.34", "1813.26", "0.1586", "0.1707"),
])
def test_list_price_installments(periods, fee, first, last, apr, eff):
    p = plans.build_plan(D("20000"), periods, start=START)
    assert p.kind == "installment" and p.list_price
    assert p.total_fee == D(fee)
    assert p.schedule[0].payment == D(first) and p.schedule[-1].payment == D(last)
    assert (p.rate.apr, p.rate.effective) == (D(apr), D(eff))
    assert not p.over_cap(D("0.24"))


def test_installment_apr_agrees_with_numpy_financial_when_installed():
    npf = pytest.importorskip("numpy_financial")
    p = plans.build_plan(D("20000"), 12, start=START)
    ref = npf.irr([-20000.0] + [float(r.payment) for r in p.schedule])
    assert abs(p.rate.monthly - ref) < 1e-9


def test_installment_at_own_fee_rate_any_period_count():
    p = plans.installment(D("1000"), 7, start=START, fee_rate=D("0.07"))
    assert p.total_fee == D("70.00") and p.fee_rate == D("0.07") and not p.list_price
    assert [r.fee for r in p.schedule] == [D("10.00")] * 7
    assert p.schedule[0].principal == D("142.86") and p.schedule[-1].principal == D("142.84")


def test_no_list_price_without_fee_rate():
    with pytest.raises(InputError) as exc:
        plans.installment(D("1000"), 7, start=START)
    assert exc.value.key == "plan.no_list_price"


def test_negotiated_annual_rate_equal_payments():
    p = plans.negotiated(D("12000"), 12, start=START, annual_rate=D("0.12"))
    # 12000 x 0.01 / (1 - 1.01^-12) = 1066.1854... -> 1066.19
    assert p.payment_per_period == D("1066.19")
    assert p.schedule[0].fee == D("120.00") and p.schedule[0].principal == D("946.19")
    assert p.schedule[-1].remaining == D("0.00")
    assert p.rate.apr == D("0.1200")


def test_negotiated_waiver_then_down_payment():
    p = plans.negotiated(D("10000"), 10, start=START, waiver=D("1000"), down_payment=D("2000"))
    assert p.principal == D("7000.00") and p.payment_per_period == D("700.00")
    assert p.total_paid == D("9000.00")


def test_over_24_percent_is_flagged():
    p = plans.negotiated(D("10000"), 12, start=START, fee_rate=D("0.20"))
    assert p.rate.apr > D("0.24") and p.over_cap(D("0.24"))


@pytest.mark.parametrize("kwargs, key", [
    ({"periods": 61}, "plan.periods_over_cap"),
    ({"periods": 0}, "plan.periods_too_few"),
    ({"periods": 12, "fee_rate": D("0.1"), "annual_rate": D("0.1")}, "plan.fee_and_annual"),
    ({"periods": 12, "down_payment": D("20000")}, "plan.nothing_financed"),
    ({"periods": 12, "fee_rate": D("1")}, "common.rate_out_of_range"),
    ({"periods": 12, "annual_rate": D("-0.1")}, "common.rate_out_of_range"),
])
def test_negotiated_rejects(kwargs, key):
    with pytest.raises(InputError) as exc:
        plans.negotiated(D("20000"), start=START, **kwargs)
    assert exc.value.key == key


def test_minimum_repayment_exact():
    p = plans.minimum(D("20000"), start=START)
    assert p.payment_per_period == D("2000.00")
    assert p.schedule[1].fee == D("252.00")  # 18000 x 0.05% x 28 days (10 Feb - 10 Mar 2026)
    assert p.periods == 11 and p.total_fee == D("1490.16") and p.schedule[-1].remaining == D("0.00")
    assert not p.never_ends


def test_minimum_repayment_that_never_ends():
    p = plans.minimum(D("20000"), start=START, payment=D("200"))
    assert p.never_ends and p.rate is None and p.below_minimum
    assert p.schedule[1].fee == D("277.20")  # 19800 x 0.05% x 28


@pytest.mark.parametrize("start, due_day, expected", [
    (date(2026, 1, 15), 31, [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]),
    (date(2028, 1, 15), 30, [date(2028, 2, 29), date(2028, 3, 30), date(2028, 4, 30)]),
    (date(2028, 1, 31), 29, [date(2028, 2, 29), date(2028, 3, 29), date(2028, 4, 29)]),
    (date(2027, 1, 1), 29, [date(2027, 2, 28), date(2027, 3, 29), date(2027, 4, 29)]),
    (date(2026, 11, 30), 31, [date(2026, 12, 31), date(2027, 1, 31), date(2027, 2, 28)]),
])
def test_due_days_past_month_end(start, due_day, expected):
    assert plans.due_dates(start, due_day, 3) == expected


@pytest.mark.parametrize("day", [0, 32, -1])
def test_bad_due_day(day):
    with pytest.raises(InputError) as exc:
        plans.due_dates(START, day, 3)
    assert exc.value.key == "plan.bad_due_day"


def test_settle_now():
    s = plans.settle_now(D("10000"), 200, D("0.0005"), waiver=D("700"))
    assert s == plans.Settlement(D("10000.00"), D("1000.00"), D("700.00"), D("10300.00"))
    assert plans.settle_now(D("10000"), 10, D("0.0005"), waiver=D("999")).waiver == D("50.00")


def test_waiver_estimate_eligible_and_not():
    est = plans.waiver_estimate(amount=D("10000"), today=date(2026, 8, 1), since=date(2026, 1, 14), proof="medical")
    assert est.days_overdue == 200 and est.penalty == D("1000.00")
    assert est.eligible and (est.low, est.high) == (D("500.00"), D("700.00"))
    assert (est.settle_low.total, est.settle_high.total) == (D("10300.00"), D("10500.00"))
    assert est.eligible_from == date(2026, 7, 15)
    early = plans.waiver_estimate(amount=D("10000"), today=date(2026, 7, 14), since=date(2026, 1, 14), proof="medical")
    assert not early.months_ok and not early.eligible and early.low == 0
    no_proof = plans.waiver_estimate(amount=D("10000"), today=date(2026, 8, 1), since=date(2026, 1, 14))
    assert no_proof.months_ok and not no_proof.eligible


def test_waiver_groups_and_job_loss():
    est = plans.waiver_estimate(amount=D("10000"), today=date(2026, 8, 1), since=date(2026, 1, 14),
                                penalty=D("1500"), group="illness", job_loss=True)
    assert est.group.interest_cap == D("5000.00")
    assert (est.group.deferral_until_min, est.group.deferral_until_max) == (date(2027, 8, 1), date(2029, 8, 1))
    assert est.job_loss.reduction == D("600.00") and est.job_loss.penalty_after == D("900.00")
    assert est.job_loss.pause_until == date(2026, 11, 1)
    with pytest.raises(InputError):
        plans.waiver_estimate(amount=D("1"), today=date(2026, 8, 1), since=date(2026, 1, 1), group="pilot")


def test_budget_split_fit_payoff_and_guard():
    b = plans.budget(income=D("6000"), start=START, bill=D("20000"), balance=D("1000"), plan_payment=D("1813.34"))
    assert (b.needs, b.debt, b.savings) == (D("3000.00"), D("1800.00"), D("1200.00"))
    assert b.fits is False and b.guard_line == D("4000.00") and b.guard_alert is True
    assert b.payoff.periods == 13 and b.payoff.last_due == date(2027, 2, 10)
    odd = plans.budget(income=D("1000.01"), start=START)
    assert odd.needs + odd.debt + odd.savings == D("1000.01")


def test_irr_solver_checks():
    assert plans.monthly_irr(D("100"), [D("50"), D("50")]) == 0.0
    with pytest.raises(ValueError):
        plans.monthly_irr(D("100"), [D("40"), D("50")])
    i = plans.monthly_irr(D("100"), [D("110")])
    assert abs(i - 0.10) < 1e-12
    i = plans.monthly_irr(D("1000"), [D("600"), D("600")])
    assert abs(plans.present_value(i, [600.0, 600.0]) - 1000.0) < 1e-6


# --- invariants ---------------------------------------------------------------------------------

amounts = st.decimals(min_value=D("0.01"), max_value=D("1000000"), places=2)
period_counts = st.integers(min_value=1, max_value=60)
rates = st.decimals(min_value=D("0"), max_value=D("0.5"), places=4)


@settings(max_examples=150, deadline=None)
@given(amounts, period_counts, rates)
def test_parts_add_up_and_last_remaining_is_zero(amount, periods, rate):
    p = plans.negotiated(amount, periods, start=START, fee_rate=rate)
    assert sum(r.principal for r in p.schedule) == p.principal
    assert sum(r.fee for r in p.schedule) == p.total_fee == (p.principal * rate).quantize(D("0.01"), "ROUND_HALF_UP")
    assert all(r.payment == r.principal + r.fee for r in p.schedule)
    assert all(r.principal >= 0 and r.fee >= 0 for r in p.schedule)
    assert p.schedule[-1].remaining == D("0.00")
    assert p.total_paid == p.principal + p.total_fee


@settings(max_examples=100, deadline=None)
@given(amounts, period_counts, st.decimals(min_value=D("0.0001"), max_value=D("0.9"), places=4))
def test_amortized_parts_add_up(amount, periods, annual):
    p = plans.negotiated(amount, periods, start=START, annual_rate=annual)
    assert sum(r.principal for r in p.schedule) == p.principal
    assert p.schedule[-1].remaining == D("0.00")


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=D("100"), max_value=D("1000000"), places=2), st.integers(2, 60))
def test_apr_is_zero_exactly_without_fee(amount, periods):
    p = plans.negotiated(amount, periods, start=START, fee_rate=D(0))
    assert p.rate.monthly == 0.0 and p.rate.apr == D("0.0000")


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=D("1000"), max_value=D("1000000"), places=2), st.integers(2, 60),
       st.decimals(min_value=D("0.001"), max_value=D("0.4"), places=3))
def test_apr_positive_with_fee_and_rises_with_it(amount, periods, rate):
    low = plans.negotiated(amount, periods, start=START, fee_rate=rate)
    high = plans.negotiated(amount, periods, start=START, fee_rate=rate + D("0.01"))
    assert low.rate.monthly > 0
    assert high.rate.monthly > low.rate.monthly
    assert high.rate.apr >= low.rate.apr


@settings(max_examples=60, deadline=None)
@given(st.decimals(min_value=D("1"), max_value=D("100000"), places=2),
       st.decimals(min_value=D("0.01"), max_value=D("0.9"), places=2))
def test_minimum_plan_principal_adds_up(amount, share):
    p = plans.minimum(amount, start=START, payment=max(D("0.01"), (amount * share).quantize(D("0.01"))))
    if not p.never_ends:
        assert sum(r.principal for r in p.schedule) == p.principal
        assert p.schedule[-1].remaining == D("0.00")
        assert p.total_paid == p.principal + p.total_fee


@settings(max_examples=300, deadline=None)
@given(
    c=st.integers(min_value=100, max_value=5_000_000),
    extra=st.integers(min_value=-99, max_value=99),
    n=st.integers(min_value=2, max_value=60),
    x=st.floats(min_value=1e-4, max_value=0.5),  # the solver sums the terms below 1e-4
)
def test_level_closed_form_matches_the_plain_sum(c, extra, n, x):
    """The O(1) closed form for equal payments (all but the last) gives the discounting sum."""
    from huabei_assist.plans.rate import _pv_level, _pv_sum

    cf = [c / 100] * (n - 1) + [(c + extra) / 100]
    pv_fast, slope_fast = _pv_level(x, cf[0], cf[-1], n)
    pv_sum, slope_sum = _pv_sum(x, cf)
    assert pv_fast == pytest.approx(pv_sum, rel=1e-9)
    assert slope_fast == pytest.approx(slope_sum, rel=1e-7)


def test_level_and_uneven_payments_give_the_same_rate():
    # 12 x 1813.34 with a last of 1813.26 (20,000 at the 12-period list price): the fast path
    level = [D("1813.34")] * 11 + [D("1813.26")]
    assert plans.annual_rate(D("20000"), level).apr == D("0.1586")
    # an uneven plan takes the plain sum and still converges to a rate that discounts back
    uneven = [D("5000"), D("8000"), D("9000")]
    i = plans.monthly_irr(D("20000"), uneven)
    assert abs(plans.present_value(i, [5000.0, 8000.0, 9000.0]) - 20000.0) < 1e-5


def test_a_batch_reads_the_data_once_and_single_plans_see_edits_at_once(data_copy):
    from huabei_assist.plans.batch import run as run_batch
    from tests.conftest import edit_text

    rows = [(1, {"amount": "1000", "periods": "48", "kind": "negotiated"}),
            (2, {"amount": "1000", "periods": "48", "kind": "negotiated"})]
    results = run_batch(rows, default_start=date(2026, 1, 15))
    assert next(results).error is None
    edit_text(data_copy / "plans.toml", "negotiated_max_periods = 60", "negotiated_max_periods = 36")
    assert next(results).error is None  # same batch, same reading: 48 periods still allowed
    with pytest.raises(InputError) as caught:  # outside a batch the edit counts at once
        plans.build_plan(D("1000"), 48, kind="negotiated", start=date(2026, 1, 15))
    assert caught.value.key == "plan.periods_over_cap" and caught.value.params["limit"] == 36
