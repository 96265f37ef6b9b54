"""The repayment-plan engine: pure functions and NamedTuple results, no Typer, no Rich, no printing.

    from datetime import date
    from decimal import Decimal
    from huabei_assist import plans

    p = plans.build_plan(Decimal("20000"), 40, start=date(2026, 1, 15))
    p.payment_per_period   # Decimal('500.00')
    p.rate.apr             # Decimal('0.0000')

See docs/api.md.
"""

from huabei_assist.plans.batch import RowError, RowResult, detect_format, read_rows, run as run_batch, scenario_plan
from huabei_assist.plans.budget import Budget, budget
from huabei_assist.plans.build import build_plan, compare, default_kind
from huabei_assist.plans.due_dates import due_date, due_dates
from huabei_assist.plans.installment import installment, list_price, list_periods
from huabei_assist.plans.minimum import minimum
from huabei_assist.plans.negotiated import negotiated
from huabei_assist.plans.rate import AnnualRate, annual_rate, monthly_irr, present_value
from huabei_assist.plans.schedule import KINDS, Period, Plan, split_even
from huabei_assist.plans.settle import Settlement, settle_now
from huabei_assist.plans.waiver import WaiverEstimate, estimate as waiver_estimate

__all__ = [
    "AnnualRate", "Budget", "KINDS", "Period", "Plan", "RowError", "RowResult", "Settlement", "WaiverEstimate",
    "annual_rate", "budget", "build_plan", "compare", "default_kind", "detect_format", "due_date", "due_dates",
    "installment", "list_periods", "list_price", "minimum", "monthly_irr", "negotiated", "present_value",
    "read_rows", "run_batch", "scenario_plan", "settle_now", "split_even", "waiver_estimate",
]
