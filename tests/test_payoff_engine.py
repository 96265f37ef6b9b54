"""The payoff engine (issue 13): hand-worked examples to the fen, the risk order, budgets below the
minimums, input errors, and the rules taken from the knowledge base. Figures are worked in
docs/payoff.md."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal as D

import pytest

from huabei_assist import payoff as po
from huabei_assist.errors import InputError
from huabei_assist.i18n import t

START = date(2027, 1, 1)


@pytest.fixture(scope="module")
def rules():
    return po.rules_from()


def rows(p: po.Payoff) -> list[tuple]:
    return [(m.month, [(x.debt, str(x.date), str(x.minimum), str(x.amount), str(x.cost), str(x.balance_after))
                       for x in m.payments]) for m in p.months]


def two_loans():
    return [po.Debt("card", "card", D("600"), po.Cost("annual", D("0.12")), po.Minimum(fixed=D("100"))),
            po.Debt("loan", "loan", D("1000"), po.Cost("annual", D("0.24")), po.Minimum(fixed=D("100")))]


def test_rules_come_from_the_knowledge_base(rules):
    assert rules.stage_starts == (1, 31, 91, 181)
    assert (rules.lawsuit_day, rules.lawsuit_amount) == (181, D("5000.00"))
    assert (rules.huabei_daily_fee, rules.huabei_minimum_share) == (D("0.0005"), D("0.10"))
    assert (rules.cap, rules.credit_years, rules.default_due_day, rules.max_plan_periods) == (D("0.24"), 5, 10, 60)
    assert rules.fact("daily_fee") == "overdue-fee" and rules.fact("credit") == "credit-5-years"


def test_rules_from_takes_any_books_object(rules):
    """The knowledge-base object of issue 10 has the same attributes; an edited book is used as given."""
    books = po.TodayBooks()
    stages = books.stages
    edited = stages._replace(thresholds=tuple(th._replace(min_amount=D("3000")) if th.id == "litigation" else th
                                              for th in stages.thresholds))

    class Books:
        pass

    fake = Books()
    fake.stages, fake.product, fake.plans, fake.credit = edited, books.product, books.plans, books.credit
    assert po.rules_from(fake).lawsuit_amount == D("3000")
    assert po.rules_from(fake)._replace(lawsuit_amount=D("5000.00")) == rules


def test_avalanche_by_hand(rules):
    p = po.payoff(two_loans(), D("500"), "avalanche", date(2027, 1, 15), rules=rules)
    assert rows(p) == [
        ("2027-02", [("card", "2027-02-10", "100.00", "100.00", "6.00", "506.00"),
                     ("loan", "2027-02-10", "100.00", "400.00", "20.00", "620.00")]),
        ("2027-03", [("card", "2027-03-10", "100.00", "100.00", "5.06", "411.06"),
                     ("loan", "2027-03-10", "100.00", "400.00", "12.40", "232.40")]),
        ("2027-04", [("card", "2027-04-10", "100.00", "262.95", "4.11", "152.22"),
                     ("loan", "2027-04-10", "100.00", "237.05", "4.65", "0.00")]),
        ("2027-05", [("card", "2027-05-10", "100.00", "153.74", "1.52", "0.00")]),
    ]
    assert (p.total_paid, p.total_cost, p.debt_free_on) == (D("1653.74"), D("53.74"), date(2027, 5, 10))
    assert [(d.name, d.cleared_on, d.paid, d.cost) for d in p.debts] == [
        ("card", date(2027, 5, 10), D("616.69"), D("16.69")), ("loan", date(2027, 4, 10), D("1037.05"), D("37.05"))]
    assert p.finished and p.shortfall is None


def test_snowball_by_hand(rules):
    p = po.payoff(two_loans(), D("500"), "snowball", date(2027, 1, 15), rules=rules)
    assert rows(p) == [
        ("2027-02", [("card", "2027-02-10", "100.00", "400.00", "6.00", "206.00"),
                     ("loan", "2027-02-10", "100.00", "100.00", "20.00", "920.00")]),
        ("2027-03", [("card", "2027-03-10", "100.00", "208.06", "2.06", "0.00"),
                     ("loan", "2027-03-10", "100.00", "291.94", "18.40", "646.46")]),
        ("2027-04", [("loan", "2027-04-10", "100.00", "500.00", "12.93", "159.39")]),
        ("2027-05", [("loan", "2027-05-10", "100.00", "162.58", "3.19", "0.00")]),
    ]
    assert (p.total_paid, p.total_cost, p.debt_free_on) == (D("1662.58"), D("62.58"), date(2027, 5, 10))
    assert [d.cleared_on for d in p.debts] == [date(2027, 3, 10), date(2027, 5, 10)]


def worked_example():
    """docs/payoff.md, 'A worked example'."""
    return [po.Debt("花呗", "huabei", D("2000"), since=date(2026, 12, 15)),
            po.Debt("card", "card", D("1500"), po.Cost("annual", D("0.24")), po.Minimum(share=D("0.10")))]


def test_worked_example_risk_stops_the_stage_the_others_let_happen(rules):
    c = po.compare(worked_example(), D("1500"), START, rules=rules)
    risk, avalanche, snowball = c.get("risk"), c.get("avalanche"), c.get("snowball")
    assert rows(risk) == [
        ("2027-02", [("花呗", "2027-02-10", "204.00", "1347.00", "40.00", "693.00"),
                     ("card", "2027-02-10", "153.00", "153.00", "30.00", "1377.00")]),
        ("2027-03", [("花呗", "2027-03-10", "70.27", "702.70", "9.70", "0.00"),
                     ("card", "2027-03-10", "140.45", "797.30", "27.54", "607.24")]),
        ("2027-04", [("card", "2027-04-10", "61.94", "619.38", "12.14", "0.00")]),
    ]
    assert rows(avalanche) == rows(snowball) == [
        ("2027-02", [("花呗", "2027-02-10", "204.00", "204.00", "40.00", "1836.00"),
                     ("card", "2027-02-10", "153.00", "1296.00", "30.00", "234.00")]),
        ("2027-03", [("花呗", "2027-03-10", "186.17", "1261.32", "25.70", "600.38"),
                     ("card", "2027-03-10", "23.87", "238.68", "4.68", "0.00")]),
        ("2027-04", [("花呗", "2027-04-10", "60.97", "609.69", "9.31", "0.00")]),
    ]
    # risk clears 花呗 on 10 March, before stage 3 (day 91 = 15 March); the others clear it on 10 April
    assert [(p.order, p.total_cost, p.days_higher_stage, p.debt_free_on) for p in c.orders] == [
        ("avalanche", D("109.69"), 86, date(2027, 4, 10)),
        ("snowball", D("109.69"), 86, date(2027, 4, 10)),
        ("risk", D("119.38"), 55, date(2027, 4, 10)),
    ]
    huabei = risk.debts[0]
    assert (huabei.stage, huabei.annual_rate, huabei.over_cap) == (1, D("0.1825"), False)
    assert huabei.record_until == date(2032, 3, 10) and risk.records_clear_on == date(2032, 3, 10)
    assert avalanche.debts[0].record_until == date(2032, 4, 10)
    assert risk.debts[1].stage is None and risk.debts[1].record_until is None


def test_risk_brings_a_debt_down_to_the_lawsuit_threshold_first(rules):
    debts = [po.Debt("网贷", "online-loan", D("6000"), po.Cost("daily", D("0.0003")), po.Minimum(share=D("0.10")),
                     since=date(2026, 6, 1)),
             po.Debt("card", "card", D("3000"), po.Cost("annual", D("0.20")), po.Minimum(share=D("0.10")))]
    c = po.compare(debts, D("2000"), START, 1, rules=rules)
    first = {p.order: [(x.debt, str(x.amount), str(x.balance_after)) for x in p.months[0].payments] for p in c.orders}
    assert first["risk"] == [("网贷", "1072.00", "5000.00"), ("card", "928.00", "2122.00")]
    assert first["avalanche"] == first["snowball"] == [("网贷", "607.20", "5464.80"), ("card", "1392.80", "1657.20")]
    assert c.get("risk").debts[0].stage == 4 and not c.get("risk").finished


def test_the_lawsuit_practice_compares_the_whole_debt_principal_plus_fees(rules):
    """Issue 12 item 5: 4,800 of principal is under the reported 5,000 CNY practice, but with 960 of
    fees and 40 days at 0.03% (57.60) the debt on its payment date is 5,817.60: risk pays the 817.60
    that brings it to 5,000.00. Without the fees (4,857.60) nothing is owed above the practice."""
    def first_month(fees: str) -> dict:
        debts = [po.Debt("网贷", "online-loan", D("4800"), po.Cost("daily", D("0.0003")), po.Minimum(share=D("0.10")),
                         since=date(2026, 6, 1), fees=D(fees)),
                 po.Debt("card", "card", D("3000"), po.Cost("annual", D("0.20")), po.Minimum(share=D("0.10")))]
        c = po.compare(debts, D("2000"), START, 1, rules=rules)
        return {p.order: [(x.debt, str(x.amount), str(x.balance_after)) for x in p.months[0].payments] for p in c.orders}

    with_fees, without = first_month("960"), first_month("0")
    assert with_fees["risk"] == [("网贷", "817.60", "5000.00"), ("card", "1182.40", "1867.60")]
    assert with_fees["avalanche"] == [("网贷", "581.76", "5235.84"), ("card", "1418.24", "1631.76")]
    assert without["risk"] == without["avalanche"] == [("网贷", "485.76", "4371.84"), ("card", "1514.24", "1535.76")]


def test_the_lawsuit_practice_counts_the_fees_until_its_day_as_status_does(rules):
    """花呗 5,400 overdue since 2026-10-01: on its payment date 2027-02-10 (day 133) it owes 5,508.00
    (40 days at 0.05%: 108.00); after its minimum 550.80 it owes 4,957.20, under the reported 5,000,
    but the 48 days to day 181 (2027-03-30) add 4,957.20 x 0.05% x 48 = 118.97: 5,076.17 on the
    practice's day. Risk pays the 76.17 over 5,000 besides the minimum; the engine compared the
    4,957.20 of the payment date and paid as avalanche (the card at 24% first). status counts the
    same way, through the same stages.practice_debt: 4,800 on day 100 is 5,234.40 on day 181."""
    from huabei_assist.money import simple_fee
    from huabei_assist.stages import practice_debt
    from huabei_assist.status import assess

    debts = [po.Debt("花呗", "huabei", D("5400"), since=date(2026, 10, 1)),
             po.Debt("card", "card", D("3000"), po.Cost("annual", D("0.24")), po.Minimum(share=D("0.10")))]
    c = po.compare(debts, D("1500"), START, 1, rules=rules)
    assert rows(c.get("risk")) == [("2027-02", [("花呗", "2027-02-10", "550.80", "626.97", "108.00", "4881.03"),
                                                ("card", "2027-02-10", "306.00", "873.03", "60.00", "2186.97")])]
    assert rows(c.get("avalanche")) == [("2027-02", [("花呗", "2027-02-10", "550.80", "550.80", "108.00", "4957.20"),
                                                     ("card", "2027-02-10", "306.00", "949.20", "60.00", "2110.80")])]
    # the one rule, in fen as the engine's loop counts (the fees after the payment date) ...
    assert practice_debt(495720, lambda n: (495720 * 5 * (n - 133) + 5000) // 10000, 133, 181) == (
        507617, 181)
    # ... and in yuan as status counts (every fee from day 1): the same threshold, crossed by the fees
    assert practice_debt(D("4800.00"), lambda n: simple_fee(D("4800.00"), D("0.0005"), n), 100, 181) == (
        D("5234.40"), 181)
    report = assess(today=date(2027, 1, 10), days=100, amount=D("4800"))
    assert (report.debt_compared, report.debt_compared_day, report.litigation.applies) == (D("5234.40"), 181, True)


def test_risk_leaves_an_escalation_out_of_reach_and_pays_by_cost(rules):
    """花呗 4,000 needs 3,672 to be cleared before stage 3; 786 now and 786 once more is not enough."""
    debts = [po.Debt("花呗", "huabei", D("4000"), since=date(2026, 12, 15)),
             po.Debt("card", "card", D("3000"), po.Cost("annual", D("0.24")), po.Minimum(share=D("0.10")))]
    c = po.compare(debts, D("1500"), START, 1, rules=rules)
    assert rows(c.get("risk")) == rows(c.get("avalanche"))
    assert [str(x.amount) for x in c.get("risk").months[0].payments] == ["408.00", "1092.00"]


def test_tie_broken_by_name(rules):
    same = [po.Debt(n, "loan", D("1000"), po.Cost("annual", D("0.1")), po.Minimum(fixed=D("10"))) for n in ("b", "a")]
    for order in po.ORDERS:
        p = po.payoff(same, D("500"), order, START, 1, rules=rules)
        assert [str(x.amount) for x in p.months[0].payments] == ["10.00", "490.00"], order


def test_budget_below_minimums_is_a_shortfall_with_a_plan(rules):
    debts = [po.Debt("花呗", "huabei", D("6000")),
             po.Debt("card", "card", D("4000"), po.Cost("annual", D("0.18")), po.Minimum(fixed=D("400")))]
    p = po.payoff(debts, D("700"), "avalanche", START, rules=rules)
    s = p.shortfall
    assert (s.amount, s.minimums, s.ask, s.periods, s.still_short) == (
        D("312.00"), D("1012.00"), (("花呗", D("100.00")),), 60, D("0.00"))
    assert p.months[0].short == D("312.00") and p.months[0].paid == D("700.00")
    plan = s.plan
    assert plan.finished and plan.debt_free_on == date(2028, 4, 10) and plan.total_cost == D("246.26")
    assert [(x.debt, str(x.amount)) for x in plan.months[0].payments] == [("花呗", "100.00"), ("card", "600.00")]
    assert [(d.name, d.cost, d.cost_to_agree) for d in plan.debts] == [("花呗", D("0.00"), True), ("card", D("246.26"), False)]


def test_shortfall_with_a_given_plan_rate(rules):
    debts = [po.Debt("花呗", "huabei", D("6000"))]
    p = po.payoff(debts, D("300"), "risk", START, rules=rules, plan_rate=D("0.06"))
    assert p.shortfall.ask == (("花呗", D("116.00")),)  # 6,000 over 60 months at 0.5% a month: 115.997 up
    assert p.shortfall.plan.debts[0].cost_to_agree is False and p.shortfall.plan.debts[0].cost > 0
    assert po.plan_payment(D("6000"), 60, None) == D("100.00")


def test_shortfall_that_negotiation_cannot_close(rules):
    debts = [po.Debt("花呗", "huabei", D("6000")),
             po.Debt("card", "card", D("4000"), po.Cost("annual", D("0.18")), po.Minimum(fixed=D("400")))]
    p = po.payoff(debts, D("100"), "avalanche", START, 3, rules=rules)
    assert p.shortfall.ask == (("花呗", D("100.00")), ("card", D("66.67")))
    assert (p.shortfall.amount, p.shortfall.still_short, p.shortfall.plan) == (D("912.00"), D("66.67"), None)
    assert [m.paid for m in p.months] == [D("100.00")] * 3 and not p.finished and p.debt_free_on is None


def test_an_agreed_plan_stops_the_stage_clock(rules):
    debt = po.Debt("花呗", "huabei", D("1200"), since=date(2026, 12, 15), plan=po.AgreedPlan(D("100")))
    p = po.payoff([debt], D("100"), "risk", START, rules=rules)
    assert len(p.months) == 12 and p.total_cost == D("0.00") and p.debt_free_on == date(2028, 1, 10)
    d = p.debts[0]
    assert (d.stage, d.days_higher_stage, d.cost_to_agree, d.record_until) == (1, 0, True, date(2033, 1, 10))


def test_costs_daily_annual_installment(rules):
    debts = [po.Debt("d", "other", D("1000"), po.Cost("daily", D("0.001")), po.Minimum(fixed=D("1"))),
             po.Debt("a", "other", D("1000"), po.Cost("annual", D("0.06")), po.Minimum(fixed=D("1"))),
             po.Debt("i", "other", D("1000"), po.Cost("installment", D("0.006")), po.Minimum(fixed=D("1")))]
    p = po.payoff(debts, D("3"), "avalanche", date(2027, 1, 31), 2, rules=rules)
    assert [[str(x.cost) for x in m.payments] for m in p.months] == [["10.00", "5.00", "6.00"], ["28.00", "5.00", "6.00"]]  # charges bear no charges
    assert [d.annual_rate for d in p.debts] == [D("0.365"), D("0.06"), D("0.144")]
    assert [d.over_cap for d in p.debts] == [True, False, False]


def test_fees_already_charged_are_paid_first_and_bear_no_fee(rules):
    debt = po.Debt("x", "other", D("1000"), po.Cost("daily", D("0.001")), po.Minimum(fixed=D("50")), fees=D("30"))
    p = po.payoff([debt], D("50"), "avalanche", date(2027, 1, 10), 1, rules=rules)
    assert rows(p)[0][1] == [("x", "2027-02-10", "50.00", "50.00", "31.00", "1011.00")]


@pytest.mark.parametrize("change, key", [
    (dict(amount=D("0")), "payoff.money_not_positive"),
    (dict(amount=D("-5")), "payoff.money_not_positive"),
    (dict(amount=D("1e12")), "payoff.bad_money"),
    (dict(amount=D("NaN")), "payoff.bad_money"),
    (dict(amount=1000), "payoff.bad_money"),
    (dict(kind="bank"), "payoff.bad_kind"),
    (dict(name=" "), "payoff.bad_name"),
    (dict(name="x" * 41), "payoff.bad_name"),
    (dict(cost=po.Cost("annual", D("-0.1"))), "payoff.bad_rate"),
    (dict(cost=po.Cost("annual", D("1"))), "payoff.bad_rate"),
    (dict(cost=po.Cost("weekly", D("0.1"))), "payoff.bad_cost_kind"),
    (dict(cost=None), "payoff.need_cost"),
    (dict(minimum=None), "payoff.need_minimum"),
    (dict(minimum=po.Minimum()), "payoff.zero_minimum"),
    (dict(minimum=po.Minimum(fixed=D("-1"))), "payoff.money_negative"),
    (dict(due_day=32), "payoff.bad_due_day"),
    (dict(since=date(2027, 2, 1)), "payoff.since_after_start"),
    (dict(fees=D("-1")), "payoff.money_negative"),
    (dict(plan=po.AgreedPlan(D("0"))), "payoff.money_not_positive"),
])
def test_bad_debt_is_an_input_error_in_both_languages(rules, change, key):
    debt = po.Debt("card", "card", D("1000"), po.Cost("annual", D("0.1")), po.Minimum(fixed=D("10")))._replace(**change)
    with pytest.raises(InputError) as caught:
        po.payoff([debt], D("100"), "avalanche", START, rules=rules)
    assert caught.value.key == key
    assert t(key, "zh", **caught.value.params) != t(key, "en", **caught.value.params)


@pytest.mark.parametrize("kwargs, key", [
    (dict(budget=D("0")), "payoff.bad_budget"),
    (dict(budget=D("0.004")), "payoff.bad_budget"),
    (dict(budget=D("1e9")), "payoff.bad_budget"),
    (dict(order="fastest"), "payoff.bad_order"),
    (dict(months=0), "payoff.bad_months"),
    (dict(months=601), "payoff.bad_months"),
    (dict(months=True), "payoff.bad_months"),
    (dict(plan_rate=D("1.5")), "payoff.bad_plan_rate"),
    (dict(start="2027-01-01"), "payoff.bad_start"),
    (dict(start=date(2101, 1, 1)), "common.date_out_of_range"),
    (dict(debts=[]), "payoff.no_debts"),
    (dict(debts=[po.Debt("花呗", "huabei", D("1"))] * 2), "payoff.duplicate_name"),
    (dict(debts=[po.Debt(f"d{i}", "huabei", D("1")) for i in range(101)]), "payoff.too_many_debts"),
])
def test_bad_run_is_an_input_error(rules, kwargs, key):
    args = dict(debts=[po.Debt("花呗", "huabei", D("100"))], budget=D("100"), order="risk", start=START, months=12)
    args.update(kwargs)
    with pytest.raises(InputError) as caught:
        po.payoff(args.pop("debts"), args.pop("budget"), args.pop("order"), args.pop("start"), args.pop("months"),
                  rules=rules, **args)
    assert caught.value.key == key


def test_datetimes_are_taken_as_their_day(rules):
    from datetime import datetime

    debt = po.Debt("花呗", "huabei", D("2000"), since=datetime(2026, 12, 15, 9, 30))
    p = po.payoff([debt], D("1500"), "risk", datetime(2027, 1, 1, 23, 0), rules=rules)
    assert p.start == START and p.debts[0].stage == 1 and p.months[0].payments[0].cost == D("40.00")


def test_kind_names():
    assert [po.kind_of(x) for x in ("花呗", "借呗", "信用卡", "网贷", "Card", " loan ")] == [
        "huabei", "jiebei", "card", "online-loan", "card", "loan"]
    with pytest.raises(InputError) as caught:
        po.kind_of("mortgage")
    assert caught.value.key == "payoff.bad_kind"


def test_month_dates_agree_with_the_plan_engine():
    from huabei_assist.plans import due_date

    for start in (date(2026, 1, 31), date(2027, 11, 15), date(2028, 2, 29), date(2026, 12, 1)):
        for day in (1, 10, 28, 29, 30, 31):
            assert po.month_dates(start, day, 40) == [due_date(start, day, k) for k in range(1, 41)]


def test_add_years_moves_29_february_to_28():
    assert po.add_years(date(2028, 2, 29), 5) == date(2033, 2, 28)
    assert po.add_years(date(2027, 3, 10), 5) == date(2032, 3, 10)


def test_twenty_debts_over_120_months_is_fast(rules):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        from payoff_scenario import BUDGET, MONTHS, START as BENCH_START, scenario
    finally:
        sys.path.pop(0)
    debts = scenario()
    began = time.perf_counter()
    c = po.compare(debts, BUDGET, BENCH_START, MONTHS, rules=rules)
    elapsed = time.perf_counter() - began
    assert all(p.finished and p.shortfall is None for p in c.orders)
    assert max(len(p.months) for p in c.orders) > 100  # the scenario really runs ~120 months
    assert elapsed < 0.5, f"compare took {elapsed * 1000:.0f} ms"


def test_the_worked_example_in_the_docs_is_what_the_engine_gives(rules):
    """docs/payoff.md's two tables, line by line, from the engine."""
    from huabei_assist.money import display
    from tests.conftest import REPO

    doc = (REPO / "docs" / "payoff.md").read_text(encoding="utf-8")
    lines = {" ".join(line.split()) for line in doc.splitlines()}
    c = po.compare(worked_example(), D("1500"), START, rules=rules)
    for label, p in (("risk", c.get("risk")), ("avalanche, snowball", c.get("avalanche"))):
        for m in p.months:
            cells = {x.debt: [display(x.amount), display(x.cost), display(x.balance_after)] for x in m.payments}
            line = [label, m.month, *cells.get("花呗", ["", "", ""]), *cells.get("card", ["", "", ""])]
            assert " ".join(("| " + " | ".join(line) + " |").split()) in lines, line
    for p in c.orders:
        line = f"| {p.order} | {p.debt_free_on} | {display(p.total_cost)} | {p.days_higher_stage} | {p.debts[0].record_until} |"
        assert line in doc, line


def test_the_largest_input_stays_bounded(rules):
    """100 overdue debts, 600 months, a budget short of the minimums (so a negotiated run too)."""
    from datetime import timedelta

    debts = [po.Debt(f"d{i:03d}", "other", D(2000 + 97 * i), po.Cost("daily", D("0.0004")),
                     po.Minimum(D("0.01"), D("5")), due_day=1 + i % 31, since=date(2026, 12, 31) - timedelta(days=3 * i))
             for i in range(po.MAX_DEBTS)]
    began = time.perf_counter()
    p = po.payoff(debts, D("5000"), "risk", START, po.MAX_MONTHS, rules=rules)
    assert len(p.months) == 600 and p.shortfall is not None and not p.finished
    assert time.perf_counter() - began < 10


def test_short_of_minimums_risk_keeps_a_current_debt_from_going_overdue(rules):
    """Budget 300 against minimums of 352: risk pays the card's whole minimum (missing it would make
    the card overdue and reported); avalanche and snowball pay 花呗's first."""
    debts = [po.Debt("花呗", "huabei", D("1000"), since=date(2026, 12, 15)),
             po.Debt("card", "card", D("4000"), po.Cost("annual", D("0.18")), po.Minimum(fixed=D("250")))]
    c = po.compare(debts, D("300"), START, 1, rules=rules)
    paid = {p.order: [(x.debt, str(x.minimum), str(x.amount)) for x in p.months[0].payments] for p in c.orders}
    assert paid["risk"] == [("花呗", "102.00", "50.00"), ("card", "250.00", "250.00")]
    assert paid["avalanche"] == paid["snowball"] == [("花呗", "102.00", "102.00"), ("card", "250.00", "198.00")]
    assert all(p.shortfall.amount == D("52.00") for p in c.orders)


def test_errors_name_the_field_as_the_commands_will(rules):
    for cost, field in ((po.Cost("daily", D("2")), "daily_fee"), (po.Cost("annual", D("-1")), "annual_rate"),
                        (po.Cost("installment", D("1")), "installment_fee")):
        with pytest.raises(InputError) as caught:
            po.payoff([po.Debt("x", "other", D("1"), cost, po.Minimum(fixed=D("1")))], D("1"), "risk", START, rules=rules)
        assert caught.value.params["field"] == field
        assert t("payoff.bad_rate", "en", **caught.value.params) == \
            f"The debt 'x': {field} must be from 0 up to (not including) 1, got {cost.rate}."
