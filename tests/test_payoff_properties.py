"""The payoff engine's invariants, property-tested: exact to the fen, parts add up to the whole."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huabei_assist import payoff as po

RULES = po.rules_from()
START = date(2027, 1, 1)
FEN = D("0.01")

money = st.integers(min_value=1, max_value=5_000_000).map(lambda fen: D(fen) / 100)
cost = st.one_of(
    st.builds(po.Cost, st.just("daily"), st.integers(0, 20).map(lambda n: D(n) / 10000)),
    st.builds(po.Cost, st.just("annual"), st.integers(0, 36).map(lambda n: D(n) / 100)),
    st.builds(po.Cost, st.just("installment"), st.integers(0, 15).map(lambda n: D(n) / 1000)),
)
minimum = st.builds(po.Minimum, st.integers(0, 20).map(lambda n: D(n) / 100),
                    st.integers(0, 50_000).map(lambda fen: D(fen) / 100)).filter(lambda m: m.share or m.fixed)


@st.composite
def debt(draw, index: int):
    kind = draw(st.sampled_from(po.KINDS))
    huabei_default = kind == "huabei" and draw(st.booleans())
    since = draw(st.none() | st.integers(0, 400).map(lambda n: START - timedelta(days=n)))
    plan = draw(st.none() | st.builds(po.AgreedPlan, money, st.none() | cost))
    return po.Debt(f"d{index}", kind, draw(money), None if huabei_default else draw(cost),
                   None if huabei_default else draw(minimum), draw(st.none() | st.integers(1, 31)), since, plan,
                   draw(st.sampled_from([D(0), D("12.34")])))


debts = st.integers(1, 6).flatmap(lambda n: st.tuples(*(debt(i) for i in range(n))))


def check(p: po.Payoff, debts) -> None:
    owed = {d.name: d.amount + d.fees for d in debts}
    for d in p.debts:
        assert d.owed_at_start == owed[d.name]
    total_paid = total_cost = D(0)
    for m in p.months:
        start_of_month = sum((owed[x.debt] + x.cost for x in m.payments), D(0))
        assert m.paid == sum((x.amount for x in m.payments), D(0))
        assert m.cost == sum((x.cost for x in m.payments), D(0))
        assert m.paid == min(p.budget, start_of_month)  # the budget, or all that is owed
        for x in m.payments:
            for value in (x.amount, x.cost, x.minimum, x.balance_after):
                assert value >= 0 and value == value.quantize(FEN)
            assert owed[x.debt] + x.cost - x.amount == x.balance_after
            assert x.amount <= owed[x.debt] + x.cost
            if not m.short:
                assert x.amount >= x.minimum
            owed[x.debt] = x.balance_after
        total_paid += m.paid
        total_cost += m.cost
    assert (p.total_paid, p.total_cost) == (total_paid, total_cost)
    assert sum((d.paid for d in p.debts), D(0)) == total_paid
    assert sum((d.cost for d in p.debts), D(0)) == total_cost
    if p.finished:
        assert all(v == D("0.00") for v in owed.values())
        assert all(d.owed_at_start + d.cost == d.paid for d in p.debts)
        assert p.debt_free_on == max(d.cleared_on for d in p.debts) == max(x.date for x in p.months[-1].payments)
    else:
        assert p.debt_free_on is None and any(v > 0 for v in owed.values())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(debts, money, st.sampled_from(po.ORDERS), st.integers(1, 120))
def test_every_month_adds_up(debts, budget, order, months):
    p = po.payoff(list(debts), budget, order, START, months, rules=RULES)
    check(p, debts)
    if p.shortfall is not None:
        assert p.shortfall.amount == p.months[0].short > 0
        if p.shortfall.plan is not None:
            assert p.shortfall.still_short == 0 and p.shortfall.plan.months[0].short == 0
            check(p.shortfall.plan, debts)  # the same debts, some on the plans asked for


@settings(max_examples=40, deadline=None)
@given(debts, st.sampled_from(po.ORDERS))
def test_a_budget_of_everything_clears_every_debt_in_the_first_month(debts, order):
    budget = D(100_000_000)
    p = po.payoff(list(debts), budget, order, START, 1, rules=RULES)
    assert p.finished and len(p.months) == 1
    check(p, debts)


@settings(max_examples=40, deadline=None)
@given(debts, money, st.sampled_from(po.ORDERS), st.randoms(use_true_random=False))
def test_the_order_of_the_input_list_changes_nothing(debts, budget, order, random):
    """Ties are broken by name, never by position: a shuffled list gives the same run, debt by debt."""
    shuffled = list(debts)
    random.shuffle(shuffled)
    a = po.payoff(list(debts), budget, order, START, 60, rules=RULES)
    b = po.payoff(shuffled, budget, order, START, 60, rules=RULES)
    assert sorted(a.debts) == sorted(b.debts)
    assert [sorted(m.payments) for m in a.months] == [sorted(m.payments) for m in b.months]
    assert (a.total_paid, a.total_cost, a.debt_free_on) == (b.total_paid, b.total_cost, b.debt_free_on)
    assert (a.shortfall and a.shortfall[:5]) == (b.shortfall and b.shortfall[:5])
