"""Issue 12, items 7 and 8: negotiated plans have no price until agreed; the real cost of what the app shows.

The rates are checked against computations written here, independent of the engine: a bisection on
the monthly IRR (payments discounted month by month) and on the date-based rate (XIRR: each payment
discounted by its actual days from the start, actual/365), both rounded half-up to 4 places.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from io import StringIO

import pytest

from huabei_assist import plans
from huabei_assist.i18n import t

D = Decimal


def places(x: float) -> str:
    return str(Decimal(repr(x)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))


def bisect(f, lo: float, hi: float) -> float:
    """The root of a decreasing f in [lo, hi], to the last bit."""
    for _ in range(200):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def monthly_irr(principal: str, payments: list[str]) -> float:
    cf = [float(p) for p in payments]
    return bisect(lambda i: sum(c / (1 + i) ** k for k, c in enumerate(cf, 1)) - float(principal), 0.0, 10.0)


def xirr(principal: str, start: date, rows: list[tuple[str, str]]) -> float:
    """rows: (due date ISO, payment)."""
    flows = [((date.fromisoformat(d) - start).days / 365, float(c)) for d, c in rows]
    return bisect(lambda r: sum(c * (1 + r) ** -tk for tk, c in flows) - float(principal), 0.0, 1e15)


def plan_json(run, *args: str) -> dict:
    r = run("plan", *args, "--json")
    assert r.code == 0, r.err
    return json.loads(r.out)


# --- item 8: the cost of what the app shows --------------------------------------------------------

@pytest.mark.parametrize(("args", "expected"), [
    # 6,000 over 3 at 2,050 a period, first due 10 days after the start (FACTS.md section 3's example)
    (("--amount", "6000", "--periods", "3", "--payment", "2050", "--start", "2026-01-31"),
     ("installment", "150.00", "0.1494", "0.1600", "0.2614", 10, True)),
    (("--amount", "6000", "--periods", "12", "--payment", "560", "--start", "2026-01-15"),
     ("installment", "720.00", "0.2146", "0.2370", "0.2453", 26, False)),
    (("--amount", "10000", "--periods", "24", "--fee-per-period", "60", "--start", "2026-03-05", "--due-day", "8"),
     ("negotiated", "1440.00", "0.1327", "0.1410", "0.1394", 34, False)),
    (("--amount", "1234.56", "--periods", "7", "--payment", "190.01", "--start", "2026-06-30", "--due-day", "31"),
     ("negotiated", "95.51", "0.2278", "0.2532", "0.2504", 31, False)),
])
def test_reverse_apr_and_xirr_match_independent_computations(run, args, expected):
    data = plan_json(run, *args)
    kind, fee, apr, effective, dated, days, warning = expected
    assert (data["kind"], data["total_fee"], data["apr"], data["effective_annual_rate"], data["xirr"],
            data["first_period_days"], data["first_period_warning"]) == expected
    payments = [row["payment"] for row in data["schedule"]]
    i = monthly_irr(data["principal"], payments)
    assert places(i * 12) == apr and places((1 + i) ** 12 - 1) == effective
    start = date.fromisoformat(args[args.index("--start") + 1])
    assert places(xirr(data["principal"], start, [(r["due_date"], r["payment"]) for r in data["schedule"]])) == dated
    # the schedule is the app's: every period pays what it shows, the principal adds up exactly
    if "--payment" in args:
        assert set(payments) == {args[args.index("--payment") + 1] + (".00" if "." not in args[args.index("--payment") + 1] else "")}
    else:
        assert {row["fee"] for row in data["schedule"]} == {"60.00"}
    assert sum(D(row["principal"]) for row in data["schedule"]) == D(data["principal"])


def test_reverse_apr_against_numpy_financial():
    npf = pytest.importorskip("numpy_financial")
    p = plans.build_plan(D("6000"), 12, start=date(2026, 1, 15), payment=D("560"))
    reference = npf.irr([-6000.0] + [560.0] * 12)
    assert abs(p.rate.monthly - reference) < 1e-9
    assert p.rate.apr == D(places(reference * 12)) == D("0.2146")


def test_the_date_based_rate_of_the_facts_sheet_example_in_both_languages(run):
    args = ("plan", "--amount", "6000", "--periods", "3", "--start", "2026-01-31")
    en = run(*args, "--lang", "en").out
    assert "Date-based annual rate (XIRR, actual/365)  26.14%" in en
    assert ("* The first period is 10 days (not 20-40): IRR x 12 assumes every period is a month; counted over the "
            "actual due dates the annual rate is 26.14%, not 16.00% (effective) or 14.94% (nominal).") in en
    zh = run(*args).out
    assert ("* 第一期为10天（不在20-40天之间）：IRR×12 假定每期都是一个月；按实际还款日计算，年化利率是 26.14%，"
            "而不是 16.00%（实际年化）或 14.94%（名义年化）。") in zh


@pytest.mark.parametrize(("start", "due_day", "days", "warned"), [
    ("2026-01-22", "10", 19, True),
    ("2026-01-21", "10", 20, False),
    ("2026-01-01", "10", 40, False),
    ("2026-01-01", "11", 41, True),
])
def test_the_first_period_warning_at_19_20_40_41_days(run, start, due_day, days, warned):
    args = ("--amount", "6000", "--periods", "6", "--start", start, "--due-day", due_day)
    data = plan_json(run, *args)
    assert (data["first_period_days"], data["first_period_warning"]) == (days, warned)
    text = run("plan", *args, "--lang", "en").out
    assert (f"* The first period is {days} days (not 20-40)" in text) is warned
    compare = run("plan", "compare", "--amount", "6000", "--periods", "6", "--start", start, "--due-day", due_day,
                  "--format", "csv", "--lang", "en").out.splitlines()
    assert compare[1].split(",")[7].endswith(" ≠") is warned  # the XIRR column


def test_payment_and_fee_per_period_errors(run):
    r = run("plan", "--amount", "6000", "--periods", "3", "--payment", "1000", "--lang", "en")
    assert (r.code, r.err) == (2, "3 payments of 1000.00 add up to 3000.00, less than the principal 6000.00: check "
                                  "the payment per period the app shows.\n")
    r = run("plan", "--amount", "6000", "--periods", "3", "--payment", "1000")
    assert r.err == "3期每期 1000.00，共 3000.00，少于本金 6000.00：请核对支付宝显示的每期应还金额。\n"
    r = run("plan", "--amount", "6000", "--periods", "3", "--payment", "2100", "--fee-per-period", "50", "--lang", "en")
    assert (r.code, r.err) == (2, "Give --payment or --fee-per-period, not both: both come from the same installment "
                                  "the app shows.\n")
    r = run("plan", "--amount", "6000", "--periods", "24", "--fee-per-period", "50", "--annual-rate", "0.1")
    assert (r.code, r.err) == (2, "--annual-rate 不能和 --fee-per-period 同时给出：--fee-per-period 已经决定了这个计划的费用。\n")
    r = run("plan", "--amount", "6000", "--kind", "minimum", "--fee-per-period", "50", "--lang", "en")
    assert (r.code, r.err) == (2, "--fee-per-period does not apply to a minimum plan; drop it or choose another --kind.\n")


def test_help_shows_the_new_options(run_process):
    text = " ".join(run_process("plan", "--help", "--lang", "en").out.split())
    assert "--payment CNY Installment or negotiated plan: the payment per period the app shows" in text
    assert "--fee-per-period CNY Installment or negotiated plan: the fee per period the app shows" in text
    text = "".join(run_process("plan", "--help").out.split())
    assert "--fee-per-periodCNY账单分期或协商分期：支付宝显示的每期手续费（元）" in text


# --- item 7: negotiated plans have no price until agreed -------------------------------------------

def test_compare_json_negotiated_rows_without_a_rate_are_null(run):
    data = plan_json(run, "compare", "--amount", "6000")
    negotiated = [p for p in data["plans"] if p["kind"] == "negotiated"]
    assert [p["periods"] for p in negotiated] == [24, 36, 60]
    for p in negotiated:
        assert p["cost_to_be_agreed"] is True
        assert [p[k] for k in ("apr", "effective_annual_rate", "xirr", "total_fee", "total_paid",
                               "payment_per_period")] == [None] * 6
    assert all(p["apr"] is not None for p in data["plans"] if p["kind"] == "installment")
    priced = plan_json(run, "compare", "--amount", "6000", "--annual-rate", "0.1", "--start", "2026-01-15")
    assert [p["apr"] for p in priced["plans"] if p["kind"] == "negotiated"] == ["0.1000", "0.1000", "0.1000"]


def test_compare_table_says_in_each_negotiated_row_that_it_must_be_negotiated(run):
    args = ("plan", "compare", "--amount", "6000", "--periods", "12,24", "--start", "2026-01-15")
    en = run(*args, "--lang", "en").out.splitlines()
    row = next(line for line in en if line.startswith("24 "))
    assert row.split() == ["24", "negotiated", "plan:", "must", "be", "negotiated,", "may", "be", "refused", "250.00",
                           "+", "the", "agreed", "cost", "to", "be", "agreed", "to", "be", "agreed", "cost", "to",
                           "be", "agreed", "to", "be", "agreed", "to", "be", "agreed", "2028-01-10"]
    zh = run(*args).out.splitlines()
    row = next(line for line in zh if line.startswith("24 "))
    assert row.split() == ["24", "协商分期：须与花呗协商，可能被拒绝", "250.00", "+", "待协商费用", "待协商", "待协商",
                           "费用待协商", "待协商", "待协商", "2028-01-10"]
    assert "0.00%" not in "\n".join(zh)


def test_a_single_negotiated_plan_without_a_rate_shows_cost_to_be_agreed(run):
    text = run("plan", "--amount", "20000", "--periods", "40", "--start", "2026-01-15", "--lang", "en").out
    assert "Payment per period                         500.00 + the agreed cost" in text
    assert "Nominal APR (IRR x 12)                     cost to be agreed" in text
    assert "0.00%" not in text and t("plan.note_to_be_agreed", "en") in text
    assert "1       2026-02-10  500.00     to be agreed    to be agreed  19,500.00" in text


def test_more_than_60_periods_cites_article_70_with_its_basis(run):
    r = run("plan", "--amount", "1000", "--periods", "61")
    assert (r.code, r.err) == (2, "期数不能超过60期（收到 61）。这个上限取自《商业银行信用卡业务监督管理办法》(2011) 第70条（法规）："
                                  "银行可以与持卡人协商最长5年的个性化分期；该条约束发卡银行，花呗不是银行信用卡，本工具只把它作为参照。"
                                  "请用 --periods 60 或更少。\n")


def test_article_70_is_not_listed_under_your_rights(run):
    for days in (0, 15, 45, 120, 200):
        data = json.loads(run("status", "--days", str(days), "--json").out)
        assert "negotiation-70" not in {f["id"] for f in data["rights"]}


# 100x the amount overflowed the effective rate, (1 + IRR)^12 - 1 (an internal error, exit 1); a
# tiny amount too: one fen a period always fits it; a negotiated plan bounds what is left to spread.
@pytest.mark.parametrize("args, err", [
    (("--amount", "100", "--periods", "3", "--payment", "20000", "--lang", "en"),
     "--payment 20000.00 is out of range: for 100.00 over 3 periods the payment per period is from 33.34 to 366.66 "
     "(fees at most 10 times the principal). Check the payment per period the app shows."),
    (("--amount", "100", "--periods", "3", "--payment", "20000"),
     "--payment 20000.00 超出范围：本金 100.00 分3期，每期应还金额须在 33.34 到 366.66 之间（费用最多为本金的10倍）。"
     "请核对支付宝显示的每期应还金额。"),
    (("--amount", "100", "--periods", "3", "--fee-per-period", "1000000", "--lang", "en"),
     "--fee-per-period 1000000.00 is out of range: for 100.00 over 3 periods the fee per period is from 0.00 to "
     "333.33 (fees at most 10 times the principal). Check the fee per period the app shows."),
    (("--amount", "100", "--periods", "3", "--fee-per-period", "1000000"),
     "--fee-per-period 1000000.00 超出范围：本金 100.00 分3期，每期手续费须在 0.00 到 333.33 之间（费用最多为本金的10倍）。"
     "请核对支付宝显示的每期手续费。"),
    (("--amount", "0.01", "--periods", "60", "--payment", "1", "--lang", "en"),
     "--payment 1.00 is out of range: for 0.01 over 60 periods the payment per period is from 0.01 to 0.01 "
     "(fees at most 10 times the principal). Check the payment per period the app shows."),
    (("--amount", "1000", "--periods", "2", "--kind", "negotiated", "--down-payment", "999.99", "--fee-per-period",
      "1", "--lang", "en"),
     "--fee-per-period 1.00 is out of range: for 0.01 over 2 periods the fee per period is from 0.00 to 0.05 "
     "(fees at most 10 times the principal). Check the fee per period the app shows."),
])
def test_a_price_from_the_app_far_past_the_amount_is_a_usage_error(run, args, err):
    r = run("plan", *args)
    assert (r.code, r.out, r.err) == (2, "", err + "\n")


@pytest.mark.parametrize("option, value, apr, effective", [
    # the largest payment (fees 999.98, 10 times the principal) and fee per period: an IRR of 3.63 a month
    ("--payment", "366.66", "43.5558", "96956618.3653"),
    ("--fee-per-period", "333.33", "43.5558", "96957560.1625"),  # the last payment 366.67
    ("--payment", "33.34", "0.0012", "0.0012"),  # the smallest: fees 0.02
])
def test_the_ends_of_the_range_are_computed(run, option, value, apr, effective):
    """Against a bisection of sum payment / (1 + i)^k = 100: 43.5558 and (1 + i)^12 - 1 as shown."""
    data = plan_json(run, "--amount", "100", "--periods", "3", option, value, "--start", "2026-01-10")
    assert (data["apr"], data["effective_annual_rate"]) == (apr, effective)


# --- plan batch ------------------------------------------------------------------------------------

def test_batch_prices_from_the_app_and_gives_the_date_based_rate(run, monkeypatch):
    text = ("amount,periods,kind,payment,fee_per_period,fee_rate,start\n"
            "6000,3,,2050,,,2026-01-31\n"
            "10000,24,,,60,,2026-01-15\n"
            "6000,3,,1000,,,\n"
            "6000,3,,2050,50,,\n"
            "6000,3,,2050,,0.1,\n"
            "6000,3,,x,,,\n"
            "6000,24,,,,,2026-01-15\n"
            "100,3,,20000,,,\n"
            "0.01,3,,,100,,\n"
            "6000,3,,2100,,,2026-01-31\n")
    monkeypatch.setattr(sys, "stdin", StringIO(text))
    r = run("plan", "batch", "-", "--format", "csv", "--start", "2026-01-01", "--lang", "en")
    assert r.code == 1
    assert r.out.splitlines() == [
        "row,amount,periods,kind,fee_rate,annual_rate,payment_per_period,total_fee,total_paid,apr,"
        "effective_annual_rate,xirr,first_due,last_due,over_24_percent",
        "1,6000.00,3,installment,,,2050.00,150.00,6150.00,0.1494,0.1600,0.2614,2026-02-10,2026-04-10,false",
        "2,10000.00,24,negotiated,,,476.67,1440.00,11440.00,0.1327,0.1410,0.1435,2026-02-10,2028-01-10,false",
        "7,6000.00,24,negotiated,,,,,,,,,2026-02-10,2028-01-10,false",
        "10,6000.00,3,installment,,,2100.00,300.00,6300.00,0.2976,0.3417,0.5856,2026-02-10,2026-04-10,true",  # checked by bisection
    ]
    assert r.err.splitlines() == [
        "row 3, field payment: 3 payments of 1000.00 add up to 3000.00, less than the principal 6000.00: check the "
        "payment per period the app shows.",
        "row 4, field fee_per_period: Give --payment or --fee-per-period, not both: both come from the same "
        "installment the app shows.",
        "row 5, field fee_rate: --fee-rate cannot be given with --payment: --payment already sets the plan's cost.",
        "row 6, field payment: payment needs a sum of money, got 'x'. Write it like 1234.56 or 1,234.56 (¥ or 元 allowed).",
        "row 8, field payment: --payment 20000.00 is out of range: for 100.00 over 3 periods the payment per period is "
        "from 33.34 to 366.66 (fees at most 10 times the principal). Check the payment per period the app shows.",
        "row 9, field fee_per_period: --fee-per-period 100.00 is out of range: for 0.01 over 3 periods the fee per "
        "period is from 0.00 to 0.03 (fees at most 10 times the principal). Check the fee per period the app shows.",
    ]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=D("100"), max_value=D("500000"), places=2), st.integers(1, 60),
       st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 12, 31)), st.integers(1, 31),
       st.one_of(st.decimals(min_value=D("0.001"), max_value=D("0.6"), places=3).map(lambda r: ("fee_rate", r)),
                 st.decimals(min_value=D("0.001"), max_value=D("0.36"), places=3).map(lambda r: ("annual_rate", r))))
def test_the_date_based_rate_is_the_exact_root_rounded_whatever_the_plan(amount, periods, start, due_day, price):
    """The solver stops as soon as the 4-place rounding is certain: it must agree with a bisection."""
    p = plans.build_plan(amount, periods, kind="negotiated", start=start, due_day=due_day, **{price[0]: price[1]})
    rows = [(r.due_date.isoformat(), str(r.payment)) for r in p.schedule]
    root = xirr(str(p.principal), start, rows)
    assert p.rate.xirr == (None if root > 1e9 else D(places(root)))  # a rate past 10^9 is not shown


def test_a_date_based_rate_too_large_to_keep_is_not_shown(run):
    # 1,000 + 60% paid 1 day after the start: (1.6)^365 - 1, about 10^74
    data = plan_json(run, "--amount", "1000", "--periods", "1", "--kind", "negotiated", "--fee-rate", "0.6",
                     "--start", "2026-01-31", "--due-day", "1")
    assert (data["apr"], data["xirr"], data["first_period_days"], data["first_period_warning"]) == \
        ("7.2000", None, 1, True)


def test_the_calendar_of_a_plan_to_be_agreed_shows_no_payment(run, tmp_path):
    out = tmp_path / "p.ics"
    assert run("plan", "--amount", "20000", "--periods", "40", "--start", "2026-01-15", "--out", str(out),
               "--lang", "en").code == 0
    text = out.read_text(encoding="utf-8")
    assert "SUMMARY:Huabei payment 1/40: 500.00 CNY principal + the agreed cost" in text
    assert "fee/interest to be agreed" in text


def test_a_date_based_rate_past_any_shown_ends_the_solver():
    # 12 payments of 868,483,851 for 1,234.50, the first 11 days after the start: the root is near
    # 10^194, where r x 10^4 has no 4th place left to round; the solver used to run out of steps
    # ("XIRR did not converge") instead of saying the rate is past any shown.
    from huabei_assist.plans.rate import XIRR_SHOWN_MAX, date_rate

    days = (11, 42, 73, 103, 134, 164, 195, 226, 255, 286, 316, 347)
    payments = [D("868483851.00")] * 12
    monthly = plans.monthly_irr(D("1234.50"), payments)
    assert 7.03e5 < monthly < 7.04e5
    assert date_rate(1234.5, [868483851.0] * 12, days, monthly) == float("inf")
    # just under the largest rate shown, the same solver still gives the rate
    assert 0.89e9 < date_rate(1000.0, [1000.0 * (1 + 0.9e9) ** (31 / 365)], (31,), 1.0) <= XIRR_SHOWN_MAX
