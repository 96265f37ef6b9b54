"""What-if grid: three amounts x seven period counts, through the Python API (docs/api.md).

    python docs/examples/what_if_grid.py

Prints one CSV line per plan. tests/test_plans_cli.py runs this script, so it cannot rot.
"""

import csv
import sys
from datetime import date
from decimal import Decimal

from huabei_assist import plans

AMOUNTS = [Decimal("20000"), Decimal("10000"), Decimal("5000")]
PERIODS = [3, 6, 9, 12, 24, 36, 60]
START = date(2026, 1, 15)


def grid():
    rows = []
    for amount in AMOUNTS:
        for periods in PERIODS:
            # 3/6/9/12: bill installment at list price; others: a negotiated plan at 10% total fee
            kind = plans.default_kind(periods)
            fee = None if kind == "installment" else Decimal("0.10")
            plan = plans.build_plan(amount, periods, start=START, fee_rate=fee)
            rows.append((str(plan.principal), plan.periods, plan.kind, str(plan.payment_per_period),
                         str(plan.total_fee), str(plan.rate.apr)))
    return rows


if __name__ == "__main__":
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["principal", "periods", "kind", "payment_per_period", "total_fee", "apr"])
    out.writerows(grid())
