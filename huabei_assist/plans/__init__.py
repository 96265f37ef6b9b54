"""The repayment-plan engine: pure functions and NamedTuple results, no Typer, no Rich, no printing.

    from datetime import date
    from decimal import Decimal
    from huabei_assist import plans

    p = plans.build_plan(Decimal("20000"), 40, start=date(2026, 1, 15))
    p.payment_per_period   # Decimal('500.00')
    p.rate.apr             # Decimal('0.0000')

See docs/api.md. Each name below is imported from its module when first asked for (PEP 562), so
a command that needs one engine (the guide's budget and compare) does not load the others (the
batch reader: csv, json). No function is named like a module of this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# name -> the module of this package that defines it
_WHERE = {
    "RowError": "batch", "RowResult": "batch", "detect_format": "batch", "read_rows": "batch",
    "run_batch": "batch", "scenario_plan": "batch",
    "Budget": "budget_split", "budget": "budget_split",
    "build_plan": "build", "compare": "build", "default_kind": "build",
    "due_date": "due_calendar", "due_dates": "due_calendar",
    "installment": "bill_installment", "list_price": "bill_installment", "list_periods": "bill_installment",
    "minimum": "minimum_payment",
    "negotiated": "negotiated_plan",
    "AnnualRate": "rate", "annual_rate": "rate", "monthly_irr": "rate", "present_value": "rate",
    "KINDS": "schedule", "Period": "schedule", "Plan": "schedule", "split_even": "schedule",
    "Settlement": "settle", "settle_now": "settle",
    "WaiverEstimate": "waiver", "waiver_estimate": "waiver",
}
_RENAMED = {"run_batch": "run", "waiver_estimate": "estimate"}  # exported under another name

__all__ = sorted(_WHERE)

if TYPE_CHECKING:  # what a type checker and an editor see; at run time, __getattr__ below
    from huabei_assist.plans.batch import RowError, RowResult, detect_format, read_rows, run as run_batch, scenario_plan
    from huabei_assist.plans.bill_installment import installment, list_periods, list_price
    from huabei_assist.plans.budget_split import Budget, budget
    from huabei_assist.plans.build import build_plan, compare, default_kind
    from huabei_assist.plans.due_calendar import due_date, due_dates
    from huabei_assist.plans.minimum_payment import minimum
    from huabei_assist.plans.negotiated_plan import negotiated
    from huabei_assist.plans.rate import AnnualRate, annual_rate, monthly_irr, present_value
    from huabei_assist.plans.schedule import KINDS, Period, Plan, split_even
    from huabei_assist.plans.settle import Settlement, settle_now
    from huabei_assist.plans.waiver import WaiverEstimate, estimate as waiver_estimate


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), _RENAMED.get(name, name))
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
