"""`plan batch` computes most rows straight to their totals (plans/row_totals.quick): every record
must be the one the general way (scenario_plan, a whole Plan with its rows) gives, on many random
rows, valid and not, and the straight way must really be taken for the common ones."""

from __future__ import annotations

import json
import random
from datetime import date
from decimal import Decimal

from huabei_assist.plans import row_totals
from huabei_assist.plans.batch import run
from huabei_assist.plans.input_checks import one_reading
from huabei_assist.views.plan_view import batch_record, row_error_line

CAP = Decimal("0.24")


def _amount(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(1, 200000)}.{rng.randint(0, 99):02d}", f"{rng.randint(1, 999999)}", f"0.{rng.randint(0, 99):02d}",
        str(rng.randint(1, 10 ** rng.randint(1, 16))), f"{rng.randint(1, 9999)}.{rng.randint(0, 9)}",
        "0012.30", "1,234.50", "¥300", "12.345", "-5", "0", "0.00", "1e3", " 77 ", "5.", ".5", "+5", "x", "",
    ])


def _rate(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(0, 300) / 1000:.3f}", f"0.{rng.randint(0, 10 ** 6):06d}", f".{rng.randint(0, 999)}",
        f"{rng.randint(0, 3000) / 100}%", "0", "0.", "0.0", "1", "8.8", "0.99999", "1e-3", "-0.1",
        "0.0000000000001", "00.25", "abc",
    ])


def _plain_row(rng: random.Random) -> dict:
    """A row as most files hold them: plain numbers, any period count, priced or not."""
    row = {"amount": f"{rng.randint(1, 500000)}.{rng.randint(0, 99):02d}", "periods": str(rng.randint(1, 60)),
           "kind": rng.choice(["", "installment", "negotiated"]), "due_day": str(rng.randint(1, 31)),
           "start": rng.choice(["", f"{rng.randint(2025, 2030)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])}
    if row["kind"] != "installment" or rng.random() < 0.3:
        row[rng.choice(["fee_rate", "annual_rate", "annual_rate"])] = f"{rng.randint(0, 400) / 1000:.3f}"
    elif row["periods"] not in ("3", "6", "9", "12"):
        row["periods"] = rng.choice(["3", "6", "9", "12"])
    return row


def _row(rng: random.Random) -> dict:
    if rng.random() < 0.5:
        return _plain_row(rng)
    row = {"amount": _amount(rng),
           "periods": rng.choice([str(rng.randint(1, 60)), rng.choice(["3", "6", "9", "12"]), str(rng.randint(0, 70)),
                                  "12.0", "007", "", "x"]),
           "kind": rng.choice(["", "installment", "negotiated", "negotiated", "minimum", "Installment"]),
           "start": rng.choice(["", "", f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "2026-02-30",
                                f"{rng.randint(1890, 2110)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                "20260115", "2026/3/5", "bad"]),
           "due_day": rng.choice(["", "", str(rng.randint(1, 31)), str(rng.randint(0, 40)), "07", "x"])}
    price = rng.random()
    if price < 0.35:
        row["fee_rate"] = _rate(rng)
    elif price < 0.7:
        row["annual_rate"] = _rate(rng)
    elif price < 0.75:
        row["fee_rate"], row["annual_rate"] = _rate(rng), _rate(rng)
    elif price < 0.8:  # (a payment over ~100 times the amount a month overflows the effective rate: a known bug)
        row["amount"], row["payment"] = f"{rng.randint(2000, 9000)}", f"{rng.randint(1, 20000)}.00"
    elif price < 0.83:
        row["amount"], row["fee_per_period"] = f"{rng.randint(2000, 9000)}", f"{rng.randint(0, 500)}"
    if rng.random() < 0.05:
        row[rng.choice(["unknown", "due_day"])] = rng.choice([None, 12, "１２"])
    return row


def _records(rows: list[tuple[int, object]], totals: bool) -> list:
    return [row_error_line(r.error, "en") if r.error else batch_record(r, CAP)
            for r in run(rows, default_start=date(2026, 3, 17), totals=totals)]


def test_the_straight_way_gives_every_record_the_general_way_gives():
    rng = random.Random(20261201)
    rows = [(n, _row(rng)) for n in range(1, 4001)]
    fast, general = _records(rows, True), _records(rows, False)
    assert fast == general
    assert len([r for r in general if isinstance(r, dict)]) > 1500  # many rows are plans, not errors
    with one_reading({}):
        known = row_totals.terms()
    straight = [n for n, raw in rows if row_totals.quick(raw, date(2026, 3, 17), None, known) is not None]
    assert len(straight) > 1000  # the straight way is really taken


def test_a_straight_row_is_the_plan_of_the_general_way_to_the_fen():
    known = row_totals.Terms(60, 10, {3: Decimal("0.025"), 6: Decimal("0.045")})
    start = date(2026, 1, 31)
    cases = [
        ({"amount": "6000", "periods": "3"}, ("installment", "2050.00", "6150.00", "0.1494", "0.1600", "0.2614")),
        ({"amount": "85390.19", "periods": "28", "annual_rate": "0.211", "due_day": "3"},
         ("negotiated", "3887.93", "108862.02", "0.2110", "0.2326", "0.2525")),
        ({"amount": "1000.01", "periods": "7", "kind": "negotiated", "fee_rate": ".1"},
         ("negotiated", "157.15", "1100.01", "0.2929", "0.3357", "0.4273")),  # fee 100.001 -> 100.00
    ]
    for raw, expected in cases:
        totals = row_totals.quick(raw, start, None, known)
        assert totals is not None
        assert (totals.kind, str(totals.payment_per_period), str(totals.total_paid), str(totals.rate.apr),
                str(totals.rate.effective), str(totals.rate.xirr)) == expected
    # (the rates agree with a bisection on the payments: tests/test_plans_rates.py's method)
    # what the straight way leaves to the general one: another kind, a price from the app, a percent
    for raw in ({"amount": "6000", "periods": "3", "kind": "minimum"}, {"amount": "6000", "periods": "3", "payment": "2050"},
                {"amount": "6000", "periods": "24", "fee_rate": "8%"}, {"amount": "6,000", "periods": "3"},
                {"amount": "6000", "periods": "61"}, json.loads('{"amount": 6000, "periods": 3}')):
        assert row_totals.quick(raw, start, None, known) is None


def _month_by_month(principal: Decimal, monthly: Decimal, n: int) -> tuple[list[Decimal], list[Decimal]]:
    """Equal payments the plain way: each month the interest to the fen, the payment less it (or the
    balance, when less; all of it in the last month)."""
    payment = (principal * monthly / (1 - (1 + monthly) ** -n)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    parts, interests, balance = [], [], principal
    for k in range(1, n + 1):
        interest = (balance * monthly).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        part = balance if k == n else min(payment - interest, balance)
        balance -= part
        parts.append(part)
        interests.append(interest)
    return parts, interests


def test_the_amortized_columns_are_the_month_by_month_ones_capped_months_included():
    from huabei_assist.plans.negotiated_plan import amortized_columns

    rng = random.Random(7)
    capped = 0
    for _ in range(3000):
        principal = Decimal(rng.choice([rng.randint(1, 300), rng.randint(1, 10 ** 7)])) / 100
        monthly = Decimal(rng.randint(1, 400)) / 1000 / 12
        n = rng.randint(1, 60)
        expected = _month_by_month(principal, monthly, n)
        assert amortized_columns(principal, monthly, n) == expected
        payment = (principal * monthly / (1 - (1 + monthly) ** -n)).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        capped += any(p != payment - i for p, i in zip(expected[0][:-1], expected[1][:-1]))
    assert capped > 50  # small sums over many months: a payment that would take more than the balance
